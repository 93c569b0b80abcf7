/**
 * My path (employee): one person's own skills with their source, the roles they could move into with fit
 * and reasons, the missing skills, a week-by-week learning timeline, and progress (marking a module done
 * raises the skill, source "learning"). Shows no other person's data.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SkillProposalDto } from '../../../../shared/api/dto';
import type { PathDto, PlanDto } from '../../../../shared/api/reskill-dto';
import { toApiError, type ApiError } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { OKABE_ITO } from '../../components/charts/palette';
import { useFormat } from '../../i18n';
import { useApi, useAppStore } from '../../state/store';
import { GradeBadge, PersonPicker, toPickerItems, ViewToggle } from '../paths/common';
import { StatusSteps } from '../team/StatusSteps';
import '../paths/reskill.css';
import './my-path.css';

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
        <SkillsPanel id={id} gap={objectionOrGap(paths?.skipped === 'objection' || employee.objection !== null, focus)} />
        <RolesPanel paths={paths?.paths ?? null} objection={paths?.skipped === 'objection' || employee.objection !== null} focus={focus} />
      </div>
      {plansLoaded && (plan || focus) ? <Timeline plan={plan} path={focus} /> : null}
      {plan ? <ProgressPanel plan={plan} /> : null}
    </div>
  );
}

function objectionOrGap(objection: boolean, focus: PathDto | undefined): { skill: string; skillName: string; have: number }[] {
  return objection || !focus ? [] : focus.gap.map((g) => ({ skill: g.skill, skillName: g.skillName, have: g.have }));
}

function SkillsPanel({ id, gap }: { id: string; gap: { skill: string; skillName: string; have: number }[] }) {
  const { t } = useTranslation();
  const employee = useAppStore((s) => s.employee)!;
  const language = useAppStore((s) => s.language);
  const skills = [...employee.skills].sort((a, b) => b.level - a.level || a.skillName.localeCompare(b.skillName));
  const proposals = useLoad((api) => api.invoke('skills.proposals', { employeeId: id, lang: language }).then((r) => r.proposals), [id, language]);
  const pending = useMemo(() => new Map((proposals.data ?? []).filter((p) => p.status === 'pending').map((p) => [p.skillId, p])), [proposals.data]);
  const [chosen, setChosen] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const proposeFor = (skillId: string) => {
    setChosen(skillId);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLSelectElement>('#propose-level-select')?.focus());
  };
  return (
    <section className="panel" aria-labelledby="skills-heading" data-testid="my-skills">
      <h3 className="panel__title" id="skills-heading">
        {t('myPath.skills.heading')}
      </h3>
      {skills.length === 0 ? (
        <p className="panel__note">{t('myPath.skills.none')}</p>
      ) : (
        <div className="table-wrap rk-table-scroll" tabIndex={0} role="region" aria-labelledby="skills-heading">
          <table className="table mp-skills">
            <thead>
              <tr>
                <th scope="col">{t('myPath.skills.skill')}</th>
                <th scope="col">{t('myPath.skills.level')}</th>
                <th scope="col">{t('myPath.skills.source')}</th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => {
                const p = pending.get(s.skillId);
                return (
                  <tr key={s.skillId} data-testid="skill-row" data-skill={s.skillId} data-level={s.level} data-source={s.source} data-pending={p ? p.level : undefined}>
                    <th scope="row">
                      <span className="mp-skill">{s.skillName}</span>
                      {p ? (
                        <span className="mp-pending" data-testid="skill-pending" title={t('myPath.skills.proposals.status.pending')}>
                          {t('myPath.skills.pending', { level: p.level })}
                        </span>
                      ) : (
                        <button type="button" className="mp-propose" onClick={() => proposeFor(s.skillId)} aria-label={t('myPath.skills.proposeFor', { skill: s.skillName })} data-testid="skill-propose">
                          {t('myPath.skills.propose')}
                        </button>
                      )}
                    </th>
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
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ProposeForm
        id={id}
        formRef={formRef}
        chosen={chosen}
        onChoose={setChosen}
        own={skills.map((s) => ({ skill: s.skillId, skillName: s.skillName, have: s.level }))}
        gap={gap.filter((g) => !skills.some((s) => s.skillId === g.skill))}
        pending={pending}
        onSent={proposals.reload}
      />
      <ProposalsList proposals={proposals.data} status={proposals.status} error={proposals.error} onRetry={proposals.reload} />
    </section>
  );
}

function ProposeForm({
  id,
  formRef,
  chosen,
  onChoose,
  own,
  gap,
  pending,
  onSent,
}: {
  id: string;
  formRef: React.RefObject<HTMLFormElement | null>;
  chosen: string;
  onChoose(skillId: string): void;
  own: { skill: string; skillName: string; have: number }[];
  gap: { skill: string; skillName: string; have: number }[];
  pending: Map<string, SkillProposalDto>;
  onSent(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const all = [...own, ...gap];
  const current = all.find((s) => s.skill === chosen);
  const [level, setLevel] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const shownLevel = level ?? (current ? Math.min(5, Math.round(current.have) + 1) : 3);
  const submit = async () => {
    if (!current) return;
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      const p = await api.invoke('skills.propose', { employeeId: id, skillId: current.skill, level: shownLevel, lang: language, ...(note.trim() ? { note: note.trim() } : {}) });
      setSent(t('myPath.skills.form.sent', { skill: p.skillName, level: p.level }));
      setNote('');
      setLevel(null);
      onChoose('');
      onSent();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const already = current ? pending.get(current.skill) : undefined;
  return (
    <form
      ref={formRef}
      className="rk-form mp-propose-form"
      aria-labelledby="propose-heading"
      data-testid="propose-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id="propose-heading" className="mp-propose-form__title">
        {t('myPath.skills.form.heading')}
      </h4>
      <p className="panel__note" id="propose-note">
        {t('myPath.skills.form.intro')}
      </p>
      <div className="rk-form__row">
        <div className="field">
          <label className="field__label" htmlFor="propose-skill">
            {t('myPath.skills.form.skill')}
          </label>
          <select
            id="propose-skill"
            className="field__control"
            value={chosen}
            onChange={(e) => {
              onChoose(e.target.value);
              setLevel(null);
              setSent(null);
            }}
            data-testid="propose-skill"
          >
            <option value="">{t('myPath.skills.form.choose')}</option>
            {own.length > 0 ? (
              <optgroup label={t('myPath.skills.form.yours')}>
                {own.map((s) => (
                  <option key={s.skill} value={s.skill}>
                    {t('myPath.skills.form.current', { skill: s.skillName, level: s.have })}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {gap.length > 0 ? (
              <optgroup label={t('myPath.skills.form.toLearn')}>
                {gap.map((s) => (
                  <option key={s.skill} value={s.skill}>
                    {t('myPath.skills.form.current', { skill: s.skillName, level: s.have })}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="propose-level-select">
            {t('myPath.skills.form.level')}
          </label>
          <select id="propose-level-select" className="field__control" value={shownLevel} disabled={!current} onChange={(e) => setLevel(Number(e.target.value))} data-testid="propose-level-select">
            {[0, 1, 2, 3, 4, 5].map((l) => (
              <option key={l} value={l}>
                {t(`myPath.skills.levels.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="field__label" htmlFor="propose-note-text">
        {t('myPath.skills.form.note')}
      </label>
      <textarea
        id="propose-note-text"
        className="field__control"
        value={note}
        maxLength={1000}
        placeholder={t('myPath.skills.form.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
        data-testid="propose-note"
      />
      {already ? <p className="panel__meta">{t('myPath.skills.form.replaces', { level: already.level })}</p> : null}
      {error ? <ErrorBanner what={t('myPath.skills.form.error')} error={error} onDismiss={() => setError(null)} testId="propose-error" /> : null}
      <div className="rk-form__row mp-propose-form__actions">
        <button type="submit" className="button button--primary" disabled={!current || busy} aria-describedby="propose-note" data-testid="propose-level">
          {busy ? t('myPath.skills.form.sending') : t('myPath.skills.form.submit')}
        </button>
        <span role="status" className="mp-sent" data-testid="propose-sent">
          {sent ?? ''}
        </span>
      </div>
    </form>
  );
}

function ProposalsList({ proposals, status, error, onRetry }: { proposals: SkillProposalDto[] | null; status: string; error: ApiError | null; onRetry(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (status === 'error' && error && !proposals) return <ErrorBanner what={t('myPath.skills.proposals.error')} error={error} onRetry={onRetry} testId="proposals-error" />;
  if (!proposals || proposals.length === 0) return null;
  const sorted = proposals.slice().sort((a, b) => (a.status === 'pending' ? 0 : 1) - (b.status === 'pending' ? 0 : 1) || b.proposedAt.localeCompare(a.proposedAt));
  return (
    <div className="mp-proposals" data-testid="my-proposals">
      <h4 className="mp-propose-form__title">{t('myPath.skills.proposals.heading')}</h4>
      <ul className="mp-proposals__list">
        {sorted.map((p) => (
          <li key={p.skillId} data-testid="my-proposal" data-skill={p.skillId} data-status={p.status}>
            <span>
              {p.status === 'pending'
                ? t('myPath.skills.proposals.line', { skill: p.skillName, from: p.currentLevel, level: p.level })
                : t('myPath.skills.proposals.lineDecided', { skill: p.skillName, level: p.level })}
            </span>{' '}
            <span className={`mp-status mp-status--${p.status}`}>{t(`myPath.skills.proposals.status.${p.status}`)}</span>
            {p.status !== 'pending' && p.decidedBy && p.decidedAt ? (
              <span className="panel__meta mp-decided">{t('myPath.skills.proposals.decided', { who: p.decidedBy, date: fmt.date(p.decidedAt.slice(0, 10)), comment: p.comment ?? '' })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
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
                    <li key={g.skill} data-source={g.source ?? 'none'}>
                      <span>{g.skillName}</span>
                      {/* A level assumed from the current role is shown as such, never as confirmed. */}
                      <span className="rk-gaps__levels" title={g.source === 'inferred' ? t('paths.inferredHint') : undefined}>
                        {t(g.source === 'inferred' ? 'paths.gapRowInferred' : 'paths.gapRow', { have: g.have, need: g.need })}
                      </span>
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
  const modules = useMemo(() => (plan ? plan.modules : (path?.modules ?? [])), [plan, path]);
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
