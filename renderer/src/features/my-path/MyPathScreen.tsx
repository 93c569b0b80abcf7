/**
 * My path (employee): one person's own skills with their source, the roles they could move into with fit
 * and reasons, the missing skills, a week-by-week learning timeline, and progress (marking a module done
 * raises the skill, source "learning"). Shows no other person's data.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PathDto, PlanDto } from '../../../../shared/api/reskill-dto';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { OKABE_ITO } from '../../components/charts/palette';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { GradeBadge, PersonPicker, toPickerItems, ViewToggle } from '../paths/common';
import { StatusSteps } from '../team/TeamScreen';
import '../paths/reskill.css';

export const isBuilt = true;
const DEFAULT_WEEKLY = 4;

export function MyPathScreen() {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(null);
  const people = useAppStore((s) => s.people);
  const peopleState = useAppStore((s) => s.peopleState);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const items = useMemo(() => toPickerItems(people, t('paths.common.objectionShort')), [people, t]);
  useEffect(() => {
    if (!personId && people.length === 0) void loadPeople();
  }, [personId, people.length, loadPeople]);

  return (
    <div className="screen" data-testid="screen-my-path">
      <header className="screen__header">
        <h1 className="screen__title">{t('myPath.title')}</h1>
        <p className="screen__lead">{t('myPath.lead')}</p>
      </header>
      {personId ? (
        <>
          <div className="toolbar">
            <button type="button" className="button button--quiet" onClick={() => setPersonId(null)} data-testid="mypath-change">
              {t('myPath.change')}
            </button>
          </div>
          <MyPath key={personId} id={personId} />
        </>
      ) : (
        <section className="panel" aria-labelledby="mypath-choose" data-testid="mypath-choose">
          <h2 className="panel__title" id="mypath-choose">
            {t('myPath.choose')}
          </h2>
          <p className="rk-note">{t('myPath.chooseHint')}</p>
          {peopleState.status === 'error' && peopleState.error ? (
            <ErrorBanner what={t('paths.errorPeople')} error={peopleState.error} onRetry={() => void loadPeople()} />
          ) : people.length === 0 ? (
            <Loading label={t('paths.loadingPeople')} />
          ) : (
            <PersonPicker people={items} selectedId={null} onSelect={setPersonId} label={t('myPath.pick')} testId="mypath-picker" height={320} />
          )}
        </section>
      )}
    </div>
  );
}

function MyPath({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const loadEmployee = useAppStore((s) => s.loadEmployee);
  const loadPaths = useAppStore((s) => s.loadPaths);
  const loadPlans = useAppStore((s) => s.loadPlans);
  const employee = useAppStore((s) => (s.employee?.id === id ? s.employee : null));
  const employeeState = useAppStore((s) => s.employeeState);
  const paths = useAppStore((s) => (s.paths?.employee.id === id ? s.paths : null));
  const plan = useAppStore((s) => s.plans.find((p) => p.employeeId === id) ?? null);
  const plansLoaded = useAppStore((s) => s.plansFilter.employeeId === id && s.plansState.status !== 'loading');

  useEffect(() => {
    void loadEmployee(id);
    void loadPaths(id);
    void loadPlans({ employeeId: id });
  }, [id, language, loadEmployee, loadPaths, loadPlans]);

  if (employeeState.status === 'error' && employeeState.error && !employee)
    return <ErrorBanner what={t('myPath.error')} error={employeeState.error} onRetry={() => void loadEmployee(id)} testId="mypath-error" />;
  if (!employee) return <Loading label={t('myPath.loading')} testId="mypath-loading" />;

  const best = paths?.paths[0];
  const planPath = plan ? paths?.paths.find((p) => p.targetRole.code === plan.targetRole.code) : undefined;
  const focus = planPath ?? best;
  return (
    <div className="rk-stack" data-testid="mypath" data-employee-id={id}>
      <h2 className="panel__title">{t('myPath.hello', { id: employee.id, role: employee.roleTitle })}</h2>
      <div className="rk-path__columns">
        <SkillsPanel />
        <RolesPanel paths={paths?.paths ?? null} objection={paths?.skipped === 'objection' || employee.objection !== null} focus={focus} />
      </div>
      {plansLoaded && (plan || focus) ? <Timeline plan={plan} path={focus} /> : null}
      {plan ? <ProgressPanel plan={plan} /> : null}
    </div>
  );
}

function SkillsPanel() {
  const { t } = useTranslation();
  const employee = useAppStore((s) => s.employee)!;
  const skills = [...employee.skills].sort((a, b) => b.level - a.level || a.skillName.localeCompare(b.skillName));
  return (
    <section className="panel" aria-labelledby="skills-heading" data-testid="my-skills">
      <h3 className="panel__title" id="skills-heading">
        {t('myPath.skills.heading')}
      </h3>
      {skills.length === 0 ? (
        <p className="panel__note">{t('myPath.skills.none')}</p>
      ) : (
        <div className="table-wrap rk-table-scroll" tabIndex={0} role="region" aria-labelledby="skills-heading">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('myPath.skills.skill')}</th>
                <th scope="col">{t('myPath.skills.level')}</th>
                <th scope="col">{t('myPath.skills.source')}</th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => (
                <tr key={s.skillId} data-testid="skill-row" data-skill={s.skillId} data-level={s.level} data-source={s.source}>
                  <th scope="row">{s.skillName}</th>
                  <td>
                    <span className="meter" aria-hidden="true">
                      {[1, 2, 3, 4, 5].map((i) => (
                        <span key={i} className={i <= s.level ? 'meter__pip meter__pip--on' : 'meter__pip'} />
                      ))}
                    </span>{' '}
                    {s.level}
                  </td>
                  <td>{t(`myPath.skills.sourceValue.${s.source}`, { defaultValue: s.source })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="rk-form__row">
        <button type="button" className="button" disabled aria-describedby="propose-note" data-testid="propose-level">
          {t('myPath.skills.propose')}
        </button>
        <p className="panel__note" id="propose-note">
          {t('myPath.skills.proposeNote')}
        </p>
      </div>
    </section>
  );
}

function RolesPanel({ paths, objection, focus }: { paths: PathDto[] | null; objection: boolean; focus: PathDto | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="roles-heading" data-testid="my-roles">
      <h3 className="panel__title" id="roles-heading">
        {t('myPath.roles.heading')}
      </h3>
      {objection ? (
        <p className="rk-note" data-testid="objection">
          {t('myPath.roles.objection')}
        </p>
      ) : !paths ? (
        <Loading label={t('paths.loadingPaths')} />
      ) : (
        <>
          <ol className="rk-gaps">
            {paths.slice(0, 5).map((p) => (
              <li key={p.targetRole.code} data-testid="my-role">
                <span>
                  <strong>{p.targetRole.title}</strong> · {t('myPath.roles.fit', { fit: fmt.percent(p.fit) })}
                  <br />
                  <span className="panel__meta">
                    {[p.viable ? t('myPath.roles.reasons.viable') : t('myPath.roles.reasons.notViable'), p.desirable ? t('myPath.roles.reasons.desirable') : null, p.safer ? t('myPath.roles.reasons.safer') : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          {focus ? (
            <>
              <h4>{t('myPath.roles.missing', { role: focus.targetRole.title })}</h4>
              {focus.gap.length === 0 ? (
                <p className="panel__note">{t('myPath.roles.noMissing', { role: focus.targetRole.title })}</p>
              ) : (
                <ul className="rk-gaps" data-testid="my-gaps">
                  {focus.gap.map((g) => (
                    <li key={g.skill}>
                      <span>{g.skillName}</span>
                      <span className="rk-gaps__levels">{t('paths.gapRow', { have: g.have, need: g.need })}</span>
                      <GradeBadge grade={g.grade} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

interface TimelineRow {
  moduleId: string;
  name: string;
  offset: number;
  weeks: number;
  hours: number;
  done: boolean;
}

export function timelineRows(modules: { id: string; title: string; hours: number; done?: boolean }[], weekly: number): TimelineRow[] {
  let at = 0;
  return modules.map((m) => {
    const weeks = m.hours / weekly;
    const row = { moduleId: m.id, name: m.title, offset: at, weeks, hours: m.hours, done: m.done === true };
    at += weeks;
    return row;
  });
}

function Timeline({ plan, path }: { plan: PlanDto | null; path: PathDto | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const weekly = plan?.weeklyHours ?? (path && path.weeks > 0 ? path.hours / path.weeks : DEFAULT_WEEKLY);
  const modules = plan ? plan.modules : (path?.modules ?? []);
  const rows = useMemo(() => timelineRows(modules, weekly), [modules, weekly]);
  const role = plan?.targetRole.title ?? path?.targetRole.title ?? '';
  const total = rows.reduce((s, r) => s + r.weeks, 0);
  const data = rows.map((r) => ({ ...r, learning: r.done ? 0 : r.weeks, finished: r.done ? r.weeks : 0 }));
  const name = (k: string) => (k === 'finished' ? t('myPath.timeline.done') : t('myPath.timeline.duration'));

  return (
    <section className="panel" aria-labelledby="timeline-title" data-testid="timeline">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('myPath.timeline.kicker')}</p>
          <h3 className="panel__title" id="timeline-title">
            {t('myPath.timeline.title', { role, weeks: fmt.number(Math.ceil(total)), hours: fmt.number(weekly, 1) })}
          </h3>
        </div>
        <ViewToggle view={view} onChange={setView} label={t('myPath.timeline.kicker')} testId="timeline-view" />
      </div>
      {!plan ? <p className="rk-note">{t('myPath.timeline.noPlan')}</p> : null}
      {view === 'chart' ? (
        <div className="chart" data-testid="timeline-chart">
          <ResponsiveContainer width="100%" height={90 + rows.length * 30}>
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 28, left: 8 }} barCategoryGap="25%">
              <CartesianGrid horizontal={false} stroke="#e3e7ee" />
              <XAxis
                type="number"
                domain={[0, Math.max(1, Math.ceil(total))]}
                allowDecimals={false}
                tick={{ fontSize: 12, fill: '#44505f' }}
                label={{ value: t('myPath.timeline.xAxis'), position: 'insideBottom', offset: -16, fill: '#2b3440', fontSize: 12 }}
              />
              <YAxis type="category" dataKey="name" width={280} tick={{ fontSize: 11, fill: '#2b3440' }} interval={0} />
              <Tooltip
                formatter={(v, k) => (k === 'offset' ? [null, null] : [`${fmt.number(Number(v), 1)} ${t('myPath.timeline.xAxis').toLowerCase()}`, name(String(k))])}
              />
              <Legend verticalAlign="top" height={30} formatter={(k) => name(String(k))} />
              <Bar dataKey="offset" stackId="w" fill="transparent" isAnimationActive={false} legendType="none" />
              <Bar dataKey="finished" stackId="w" fill={OKABE_ITO.bluishGreen} isAnimationActive={false} />
              <Bar dataKey="learning" stackId="w" fill={OKABE_ITO.blue} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table table--numeric" data-testid="timeline-table">
            <caption>{t('myPath.timeline.caption', { hours: fmt.number(weekly, 1) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myPath.timeline.module')}</th>
                <th scope="col">{t('myPath.timeline.hours')}</th>
                <th scope="col">{t('myPath.timeline.from')}</th>
                <th scope="col">{t('myPath.timeline.to')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.moduleId}>
                  <th scope="row">
                    {r.done ? '✓ ' : ''}
                    {r.name}
                  </th>
                  <td>{fmt.number(r.hours)}</td>
                  <td>{fmt.number(r.offset, 1)}</td>
                  <td>{fmt.number(r.offset + r.weeks, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ProgressPanel({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mark = useAppStore((s) => s.markModule);
  const save = useAppStore((s) => s.planSave);
  const dismiss = useAppStore((s) => s.dismissPlanError);
  const canLearn = plan.status === 'approved' || plan.status === 'in_progress' || plan.status === 'done';
  const done = plan.modules.filter((m) => m.done).length;
  return (
    <section className="panel" aria-labelledby="progress-heading" data-testid="progress">
      <div className="panel__header">
        <h3 className="panel__title" id="progress-heading">
          {t('myPath.progress.heading')}
        </h3>
        <p className="panel__meta">{t('myPath.progress.count', { done: fmt.number(done), total: fmt.number(plan.modules.length) })}</p>
      </div>
      <StatusSteps status={plan.status} />
      <p className="panel__note">{canLearn ? t('myPath.progress.raised') : t('myPath.progress.notStarted')}</p>
      {save.status === 'error' && save.error ? <ErrorBanner what={t('myPath.progress.error')} error={save.error} onDismiss={dismiss} testId="progress-error" /> : null}
      <ul className="rk-modules-pick" style={{ maxHeight: 'none' }}>
        {plan.modules.map((m) => (
          <li key={m.id} style={{ listStyle: 'none' }}>
            <label>
              <input
                type="checkbox"
                checked={m.done}
                disabled={!canLearn || save.status === 'loading'}
                onChange={(e) => void mark(plan.employeeId, m.id, e.target.checked)}
                data-testid="module-done"
                data-module-id={m.id}
                data-skill={m.skill}
              />{' '}
              {t('team.moduleLine', { title: m.title, hours: fmt.number(m.hours) })}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
