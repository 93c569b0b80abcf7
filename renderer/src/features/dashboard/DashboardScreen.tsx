/**
 * Dashboard: the active scenario's answer first — hours and FTE freed at the horizon, the redeployment pool,
 * new AI-adjacent positions, reskilling vs replace-and-hire — every card explaining itself, then the charts.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ChartPanel } from '../../components/charts/ChartPanel';
import { CostBars, TransitionsSankey } from '../../components/charts/PlannerCharts';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { ExplainButton } from '../explain/ExplainPanel';
import { caseHeadline } from '../redeployment/caseHeadline';
import { costByTarget, sumExplanation, topRolesByHours, totalsAtHorizon, transitionFlows } from './shape';
import { ImpactCharts } from './ImpactCharts';
import { ScenarioPicker } from './ScenarioPicker';
import './dashboard.css';

export function DashboardScreen() {
  const { t } = useTranslation();
  const active = useAppStore((s) => s.activeScenario);
  const lang = useAppStore((s) => s.language);
  const load = useAppStore((s) => s.loadDashboard);
  const loadScenarios = useAppStore((s) => s.loadScenarios);
  const run = useAppStore((s) => s.scenarioRun);
  const runState = useAppStore((s) => s.scenarioRunState);

  useEffect(() => {
    void loadScenarios();
  }, [loadScenarios]);
  useEffect(() => {
    void load();
  }, [active, lang, load]);

  return (
    <div className="screen" data-testid="screen-dashboard">
      <header className="screen__header screen__header--row">
        <div>
          <h1 className="screen__title">{t('dashboard.title')}</h1>
          <p className="screen__lead">{t('dashboard.lead')}</p>
        </div>
        <ScenarioPicker />
      </header>
      {runState.status === 'error' && runState.error ? (
        <ErrorBanner what={t('dashboard.error')} error={runState.error} onRetry={() => void load()} testId="dashboard-error" />
      ) : !run ? (
        <Loading label={t('dashboard.loading')} testId="dashboard-loading" />
      ) : run.roles.length === 0 ? (
        <EmptyState title={t('dashboard.empty')} testId="dashboard-empty">
          <p>{t('dashboard.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="dashboard" aria-busy={runState.status === 'loading'}>
          <HeadlineCards />
          <ImpactCharts result={run} idPrefix="dash" />
          <ReskillCharts />
        </div>
      )}
    </div>
  );
}

function HeadlineCards() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const run = useAppStore((s) => s.scenarioRun)!;
  const dashCase = useAppStore((s) => s.dashCase);
  const caseState = useAppStore((s) => s.dashCaseState);
  const total = totalsAtHorizon(run);
  const year = run.horizonYear;
  const horizonRoles = run.roles.map((r) => ({ name: r.title, y: r.byYear[r.byYear.length - 1] }));

  const hours = total?.hoursFreed ?? 0;
  const fte = total?.fteFreed ?? 0;
  const openings = run.openings.reduce((s, o) => s + o.count, 0);
  const top = topRolesByHours(run, 1)[0];
  // The same label and figure as the Redeployment screen (one wording, one service).
  const head = dashCase ? caseHeadline(dashCase, t, fmt) : null;

  return (
    <div className="cards cards--five" data-testid="dashboard-cards">
      <Card
        testId="card-hours"
        label={t('dashboard.cards.hours', { year })}
        value={
          <ExplainButton
            label={t('dashboard.cards.hours', { year })}
            explanation={sumExplanation('total.hoursFreed', hours, horizonRoles.map((r) => ({ name: r.name, value: r.y?.hoursFreed ?? 0 })), 'hours')}
            testId="explain-hours"
          >
            {fmt.number(hours)}
          </ExplainButton>
        }
        hint={top ? t('dashboard.cards.hoursHint', { role: top.title }) : undefined}
      />
      <Card
        testId="card-fte"
        label={t('dashboard.cards.fte', { year })}
        value={
          <ExplainButton
            label={t('dashboard.cards.fte', { year })}
            explanation={sumExplanation('total.fteFreed', fte, horizonRoles.map((r) => ({ name: r.name, value: r.y?.fteFreed ?? 0 })), 'fte')}
            testId="explain-fte"
          >
            {fmt.number(fte, 1)}
          </ExplainButton>
        }
        hint={t('dashboard.cards.fteHint')}
      />
      <Card
        testId="card-pool"
        label={t('dashboard.cards.pool')}
        value={
          <ExplainButton
            label={t('dashboard.cards.pool')}
            explanation={sumExplanation(
              'total.candidates',
              run.candidates.people,
              run.candidates.roles.map((r) => ({ name: r.title, value: r.candidatePeople })),
              'count',
            )}
            testId="explain-pool"
          >
            {fmt.number(run.candidates.people)}
          </ExplainButton>
        }
        hint={t('dashboard.cards.poolHint', { n: fmt.number(run.candidates.roles.reduce((s, r) => s + r.peopleToMove, 0)) })}
      />
      <Card
        testId="card-openings"
        label={t('dashboard.cards.openings')}
        value={
          <ExplainButton
            label={t('dashboard.cards.openings')}
            explanation={sumExplanation('total.openings', openings, run.openings.map((o) => ({ name: o.title, value: o.count })), 'count')}
            testId="explain-openings"
          >
            {fmt.number(openings)}
          </ExplainButton>
        }
        hint={t('dashboard.cards.openingsHint', { count: run.openings.filter((o) => o.count > 0).length })}
      />
      <Card
        testId="card-case"
        label={head ? head.label : t('redeployment.headline.saving')}
        value={
          dashCase && head ? (
            <ExplainButton label={head.label} explanation={dashCase.explain} testId="explain-case">
              {head.value}
            </ExplainButton>
          ) : caseState.status === 'error' ? (
            '–'
          ) : (
            <span className="card__pending">{t('dashboard.computing')}</span>
          )
        }
        hint={head ? head.hint : caseState.status === 'error' ? t('dashboard.cards.caseError') : undefined}
      />
    </div>
  );
}

function ReskillCharts() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const run = useAppStore((s) => s.scenarioRun)!;
  const reskill = useAppStore((s) => s.dashReskill);
  const reskillState = useAppStore((s) => s.dashReskillState);
  const dashCase = useAppStore((s) => s.dashCase);
  const caseState = useAppStore((s) => s.dashCaseState);
  const load = useAppStore((s) => s.loadDashboard);
  const [showAll] = useState(false);

  const titles = useMemo(() => new Map(run.roles.map((r) => [r.code, r.title])), [run]);
  const flows = useMemo(() => (reskill ? transitionFlows(reskill.employees, titles, showAll ? 40 : 14) : null), [reskill, titles, showAll]);
  const costs = useMemo(() => (dashCase ? costByTarget(dashCase.lines) : null), [dashCase]);

  return (
    <div className="dashboard__stack">
      {reskillState.status === 'error' && reskillState.error ? (
        <ErrorBanner what={t('dashboard.reskillError')} error={reskillState.error} onRetry={() => void load()} testId="reskill-error" />
      ) : !flows ? (
        <Loading label={t('dashboard.computingPaths')} />
      ) : flows.links.length === 0 ? (
        <EmptyState title={t('dashboard.sankey.empty')} />
      ) : (
        <ChartPanel
          id="dash-sankey"
          kicker={t('dashboard.sankey.kicker')}
          finding={t('dashboard.sankey.finding', {
            from: flows.rows[0]!.from,
            to: flows.rows[0]!.to,
            n: fmt.number(flows.rows[0]!.people),
            total: fmt.number(flows.rows.reduce((s, r) => s + r.people, 0)),
          })}
          table={{
            caption: t('dashboard.sankey.caption'),
            columns: [t('dashboard.sankey.from'), t('dashboard.sankey.to'), t('dashboard.sankey.people')],
            rows: flows.rows.map((r) => ({ key: `${r.from}-${r.to}`, cells: [r.from, r.to, fmt.number(r.people)] })),
          }}
          note={t('dashboard.sankey.note')}
        >
          <TransitionsSankey nodes={flows.nodes} links={flows.links} format={(v) => t('dashboard.people', { n: fmt.number(v) })} />
        </ChartPanel>
      )}
      {caseState.status === 'error' && caseState.error ? (
        <ErrorBanner what={t('dashboard.caseErrorTitle')} error={caseState.error} onRetry={() => void load()} testId="case-error" />
      ) : !costs || !dashCase ? (
        <Loading label={t('dashboard.computing')} />
      ) : costs.length === 0 ? (
        <EmptyState title={t('dashboard.case.empty')} />
      ) : (
        <ChartPanel
          id="dash-case"
          kicker={t('dashboard.case.kicker')}
          finding={
            dashCase.totals.saving >= 0
              ? t('dashboard.case.findingSaves', { saving: fmt.money(dashCase.totals.saving) })
              : t('dashboard.case.findingCosts', { extra: fmt.money(-dashCase.totals.saving) })
          }
          table={{
            caption: t('dashboard.case.caption'),
            columns: [t('dashboard.case.target'), t('dashboard.case.people'), t('dashboard.case.reskill'), t('dashboard.case.replace')],
            rows: costs.map((c) => ({ key: c.name, cells: [c.name, fmt.number(c.people), fmt.money(c.reskill), fmt.money(c.replace)] })),
          }}
        >
          <CostBars
            data={costs}
            yLabel={t('dashboard.case.yAxis')}
            names={{ reskill: t('dashboard.case.reskill'), replace: t('dashboard.case.replace') }}
            format={(v) => fmt.money(v)}
          />
        </ChartPanel>
      )}
    </div>
  );
}

