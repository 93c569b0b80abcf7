/**
 * roles exposure · scenario list · scenario run · scenario export · scenario import · employees list.
 */
import fs from 'node:fs';
import { writePrivateFile } from '../../platform/files';
import path from 'node:path';
import type { LabelSource } from '../../../shared/domain/scenario';
import { CliFailure, optionalString, requireOption, type Command } from '../command';
import { number, percent, table } from '../format';

const SOURCES = ['human', 'gpt4', 'average', 'cautious'];

export const rolesExposure: Command = {
  name: 'roles exposure',
  summary: 'Paper-comparable exposure (alpha, beta, gamma) and the model\'s shares at the horizon, per role',
  usage: 'roles exposure [--source human|gpt4|average|cautious] [--scenario NAME]',
  options: {
    source: { kind: 'string', value: 'SOURCE', help: "label source (default: the scenario's own)" },
    scenario: { kind: 'string', value: 'NAME', help: 'scenario (default expected)' },
  },
  async run(ctx) {
    const source = optionalString(ctx, 'source');
    if (source !== undefined && !SOURCES.includes(source)) throw new CliFailure('INVALID_INPUT', `--source must be one of ${SOURCES.join(', ')}, got "${source}"`);
    const out = await ctx.call('roles.exposure', { lang: ctx.lang, source: source as LabelSource | undefined, scenario: optionalString(ctx, 'scenario') });
    const roles = out.roles.map((r) => ({ code: r.code, title: r.title, alpha: r.alpha, beta: r.beta, gamma: r.gamma, alphaTime: r.alphaTime, betaTime: r.betaTime, gammaTime: r.gammaTime, automatedShare: r.automatedShare, augmentedShare: r.augmentedShare }));
    const fmt = (v: number | null) => (v === null ? '–' : number(v, ctx.lang, 2));
    return {
      json: { source: out.source, scenario: out.scenario, horizonYear: out.horizonYear, roles },
      text:
        `Labels: ${out.source} · scenario ${out.scenario} · shares at ${out.horizonYear}\n` +
        table(['code', 'title', 'alpha', 'beta', 'gamma', 'automated', 'augmented'], roles.map((r) => [r.code, r.title, fmt(r.alpha), fmt(r.beta), fmt(r.gamma), percent(r.automatedShare, ctx.lang), percent(r.augmentedShare, ctx.lang)])),
    };
  },
};

export const scenarioList: Command = {
  name: 'scenario list',
  summary: 'The stored scenarios',
  options: {},
  async run(ctx) {
    const { scenarios } = await ctx.call('scenario.list', {});
    return {
      json: { scenarios: scenarios.map((s) => ({ name: s.name, description: s.description, startYear: s.startYear, horizon: s.horizon, labelSource: s.labelSource, isSeeded: s.isSeeded })) },
      text: table(['name', 'years', 'labels', 'description'], scenarios.map((s) => [s.name, `${s.startYear}–${s.startYear + s.horizon}`, s.labelSource, s.description])),
    };
  },
};

export const scenarioRun: Command = {
  name: 'scenario run',
  summary: 'Hours and FTE freed, demand, supply and surplus per role and year',
  usage: 'scenario run --scenario NAME [--explain]',
  options: {
    scenario: { kind: 'string', value: 'NAME', help: 'the scenario to run' },
    explain: { kind: 'flag', help: 'add how every figure was made (formula, inputs, sources, overrides)' },
  },
  async run(ctx) {
    const name = requireOption(ctx, 'scenario');
    const run = await ctx.call('scenario.run', { name, lang: ctx.lang });
    const explainAll = ctx.options.explain === true;
    const roles: { code: string; title: string; headcount: number; fte: number; growth: number; attrition: number; contractEndingRate: number; attritionFamily: string; alpha: number | null; beta: number | null; gamma: number | null; demandIndexAtHorizon: number; byYear: Record<string, unknown>[] }[] = [];
    for (const r of run.roles) {
      const byYear: Record<string, unknown>[] = [];
      for (const y of r.byYear) {
        const row = {
          year: y.year,
          automatedShare: y.automatedShare,
          augmentedShare: y.augmentedShare,
          hoursFreed: y.hoursFreed,
          fteFreed: y.fteFreed,
          demandFte: y.demandFte,
          supplyFte: y.supplyFte,
          surplusFte: y.surplusFte,
          shortfallFte: y.shortfallFte,
          hires: y.hires,
          leavers: y.leavers,
          attritionLeavers: y.attritionLeavers,
          contractEndings: y.contractEndings,
          riskClass: y.riskClass,
        };
        byYear.push(explainAll ? { ...row, explain: await ctx.call('scenario.explain', { name, roleCode: r.code, year: y.year }) } : row);
      }
      roles.push({ code: r.code, title: r.title, headcount: r.headcount, fte: r.fte, growth: r.growth, attrition: r.attrition, contractEndingRate: r.contractEndingRate, attritionFamily: r.attritionFamily, alpha: r.alpha, beta: r.beta, gamma: r.gamma, demandIndexAtHorizon: r.demandIndexAtHorizon, byYear });
    }
    const horizon = run.totals.byYear[run.totals.byYear.length - 1]!;
    const json = {
      scenario: run.scenario,
      years: run.years,
      roles,
      totals: {
        byYear: run.totals.byYear,
        rolesAtRisk: run.totals.rolesAtRisk,
        candidates: run.candidates.people,
        openings: run.openings.reduce((s, o) => s + o.count, 0),
        // Flows summed over the projected years (the start year has none): the hires the projection makes.
        hires: run.totals.byYear.reduce((s, y) => s + y.hires, 0),
        leavers: run.totals.byYear.reduce((s, y) => s + y.leavers, 0),
      },
      candidates: run.candidates.roles.map((c) => ({ code: c.code, title: c.title, headcount: c.headcount, demandIndexAtHorizon: c.demandIndexAtHorizon, peopleToMove: c.peopleToMove })),
      openings: run.openings.map((o) => ({ code: o.roleCode, title: o.title, count: o.count, fromDrivers: o.fromDrivers, fromPlanner: o.fromPlanner })),
    };
    const last = (r: (typeof roles)[number]) => r.byYear[r.byYear.length - 1] as { automatedShare: number; augmentedShare: number; fteFreed: number; demandFte: number; supplyFte: number; riskClass: string };
    const text =
      `Scenario ${run.scenario}, ${run.years[0]}–${run.years[run.years.length - 1]}: ${number(horizon.hoursFreed, ctx.lang, 0)} hours and ${number(horizon.fteFreed, ctx.lang)} FTE freed by ${horizon.year}; ` +
      `surplus ${number(horizon.surplusFte, ctx.lang)} FTE; ${number(json.totals.hires, ctx.lang)} FTE hired and ${number(json.totals.leavers, ctx.lang)} FTE leaving over ${run.years[1] ?? run.years[0]}–${horizon.year}; ${run.candidates.people} people in the redeployment pool; ${json.totals.openings} AI-adjacent openings\n` +
      table(
        ['code', 'title', 'people', 'automated', 'augmented', 'FTE freed', 'demand', 'supply', 'risk'],
        roles.map((r) => [r.code, r.title, r.headcount, percent(last(r).automatedShare, ctx.lang), percent(last(r).augmentedShare, ctx.lang), number(last(r).fteFreed, ctx.lang), number(last(r).demandFte, ctx.lang), number(last(r).supplyFte, ctx.lang), last(r).riskClass]),
      );
    return { json, text };
  },
};

export const scenarioExport: Command = {
  name: 'scenario export',
  summary: 'Write a scenario to a JSON file another planner can import',
  usage: 'scenario export --scenario NAME --out FILE',
  options: {
    scenario: { kind: 'string', value: 'NAME', help: 'the scenario' },
    out: { kind: 'string', value: 'FILE', help: 'the file to write' },
  },
  async run(ctx) {
    const name = requireOption(ctx, 'scenario');
    const out = path.resolve(requireOption(ctx, 'out'));
    const file = await ctx.call('scenario.export', { name });
    writeFileAtomically(out, file.content);
    return { json: { scenario: name, written: out }, text: `Wrote scenario ${name} to ${out}` };
  },
};

export const scenarioImport: Command = {
  name: 'scenario import',
  summary: 'Import a scenario file (refused if the name exists, unless --as gives a new one)',
  usage: 'scenario import FILE [--as NAME]',
  options: { as: { kind: 'string', value: 'NAME', help: 'store it under this name' } },
  async run(ctx) {
    const file = ctx.positionals[0];
    if (!file) throw new CliFailure('INVALID_INPUT', 'Give the scenario file to import: scenario import FILE');
    if (!fs.existsSync(file)) throw new CliFailure('NOT_FOUND', `No such file: ${file}`);
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new CliFailure('INVALID_INPUT', `Not a file: ${file}`);
    if (stat.size > 20_000_000) throw new CliFailure('BAD_FILE', `${file} is ${stat.size} bytes; a scenario file is far smaller`);
    const out = await ctx.call('scenario.import', { content: fs.readFileSync(file, 'utf8'), as: optionalString(ctx, 'as') });
    return { json: { scenario: out.scenario }, text: `Imported scenario ${out.scenario}` };
  },
};

export const employeesList: Command = {
  name: 'employees list',
  summary: 'The people (pseudonymised: ids only, unless --names)',
  usage: 'employees list [--department D] [--role CODE] [--names]',
  options: {
    department: { kind: 'string', value: 'D', help: 'only this department' },
    role: { kind: 'string', value: 'CODE', help: 'only this role' },
    names: { kind: 'flag', help: 'include names' },
  },
  async run(ctx) {
    const { employees } = await ctx.call('employees.list', { lang: ctx.lang, department: optionalString(ctx, 'department'), roleCode: optionalString(ctx, 'role'), names: ctx.options.names === true });
    const list = employees.map((e) => ({ id: e.id, ...(e.name !== undefined ? { name: e.name } : {}), role: e.role, department: e.department, fte: e.fte, location: e.location, contractType: e.contractType }));
    return {
      json: { employees: list },
      text: table(['id', ...(ctx.options.names ? ['name'] : []), 'role', 'department', 'fte'], employees.map((e) => [e.id, ...(ctx.options.names ? [e.name ?? ''] : []), `${e.role} ${e.roleTitle}`, e.department, number(e.fte, ctx.lang, 2)])),
    };
  },
};

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeFileAtomically(file: string, content: string | Buffer): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new CliFailure('NOT_FOUND', `The folder ${dir} does not exist`);
  // Exports hold personal data: 0600 from the first byte (16.7).
  writePrivateFile(file, content);
}
