/**
 * The role's answer first: headline cards at the horizon, then the share of time automated / done faster /
 * unaffected per year and FTE needed vs available per year. Every figure opens its explanation
 * (scenario.explain), from a card, a year in a chart, or a cell of the data table.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../../shared/domain/explain';
import type { RoleYearExplanations } from '../../../../shared/api/dto';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { useFormat, type MessageKey } from '../../i18n';
import type { RoleImpact } from '../../state/slices/scenarioSlice';
import { ExplainButton, ExplainPanel } from '../explain/ExplainPanel';
import { FigurePanel } from './FigurePanel';
import { DemandSupplyByYear, ShareArea, type ShareRow } from './RoleCharts';

const num = (e: Explanation): number => (typeof e.value === 'number' ? e.value : 0);

export function ImpactSection({ impact, staffed }: { impact: RoleImpact; staffed: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState<{ label: string; explanation: Explanation } | null>(null);
  const years = impact.years;
  const last = years[years.length - 1]!;
  const first = years[0]!;
  const h = last.explain;
  const year = last.year;

  const shares: ShareRow[] = useMemo(
    () =>
      years.map(({ year, explain: e }) => {
        const automated = num(e.automatedShare);
        const augmented = num(e.augmentedShare);
        return { year, automated, augmented, unaffected: Math.max(0, 1 - automated - augmented) };
      }),
    [years],
  );
  const fte = useMemo(() => years.map(({ year, explain: e }) => ({ year, demand: num(e.demandFte), supply: num(e.supplyFte) })), [years]);
  const byYear = useMemo(() => new Map(years.map((y) => [y.year, y.explain] as const)), [years]);

  const pct = (v: number) => fmt.percent(v);
  const fte1 = (v: number) => fmt.number(v, 1);
  const affected = num(h.automatedShare) + num(h.augmentedShare);
  const surplus = num(h.surplusFte);
  const balance =
    Math.abs(surplus) < 0.05 ? t('roles.cards.balanced') : surplus > 0 ? t('roles.cards.surplus', { fte: fte1(surplus) }) : t('roles.cards.shortfall', { fte: fte1(-surplus) });

  const openYear = (kind: 'share' | 'fte') => (y: number) => {
    const e = byYear.get(y);
    if (!e) return;
    setOpen(
      kind === 'share'
        ? { label: t('roles.impact.explainAutomated', { year: y }), explanation: e.automatedShare }
        : { label: t('roles.impact.explainDemand', { year: y }), explanation: e.demandFte },
    );
  };

  const cell = (e: RoleYearExplanations, key: keyof RoleYearExplanations, labelKey: MessageKey, y: number, shown: string) => (
    <ExplainButton explanation={e[key]} label={t(labelKey, { year: y })} testId={`explain-${key}-${y}`}>
      {shown}
    </ExplainButton>
  );

  return (
    <div className="roles-impact">
      <div className="cards cards--four" data-testid="role-cards">
        <Card
          testId="role-card-automated"
          label={t('roles.cards.automated', { year })}
          value={
            <ExplainButton explanation={h.automatedShare} label={t('roles.impact.explainAutomated', { year })} testId="explain-role-automated">
              {pct(num(h.automatedShare))}
            </ExplainButton>
          }
          hint={t('roles.cards.automatedHint')}
        />
        <Card
          testId="role-card-augmented"
          label={t('roles.cards.augmented', { year })}
          value={
            <ExplainButton explanation={h.augmentedShare} label={t('roles.impact.explainAugmented', { year })} testId="explain-role-augmented">
              {pct(num(h.augmentedShare))}
            </ExplainButton>
          }
          hint={t('roles.cards.augmentedHint')}
        />
        <Card
          testId="role-card-demand"
          label={t('roles.cards.demand', { year })}
          value={
            <ExplainButton explanation={h.demandFte} label={t('roles.impact.explainDemand', { year })} testId="explain-role-demand">
              {fte1(num(h.demandFte))}
            </ExplainButton>
          }
          hint={staffed ? t('roles.cards.demandHint', { supply: fte1(num(h.supplyFte)), balance }) : t('roles.cards.demandNobody')}
        />
        <Card
          testId="role-card-risk"
          label={t('roles.cards.risk', { year })}
          value={
            <ExplainButton explanation={h.riskClass} label={t('roles.impact.explainRisk', { year })} testId="explain-role-risk">
              {t(`roles.risk.${String(h.riskClass.value)}`, { defaultValue: String(h.riskClass.value) })}
            </ExplainButton>
          }
          hint={t('roles.cards.riskHint', { share: pct(affected) })}
        />
      </div>

      <FigurePanel
        id="role-impact"
        kicker={t('roles.impact.kicker')}
        finding={
          affected < 0.005
            ? t('roles.impact.findingNone')
            : t('roles.impact.finding', { year, automated: pct(num(h.automatedShare)), augmented: pct(num(h.augmentedShare)) })
        }
        chart={
          <ShareArea
            data={shares}
            names={{ automated: t('roles.impact.automated'), augmented: t('roles.impact.augmented'), unaffected: t('roles.impact.unaffected') }}
            xLabel={t('roles.impact.xAxis')}
            yLabel={t('roles.impact.yAxis')}
            format={pct}
            onYear={openYear('share')}
          />
        }
        table={
          <table className="table table--numeric" data-testid="role-impact-table">
            <caption>{t('roles.impact.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roles.year')}</th>
                <th scope="col">{t('roles.impact.automated')}</th>
                <th scope="col">{t('roles.impact.augmented')}</th>
                <th scope="col">{t('roles.impact.unaffected')}</th>
              </tr>
            </thead>
            <tbody>
              {years.map(({ year: y, explain: e }, i) => (
                <tr key={y}>
                  <th scope="row">{y}</th>
                  <td>{cell(e, 'automatedShare', 'roles.impact.explainAutomated', y, pct(shares[i]!.automated))}</td>
                  <td>{cell(e, 'augmentedShare', 'roles.impact.explainAugmented', y, pct(shares[i]!.augmented))}</td>
                  <td>{pct(shares[i]!.unaffected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        note={t('roles.impact.clickHint')}
      />

      {staffed ? (
        <FigurePanel
          id="role-demand"
          kicker={t('roles.demand.kicker')}
          finding={t(num(h.demandFte) < num(first.explain.demandFte) ? 'roles.demand.findingFalls' : 'roles.demand.findingRises', {
            from: fte1(num(first.explain.demandFte)),
            to: fte1(num(h.demandFte)),
            year,
            supply: fte1(num(h.supplyFte)),
          })}
          chart={
            <DemandSupplyByYear
              data={fte}
              names={{ demand: t('roles.demand.demand'), supply: t('roles.demand.supply') }}
              xLabel={t('roles.demand.xAxis')}
              yLabel={t('roles.demand.yAxis')}
              format={fte1}
              tickFormat={(v) => fmt.number(v)}
              onYear={openYear('fte')}
            />
          }
          table={
            <table className="table table--numeric" data-testid="role-demand-table">
              <caption>{t('roles.demand.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('roles.year')}</th>
                  <th scope="col">{t('roles.demand.demand')}</th>
                  <th scope="col">{t('roles.demand.leavers')}</th>
                  <th scope="col">{t('roles.demand.hires')}</th>
                  <th scope="col">{t('roles.demand.supply')}</th>
                  <th scope="col">{t('roles.demand.surplus')}</th>
                </tr>
              </thead>
              <tbody>
                {years.map(({ year: y, explain: e }) => (
                  <tr key={y}>
                    <th scope="row">{y}</th>
                    <td>{cell(e, 'demandFte', 'roles.impact.explainDemand', y, fte1(num(e.demandFte)))}</td>
                    <td>{cell(e, 'leavers', 'roles.impact.explainLeavers', y, fte1(num(e.leavers)))}</td>
                    <td>{cell(e, 'hires', 'roles.impact.explainHires', y, fte1(num(e.hires)))}</td>
                    <td>{cell(e, 'supplyFte', 'roles.impact.explainSupply', y, fte1(num(e.supplyFte)))}</td>
                    <td>{cell(e, 'surplusFte', 'roles.impact.explainSurplus', y, fte1(num(e.surplusFte)))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
          note={t('roles.impact.clickHint')}
        />
      ) : (
        <section className="panel" data-testid="role-demand-nobody">
          <EmptyState title={t('roles.demand.nobody')}>
            <p>{t('roles.demand.nobodyHint')}</p>
          </EmptyState>
        </section>
      )}
      {open ? <ExplainPanel label={open.label} explanation={open.explanation} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
