/**
 * Issue 16.4 / 14.5: the employee-mode policy, declared per method in the contract, enforced by every door.
 * The cases are generated from the contract: every method is tried in employee mode, every export kind is
 * asked for with the person's own id, and a new method without a policy (or, when it is open in employee
 * mode, without a sample call here) fails this test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { Core } from '../../electron/core';
import { upsertPlan } from '../../electron/db/repos/plansRepo';
import { API_METHODS, contract, type ApiMethod } from '../../shared/api/contract';
import type { EmployeeModeRule } from '../../shared/api/employeeMode';
import { EXPORT_PAIRS, EXPORT_WHATS } from '../../shared/api/export-dto';
import { call, openTestCore, silentLog, tempDir } from '../helpers/core';
import { pdfText } from '../export/helpers';

const OWN = 'E0001';
const OTHER = 'E0002';
const SECRET = 'planner-secret-1';
const GATE = /open in employee mode/;

let moduleId = '';
let skillId = '';

/** A call each method open in employee mode can make about the person it is open for. */
const SAMPLES: Partial<Record<ApiMethod, () => Record<string, unknown>>> = {
  'app.info': () => ({}),
  'settings.get': () => ({}),
  'profile.get': () => ({}),
  'dataset.sources': () => ({}),
  'privacy.status': () => ({}),
  'privacy.unlock': () => ({ passphrase: 'not the passphrase' }),
  'employees.get': () => ({ id: OWN }),
  'reskill.employee': () => ({ employeeId: OWN }),
  'plans.list': () => ({ employeeId: OWN }),
  'plans.progress': () => ({ employeeId: OWN, moduleId, done: false }),
  'skills.propose': () => ({ employeeId: OWN, skillId, level: 2 }),
  'skills.proposals': () => ({ employeeId: OWN }),
  'privacy.export': () => ({ employeeId: OWN, format: 'json' }),
  'export.file': () => ({ what: 'path', format: 'json', employeeId: OWN }),
  'export.reportData': () => ({ what: 'path', employeeId: OWN }),
};

async function invoke(core: Core, method: string, input: unknown) {
  const r = await dispatch(core.handlers, method, input, { actor: 'someone-at-the-desk' }, silentLog);
  return r.ok ? { code: 'ok', message: '', data: r.data as Record<string, unknown> } : { code: r.error.code, message: r.error.message, data: null };
}

describe('employee mode: the policy in the contract, every method and export kind (16.4)', () => {
  let core: Core;
  beforeAll(async () => {
    core = await openTestCore();
    await call(core, 'privacy.setPassphrase', { passphrase: SECRET });
    // An approved plan with a module that raises a skill the person lacks.
    const paths = await call(core, 'reskill.employee', { employeeId: OWN });
    const path = paths.paths[0]!;
    moduleId = path.modules[0]!.id;
    skillId = (core.db.prepare('SELECT skill_id FROM modules WHERE id = ?').get(moduleId) as { skill_id: string }).skill_id;
    upsertPlan(core.db, {
      employeeId: OWN, scenario: 'expected', targetRole: path.targetRole.code, modules: path.modules.map((m) => ({ id: m.id, hours: m.hours, done: false })),
      startDate: null, weeklyHours: null, status: 'approved', approvedBy: 'manager', approvedAt: '2026-02-01T00:00:00.000Z', comment: null, createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z',
    });
    await call(core, 'privacy.enterEmployeeMode', { employeeId: OWN });
  });
  afterAll(() => core?.close());

  it('every method declares a policy', () => {
    for (const m of API_METHODS) expect([m, ['none', 'any', 'self'].includes((contract[m] as { employeeMode?: EmployeeModeRule }).employeeMode?.allow ?? '')]).toEqual([m, true]);
  });

  for (const method of API_METHODS) {
    const rule = (contract[method] as { employeeMode?: EmployeeModeRule }).employeeMode;
    it(`${method}: ${!rule ? 'no policy declared' : rule.allow === 'self' ? `only about the person (${rule.key})` : rule.allow}`, async () => {
      if (!rule) throw new Error(`${method} declares no employee-mode policy in the contract`);
      if (rule.allow === 'none') {
        // Refused before the handler runs, whatever the input names.
        const guarded = core.handlers[method] as (input: unknown, ctx: unknown) => Promise<unknown>;
        for (const input of [{}, { employeeId: OWN, id: OWN, what: 'path' }]) await expect(guarded(input, { actor: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(GATE) });
        return;
      }
      const sample = SAMPLES[method];
      expect(sample, `${method} is open in employee mode: add a sample call to SAMPLES`).toBeDefined();
      const own = await invoke(core, method, sample!());
      expect(own.message).not.toMatch(GATE);
      for (const path of rule.withhold ?? []) expect([path, path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], own.data)]).toEqual([path, null]);
      if (rule.allow === 'self') {
        const other = await invoke(core, method, { ...sample!(), [rule.key]: OTHER });
        expect(other).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(GATE) });
        const { [rule.key]: _omitted, ...without } = sample!();
        expect((await invoke(core, method, without)).code).toMatch(/FORBIDDEN|INVALID_INPUT/);
      }
    });
  }

  // The export kinds that are a person's own: their path. Everything else is the organisation's.
  const exportRule = (contract['export.file'] as { employeeMode?: EmployeeModeRule }).employeeMode;
  const ownKinds = exportRule?.allow === 'self' ? (exportRule.only?.values ?? []) : ['path'];
  it('lets an employee export only their own path', () => expect(ownKinds).toEqual(['path']));
  for (const what of EXPORT_WHATS) {
    for (const format of EXPORT_PAIRS[what].filter((f) => f !== 'pdf')) {
      const allowed = ownKinds.includes(what);
      it(`export.file ${what} as ${format} with one's own id: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const r = await invoke(core, 'export.file', { what, format, employeeId: OWN });
        if (allowed) expect(r.code).toBe('ok');
        else expect(r).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(GATE) });
      });
    }
  }
  for (const what of ['plans', 'path', 'boardpack'] as const) {
    it(`export.reportData ${what} with one's own id: ${what === 'path' ? 'allowed' : 'refused'}`, async () => {
      const r = await invoke(core, 'export.reportData', { what, employeeId: OWN });
      expect(r.code).toBe(what === 'path' ? 'ok' : 'FORBIDDEN');
    });
  }

  it('shows no organisation-wide count and no manager id; outside employee mode they are back', async () => {
    expect((await invoke(core, 'app.info', {})).data).toMatchObject({ employees: null, organisation: 'Demo BV' });
    expect((await invoke(core, 'privacy.status', {})).data).toMatchObject({ erasures: null, objections: null, consents: null, employeeMode: { employeeId: OWN } });
    expect((await invoke(core, 'employees.get', { id: OWN })).data).toMatchObject({ employee: { id: OWN, managerId: null } });
  });

  it('a module ticked off in employee mode proposes the level for a manager; unticking withdraws it', async () => {
    const level = () => (core.db.prepare('SELECT level FROM employee_skills WHERE employee_id = ? AND skill_id = ?').get(OWN, skillId) as { level: number } | undefined)?.level ?? 0;
    const before = level();
    expect((await invoke(core, 'plans.progress', { employeeId: OWN, moduleId, done: true })).code).toBe('ok');
    expect(level()).toBe(before);
    const proposals = (await invoke(core, 'skills.proposals', { employeeId: OWN })).data as { proposals: { skillId: string; status: string; note: string }[] };
    expect(proposals.proposals.find((x) => x.skillId === skillId)).toMatchObject({ status: 'pending', note: `module ${moduleId} done` });
    expect((await invoke(core, 'plans.progress', { employeeId: OWN, moduleId, done: false })).code).toBe('ok');
    expect(((await invoke(core, 'skills.proposals', { employeeId: OWN })).data as { proposals: { skillId: string }[] }).proposals.some((x) => x.skillId === skillId)).toBe(false);
    expect(level()).toBe(before);
    // Ticked again and confirmed by a manager once the planner unlocks: then the level rises.
    await invoke(core, 'plans.progress', { employeeId: OWN, moduleId, done: true });
    expect((await invoke(core, 'skills.decide', { employeeId: OWN, skillId, decision: 'confirm', comment: 'seen the certificate' })).code).toBe('FORBIDDEN');
    expect((await invoke(core, 'privacy.unlock', { passphrase: SECRET })).code).toBe('ok');
    expect((await invoke(core, 'skills.decide', { employeeId: OWN, skillId, decision: 'confirm', comment: 'seen the certificate' })).code).toBe('ok');
    expect(level()).toBeGreaterThan(before);
    expect((await invoke(core, 'app.info', {})).data).toMatchObject({ employees: 1500 });
  });
});

describe("the employee's own path PDF in employee mode (16.4)", () => {
  it('prints and reads back (it failed with INTERNAL: the report page was refused its own data)', async () => {
    const core = await openTestCore();
    try {
      await call(core, 'privacy.setPassphrase', { passphrase: SECRET });
      await call(core, 'privacy.enterEmployeeMode', { employeeId: OWN });
      const r = await invoke(core, 'export.file', { what: 'path', format: 'pdf', employeeId: OWN, lang: 'nl' });
      expect([r.code, r.message]).toEqual(['ok', '']);
      const file = path.join(tempDir(), 'own-path.pdf');
      fs.writeFileSync(file, Buffer.from(r.data!.contentBase64 as string, 'base64'));
      const text = pdfText(file);
      expect(text).toContain('Mijn omscholingspad');
      expect(text).toContain(OWN);
      expect(text).not.toContain(OTHER);
      expect((await invoke(core, 'export.file', { what: 'boardpack', format: 'pdf', employeeId: OWN })).code).toBe('FORBIDDEN');
    } finally {
      core.close();
    }
  }, 180_000);
});
