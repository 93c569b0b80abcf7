/** The scenario board pack: headline figures, the key charts (each with its table), assumptions, overrides with reasons, sources. */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { BoardpackReport as Data } from '../../../shared/api/export-dto';
import { MEANING, OKABE_ITO } from '../components/charts/palette';
import { Figures, Table, TitleBlock, type ReportProps } from './common';
import { fill } from './messages';

/** Print width: A4 minus the margins (182 mm ≈ 688 CSS px). */
const WIDTH = 680;

export function BoardpackReport({ data, m, f }: ReportProps<Data>) {
  const b = m.board;
  const h = data.headline;
  const at = fill(b.horizon, { year: data.scenario.horizonYear });
  const horizon = (r: Data['roles'][number]) => r.byYear[r.byYear.length - 1]!;
  const roles = [...data.roles].sort((x, y) => horizon(y).fteFreed - horizon(x).fteFreed || (x.code < y.code ? -1 : 1));
  const topRoles = roles.filter((r) => horizon(r).fteFreed >= 0.05).slice(0, 12);
  const years = data.totalsByYear.map((y) => ({ year: String(y.year), fteFreed: Math.round(y.fteFreed * 10) / 10, surplus: Math.round(y.surplusFte * 10) / 10 }));
  const short = (s: string) => (s.length > 34 ? `${s.slice(0, 33)}…` : s);
  return (
    <article className="rp">
      <TitleBlock title={b.title} meta={data.meta} m={m} f={f}>
        <p className="rp-intro">
          <strong>{data.scenario.name}</strong> — {data.scenario.description} ({data.scenario.startYear}–{data.scenario.horizonYear})
        </p>
      </TitleBlock>
      <h2>{b.headline}</h2>
      <Figures
        items={[
          { label: b.employees, value: f.number(h.employees) },
          { label: b.candidates, value: f.number(h.candidates) },
          { label: b.hoursFreed, value: f.number(h.hoursFreedAtHorizon), sub: at },
          { label: b.fteFreed, value: f.number(h.fteFreedAtHorizon, 1), sub: at },
          { label: b.surplus, value: f.number(h.surplusFteAtHorizon, 1), sub: at },
          { label: b.atRisk, value: f.number(h.rolesAtRisk.high) },
          { label: b.openings, value: f.number(h.openings) },
          { label: b.plans, value: `${f.number(h.plansApproved)} / ${f.number(h.plans)}` },
          { label: b.decisions, value: f.number(data.businessCase.counted.decisions) },
          { label: b.reskill, value: f.money(h.reskillCost) },
          { label: b.replace, value: f.money(h.replaceCost) },
          { label: h.saving >= 0 ? b.saving : b.extra, value: f.money(Math.abs(h.saving)) },
        ]}
      />
      <p className="rp-note" data-testid="boardpack-counted">
        {fill(b.counted, {
          decisions: f.number(data.businessCase.counted.decisions),
          fromPool: f.number(data.businessCase.counted.fromPool),
          backfilled: f.number(data.businessCase.counted.backfilled),
          openingsLeft: f.number(data.businessCase.counted.openingsLeft),
          openings: f.number(data.businessCase.counted.openings),
          poolNotPlaced: f.number(data.businessCase.counted.poolNotPlaced),
          outsourced: f.number(data.businessCase.counted.excludedOutsourced),
        })}{' '}
        {data.businessCase.learningTime === 'paid' ? b.learningPaid : b.learningFreed}
      </p>

      <section className="rp-chart rp-keep">
        <h2>{b.chartYears}</h2>
        <LineChart width={WIDTH} height={230} data={years} margin={{ top: 8, right: 24, bottom: 4, left: 8 }} accessibilityLayer>
          <CartesianGrid stroke="#d9dee4" strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => f.number(v)} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Line type="monotone" dataKey="fteFreed" name={b.fteFreed} stroke={MEANING.automated} strokeWidth={2} dot isAnimationActive={false} />
          <Line type="monotone" dataKey="surplus" name={b.surplus} stroke={MEANING.surplus} strokeWidth={2} strokeDasharray="6 3" dot isAnimationActive={false} />
        </LineChart>
        <Table
          caption={b.tableYears}
          cols={[
            { header: b.year, cell: (y) => y.year },
            { header: b.hoursFreed, cell: (y) => f.number(y.hoursFreed), numeric: true },
            { header: b.fteFreed, cell: (y) => f.number(y.fteFreed, 1), numeric: true },
            { header: b.demand, cell: (y) => f.number(y.demandFte, 1), numeric: true },
            { header: b.supply, cell: (y) => f.number(y.supplyFte, 1), numeric: true },
            { header: b.surplus, cell: (y) => f.number(y.surplusFte, 1), numeric: true },
          ]}
          rows={data.totalsByYear}
          rowKey={(y) => String(y.year)}
        />
      </section>

      <section className="rp-chart rp-break-before">
        <h2>{b.chartRoles}</h2>
        <BarChart width={WIDTH} height={Math.max(160, topRoles.length * 24 + 40)} data={topRoles.map((r) => ({ title: short(r.title), fteFreed: Math.round(horizon(r).fteFreed * 10) / 10 }))} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer>
          <CartesianGrid stroke="#d9dee4" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 11 }} tickFormatter={(v: number) => f.number(v)} />
          <YAxis type="category" dataKey="title" width={230} tick={{ fontSize: 10 }} interval={0} />
          <Bar dataKey="fteFreed" name={b.fteFreed} fill={MEANING.automated} isAnimationActive={false} />
        </BarChart>
        <Table
          cols={[
            { header: b.role, cell: (r) => r.title },
            { header: b.headcount, cell: (r) => f.number(r.headcount), numeric: true },
            { header: b.automated, cell: (r) => f.percent(horizon(r).automatedShare), numeric: true },
            { header: b.augmented, cell: (r) => f.percent(horizon(r).augmentedShare), numeric: true },
            { header: b.fteFreed, cell: (r) => f.number(horizon(r).fteFreed, 1), numeric: true },
            { header: b.surplus, cell: (r) => f.number(horizon(r).surplusFte, 1), numeric: true },
            { header: b.risk, cell: (r) => horizon(r).riskClass },
          ]}
          rows={roles}
          rowKey={(r) => r.code}
        />
      </section>

      {data.byTarget.length ? (
        <section className="rp-chart rp-keep">
          <h2>{b.chartTargets}</h2>
          <BarChart width={WIDTH} height={Math.max(140, Math.min(data.byTarget.length, 12) * 24 + 40)} data={data.byTarget.slice(0, 12).map((t) => ({ title: short(t.targetRole.title), people: t.people }))} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer>
            <CartesianGrid stroke="#d9dee4" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} allowDecimals={false} />
            <YAxis type="category" dataKey="title" width={230} tick={{ fontSize: 10 }} interval={0} />
            <Bar dataKey="people" name={b.people} fill={OKABE_ITO.bluishGreen} isAnimationActive={false} />
          </BarChart>
        </section>
      ) : null}

      <section className="rp-break-before">
        <h2>{b.assumptions}</h2>
        <Table
          caption={b.levers}
          cols={[
            { header: b.item, cell: (l) => l.key },
            { header: b.value, cell: (l) => (typeof l.value === 'number' ? f.number(l.value, l.value % 1 === 0 ? 0 : 2) : (l.value ?? '–')), numeric: true },
          ]}
          rows={data.levers}
          rowKey={(l) => l.key}
        />
        <h3>{b.overrides}</h3>
        {data.overrides.length === 0 ? (
          <p className="rp-muted">{b.noOverrides}</p>
        ) : (
          <Table
            cols={[
              { header: b.item, cell: (o) => `${o.id} ${o.title}` },
              { header: b.value, cell: (o) => o.change },
              { header: b.reason, cell: (o) => o.reason },
            ]}
            rows={data.overrides}
            rowKey={(o) => `${o.kind}-${o.id}`}
          />
        )}
        <Table
          caption={b.assumptions}
          cols={[
            { header: b.item, cell: (a) => a.key },
            { header: b.value, cell: (a) => f.number(a.value, a.value % 1 === 0 ? 0 : 2), numeric: true },
            { header: b.note, cell: (a) => a.note, className: 'wide' },
            { header: b.sourcesCol, cell: (a) => a.sources.join(', ') },
          ]}
          rows={data.assumptions}
          rowKey={(a) => a.key}
        />
      </section>

      <section>
        <h2>{b.sources}</h2>
        <ol className="rp-sources">
          {data.sources.map((s) => (
            <li key={s.id}>
              <span className="rp-code">[{s.id}]</span> {s.citation} <span className="rp-muted">({s.licence})</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
