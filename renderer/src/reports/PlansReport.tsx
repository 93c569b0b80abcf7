/** Team reskilling plans: totals and the one-to-two page team summary first, then (unless only the summary was asked for) one section per person. */
import type { PlansReport as Data } from '../../../shared/api/export-dto';
import { Figures, Table, TitleBlock, type ReportProps } from './common';
import { PlanSection } from './PlanSection';
import { PlansSummary } from './PlansSummary';

export function PlansReport({ data, m, f }: ReportProps<Data>) {
  const t = data.totals;
  return (
    <article className="rp">
      <TitleBlock title={m.plans.title} meta={data.meta} m={m} f={f}>
        <p className="rp-intro">{m.plans.intro}</p>
      </TitleBlock>
      <Figures
        items={[
          { label: m.plans.people, value: f.number(t.people) },
          { label: m.plans.hours, value: f.number(t.hours) },
          { label: m.plans.cost, value: f.money(t.cost) },
        ]}
      />
      {data.summary.length === 0 ? (
        <p className="rp-empty">{m.plans.none}</p>
      ) : (
        <>
          <PlansSummary rows={data.summary} m={m} f={f} />
          {data.part === 'summary' ? null : (
          <>
          <div className="rp-two rp-keep rp-people-start">
            <Table
              caption={m.plans.byStatus}
              cols={[
                { header: m.person.status, cell: (r) => m.status[r.status] },
                { header: m.board.people, cell: (r) => f.number(r.people), numeric: true },
              ]}
              rows={t.byStatus.filter((s) => s.people > 0)}
              rowKey={(r) => r.status}
            />
            <Table
              caption={m.plans.byTarget}
              cols={[
                { header: m.person.target, cell: (r) => r.targetRole.title },
                { header: m.board.people, cell: (r) => f.number(r.people), numeric: true },
                { header: m.person.hours, cell: (r) => f.number(r.hours), numeric: true },
              ]}
              rows={t.byTarget}
              rowKey={(r) => r.targetRole.code}
            />
          </div>
          {data.plans.map((plan) => (
            <PlanSection key={plan.employeeId} plan={plan} m={m} f={f} />
          ))}
          </>
          )}
        </>
      )}
    </article>
  );
}
