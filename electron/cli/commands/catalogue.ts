/**
 * dataset stats · roles list · tasks list: the catalogue as docs/CLI.md fixes it.
 */
import type { Command } from '../command';
import { requireOption } from '../command';
import { percent, table } from '../format';

export const datasetStats: Command = {
  name: 'dataset stats',
  summary: 'Counts of the dataset and the workforce, and the share with Dutch text',
  options: {},
  async run(ctx) {
    const s = await ctx.call('dataset.stats', {});
    const d = s.dataset;
    const text = [
      `Dataset ${d.version}: ${d.roles} roles (${d.rolesCurrent} current, ${d.rolesTarget} target, ${d.rolesEmerging} emerging), ${d.tasks} tasks (${d.tasksLabelled} labelled), ${d.skills} skills, ${d.modules} learning modules`,
      `Workforce: ${s.workforce.organisation}, ${s.workforce.employees} employees`,
      `Dutch text: roles ${percent(s.dutchCoverage.roles, ctx.lang)}, tasks ${percent(s.dutchCoverage.tasks, ctx.lang)}, skills ${percent(s.dutchCoverage.skills, ctx.lang)}`,
    ].join('\n');
    return { json: { ...s }, text };
  },
};

export const rolesList: Command = {
  name: 'roles list',
  summary: 'All roles with family, whether people may move into them, and job zone',
  options: {},
  async run(ctx) {
    const { roles } = await ctx.call('roles.list', { lang: ctx.lang });
    const out = roles.map((r) => ({ code: r.code, title: r.title, family: r.family, isTarget: r.isTarget, jobZone: r.jobZone, domain: r.domain, headcount: r.headcount }));
    return {
      json: { roles: out },
      text: table(['code', 'title', 'family', 'target', 'zone', 'people'], out.map((r) => [r.code, r.title, r.family, r.isTarget ? 'yes' : '', r.jobZone, r.headcount])),
    };
  },
};

export const tasksList: Command = {
  name: 'tasks list',
  summary: "A role's tasks with category, type, exposure labels and time share",
  usage: 'tasks list --role CODE',
  options: { role: { kind: 'string', value: 'CODE', help: 'role code, e.g. 43-4051.00' } },
  async run(ctx) {
    const roleCode = requireOption(ctx, 'role');
    const list = await ctx.call('tasks.list', { roleCode, lang: ctx.lang });
    const tasks = list.tasks.map((t) => ({
      id: t.id,
      statement: t.statement,
      category: t.category,
      type: t.type,
      humanExposure: t.humanExposure,
      gpt4Exposure: t.gpt4Exposure,
      gpt4Automation: t.gpt4Automation,
      timeShare: t.timeShare,
    }));
    return {
      json: { role: list.role, tasks },
      text:
        `${list.role.code} ${list.role.title}\n` +
        table(
          ['id', 'share', 'human', 'gpt4', 'auto', 'category', 'statement'],
          tasks.map((t) => [t.id, percent(t.timeShare, ctx.lang), t.humanExposure, t.gpt4Exposure, t.gpt4Automation, t.category, t.statement.length > 70 ? t.statement.slice(0, 69) + '…' : t.statement]),
        ),
    };
  },
};
