/**
 * Paths: pick a person, see the AI-adjacent roles they could move into — ranked, with every component of
 * the ranking, why each ranks above the next, skills held first, then the graded gaps and the ordered
 * learning. Objectors (AVG art. 21) get an explanation and no scores.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathDto, ReskillEmployeeDto } from '../../../../shared/api/reskill-dto';
import { Card } from '../../components/Card';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { PersonPicker, toPickerItems } from './common';
import { GapHeatmap } from './GapHeatmap';
import { PathCard } from './PathCard';
import './reskill.css';


export function PathsScreen() {
  const { t } = useTranslation();
  const people = useAppStore((s) => s.people);
  const peopleState = useAppStore((s) => s.peopleState);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const selected = useAppStore((s) => s.selectedEmployeeId);
  const loadPaths = useAppStore((s) => s.loadPaths);
  const language = useAppStore((s) => s.language);
  const scenario = useAppStore((s) => s.activeScenario);
  const items = useMemo(() => toPickerItems(people, t('paths.common.objectionShort')), [people, t]);

  useEffect(() => {
    void loadPeople();
  }, [loadPeople, language]);
  useEffect(() => {
    if (selected) void loadPaths(selected);
  }, [selected, loadPaths, language, scenario]);

  return (
    <div className="screen" data-testid="screen-paths">
      <header className="screen__header">
        <h1 className="screen__title">{t('paths.title')}</h1>
        <p className="screen__lead">{t('paths.lead')}</p>
      </header>
      <div className="rk-split">
        <aside className="panel rk-split__side">
          {peopleState.status === 'error' && peopleState.error ? (
            <ErrorBanner what={t('paths.errorPeople')} error={peopleState.error} onRetry={() => void loadPeople()} testId="people-error" />
          ) : peopleState.status === 'loading' && people.length === 0 ? (
            <Loading label={t('paths.loadingPeople')} testId="people-loading" />
          ) : people.length === 0 ? (
            <EmptyState title={t('paths.noPeople')} testId="no-people">
              <p>{t('paths.noPeopleHint')}</p>
            </EmptyState>
          ) : (
            <PersonPicker people={items} selectedId={selected} onSelect={(id) => void loadPaths(id)} label={t('paths.pickLabel')} />
          )}
        </aside>
        <div className="rk-split__main">
          <PathsBody />
        </div>
      </div>
    </div>
  );
}

function PathsBody() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.selectedEmployeeId);
  const paths = useAppStore((s) => s.paths);
  const state = useAppStore((s) => s.pathsState);
  const loadPaths = useAppStore((s) => s.loadPaths);

  if (!selected)
    return (
      <EmptyState title={t('paths.pickPerson')} testId="pick-person">
        <p>{t('paths.pickPersonHint')}</p>
      </EmptyState>
    );
  if (state.status === 'error' && state.error) return <ErrorBanner what={t('paths.errorPaths')} error={state.error} onRetry={() => void loadPaths(selected)} testId="paths-error" />;
  if (!paths || paths.employee.id !== selected) return <Loading label={t('paths.loadingPaths')} testId="paths-loading" />;
  return <PersonPaths data={paths} busy={state.status === 'loading'} />;
}

function PersonPaths({ data, busy, top = 5 }: { data: ReskillEmployeeDto; busy?: boolean; top?: number }) {
  const { t } = useTranslation();
  const id = data.employee.id;
  if (data.skipped === 'objection')
    return (
      <section className="panel rk-objection" data-testid="objection" role="note">
        <h2 className="panel__title">{t('paths.objectionTitle', { id })}</h2>
        <p>{t('paths.objectionBody')}</p>
      </section>
    );
  if (data.skipped === 'unknownRole')
    return (
      <section className="panel" data-testid="unknown-role">
        <h2 className="panel__title">{t('paths.unknownRoleTitle', { id })}</h2>
        <p>{t('paths.unknownRoleBody')}</p>
      </section>
    );
  if (data.paths.length === 0) return <EmptyState title={t('paths.noPaths')} testId="no-paths" />;
  return (
    <div aria-busy={busy} className="rk-stack">
      <PathCards data={data} />
      <RankedList paths={data.paths} id={id} top={top} />
      <GapHeatmap paths={data.paths} who={id} />
    </div>
  );
}

function PathCards({ data }: { data: ReskillEmployeeDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const best = data.paths[0]!;
  const weekly = best.weeks > 0 ? best.hours / best.weeks : 0;
  return (
    <div className="cards" data-testid="paths-cards">
      <Card testId="card-best" label={t('paths.cards.best')} value={best.targetRole.title} hint={t('paths.person', { id: data.employee.id, role: data.employee.roleTitle })} />
      <Card testId="card-fit" label={t('paths.cards.fit')} value={fmt.percent(best.fit)} hint={t('paths.cards.fitHint')} />
      <Card
        testId="card-weeks"
        label={t('paths.cards.weeks')}
        value={t('paths.cards.weeksValue', { n: fmt.number(best.weeks, best.weeks < 10 ? 1 : 0) })}
        hint={t('paths.cards.weeksHint', { hours: fmt.number(best.hours), weekly: fmt.number(weekly, 1) })}
      />
      <Card testId="card-cost" label={t('paths.cards.cost')} value={fmt.money(best.cost)} hint={t('paths.cards.costHint')} />
      <Card
        testId="card-viable"
        label={t('paths.cards.viable')}
        value={fmt.number(data.paths.filter((p) => p.viable).length)}
        hint={t('paths.cards.viableHint', { total: fmt.number(data.paths.length) })}
      />
    </div>
  );
}

function RankedList({ paths, id, top }: { paths: PathDto[]; id: string; top: number }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? paths : paths.slice(0, top);
  return (
    <section className="panel" aria-labelledby="ranked-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="ranked-heading">
          {t('paths.ranked', { id })}
        </h2>
        {paths.length > top ? (
          <button type="button" className="button button--quiet" onClick={() => setAll(!all)} data-testid="paths-show-all">
            {all ? t('paths.showFewer', { n: top }) : t('paths.showAll', { n: paths.length })}
          </button>
        ) : null}
      </div>
      <ol className="rk-paths">
        {shown.map((p) => (
          <li key={p.targetRole.code}>
            <PathCard path={p} />
          </li>
        ))}
      </ol>
    </section>
  );
}
