/**
 * The team summary: one line per person (who, target role, start, weekly hours, learning hours, cost,
 * status) in two columns of compact rows, so a team of about 300 fits on two pages before the per-person
 * sections. Rows are blocks, not table rows, because Chromium splits blocks across columns reliably.
 */
import type { PlansSummaryRow } from '../../../shared/api/export-dto';
import type { Formatters } from '../i18n/format';
import { shortDate } from './common';
import type { ReportMessages } from './messages';

export function PlansSummary({ rows, m, f }: { rows: PlansSummaryRow[]; m: ReportMessages; f: Formatters }) {
  const s = m.summary;
  const head = (
    <div className="rp-sum-row rp-sum-head" aria-hidden="true">
      <span>{s.who}</span>
      <span>{s.target}</span>
      <span>{s.start}</span>
      <span className="num">{s.weekly}</span>
      <span className="num">{s.hours}</span>
      <span className="num">{s.cost}</span>
      <span>{s.status}</span>
    </div>
  );
  return (
    <section className="rp-summary" aria-label={s.title} data-testid="plans-summary">
      <h2>{s.title}</h2>
      <p className="rp-muted rp-small">{s.intro}</p>
      <div className="rp-sum-heads">
        {head}
        {head}
      </div>
      <div className="rp-sum-cols" role="table" aria-label={s.title}>
        {rows.map((r) => (
          <div key={r.employeeId} className="rp-sum-row" role="row">
            <span role="cell" className="rp-sum-who">
              {r.name ?? r.employeeId}
            </span>
            <span role="cell">{r.targetRole.title}</span>
            <span role="cell">{r.startDate ? shortDate(r.startDate, f.lang) : s.notSet}</span>
            <span role="cell" className="num">
              {r.weeklyHours === null ? '–' : f.number(r.weeklyHours, 1)}
            </span>
            <span role="cell" className="num">
              {f.number(r.hours)}
            </span>
            <span role="cell" className="num">
              {f.money(r.cost, true)}
            </span>
            <span role="cell" className={`rp-status rp-status-${r.status}`}>
              {m.status[r.status]}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
