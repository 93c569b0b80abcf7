import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { call, openTestCore, seededDbFile, tempDir } from '../helpers/core';
import { appendAudit } from '../../electron/db/repos/auditRepo';
import { applyPendingRestore, stageRestore } from '../../electron/db/restore';
import type { Core } from '../../electron/core';

const idToken = (id: string) => new RegExp(`(?<![A-Za-z0-9_-])${id}(?![A-Za-z0-9_-])`);

function person(core: Core, where = '1 = 1'): { id: string; name: string } {
  return core.db.prepare(`SELECT id, name FROM employees WHERE name IS NOT NULL AND ${where} ORDER BY id LIMIT 1 OFFSET 7`).get() as { id: string; name: string };
}

/** Every text value of every table, as one list. */
function allText(core: Core): { table: string; text: string }[] {
  const out: { table: string; text: string }[] = [];
  const tables = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name } of tables) {
    for (const row of core.db.prepare(`SELECT * FROM "${name}"`).iterate() as IterableIterator<Record<string, unknown>>) {
      for (const v of Object.values(row)) if (typeof v === 'string') out.push({ table: name, text: v });
    }
  }
  return out;
}

describe('erasure (AVG art. 17)', () => {
  it('leaves no id or name in any table, in free pages or in the WAL, and keeps the audit log whole with a tombstone', async () => {
    const file = await seededDbFile();
    let core = await openTestCore(file);
    // A person who manages others, with consent, an objection, a rectification, and audit entries about them.
    const mgr = core.db.prepare("SELECT e.id, e.name FROM employees e WHERE e.name IS NOT NULL AND EXISTS (SELECT 1 FROM employees x WHERE x.manager_id = e.id) ORDER BY e.id LIMIT 1").get() as { id: string; name: string };
    await call(core, 'consent.set', { employeeId: mgr.id, field: 'gender', value: 'other', purpose: 'fairness-audit' });
    await call(core, 'privacy.rectify', { employeeId: mgr.id, reason: `level checked with ${mgr.name}`, skills: [{ skillId: (core.db.prepare('SELECT id FROM skills LIMIT 1').get() as { id: string }).id, level: 4, source: 'manager' }] });
    await call(core, 'skills.propose', { employeeId: mgr.id, skillId: 'ovs:data-literacy', level: 3, note: `proposed by ${mgr.name}` });
    await call(core, 'objection.set', { employeeId: mgr.id, reason: 'I do not want to be scored' });
    const auditBefore = (core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const out = await call(core, 'privacy.erase', { employeeId: mgr.id, confirm: true });
    expect(out.tombstone).toMatch(/^erased:[0-9a-f]{64}$/);
    expect(out.auditEntriesRewritten).toBeGreaterThanOrEqual(3);
    expect((core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(auditBefore + 1);
    expect((core.db.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_id = ?').get(out.tombstone) as { n: number }).n).toBeGreaterThanOrEqual(4);
    const texts = allText(core);
    expect(texts.filter((t) => idToken(mgr.id).test(t.text))).toEqual([]);
    expect(texts.filter((t) => t.text.toLowerCase().includes(mgr.name.toLowerCase()))).toEqual([]);
    expect(await call(core, 'privacy.erasures', {})).toMatchObject({ erasures: [{ tombstone: out.tombstone }] });
    // Raw bytes of the file and of the WAL, while open and after close.
    const raw = () => [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f).toString('latin1')).join('\n');
    expect(raw()).not.toMatch(idToken(mgr.id));
    expect(raw().includes(mgr.name)).toBe(false);
    core.close();
    expect(raw()).not.toMatch(idToken(mgr.id));
    expect(raw().includes(mgr.name)).toBe(false);
    // The log is still append-only outside the erasure path.
    core = await openTestCore(file);
    expect(() => core.db.prepare("UPDATE audit_log SET entity_id = 'x'").run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM erasures').run()).toThrow(/append-only/);
    await expect(call(core, 'privacy.erase', { employeeId: mgr.id, confirm: true })).rejects.toThrow(/NOT_FOUND/);
    core.close();
  });

  it('re-applies the register when an older backup is restored', async () => {
    const file = await seededDbFile();
    let core = await openTestCore(file);
    const p = person(core);
    const backup = path.join(tempDir(), 'before.db');
    await core.db.backup(backup);
    await call(core, 'privacy.erase', { employeeId: p.id, confirm: true });
    core.close();
    stageRestore(file, fs.readFileSync(backup));
    const result = await applyPendingRestore(file);
    expect(result.applied).toBe(true);
    expect(result.erasuresReapplied).toBe(1);
    core = await openTestCore(file);
    try {
      expect(core.db.prepare('SELECT 1 FROM employees WHERE id = ?').get(p.id)).toBeUndefined();
      expect(allText(core).filter((t) => idToken(p.id).test(t.text) || t.text.includes(p.name))).toEqual([]);
      expect((await call(core, 'privacy.erasures', {})).erasures).toHaveLength(1);
    } finally {
      core.close();
    }
    const rawDb = fs.readFileSync(file).toString('latin1');
    expect(rawDb).not.toMatch(idToken(p.id));
  });
});

describe('access and portability (AVG art. 15, 20)', () => {
  it('holds everything about the person and nothing about anyone else', async () => {
    const core = await openTestCore();
    try {
      const p = person(core, 'manager_id IS NOT NULL');
      await call(core, 'consent.set', { employeeId: p.id, field: 'ageBand', value: '35-44', purpose: 'fairness-audit' });
      await call(core, 'privacy.rectify', { employeeId: p.id, reason: 'moved teams', profile: { location: 'Zwolle' } });
      await call(core, 'plans.update', { employeeId: p.id, targetRole: 'ovs-conversation-designer', reason: 'talked it through' }).catch(() => undefined);
      const out = await call(core, 'privacy.export', { employeeId: p.id, format: 'json', lang: 'en' });
      const data = JSON.parse(out.content!) as typeof out.data;
      expect(data.employee).toMatchObject({ id: p.id, name: p.name, location: 'Zwolle', ageBand: '35-44', hasManager: true });
      expect(data.skills.length).toBeGreaterThan(0);
      expect(data.skills[0]).toHaveProperty('source');
      expect(data.consents).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'ageBand', purpose: 'fairness-audit' })]));
      expect(data.auditEntries.map((a) => `${a.entity}.${a.action}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^consent\.(give|renew)$/), 'employee.rectify']));
      const others = core.db.prepare('SELECT id, name FROM employees WHERE id <> ?').all(p.id) as { id: string; name: string | null }[];
      const ids = new Set(out.content!.match(/\bE\d{3,}\b/g) ?? []);
      expect([...ids]).toEqual([p.id]);
      expect(others.filter((o) => idToken(o.id).test(out.content!) || (o.name && out.content!.includes(o.name)))).toEqual([]);
      // Pseudonymised mode: no name.
      await call(core, 'settings.update', { pseudonymised: true });
      const pseudo = await call(core, 'privacy.export', { employeeId: p.id, format: 'json', lang: 'nl' });
      expect(pseudo.content!.includes(p.name)).toBe(false);
      expect(pseudo.data.employee.nameWithheld).toBe(true);
    } finally {
      core.close();
    }
  });

  it('prints a PDF in Dutch with the person and no one else', async () => {
    const core = await openTestCore();
    try {
      const p = person(core);
      const out = await call(core, 'privacy.export', { employeeId: p.id, format: 'pdf', lang: 'nl' });
      const file = path.join(tempDir(), 'a.pdf');
      fs.writeFileSync(file, Buffer.from(out.contentBase64!, 'base64'));
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Uw gegevens in Overstap');
      expect(text).toContain(p.id);
      expect(text).toContain('Vaardigheden');
    } finally {
      core.close();
    }
  });
});

describe('consent, objection, rectification', () => {
  it('stores demographic fields only with consent; withdrawing deletes them', async () => {
    const core = await openTestCore();
    try {
      const p = person(core, 'NOT EXISTS (SELECT 1 FROM consents c WHERE c.employee_id = employees.id)');
      expect(core.db.prepare('SELECT age_band, gender FROM employees WHERE id = ?').get(p.id)).toEqual({ age_band: null, gender: null });
      await expect(call(core, 'consent.set', { employeeId: p.id, field: 'ageBand', value: '99+', purpose: 'fairness-audit' })).rejects.toThrow(/INVALID_INPUT/);
      await expect(call(core, 'consent.set', { employeeId: p.id, field: 'ageBand', value: '<25', purpose: 'marketing' as 'fairness-audit' })).rejects.toThrow(/INVALID_INPUT/);
      const { consent } = await call(core, 'consent.set', { employeeId: p.id, field: 'ageBand', value: '<25', purpose: 'fairness-audit' }, 'hr-anna');
      expect(consent).toMatchObject({ employeeId: p.id, field: 'ageBand', purpose: 'fairness-audit', recordedBy: 'hr-anna' });
      expect(core.db.prepare('SELECT age_band FROM employees WHERE id = ?').get(p.id)).toEqual({ age_band: '<25' });
      // The value never enters the audit log.
      expect(JSON.stringify(core.db.prepare('SELECT * FROM audit_log WHERE entity = ?').all('consent'))).not.toContain('<25');
      await call(core, 'consent.withdraw', { employeeId: p.id, field: 'ageBand' });
      expect(core.db.prepare('SELECT age_band FROM employees WHERE id = ?').get(p.id)).toEqual({ age_band: null });
      await expect(call(core, 'consent.withdraw', { employeeId: p.id, field: 'ageBand' })).rejects.toThrow(/CONFLICT/);
      // The database itself clears a field when its consent row goes.
      await call(core, 'consent.set', { employeeId: p.id, field: 'gender', value: 'female', purpose: 'fairness-audit' });
      core.db.prepare("DELETE FROM consents WHERE employee_id = ? AND field = 'gender'").run(p.id);
      expect(core.db.prepare('SELECT gender FROM employees WHERE id = ?').get(p.id)).toEqual({ gender: null });
    } finally {
      core.close();
    }
  });

  it('an objector gets no score; withdrawing restores it', async () => {
    const core = await openTestCore();
    try {
      const p = person(core, 'objection_since IS NULL');
      expect((await call(core, 'reskill.employee', { employeeId: p.id })).skipped).toBeNull();
      const { objection } = await call(core, 'objection.set', { employeeId: p.id, reason: 'no automated scoring please' });
      expect(objection).toMatchObject({ employeeId: p.id, since: '2026-03-01T09:00:00.000Z' });
      const r = await call(core, 'reskill.employee', { employeeId: p.id });
      expect(r).toMatchObject({ skipped: 'objection', paths: [] });
      await call(core, 'objection.withdraw', { employeeId: p.id, reason: 'changed my mind' });
      expect((await call(core, 'reskill.employee', { employeeId: p.id })).skipped).toBeNull();
      await expect(call(core, 'objection.set', { employeeId: 'NOPE', reason: 'abc' })).rejects.toThrow(/NOT_FOUND/);
    } finally {
      core.close();
    }
  });

  it('rectifies profile and skills with a reason, each change audited', async () => {
    const core = await openTestCore();
    try {
      const p = person(core);
      await expect(call(core, 'privacy.rectify', { employeeId: p.id, profile: { fte: 0.8 } } as never)).rejects.toThrow(/INVALID_INPUT/);
      const skill = (core.db.prepare('SELECT skill_id FROM employee_skills WHERE employee_id = ? LIMIT 1').get(p.id) as { skill_id: string }).skill_id;
      const out = await call(core, 'privacy.rectify', { employeeId: p.id, reason: 'HR record was wrong', profile: { fte: 0.8, name: 'New Name' }, skills: [{ skillId: skill, level: null }] });
      expect([...out.changed].sort()).toEqual(['fte', 'name', `skill:${skill}`].sort());
      expect(out.employee.fte).toBe(0.8);
      const entries = core.db.prepare("SELECT before, after, reason FROM audit_log WHERE entity_id = ? AND action = 'rectify'").all(p.id) as { before: string; after: string; reason: string }[];
      expect(entries).toHaveLength(3);
      expect(entries.every((e) => e.reason === 'HR record was wrong')).toBe(true);
      expect(JSON.stringify(entries)).not.toContain('New Name');
      expect(JSON.stringify(entries)).not.toContain(p.name);
    } finally {
      core.close();
    }
  });
});

describe('employee mode passphrase', () => {
  it('stores a salted scrypt hash, never the text; refuses a wrong passphrase', async () => {
    const file = await seededDbFile();
    const core = await openTestCore(file);
    const secret = 'correct horse battery staple';
    try {
      await expect(call(core, 'privacy.enterEmployeeMode', { employeeId: person(core).id })).rejects.toThrow(/CONFLICT/);
      const set = await call(core, 'privacy.setPassphrase', { passphrase: secret });
      expect(set.algorithm).toMatch(/^scrypt N=32768 r=8 p=1$/);
      const stored = JSON.parse((core.db.prepare("SELECT value FROM meta WHERE key = 'privacy.passphrase'").get() as { value: string }).value) as Record<string, unknown>;
      expect(stored).toMatchObject({ algorithm: 'scrypt', N: 32768, r: 8, p: 1 });
      expect(allText(core).some((t) => t.text.includes(secret))).toBe(false);
      await expect(call(core, 'privacy.setPassphrase', { passphrase: 'another one!', current: 'wrong' })).rejects.toThrow(/FORBIDDEN/);
      const p = person(core);
      await call(core, 'privacy.enterEmployeeMode', { employeeId: p.id });
      expect((await call(core, 'privacy.status', {})).employeeMode).toMatchObject({ employeeId: p.id });
      await expect(call(core, 'privacy.unlock', { passphrase: 'guess' })).rejects.toThrow(/FORBIDDEN/);
      expect((await call(core, 'privacy.status', {})).employeeMode).not.toBeNull();
      await call(core, 'privacy.unlock', { passphrase: secret });
      expect((await call(core, 'privacy.status', {})).employeeMode).toBeNull();
    } finally {
      core.close();
    }
    const raw = [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f).toString('latin1')).join('');
    expect(raw.includes(secret)).toBe(false);
  });
});

describe('audit retention', () => {
  it('removes entries older than the retention only in an explicit, audited run', async () => {
    const core = await openTestCore();
    try {
      expect((await call(core, 'privacy.status', {})).retentionMonths).toBe(12);
      await expect(call(core, 'privacy.setRetention', { months: 3, reason: 'too short' })).rejects.toThrow(/INVALID_INPUT/);
      appendAudit(core.db, { at: '2024-01-01T00:00:00.000Z', actor: 'old', entity: 'test', action: 'x' });
      appendAudit(core.db, { at: '2025-08-01T00:00:00.000Z', actor: 'old', entity: 'test', action: 'y' });
      expect(() => core.db.prepare("DELETE FROM audit_log WHERE entity = 'test'").run()).toThrow(/append-only/);
      await call(core, 'privacy.setRetention', { months: 6, reason: 'the AI Act minimum' });
      const run = await call(core, 'privacy.runRetention', {});
      expect(run).toMatchObject({ cutoff: '2025-09-01T09:00:00.000Z', removed: 2, retentionMonths: 6 });
      expect(core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'test'").get()).toEqual({ n: 0 });
      expect(core.db.prepare("SELECT action FROM audit_log WHERE entity = 'audit_log'").get()).toEqual({ action: 'retention.run' });
      expect(core.db.prepare('SELECT mode FROM audit_control').get()).toEqual({ mode: null });
    } finally {
      core.close();
    }
  });
});

describe('documents from the live configuration', () => {
  it('describe the real settings in English and Dutch, marked as drafts', { timeout: 180_000 }, async () => {
    const core = await openTestCore();
    try {
      await call(core, 'settings.update', { minGroupSize: 7, pseudonymised: true });
      await call(core, 'privacy.setRetention', { months: 18, reason: 'works council agreement' });
      const employees = (core.db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n;
      for (const lang of ['en', 'nl'] as const) {
        for (const what of ['worker-notice', 'dpia', 'works-council', 'method-card'] as const) {
          const doc = (await call(core, 'privacy.document', { what, format: 'md', lang })).content!;
          expect(doc).toMatch(lang === 'en' ? /DRAFT FOR LEGAL REVIEW/ : /CONCEPT VOOR JURIDISCHE TOETSING/);
          expect(doc).toContain('Demo BV');
          if (what !== 'method-card') expect(doc).toContain(`${employees}`);
          if (what === 'dpia') expect(doc).toContain(lang === 'en' ? 'Audit log: 18 months' : 'Auditlog: 18 maanden');
          if (what === 'dpia' || what === 'works-council') expect(doc).toMatch(lang === 'en' ? /under 7 people/ : /kleiner dan 7 personen/);
          if (what === 'worker-notice') expect(doc).toMatch(lang === 'en' ? /AI Act/ : /AI-verordening/);
          if (what === 'works-council') expect(doc).toMatch(/27( lid 1 sub l|\(1\)\(l\))/);
          if (what === 'method-card') expect(doc).toMatch(lang === 'en' ? /2023[\s\S]*minimum group size 7/ : /2023[\s\S]*minimale groepsgrootte 7/);
        }
      }
    } finally {
      core.close();
    }
  });
});
