import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, repoRoot } from '../../data/build/build-dataset';
import { validateDataset, validateOrganisation } from '../../shared/dataset/schema';
import type { Dataset, Organisation } from '../../shared/domain/types';
import { buildExcerpt, excerptRows, excerptText, requireSourcesDir, type ExcerptFile } from './sourcesExcerpt';

const datasetText = readFileSync(path.join(repoRoot, 'data', 'dataset.json'), 'utf8');
const orgText = readFileSync(path.join(repoRoot, 'data', 'demo-organisation.json'), 'utf8');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('committed dataset', () => {
  const dataset = validateDataset(JSON.parse(datasetText));
  const org = validateOrganisation(JSON.parse(orgText), dataset);

  it('no text a reader sees names a file (13: "EVIDENCE.md A" read as a document name in the UI)', () => {
    const named: string[] = [];
    const walk = (v: unknown, where: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'en' || k === 'nl') && typeof x === 'string' && /\b[\w-]+\.(md|json|csv|tsv|ts)\b/.test(x)) named.push(`${where}.${k}: ${x.slice(0, 80)}`);
          else walk(x, `${where}.${k}`);
        }
    };
    walk(dataset, 'dataset');
    expect(named).toEqual([]);
  });

  it('holds the 53 O*NET roles and at least 6 emerging roles', () => {
    const onet = dataset.roles.filter((r) => r.definedBy === 'onet');
    expect(onet).toHaveLength(53);
    expect(dataset.roles.filter((r) => r.family === 'current')).toHaveLength(29);
    expect(dataset.roles.filter((r) => r.family === 'target')).toHaveLength(24);
    const emerging = dataset.roles.filter((r) => r.family === 'emerging');
    expect(emerging.length).toBeGreaterThanOrEqual(6);
    for (const slug of ['conversation-designer', 'ai-content-editor', 'marketing-automation-specialist', 'customer-insights-analyst', 'knowledge-base-manager', 'ai-operations-specialist'])
      expect(emerging.map((r) => r.code)).toContain(`ovs-${slug}`);
    const sms = dataset.roles.find((r) => r.code === '13-1161.01')!;
    expect(sms.family).toBe('current');
    expect(sms.isTarget).toBe(true);
    expect(dataset.roles.filter((r) => r.skillsBasis === 'derived').map((r) => r.code).sort()).toEqual(
      ['11-2032.00', '11-2033.00', '13-1082.00', '15-1252.00', '15-1255.00', '15-2051.00', '41-3091.00'],
    );
  });

  it('gives every role requirements and a task mix summing to 1', () => {
    for (const r of dataset.roles) {
      expect(r.skills.length, r.code).toBeGreaterThan(0);
      const sum = r.taskMix.reduce((s, m) => s + m.share, 0);
      expect(Math.abs(sum - 1), r.code).toBeLessThan(1e-6);
    }
  });

  it('has Dutch text for every task, skill and role', () => {
    for (const t of dataset.tasks) expect(t.statement.nl !== t.statement.en || t.source === 'overstap', `task ${t.id}`).toBe(true);
    for (const s of dataset.skills) expect(s.name.nl.length).toBeGreaterThan(0);
    for (const r of dataset.roles) expect(r.title.nl.length).toBeGreaterThan(0);
  });

  it('carries exactly the exposure labels of the source file (its committed excerpt)', () => {
    const rows = excerptRows('gpts_task_exposure.csv').filter(
      (r) => r.onet_29_3_task_match !== 'not_in_onet_29_3',
    );
    const onetTasks = dataset.tasks.filter((t) => t.source === 'onet');
    expect(onetTasks).toHaveLength(1039);
    const byId = new Map(onetTasks.map((t) => [t.id, t]));
    for (const r of rows) {
      const t = byId.get(r.task_id)!;
      expect(t.humanExposure, r.task_id).toBe(r.human_exposure || null);
      expect(t.gpt4Exposure, r.task_id).toBe(r.gpt4_exposure || null);
      expect(t.gpt4Automation, r.task_id).toBe(r.gpt4_automation || null);
    }
    expect(onetTasks.filter((t) => t.gpt4Exposure !== null)).toHaveLength(rows.filter((r) => r.gpt4_exposure).length);
    expect(onetTasks.filter((t) => t.humanExposure !== null)).toHaveLength(rows.filter((r) => r.human_exposure).length);
  });

  it('has a demo organisation of about 1,500 with consent-bound demographics', () => {
    expect(org.isDemo).toBe(true);
    expect(org.employees.length).toBeGreaterThanOrEqual(1400);
    const consented = org.employees.filter((e) => e.consents.length > 0).length / org.employees.length;
    expect(consented).toBeGreaterThan(0.5);
    expect(consented).toBeLessThan(0.7);
    expect(org.employees.filter((e) => e.objection)).toHaveLength(5);
    for (const e of org.employees) expect(e.weeklyHours).toBeCloseTo(e.fte * 36, 5);
  });
});

// The one part of the suite that needs more than the repository: the sources data/ is built from. Without
// them it fails and says what to provide (requireSourcesDir), rather than passing by skipping.
describe('rebuilt from the data sources', () => {
  it('is what the build produces, byte for byte', () => {
    const sources = requireSourcesDir();
    const built = buildDataset(sources);
    expect(built.dataset === datasetText, 'data/dataset.json is stale: run npm run data:build').toBe(true);
    expect(built.organisation === orgText, 'data/demo-organisation.json is stale: run npm run data:build').toBe(true);
    const again = buildDataset(sources);
    expect(again.dataset === built.dataset && again.organisation === built.organisation).toBe(true);
  });

  it('matches the committed excerpt the other data tests read', () => {
    const built = buildExcerpt(requireSourcesDir(), validateDataset(JSON.parse(datasetText)));
    for (const file of Object.keys(built) as ExcerptFile[]) {
      expect(built[file] === excerptText(file), `test/data/sources-excerpt/${file} is stale: run npx tsx test/data/sourcesExcerpt.ts`).toBe(true);
    }
  });
});

describe('schema rejects broken data', () => {
  const base = JSON.parse(datasetText) as Dataset;
  const org = JSON.parse(orgText) as Organisation;

  it('names a missing skill reference', () => {
    const d = clone(base);
    d.roles[0].skills[0].skillId = 'onet:9.Z.9';
    expect(() => validateDataset(d)).toThrow(`role ${d.roles[0].code}: requires unknown skill "onet:9.Z.9"`);
  });

  it('names a prerequisite cycle', () => {
    const d = clone(base);
    const a = d.modules.find((m) => m.id === 'mod:ovs:ai-literacy:0-1')!;
    a.prerequisites = ['mod:ovs:ai-literacy:1-2'];
    expect(() => validateDataset(d)).toThrow(/module prerequisites form a cycle: .*mod:ovs:ai-literacy:0-1/);
  });

  it('names a task mix that does not sum to 1', () => {
    const d = clone(base);
    d.roles[0].taskMix[0].share += 0.1;
    expect(() => validateDataset(d)).toThrow(`role ${d.roles[0].code}: taskMix shares sum to`);
  });

  it('names an unclosable gap', () => {
    const d = clone(base);
    d.modules = d.modules.filter((m) => m.id !== 'mod:ovs:conversation-design:2-3');
    expect(() => validateDataset(d)).toThrow('gap not closable: role ovs-conversation-designer requires ovs:conversation-design at 3');
  });

  it('names an unknown source id', () => {
    const d = clone(base);
    d.roles[0].salary.sourceIds = ['nope'];
    expect(() => validateDataset(d)).toThrow(`role ${d.roles[0].code}.salary: cites unknown source "nope"`);
  });

  it('names demographics without consent', () => {
    const o = clone(org);
    const e = o.employees.find((x) => x.consents.length === 0)!;
    e.gender = 'female';
    expect(() => validateOrganisation(o, base)).toThrow(`employee ${e.id}: has gender without a consent record`);
  });

  it('names a manager cycle and unknown roles', () => {
    const o = clone(org);
    o.employees[0].managerId = o.employees[1].id;
    o.employees[1].managerId = o.employees[0].id;
    o.employees[2].roleCode = '99-9999.99';
    expect(() => validateOrganisation(o, base)).toThrow(/managers form a cycle/);
    expect(() => validateOrganisation(o, base)).toThrow(/unknown role "99-9999.99"/);
  });

  it('gives readable zod errors', () => {
    const d = clone(base) as unknown as { roles: { jobZone: unknown }[] };
    d.roles[0].jobZone = 9;
    expect(() => validateDataset(d)).toThrow(/Invalid dataset:\n {2}roles\.0\.jobZone:/);
  });
});
