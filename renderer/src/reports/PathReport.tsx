/** The employee's own path: their plan, then the best paths the engine sees now. */
import type { PathReport as Data } from '../../../shared/api/export-dto';
import { Table, TitleBlock, type ReportProps } from './common';
import { fill } from './messages';
import { PlanSection } from './PlanSection';

export function PathReport({ data, m, f }: ReportProps<Data>) {
  const e = data.employee;
  const who = e.name ? `${e.name} (${e.id})` : e.id;
  return (
    <article className="rp">
      <TitleBlock title={m.path.title} meta={data.meta} m={m} f={f}>
        <p className="rp-who">
          {m.person.employee}: <strong>{who}</strong> · {e.role.title} · {e.department}
        </p>
        <p className="rp-intro">{m.path.intro}</p>
      </TitleBlock>
      {data.skipped === 'objection' ? <p className="rp-empty">{m.path.objection}</p> : null}
      <h2>{m.path.plan}</h2>
      {data.plan ? <PlanSection plan={data.plan} m={m} f={f} heading={false} /> : <p className="rp-muted">{m.path.noPlan}</p>}
      {data.paths.length ? <h2 className="rp-break-before">{m.path.options}</h2> : null}
      {data.paths.map((path) => (
        <section key={path.targetRole.code} className="rp-person">
          <h3 className="rp-person-head">
            <span>{fill(m.path.rank, { rank: path.rank })}</span>
            <span aria-hidden="true"> · </span>
            <span>{path.targetRole.title}</span>
          </h3>
          <p>
            {[fill(m.person.fit, { fit: f.percent(path.fit) }), path.viable ? m.person.viable : m.person.notViable, path.desirable ? m.person.desirable : null, path.safer ? m.person.safer : null].filter(Boolean).join(' · ')} ·{' '}
            {f.number(path.hours)} {m.person.hours.toLowerCase()} · {fill(m.path.weeks, { weeks: f.number(path.weeks, 0) })} · {f.money(path.cost)}
          </p>
          <div className="rp-two">
            <Table
              caption={m.person.missing}
              cols={[
                { header: m.person.skill, cell: (g) => g.skillName },
                { header: m.person.have, cell: (g) => (g.source === 'inferred' ? fill(m.person.inferred, { level: String(g.have) }) : g.have), numeric: true },
                { header: m.person.need, cell: (g) => g.need, numeric: true },
              ]}
              rows={path.gap}
              rowKey={(g) => g.skill}
            />
            <Table
              caption={m.person.modules}
              cols={[
                { header: m.person.module, cell: (x) => x.title },
                { header: m.person.hours, cell: (x) => f.number(x.hours), numeric: true },
              ]}
              rows={path.modules}
              rowKey={(x, i) => `${x.id}-${i}`}
            />
          </div>
        </section>
      ))}
    </article>
  );
}
