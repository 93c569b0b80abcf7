/** One person's plan: target role, why (fit and gaps), missing skills, dated modules, approval status. */
import type { ReportPlan } from '../../../shared/api/export-dto';
import type { Formatters } from '../i18n/format';
import { shortDate, Table } from './common';
import { fill, type ReportMessages } from './messages';

export function PlanSection({ plan, m, f, heading = true }: { plan: ReportPlan; m: ReportMessages; f: Formatters; heading?: boolean }) {
  const p = m.person;
  const who = plan.name ? `${plan.name} (${plan.employeeId})` : plan.employeeId;
  return (
    <section className="rp-person" aria-label={`${p.employee} ${who}`}>
      <div className="rp-keep">
      {heading ? (
        <h2 className="rp-person-head">
          <span>{who}</span>
          <span className="rp-arrow" aria-hidden="true">
            {' '}
            →{' '}
          </span>
          <span>{plan.targetRole.title}</span>
          <span className={`rp-status rp-status-${plan.status}`}>{m.status[plan.status]}</span>
        </h2>
      ) : null}
      <dl className="rp-facts">
        <div>
          <dt>{p.current}</dt>
          <dd>
            {plan.currentRole.title} <span className="rp-code">{plan.currentRole.code}</span> · {plan.department}
          </dd>
        </div>
        <div>
          <dt>{p.target}</dt>
          <dd>
            {plan.targetRole.title} <span className="rp-code">{plan.targetRole.code}</span>
          </dd>
        </div>
        <div>
          <dt>{p.status}</dt>
          <dd>
            {m.status[plan.status]}
            {plan.approvedBy && plan.approvedAt ? ` — ${fill(p.approvedBy, { who: plan.approvedBy, date: f.date(plan.approvedAt.slice(0, 10)) })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{p.why}</dt>
          <dd>
            {plan.fit === null
              ? p.noFit
              : [fill(p.fit, { fit: f.percent(plan.fit) }), plan.viable ? p.viable : p.notViable, plan.desirable ? p.desirable : null, plan.safer ? p.safer : null].filter(Boolean).join(' · ')}
            {plan.matched.length ? <span className="rp-matched"> {fill(p.matched, { skills: plan.matched.slice(0, 6).join(', ') + (plan.matched.length > 6 ? ` (+${plan.matched.length - 6})` : '') })}</span> : null}
          </dd>
        </div>
        {plan.comment ? (
          <div>
            <dt>{p.comment}</dt>
            <dd>{plan.comment}</dd>
          </div>
        ) : null}
      </dl>
      </div>
      <div className="rp-stack">
        <div className="rp-gaps">
          <h3>{p.missing}</h3>
          {plan.gaps.length === 0 ? (
            <p className="rp-muted">{p.noGaps}</p>
          ) : (
            <Table
              cols={[
                { header: p.skill, cell: (g) => g.skillName },
                { header: p.have, cell: (g) => (g.source === 'inferred' ? fill(p.inferred, { level: String(g.have) }) : g.have), numeric: true },
                { header: p.need, cell: (g) => g.need, numeric: true },
                { header: p.grade, cell: (g) => (m.grade as Record<string, string>)[g.grade] ?? g.grade },
              ]}
              rows={plan.gaps}
              rowKey={(g) => g.skill}
            />
          )}
          {plan.gaps.some((g) => g.source === 'inferred') ? <p className="rp-muted rp-small">{p.inferredNote}</p> : null}
        </div>
        <div className="rp-modules">
          <h3>
            {p.modules}{' '}
            <span className="rp-muted rp-small">{fill(p.schedule, { weekly: f.number(plan.weeklyHours, 1), start: f.date(plan.startDate), end: f.date(plan.endDate) })}</span>
          </h3>
          <Table
            cols={[
              { header: p.module, cell: (x) => x.title },
              { header: p.from, cell: (x) => shortDate(x.start, f.lang), className: 'date' },
              { header: p.to, cell: (x) => shortDate(x.end, f.lang), className: 'date' },
              { header: p.hours, cell: (x) => f.number(x.hours), numeric: true },
              { header: p.cost, cell: (x) => f.money(x.cost, true), numeric: true },
              { header: p.done, cell: (x) => (x.done ? '✓' : ''), numeric: true },
            ]}
            rows={plan.modules}
            rowKey={(x, i) => `${x.id}-${i}`}
            foot={
              <tr>
                <th scope="row" colSpan={3}>
                  {p.total}
                </th>
                <td className="num">{f.number(plan.hours)}</td>
                <td className="num">{f.money(plan.cost, true)}</td>
                <td />
              </tr>
            }
          />
        </div>
      </div>
    </section>
  );
}
