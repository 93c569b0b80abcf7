/**
 * The impact charts of a model result: time saved per role over the horizon (stacked areas), FTE needed vs
 * available per role (grouped bars) and the surplus/shortfall waterfall. Used by the Dashboard (server run)
 * and the Scenarios editor (worker preview, with `rev` so "every chart updated" can be observed).
 */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/charts/ChartPanel';
import { DemandSupplyBars, SurplusWaterfall, TimeSavedArea } from '../../components/charts/PlannerCharts';
import { useFormat } from '../../i18n';
import { demandSupplyRows, timeSavedSeries, titleOf, topRolesByHours, waterfallRows, type ResultLike } from './shape';

export const ImpactCharts = memo(function ImpactCharts({ result, idPrefix, rev, compact = false }: { result: ResultLike; idPrefix: string; rev?: number; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = fmt.lang;
  const [roleCode, setRoleCode] = useState<string | null>(null);
  const top = useMemo(() => topRolesByHours(result, 8), [result]);
  const series = useMemo(() => timeSavedSeries(result, roleCode), [result, roleCode]);
  const bars = useMemo(() => demandSupplyRows(result, lang, compact ? 6 : 8), [result, lang, compact]);
  const fall = useMemo(() => waterfallRows(result, lang, t('dashboard.waterfall.other'), compact ? 8 : 10), [result, lang, t, compact]);
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
      <div className={compact ? 'impact__pair impact__pair--stack' : 'impact__pair'}>
        <ChartPanel
          id={`${idPrefix}-demand`}
          rev={rev}
          kicker={t('dashboard.demand.kicker', { year })}
          finding={(() => {
            const gap = bars.reduce((s, b) => s + (b.supply - b.demand), 0);
            return gap >= 0 ? t('dashboard.demand.findingSurplus', { fte: fte(gap), year }) : t('dashboard.demand.findingShort', { fte: fte(-gap), year });
          })()}
          table={{
            caption: t('dashboard.demand.caption', { year }),
            columns: [t('dashboard.role'), t('dashboard.demand.demand'), t('dashboard.demand.supply')],
            rows: bars.map((b) => ({ key: b.code, cells: [b.name, fte(b.demand), fte(b.supply)] })),
          }}
        >
          <DemandSupplyBars data={bars} xLabel={t('dashboard.demand.xAxis')} names={{ demand: t('dashboard.demand.demand'), supply: t('dashboard.demand.supply') }} format={fte} />
        </ChartPanel>
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
      </div>
    </div>
  );
});
