/**
 * roles similar · reskill · assign · fairness · plans list · plan approve|decline (docs/CLI.md).
 */
import type { PathDto } from '../../../shared/api/reskill-dto';
import { CliFailure, optionalInt, optionalString, requireOption, type Command, type CliContext } from '../command';
import { euro, number, percent, table } from '../format';

/** A path in the keys docs/CLI.md fixes for `reskill`. */
function pathJson(path: PathDto) {
  return {
    rank: path.rank,
    targetRole: path.targetRole,
    fit: path.fit,
    viable: path.viable,
    ...(path.blocks !== undefined ? { blocks: path.blocks } : {}),
    desirable: path.desirable,
    safer: path.safer,
    complete: path.complete,
    ...(path.openings !== undefined ? { openings: path.openings } : {}),
    score: path.score,
    ...(path.components ? { components: path.components } : {}),
    // source: where `have` comes from; "inferred" = assumed from the current role, not a confirmed level.
    gap: path.gap.map((g) => ({ skill: g.skill, skillName: g.skillName, have: g.have, need: g.need, grade: g.grade, source: g.source ?? null })),
    modules: path.modules.map((m) => ({ id: m.id, title: m.title, hours: m.hours })),
    hours: path.hours,
    weeks: path.weeks,
    cost: path.cost,
    ...(path.aboveNext !== undefined ? { aboveNext: path.aboveNext } : {}),
    ...(path.explain ? { explain: path.explain } : {}),
  };
}

const yes = (b: boolean) => (b ? 'yes' : 'no');

export const rolesSimilar: Command = {
  name: 'roles similar',
  summary: 'Every other role, most similar first (skills and work activities)',
  usage: 'roles similar --role CODE [--limit N]',
  options: {
    role: { kind: 'string', value: 'CODE', help: 'the role' },
    limit: { kind: 'string', value: 'N', help: 'show only the N most similar' },
  },
  async run(ctx) {
    const out = await ctx.call('roles.similar', { roleCode: requireOption(ctx, 'role'), limit: optionalInt(ctx, 'limit', 1, 100), lang: ctx.lang });
    return {
      json: { ...out },
      text: `Roles most like ${out.role.code} ${out.role.title}\n` + table(['code', 'title', 'similarity', 'skills', 'activities', 'related'], out.similar.map((s) => [s.code, s.title, number(s.similarity, ctx.lang, 2), number(s.components.skills, ctx.lang, 2), s.components.activities === null ? '–' : number(s.components.activities, ctx.lang, 2), yes(s.related === true)])),
    };
  },
};

async function reskillOne(ctx: CliContext, employeeId: string, scenario: string | undefined) {
  const out = await ctx.call('reskill.employee', { employeeId, scenario, lang: ctx.lang, explain: ctx.options.explain === true });
  const json = { employee: { id: out.employee.id, role: out.employee.role }, scenario: out.scenario, skipped: out.skipped, paths: out.paths.map(pathJson), doors: out.doors };
  if (out.skipped) return { json, text: `${out.employee.id} objected to being scored (AVG art. 21): no fit, rank or path is computed.` };
  const text =
    `Paths for ${out.employee.id} (${out.employee.roleTitle}), scenario ${out.scenario}\n` +
    table(['#', 'target role', 'fit', 'viable', 'desirable', 'safer', 'openings', 'hours', 'weeks', 'cost'], out.paths.slice(0, 10).map((x) => [x.rank, `${x.targetRole.code} ${x.targetRole.title}`, percent(x.fit, ctx.lang), x.viable ? 'yes' : `no (${(x.blocks ?? []).join(', ')})`, yes(x.desirable), yes(x.safer), x.openings ?? '–', number(x.hours, ctx.lang, 0), number(x.weeks, ctx.lang, 0), euro(x.cost, ctx.lang)])) +
    (out.paths.some((x) => x.gap.some((g) => g.source === 'inferred')) ? '\nLevels marked "inferred" in the gaps are assumed from the current role, not confirmed.' : '') +
    (out.doors?.best ? `\nThe one skill that opens the most doors: ${out.doors.best.skillName} to level ${out.doors.best.toLevel} (${out.doors.best.added} more roles)` : '');
  return { json, text };
}

export const reskill: Command = {
  name: 'reskill',
  summary: 'Ranked reskilling paths for one person (--employee) or every candidate of a scenario (--all)',
  usage: 'reskill --employee ID | --all [--scenario NAME]',
  options: {
    employee: { kind: 'string', value: 'ID', help: 'one employee' },
    all: { kind: 'flag', help: "every candidate of the scenario; stores a draft plan (top path) for each without one" },
    scenario: { kind: 'string', value: 'NAME', help: 'scenario (default expected)' },
    explain: { kind: 'flag', help: 'add how every figure was made' },
  },
  async run(ctx) {
    const employee = optionalString(ctx, 'employee');
    const scenario = optionalString(ctx, 'scenario');
    if ((employee === undefined) === (ctx.options.all !== true)) throw new CliFailure('INVALID_INPUT', 'Give either --employee ID or --all');
    if (employee !== undefined) return reskillOne(ctx, employee, scenario);
    const out = await ctx.call('reskill.all', { scenario, lang: ctx.lang });
    const s = out.summary;
    return {
      json: { scenario: out.scenario, candidates: out.candidates, employees: out.employees.map((e) => ({ id: e.id, role: e.role, skipped: e.skipped, paths: e.paths.map(pathJson) })), summary: s },
      text:
        `Scenario ${out.scenario}: ${out.candidates} candidates, ${s.ranked} ranked, ${s.skippedObjection} objected to scoring, ${s.withViablePath} with a viable path; mean best fit ${percent(s.meanBestFit, ctx.lang)}; ${s.plansCreated} draft plans created, ${s.plansKept} existing plans kept\n` +
        table(['target role (top path)', 'people'], s.byTargetRole.map((t) => [`${t.targetRole.code} ${t.targetRole.title}`, t.people])),
    };
  },
};

export const assignCommand: Command = {
  name: 'assign',
  summary: "Match the scenario's candidates to its openings (exact; what stays open is external hiring)",
  usage: 'assign --scenario NAME',
  options: { scenario: { kind: 'string', value: 'NAME', help: 'the scenario' } },
  async run(ctx) {
    const out = await ctx.call('reskill.assign', { scenario: requireOption(ctx, 'scenario'), lang: ctx.lang });
    return {
      json: {
        scenario: out.scenario,
        assignments: out.assignments.map((a) => ({ employeeId: a.employeeId, targetRole: a.targetRole, fit: a.fit, weeks: a.weeks, value: a.value })),
        unassigned: out.unassigned,
        openPositionsLeft: out.openPositionsLeft.map((o) => ({ targetRole: o.targetRole, count: o.count })),
        plansMoved: out.plansMoved,
      },
      text:
        `${out.assignments.length} people assigned, ${out.unassigned.length} candidates unassigned, ${out.openPositionsLeft.reduce((s, o) => s + o.count, 0)} positions left for external hiring; ${out.plansMoved} draft plans moved\n` +
        table(['employee', 'target role', 'fit', 'weeks'], out.assignments.map((a) => [a.employeeId, `${a.targetRole.code} ${a.targetRole.title}`, percent(a.fit, ctx.lang), number(a.weeks, ctx.lang, 0)])),
    };
  },
};

export const fairnessCommand: Command = {
  name: 'fairness',
  summary: 'Fairness audit per consented group (four-fifths rule; small groups hidden; too few decisions are not judged)',
  usage: 'fairness --scenario NAME',
  options: { scenario: { kind: 'string', value: 'NAME', help: 'the scenario' } },
  async run(ctx) {
    const out = await ctx.call('reskill.fairness', { scenario: requireOption(ctx, 'scenario') });
    return {
      json: { scenario: out.scenario, minGroupSize: out.minGroupSize, minDecisions: out.minDecisions, groups: out.groups, flags: out.flags, hiddenGroups: out.hiddenGroups, notConsented: out.notConsented },
      text:
        `Fairness audit, scenario ${out.scenario} (groups under ${out.minGroupSize} people are not shown; a share resting on fewer than ${out.minDecisions} decisions is "too few decisions to judge")\n` +
        table(
          ['attribute', 'group', 'size', 'viable', 'mean fit', 'assigned (expected)', 'assigned share', 'status'],
          out.groups.map((g) => [
            g.attribute,
            g.group,
            g.size,
            `${g.viable} (${percent(g.viableShare, ctx.lang)})`,
            percent(g.meanFit, ctx.lang),
            `${g.assigned} (${number(g.expectedAssigned, ctx.lang, 1)})`,
            percent(g.assignedShare, ctx.lang),
            (['viableShare', 'meanFit', 'assignedShare'] as const).map((m) => `${m} ${g.status[m] === 'tooFew' ? 'too few decisions to judge' : g.status[m]}`).join(', '),
          ]),
        ) +
        (out.flags.length ? `\nFlags (ratio under 0.8): ${out.flags.map((f) => `${f.attribute}=${f.group} ${f.metric} ${number(f.ratio, ctx.lang, 2)}`).join('; ')}` : '\nNo ratio under 0.8.'),
    };
  },
};

const planJson = (p: { employeeId: string; targetRole: { code: string; title: string }; status: string; approvedBy: string | null; approvedAt: string | null; name?: string | null; department: string; comment: string | null; hours: number; scenario: string }) => ({
  employeeId: p.employeeId,
  ...(p.name !== undefined ? { name: p.name } : {}),
  department: p.department,
  targetRole: p.targetRole,
  status: p.status,
  approvedBy: p.approvedBy,
  approvedAt: p.approvedAt,
  comment: p.comment,
  hours: p.hours,
  scenario: p.scenario,
});

export const plansList: Command = {
  name: 'plans list',
  summary: 'The stored reskilling plans (drafts until a person approves them)',
  usage: 'plans list [--department D]',
  options: { department: { kind: 'string', value: 'D', help: 'only this department' }, names: { kind: 'flag', help: 'include names' } },
  async run(ctx) {
    const { plans } = await ctx.call('plans.list', { department: optionalString(ctx, 'department'), lang: ctx.lang, names: ctx.options.names === true });
    return {
      json: { plans: plans.map(planJson) },
      text: table(['employee', 'department', 'target role', 'status', 'approved by'], plans.map((p) => [p.employeeId, p.department, `${p.targetRole.code} ${p.targetRole.title}`, p.status, p.approvedBy ?? ''])),
    };
  },
};

function decide(decision: 'approve' | 'decline'): Command {
  return {
    name: `plan ${decision}`,
    summary: decision === 'approve' ? 'Approve a draft plan (a person decides; recorded in the audit log)' : 'Decline a plan, with a comment',
    usage: decision === 'approve' ? 'plan approve --employee ID --comment TEXT --start YYYY-MM-DD --weekly-hours N' : 'plan decline --employee ID --comment TEXT',
    options: {
      employee: { kind: 'string', value: 'ID', help: 'the employee' },
      comment: { kind: 'string', value: 'TEXT', help: 'why (required)' },
      ...(decision === 'approve'
        ? {
            start: { kind: 'string' as const, value: 'YYYY-MM-DD', help: 'when learning starts (required to approve)' },
            'weekly-hours': { kind: 'string' as const, value: 'N', help: 'learning hours a week, 0.5–40 (required to approve)' },
          }
        : {}),
    },
    async run(ctx) {
      const weekly = optionalString(ctx, 'weekly-hours');
      const weeklyHours = weekly === undefined ? undefined : Number(weekly.replace(',', '.'));
      if (weeklyHours !== undefined && !Number.isFinite(weeklyHours)) throw new CliFailure('INVALID_INPUT', `--weekly-hours must be a number, got "${weekly}"`);
      const plan = await ctx.call('plans.decide', {
        employeeId: requireOption(ctx, 'employee'),
        decision,
        comment: requireOption(ctx, 'comment'),
        lang: ctx.lang,
        ...(decision === 'approve' ? { startDate: optionalString(ctx, 'start'), weeklyHours } : {}),
      });
      return { json: { plans: [planJson(plan)] }, text: `Plan of ${plan.employeeId} → ${plan.targetRole.title}: ${plan.status}` };
    },
  };
}
export const planApprove = decide('approve');
export const planDecline = decide('decline');
