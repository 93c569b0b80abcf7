/**
 * The impact charts of a model result: time saved per role over the horizon (stacked areas); the FTE bridge at the
 * horizon beside what attrition absorbs (or, when leavers are not replaced, the surplus/shortfall waterfall); FTE
 * needed vs available per role (grouped bars). Used by the Dashboard (server run) and the Scenarios editor (worker
 * preview, with `rev` so "every chart updated" can be observed).
 */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/charts/ChartPanel';
import { AttritionBars, attritionBarsHeight, DemandSupplyBars, FteBridgeChart, SurplusWaterfall, TimeSavedArea, type FteBridgeKey } from '../../components/charts/PlannerCharts';
import { FlowsChart } from '../../components/charts/FlowsChart';
import { useFormat } from '../../i18n';
import { demandSupplyRows, fteBridge, FTE_NOISE, timeSavedSeries, titleOf, topRolesByHours, waterfallRows, type FteBridge, type ResultLike } from './shape';

export const ImpactCharts = memo(function ImpactCharts({ result, idPrefix, rev, compact = false }: { result: ResultLike; idPrefix: string; rev?: number; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = fmt.lang;
  const [roleCode, setRoleCode] = useState<string | null>(null);
  const top = useMemo(() => topRolesByHours(result, 8), [result]);
  const series = useMemo(() => timeSavedSeries(result, roleCode), [result, roleCode]);
  const bars = useMemo(() => demandSupplyRows(result, lang, compact ? 6 : 8), [result, lang, compact]);
  const noBackfill = result.backfill === 'none';
  const fall = useMemo(() => (noBackfill ? waterfallRows(result, lang, t('dashboard.waterfall.other'), compact ? 8 : 10) : []), [noBackfill, result, lang, t, compact]);
  const bridge = useMemo(
    () => (noBackfill ? null : fteBridge(result, lang, t('dashboard.waterfall.other'), t('dashboard.bridge.total'), compact ? 6 : 8)),
    [noBackfill, result, lang, t, compact],
  );
  const last = series[series.length - 1];
  const year = result.horizonYear;
  const roleName = roleCode ? titleOf(result.roles.find((r) => r.code === roleCode) ?? { title: roleCode }, lang) : t('dashboard.time.allRoles');
  const hours = (v: number) => fmt.number(v);
  const fte = (v: number) => fmt.number(v, 1);
  const surplusTotal = fall.reduce((s, r) => s + r.value, 0);
  const biggestShort = [...fall].sort((a, b) => a.value - b.value)[0];

  return (
    <div className={compact ? 'impact impact--compact' : 'impact'}>
      <ChartPanel
        id={`${idPrefix}-time`}
        rev={rev}
        kicker={t('dashboard.time.kicker')}
        finding={t('dashboard.time.finding', {
          role: roleName,
          hours: hours((last?.automated ?? 0) + (last?.augmented ?? 0)),
          year,
          share: fmt.percent(last && last.automated + last.augmented > 0 ? last.automated / (last.automated + last.augmented) : 0),
        })}
        actions={
          <label className="inline-field">
            <span className="visually-hidden">{t('dashboard.time.roleLabel')}</span>
            <select className="field__control field__control--small" value={roleCode ?? ''} onChange={(e) => setRoleCode(e.target.value || null)} data-testid={`${idPrefix}-time-role`} aria-label={t('dashboard.time.roleLabel')}>
              <option value="">{t('dashboard.time.allRoles')}</option>
              {top.map((r) => (
                <option key={r.code} value={r.code}>
                  {titleOf(r, lang)}
                </option>
              ))}
            </select>
          </label>
        }
        table={{
          caption: t('dashboard.time.caption', { role: roleName }),
          columns: [t('dashboard.year'), t('dashboard.time.automated'), t('dashboard.time.augmented'), t('dashboard.time.total')],
          rows: series.map((s) => ({ key: String(s.year), cells: [String(s.year), hours(s.automated), hours(s.augmented), hours(s.automated + s.augmented)] })),
        }}
        note={t('dashboard.time.note')}
      >
        <TimeSavedArea
          data={series}
          xLabel={t('dashboard.year')}
          yLabel={t('dashboard.time.yAxis')}
          names={{ automated: t('dashboard.time.automated'), augmented: t('dashboard.time.augmented') }}
          format={hours}
          height={compact ? 240 : 300}
        />
      </ChartPanel>
      {bridge ? (
        <FteBridgePanel bridge={bridge} id={`${idPrefix}-bridge`} rev={rev} compact={compact} />
      ) : (
        <ChartPanel
          id={`${idPrefix}-waterfall`}
          rev={rev}
          kicker={t('dashboard.waterfall.kicker', { year })}
          finding={
            biggestShort && biggestShort.value < 0
              ? t('dashboard.waterfall.findingShort', { total: fte(surplusTotal), role: biggestShort.name, fte: fte(-biggestShort.value) })
              : t('dashboard.waterfall.finding', { total: fte(surplusTotal) })
          }
          table={{
            caption: t('dashboard.waterfall.caption', { year }),
            columns: [t('dashboard.role'), t('dashboard.waterfall.value')],
            rows: [...fall.map((r) => ({ key: r.code, cells: [r.name, fte(r.value)] })), { key: 'total', cells: [t('dashboard.waterfall.total'), fte(surplusTotal)] }],
          }}
          note={t('dashboard.waterfall.note')}
        >
          <SurplusWaterfall
            data={fall}
            totalName={t('dashboard.waterfall.total')}
            yLabel={t('dashboard.waterfall.yAxis')}
            names={{ surplus: t('dashboard.waterfall.surplus'), shortfall: t('dashboard.waterfall.shortfall'), total: t('dashboard.waterfall.total') }}
            format={fte}
          />
        </ChartPanel>
      )}
      <FlowsPanel result={result} id={`${idPrefix}-flows`} rev={rev} compact={compact} />
      <ChartPanel
        id={`${idPrefix}-demand`}
        rev={rev}
        kicker={t('dashboard.demand.kicker', { year })}
        finding={(() => {
          const gap = bars.reduce((s, b) => s + (b.supply - b.demand), 0);
          // Below a tenth of an FTE the rounded figure would read "0.0 more": say that supply follows demand.
          if (Math.abs(gap) < 0.05) return t('dashboard.demand.findingBalanced', { year });
          return gap >= 0 ? t('dashboard.demand.findingSurplus', { fte: fte(gap), year }) : t('dashboard.demand.findingShort', { fte: fte(-gap), year });
        })()}
        table={{
          caption: t('dashboard.demand.caption', { year }),
          columns: [t('dashboard.role'), t('dashboard.demand.demand'), t('dashboard.demand.supply')],
          rows: bars.map((b) => ({ key: b.code, cells: [b.name, fte(b.demand), fte(b.supply)] })),
        }}
      >
        <DemandSupplyBars
          data={bars}
          xLabel={t('dashboard.demand.xAxis')}
          names={{ demand: t('dashboard.demand.demand'), supply: t('dashboard.demand.supply') }}
          format={fte}
          tickFormat={(v) => fmt.number(v)}
        />
      </ChartPanel>
    </div>
  );
});

/** Hires, leavers, surplus and shortfall per year for the whole organisation: the model's totals as they are. */
function FlowsPanel({ result, id, rev, compact }: { result: ResultLike; id: string; rev?: number; compact: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fte = (v: number) => fmt.number(v, 1);
  const rows = result.totals.byYear;
  const from = rows[0]?.year ?? result.horizonYear;
  const last = rows[rows.length - 1];
  const hires = rows.reduce((s, y) => s + y.hires, 0);
  const leavers = rows.reduce((s, y) => s + y.leavers, 0);
  const values = { from, year: result.horizonYear, hires: fte(hires), leavers: fte(leavers), surplus: fte(Math.max(0, last?.surplusFte ?? 0)), shortfall: fte(last?.shortfallFte ?? 0) };
  return (
    <ChartPanel
      id={id}
      rev={rev}
      kicker={t('dashboard.flows.kicker', { from, year: result.horizonYear })}
      finding={hires > 0.05 ? t('dashboard.flows.finding', values) : t('dashboard.flows.findingNone', values)}
      table={{
        caption: t('dashboard.flows.caption'),
        columns: [
          t('dashboard.year'),
          t('dashboard.flows.demand'),
          t('dashboard.flows.attritionLeavers'),
          t('dashboard.flows.contractEndings'),
          t('dashboard.flows.hires'),
          t('dashboard.flows.supply'),
          t('dashboard.flows.surplus'),
          t('dashboard.flows.shortfall'),
        ],
        rows: rows.map((y) => ({
          key: String(y.year),
          cells: [String(y.year), fte(y.demandFte), fte(y.attritionLeavers), fte(y.contractEndings), fte(y.hires), fte(y.supplyFte), fte(Math.max(0, y.surplusFte)), fte(y.shortfallFte)],
        })),
      }}
      note={t('dashboard.flows.note')}
    >
      <FlowsChart
        data={rows.map((y) => ({ year: String(y.year), hires: y.hires, attritionLeavers: y.attritionLeavers, contractEndings: y.contractEndings }))}
        names={{ hires: t('dashboard.flows.hires'), attritionLeavers: t('dashboard.flows.attritionLeavers'), contractEndings: t('dashboard.flows.contractEndings') }}
        xLabel={t('dashboard.flows.xAxis')}
        yLabel={t('dashboard.flows.yAxis')}
        format={fte}
        tickFormat={(v) => fmt.number(v)}
        height={compact ? 220 : 280}
      />
    </ChartPanel>
  );
}

/** The FTE bridge at the horizon beside the attrition comparison, with the redeployment need named in words. */
function FteBridgePanel({ bridge, id, rev, compact }: { bridge: FteBridge; id: string; rev?: number; compact: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fte = (v: number) => fmt.number(v, 1);
  const whole = (v: number) => fmt.number(v);
  const signed = (v: number) => `${v > 0.05 ? '+' : v < -0.05 ? '−' : ''}${fte(Math.abs(v))}`;
  const { year, startYear, years, total, needRoles } = bridge;
  const names: Record<FteBridgeKey, string> = {
    today: t('dashboard.bridge.today', { year: startYear }),
    freed: t('dashboard.bridge.freed'),
    growth: t('dashboard.bridge.growth'),
    needed: t('dashboard.bridge.needed', { year }),
  };
  const axisNames: Record<FteBridgeKey, string> = {
    today: t('dashboard.bridge.todayShort'),
    freed: t('dashboard.bridge.freedShort'),
    growth: t('dashboard.bridge.growthShort'),
    needed: t('dashboard.bridge.neededShort', { year }),
  };
  const finding =
    total.noLongerNeeded <= FTE_NOISE
      ? t('dashboard.bridge.findingGrowth', { year, freed: fte(total.freed) })
      : needRoles.length === 0
        ? t('dashboard.bridge.findingAll', { year, fte: fte(total.noLongerNeeded) })
        : t('dashboard.bridge.findingExcept', { year, fte: fte(total.noLongerNeeded), count: needRoles.length, need: fte(total.redeploy), role: needRoles[0]!.name });
  const cells = (r: FteBridge['total']) => [r.name, fte(r.fte), signed(-r.freed), signed(r.growth), fte(r.needed), fte(r.noLongerNeeded), fte(r.leavers), fte(r.redeploy)];
  return (
    <ChartPanel
      id={id}
      rev={rev}
      kicker={t('dashboard.bridge.kicker', { year })}
      finding={finding}
      table={{
        caption: t('dashboard.bridge.caption', { from: startYear, year }),
        columns: [
          t('dashboard.role'),
          names.today,
          t('dashboard.bridge.freed'),
          t('dashboard.bridge.growth'),
          names.needed,
          t('dashboard.bridge.noLongerNeeded'),
          t('dashboard.bridge.leavers'),
          t('dashboard.bridge.redeploy'),
        ],
        rows: [...bridge.rows.map((r) => ({ key: r.code, cells: cells(r) })), { key: 'total', cells: cells(total) }],
      }}
      note={t('dashboard.bridge.note', { year, years })}
    >
      <div className={compact ? 'fte-bridge fte-bridge--stack' : 'fte-bridge'}>
        <figure className="fte-bridge__part">
          <figcaption className="fte-bridge__title">{t('dashboard.bridge.bridgeTitle', { year })}</figcaption>
          <FteBridgeChart
            steps={bridge.steps}
            names={names}
            axisNames={axisNames}
            yLabel={t('dashboard.bridge.axis')}
            format={fte}
            tickFormat={whole}
            height={compact ? 260 : attritionBarsHeight(bridge.rows.length, total.redeploy > 0)}
          />
        </figure>
        <figure className="fte-bridge__part">
          <figcaption className="fte-bridge__title">{t('dashboard.bridge.attritionTitle', { from: startYear, year })}</figcaption>
          <AttritionBars
            data={bridge.rows}
            xLabel={t('dashboard.bridge.axis')}
            names={{ noLongerNeeded: t('dashboard.bridge.noLongerNeeded'), leavers: t('dashboard.bridge.leavers'), redeploy: t('dashboard.bridge.redeploy') }}
            format={fte}
            tickFormat={whole}
          />
        </figure>
      </div>
      <p className="fte-bridge__need" data-testid={`${id}-need`}>
        {needRoles.length === 0
          ? t('dashboard.bridge.needNone')
          : t('dashboard.bridge.needList', { list: listOf(fmt.lang, needRoles.map((r) => t('dashboard.bridge.needItem', { role: r.name, fte: fte(r.redeploy) }))) })}
      </p>
    </ChartPanel>
  );
}

function listOf(lang: string, items: string[]): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(items);
}
