/**
 * Redeployment: the redeployment pool and the AI-adjacent openings of the active scenario, the
 * whole-workforce reskilling run (progress + cancel), the assignment, the business case and the one
 * skill that opens the most doors.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card } from '../../components/Card';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { OKABE_ITO } from '../../components/charts/palette';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { ProgressBar, ViewToggle } from '../paths/common';
import { ExplainButton } from '../paths/Explain';
import { CaseCounted, caseHeadline } from './caseHeadline';
import { DoorsPanel } from './DoorsPanel';
import '../paths/reskill.css';
import { scenarioLabel } from '../../i18n/scenarioText';


/** Fixed meanings in these charts (with labels and legend, never colour alone). */
const CASE_COLOURS = { reskill: OKABE_ITO.bluishGreen, replace: OKABE_ITO.vermillion, assigned: OKABE_ITO.blue, left: OKABE_ITO.orange } as const;

export function RedeploymentScreen() {
  const { t } = useTranslation();
  const scenario = useAppStore((s) => s.activeScenario);
  const language = useAppStore((s) => s.language);
  const loadOverview = useAppStore((s) => s.loadOverview);
  const loadAssignment = useAppStore((s) => s.loadAssignment);
  const loadCase = useAppStore((s) => s.loadCase);

  useEffect(() => {
    void loadOverview();
    void loadAssignment();
    void loadCase();
  }, [scenario, language, loadOverview, loadAssignment, loadCase]);

  return (
    <div className="screen" data-testid="screen-redeployment">
      <header className="screen__header">
        <h1 className="screen__title">{t('redeployment.title')}</h1>
        <p className="screen__lead">{t('redeployment.lead')}</p>
        <p className="panel__meta">{t('redeployment.scenario', { name: scenarioLabel(t, scenario) })}</p>
      </header>
      <RunBar />
      <HeadlineCards />
      <AssignmentSection />
      <CaseSection />
      <PoolTables />
      <DoorsPanel />
    </div>
  );
}

function RunBar() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const run = useAppStore((s) => s.reskillRun);
  const start = useAppStore((s) => s.runReskillAll);
  const cancel = useAppStore((s) => s.cancelReskillRun);
  const running = run.status === 'running';
  const r = run.result;
  // The assignment reloaded after the run moves draft plans to the openings; the summary says how many.
  const assignment = useAppStore((s) => s.assignment);
  return (
    <section className="panel" aria-label={t('redeployment.runAll')} data-testid="run-panel">
      <div className="rk-runbar">
        <button type="button" className="button button--primary" disabled={running} onClick={() => void start()} data-testid="run-all">
          {r ? t('redeployment.runAgain') : t('redeployment.runAll')}
        </button>
        {running ? (
          <>
            <ProgressBar done={run.done} total={run.total} label={t('redeployment.running')} testId="run-progress" />
            <button type="button" className="button" onClick={cancel} data-testid="run-cancel">
              {t('redeployment.cancel')}
            </button>
          </>
        ) : null}
      </div>
      <div aria-live="polite">
        {run.status === 'cancelled' ? <p className="rk-note" data-testid="run-cancelled">{t('redeployment.cancelled')}</p> : null}
        {run.status === 'error' && run.error ? <ErrorBanner what={t('redeployment.runError')} error={run.error} onRetry={() => void start()} testId="run-error" /> : null}
        {r && run.status === 'done' ? (
          <div data-testid="run-summary">
            <p className="rk-note">
              {t('redeployment.runDone', {
                ranked: fmt.number(r.summary.ranked),
                viable: fmt.number(r.summary.withViablePath),
                fit: fmt.percent(r.summary.meanBestFit),
                plans: fmt.number(r.summary.plansCreated),
                kept: fmt.number(r.summary.plansKept),
                objections: fmt.number(r.summary.skippedObjection),
              })}
            </p>
            {assignment ? (
              <p className="rk-note" data-testid="run-moved">
                {t('redeployment.plansMoved', { count: assignment.plansMoved, n: fmt.number(assignment.plansMoved) })}
              </p>
            ) : null}
            <p className="panel__meta">
              {t('redeployment.topTargets')}:{' '}
              {r.summary.byTargetRole
                .slice(0, 5)
                .map((x) => `${x.targetRole.title} (${fmt.number(x.people)})`)
                .join(' · ')}
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function HeadlineCards() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const overview = useAppStore((s) => s.overview);
  const assignment = useAppStore((s) => s.assignment);
  const bc = useAppStore((s) => s.caseResult);
  const openings = overview?.openings.reduce((s, o) => s + o.count, 0) ?? null;
  const left = assignment?.openPositionsLeft.reduce((s, o) => s + o.count, 0) ?? null;
  const dash = '–';
  const head = bc ? caseHeadline(bc, t, fmt) : null;
  return (
    <div className="cards" data-testid="redeployment-cards">
      <Card
        testId="card-pool"
        label={t('redeployment.cards.pool')}
        value={overview ? fmt.number(overview.candidates.people) : dash}
        hint={overview ? t('redeployment.cards.poolHint', { roles: fmt.number(overview.candidates.roles.length), year: overview.horizonYear }) : undefined}
      />
      <Card
        testId="card-openings"
        label={t('redeployment.cards.openings')}
        value={openings === null ? dash : fmt.number(openings)}
        hint={overview ? t('redeployment.cards.openingsHint', { roles: fmt.number(overview.openings.filter((o) => o.count > 0).length) }) : undefined}
      />
      <Card testId="card-assigned" label={t('redeployment.cards.assigned')} value={assignment ? fmt.number(assignment.assignments.length) : dash} hint={t('redeployment.cards.assignedHint')} />
      <Card testId="card-external" label={t('redeployment.cards.external')} value={left === null ? dash : fmt.number(left)} hint={t('redeployment.cards.externalHint')} />
      {head && bc ? (
        <Card
          testId="card-saving"
          label={head.label}
          value={
            <ExplainButton explanation={bc.explain} label={head.label} testId="explain-saving">
              {head.value}
            </ExplainButton>
          }
          hint={head.hint}
        />
      ) : (
        <Card testId="card-saving" label={t('redeployment.headline.saving')} value={dash} />
      )}
    </div>
  );
}

function AssignmentSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const assignment = useAppStore((s) => s.assignment);
  const state = useAppStore((s) => s.assignmentState);
  const load = useAppStore((s) => s.loadAssignment);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const rows = useMemo(() => {
    if (!assignment) return [];
    const m = new Map<string, { label: string; assigned: number; left: number }>();
    for (const a of assignment.assignments) {
      const r = m.get(a.targetRole.code) ?? { label: a.targetRole.title, assigned: 0, left: 0 };
      r.assigned++;
      m.set(a.targetRole.code, r);
    }
    for (const o of assignment.openPositionsLeft) {
      const r = m.get(o.targetRole.code) ?? { label: o.targetRole.title, assigned: 0, left: 0 };
      r.left += o.count;
      m.set(o.targetRole.code, r);
    }
    return [...m.values()].sort((a, b) => b.assigned + b.left - (a.assigned + a.left));
  }, [assignment]);

  if (state.status === 'error' && state.error) return <ErrorBanner what={t('redeployment.assign.error')} error={state.error} onRetry={() => void load()} testId="assign-error" />;
  if (!assignment) return <Loading label={t('redeployment.assign.loading')} testId="assign-loading" />;
  const filled = assignment.assignments.length;
  const left = rows.reduce((s, r) => s + r.left, 0);
  const finding = filled + left === 0 ? t('redeployment.assign.findingNone') : t('redeployment.assign.finding', { filled: fmt.number(filled), total: fmt.number(filled + left), left: fmt.number(left) });
  const label = (k: string) => t(k === 'assigned' ? 'redeployment.assign.assigned' : 'redeployment.assign.left');

  return (
    <section className="panel" aria-labelledby="assign-finding" aria-busy={state.status === 'loading'} data-testid="assignment">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('redeployment.assign.kicker')}</p>
          <h2 className="panel__title" id="assign-finding" data-testid="assign-finding">
            {finding}
          </h2>
        </div>
        <ViewToggle view={view} onChange={setView} label={t('redeployment.assign.kicker')} testId="assign-view" />
      </div>
      {rows.length > 0 && view === 'chart' ? (
        <div className="chart" data-testid="assign-chart">
          <ResponsiveContainer width="100%" height={80 + rows.length * 34}>
            <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 28, left: 8 }}>
              <CartesianGrid horizontal={false} stroke="#e3e7ee" />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#44505f' }} label={{ value: t('redeployment.assign.xAxis'), position: 'insideBottom', offset: -16, fill: '#2b3440', fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={260} tick={{ fontSize: 12, fill: '#2b3440' }} label={{ value: t('redeployment.assign.yAxis'), angle: -90, position: 'insideLeft', fill: '#2b3440', fontSize: 12 }} />
              <Tooltip formatter={(v, k) => [fmt.number(Number(v)), String(k)]} />
              <Legend verticalAlign="top" height={30} />
              {/* Named, so no data key ("assigned", "left") reaches the legend, tooltip or the chart's labels. */}
              <Bar dataKey="assigned" name={label('assigned')} stackId="a" fill={CASE_COLOURS.assigned} isAnimationActive={false} />
              <Bar dataKey="left" name={label('left')} stackId="a" fill={CASE_COLOURS.left} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--numeric" data-testid="assign-table">
            <caption>{t('redeployment.assign.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('redeployment.assign.yAxis')}</th>
                <th scope="col">{t('redeployment.assign.assigned')}</th>
                <th scope="col">{t('redeployment.assign.left')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{fmt.number(r.assigned)}</td>
                  <td>{fmt.number(r.left)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {assignment.assignments.length > 0 ? (
        <>
          <h3 className="panel__title">{t('redeployment.assign.who')}</h3>
          <div className="table-wrap rk-table-scroll" tabIndex={0} role="region" aria-label={t('redeployment.assign.who')}>
            <table className="table" data-testid="assignments-table">
              <thead>
                <tr>
                  <th scope="col">{t('redeployment.assign.person')}</th>
                  <th scope="col">{t('redeployment.assign.from')}</th>
                  <th scope="col">{t('redeployment.assign.to')}</th>
                  <th scope="col">{t('redeployment.assign.fit')}</th>
                  <th scope="col">{t('redeployment.assign.weeks')}</th>
                </tr>
              </thead>
              <tbody>
                {assignment.assignments.map((a) => (
                  <tr key={a.employeeId} data-testid="assignment-row">
                    <th scope="row">{a.employeeId}</th>
                    <td>{a.currentRole.title}</td>
                    <td>{a.targetRole.title}</td>
                    <td>{fmt.percent(a.fit)}</td>
                    <td>{fmt.number(a.weeks, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {assignment.unassigned.length > 0 ? <p className="panel__note">{t('redeployment.assign.unassigned', { n: fmt.number(assignment.unassigned.length) })}</p> : null}
      <p className="panel__note">{t('redeployment.assign.method')}</p>
    </section>
  );
}

const PAGE = 50;

function CaseSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const bc = useAppStore((s) => s.caseResult);
  const state = useAppStore((s) => s.caseState);
  const load = useAppStore((s) => s.loadCase);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    if (!bc) return [];
    const m = new Map<string, { label: string; reskill: number; replace: number; people: number }>();
    for (const l of bc.lines) {
      const r = m.get(l.targetRole.code) ?? { label: l.targetRole.title, reskill: 0, replace: 0, people: 0 };
      r.reskill += l.reskillCost;
      r.replace += l.replaceCost;
      r.people++;
      m.set(l.targetRole.code, r);
    }
    const top = [...m.values()].sort((a, b) => b.replace - a.replace).slice(0, 8);
    return top;
  }, [bc]);
  const tableRows = bc ? [...rows, { label: t('redeployment.case.total'), reskill: bc.totals.reskillCost, replace: bc.totals.replaceCost, people: bc.totals.people }] : rows;

  if (state.status === 'error' && state.error) return <ErrorBanner what={t('redeployment.case.error')} error={state.error} onRetry={() => void load()} testId="case-error" />;
  if (!bc) return <Loading label={t('redeployment.case.loading')} testId="case-loading" />;
  const T = bc.totals;
  const finding =
    T.saving >= 0
      ? t('redeployment.case.finding', { people: fmt.number(T.people), reskill: fmt.money(T.reskillCost), replace: fmt.money(T.replaceCost), saving: fmt.money(T.saving) })
      : t('redeployment.case.findingLoss', { people: fmt.number(T.people), reskill: fmt.money(T.reskillCost), replace: fmt.money(T.replaceCost), loss: fmt.money(-T.saving) });
  const label = (k: string) => t(k === 'reskill' ? 'redeployment.case.reskill' : 'redeployment.case.replace');
  const lines = bc.lines.slice(page * PAGE, page * PAGE + PAGE);
  const compact = (v: number) => new Intl.NumberFormat(fmt.lang === 'nl' ? 'nl-NL' : 'en-GB', { notation: 'compact', style: 'currency', currency: 'EUR', maximumFractionDigits: 1 }).format(v);

  return (
    <section className="panel" aria-labelledby="case-finding" aria-busy={state.status === 'loading'} data-testid="business-case">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('redeployment.case.kicker')}</p>
          <h2 className="panel__title" id="case-finding" data-testid="case-finding">
            <ExplainButton explanation={bc.explain} label={caseHeadline(bc, t, fmt).label}>
              {finding}
            </ExplainButton>
          </h2>
          <CaseCounted bc={bc} testId="case-counted" />
        </div>
        <ViewToggle view={view} onChange={setView} label={t('redeployment.case.kicker')} testId="case-view" />
      </div>
      {view === 'chart' ? (
        <div className="chart" data-testid="case-chart">
          <ResponsiveContainer width="100%" height={90 + rows.length * 50}>
            <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 28, left: 8 }} barCategoryGap="20%">
              <CartesianGrid horizontal={false} stroke="#e3e7ee" />
              <XAxis type="number" tickFormatter={compact} tick={{ fontSize: 12, fill: '#44505f' }} label={{ value: t('redeployment.case.xAxis'), position: 'insideBottom', offset: -16, fill: '#2b3440', fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={260} tick={{ fontSize: 12, fill: '#2b3440' }} label={{ value: t('redeployment.case.yAxis'), angle: -90, position: 'insideLeft', fill: '#2b3440', fontSize: 12 }} />
              <Tooltip formatter={(v, k) => [fmt.money(Number(v)), label(String(k))]} />
              <Legend verticalAlign="top" height={30} formatter={(k) => label(String(k))} />
              <Bar dataKey="reskill" fill={CASE_COLOURS.reskill} isAnimationActive={false} />
              <Bar dataKey="replace" fill={CASE_COLOURS.replace} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table table--numeric" data-testid="case-table">
            <caption>{t('redeployment.case.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('redeployment.case.yAxis')}</th>
                <th scope="col">{t('redeployment.case.reskill')}</th>
                <th scope="col">{t('redeployment.case.replace')}</th>
              </tr>
            </thead>
            <tbody>
              {tableRows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{fmt.money(r.reskill)}</td>
                  <td>{fmt.money(r.replace)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary className="panel__title">{t('redeployment.case.perPerson')}</summary>
        <div className="table-wrap">
          <table className="table table--numeric" data-testid="case-lines">
            <thead>
              <tr>
                {(['person', 'from', 'role', 'contract', 'reskillCost', 'backfill', 'replaceCost', 'hire', 'transition', 'notice', 'saving'] as const).map((k) => (
                  <th scope="col" key={k}>
                    {t(`redeployment.case.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.employeeId}>
                  <th scope="row">{l.employeeId}</th>
                  <td>{l.currentRole.title}</td>
                  <td>{l.targetRole.title}</td>
                  <td>
                    {t(`redeployment.case.contractType.${l.contractType}`)} · {fmt.number(l.fte, 2)}
                  </td>
                  <td>{fmt.money(l.reskillCost)}</td>
                  <td>{fmt.money(l.backfill)}</td>
                  <td>{fmt.money(l.replaceCost)}</td>
                  <td>{fmt.money(l.hire)}</td>
                  <td>{fmt.money(l.transitionPayment)}</td>
                  <td>{fmt.money(l.noticePay)}</td>
                  <td>{fmt.money(l.saving)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="toolbar">
          <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('redeployment.case.prev')}
          </button>
          <span className="panel__meta">
            {t('redeployment.case.page', { from: fmt.number(page * PAGE + 1), to: fmt.number(Math.min(bc.lines.length, (page + 1) * PAGE)), total: fmt.number(bc.lines.length) })}
          </span>
          <button type="button" className="button" disabled={(page + 1) * PAGE >= bc.lines.length} onClick={() => setPage(page + 1)}>
            {t('redeployment.case.next')}
          </button>
        </div>
      </details>
      <p className="panel__note">{t('redeployment.case.method')}</p>
    </section>
  );
}

function PoolTables() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const overview = useAppStore((s) => s.overview);
  const state = useAppStore((s) => s.overviewState);
  const load = useAppStore((s) => s.loadOverview);
  if (state.status === 'error' && state.error) return <ErrorBanner what={t('redeployment.errorOverview')} error={state.error} onRetry={() => void load()} testId="overview-error" />;
  if (!overview) return <Loading label={t('redeployment.loadingOverview')} testId="overview-loading" />;
  const candidates = [...overview.candidates.roles].sort((a, b) => b.candidatePeople - a.candidatePeople);
  const openings = [...overview.openings].filter((o) => o.count > 0 || o.fromDrivers > 0 || o.fromPlanner > 0).sort((a, b) => b.count - a.count);
  return (
    <div className="rk-stack">
      <section className="panel" aria-labelledby="candidates-heading" data-testid="candidates">
        <h2 className="panel__title" id="candidates-heading">
          {t('redeployment.candidates.heading')}
        </h2>
        {candidates.length === 0 ? (
          <p className="panel__note">{t('redeployment.candidates.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--numeric">
              <thead>
                <tr>
                  <th scope="col">{t('redeployment.candidates.role')}</th>
                  <th scope="col">{t('redeployment.candidates.people')}</th>
                  <th scope="col">{t('redeployment.candidates.toMove')}</th>
                  <th scope="col">{t('redeployment.candidates.demand', { year: overview.horizonYear })}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => (
                  <tr key={c.code} data-testid="candidate-row">
                    <th scope="row">{c.title}</th>
                    <td>{fmt.number(c.candidatePeople)}</td>
                    <td>
                      <ExplainButton explanation={c.explanation} label={t('redeployment.candidates.toMove')}>
                        {fmt.number(c.peopleToMove, 1)}
                      </ExplainButton>
                    </td>
                    <td>{fmt.number(c.demandIndexAtHorizon, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="openings-heading" data-testid="openings">
        <h2 className="panel__title" id="openings-heading">
          {t('redeployment.openings.heading')}
        </h2>
        {openings.length === 0 ? (
          <p className="panel__note">{t('redeployment.openings.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--numeric">
              <thead>
                <tr>
                  <th scope="col">{t('redeployment.openings.role')}</th>
                  <th scope="col">{t('redeployment.openings.count')}</th>
                  <th scope="col">{t('redeployment.openings.drivers')}</th>
                  <th scope="col">{t('redeployment.openings.planner')}</th>
                </tr>
              </thead>
              <tbody>
                {openings.map((o) => (
                  <tr key={o.roleCode} data-testid="opening-row">
                    <th scope="row">{o.title}</th>
                    <td>
                      <ExplainButton explanation={o.explanation} label={t('redeployment.openings.count')}>
                        {fmt.number(o.count)}
                      </ExplainButton>
                    </td>
                    <td>{fmt.number(o.fromDrivers, 1)}</td>
                    <td>{fmt.number(o.fromPlanner)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
