/**
 * Issue 16.6: after an erasure the audit log kept a phone number and name variants in free-text reasons,
 * and the erased id came back from its tombstone in five tries (the salt sat in the same database and ids
 * are sequential). Now reasons that mention the person are redacted, and the tombstone is keyed with a
 * per-installation key kept beside the database, never inside it or its backups.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { applyPendingRestore, stageRestore } from '../../electron/db/restore';
import { call, openTestCore, seededDbFile, tempDir } from '../helpers/core';

const PHONE = '06-12345678';
const PHONE_INTL = '+31 6 1234 5678';
const MAIL = 'anouk.devries@example.nl';

function auditText(core: Core): string {
  return JSON.stringify(core.db.prepare('SELECT entity_id, before, after, reason FROM audit_log').all());
}

/** Every string in the database file that could be key material (no spaces, 16–200 characters), as candidate secrets. */
function everyString(core: Core): string[] {
  const out = new Set<string>();
  const tables = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  for (const { name } of tables) {
    for (const row of core.db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
      for (const v of Object.values(row)) {
        if (typeof v !== 'string') continue;
        // A salt stored as "key:…" or "salt:…" counts with and without its label.
        for (const s of [v, v.replace(/^[a-z]+:/, '')]) if (/^[A-Za-z0-9+/=_-]{16,200}$/.test(s)) out.add(s);
      }
    }
  }
  return [...out];
}

describe('erasure reaches free text and cannot be undone by guessing (16.6)', () => {
  it('redacts phone numbers, e-mail addresses and name variants in reasons that mention the person', async () => {
    const core = await openTestCore();
    try {
      const p = core.db.prepare("SELECT id, name FROM employees WHERE name = 'Anouk de Vries'").get() as { id: string; name: string };
      const other = core.db.prepare("SELECT id FROM employees WHERE id <> ? AND name NOT LIKE '%Vries%' ORDER BY id LIMIT 1").get(p.id) as { id: string };
      await call(core, 'privacy.rectify', { employeeId: p.id, reason: `Checked by phone (${PHONE}, ${PHONE_INTL}) with mevrouw De Vries; mail ${MAIL}`, profile: { location: 'Zwolle' } });
      await call(core, 'objection.set', { employeeId: other.id, reason: 'Works in the same team as A. de Vries' });
      await call(core, 'scenario.copy', { from: 'expected', to: 'team-plan' });
      const scenario = await call(core, 'scenario.get', { name: 'team-plan' });
      await call(core, 'scenario.save', { scenario: { ...scenario, description: 'x' }, reason: 'Input from Vries, Anouk and from Anouk V.' });
      const before = auditText(core);
      expect(before).toContain(PHONE);
      await call(core, 'privacy.erase', { employeeId: p.id, confirm: true });
      const after = auditText(core);
      for (const leak of [PHONE, PHONE_INTL, MAIL, 'A. de Vries', 'De Vries', 'Vries, Anouk', 'Anouk V.']) expect(after.toLowerCase(), leak).not.toContain(leak.toLowerCase());
      // The other person's own entry keeps its meaning: only the variant went.
      const theirs = core.db.prepare("SELECT reason FROM audit_log WHERE entity_id = ? AND action = 'set'").get(other.id) as { reason: string };
      expect(theirs.reason).toMatch(/^Works in the same team as \[erased\]$/);
    } finally {
      core.close();
    }
  });

  it('the tombstone cannot be matched to an id from anything in the database or its backup', async () => {
    const file = await seededDbFile();
    const core = await openTestCore(file);
    try {
      const id = 'E0042';
      const { tombstone } = await call(core, 'privacy.erase', { employeeId: id, confirm: true });
      const backup = Buffer.from((await call(core, 'backup.create', {})).contentBase64, 'base64');
      const hex = tombstone.replace(/^erased:/, '');
      const secrets = everyString(core);
      const candidates = Array.from({ length: 2000 }, (_, i) => `E${String(i + 1).padStart(4, '0')}`);
      const found: string[] = [];
      for (const guess of candidates) {
        if (crypto.createHash('sha256').update(guess).digest('hex') === hex) found.push(`sha256(${guess})`);
        for (const s of secrets) {
          for (const key of [/^[0-9a-f]+$/i.test(s) && s.length % 2 === 0 ? Buffer.from(s, 'hex') : null, Buffer.from(s, 'utf8')]) {
            if (key && crypto.createHmac('sha256', key).update(guess).digest('hex') === hex) found.push(`hmac(${s.slice(0, 12)}…, ${guess})`);
          }
        }
        if (found.length) break;
      }
      expect(found).toEqual([]);
      // The key lives beside the database, readable by its owner only, and in no backup.
      const keyFiles = fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.erasure-key'));
      expect(keyFiles).toHaveLength(1);
      const key = fs.readFileSync(path.join(path.dirname(file), keyFiles[0]!), 'utf8').trim();
      expect(backup.includes(Buffer.from(key))).toBe(false);
      expect(JSON.stringify(core.db.prepare('SELECT * FROM meta UNION ALL SELECT * FROM settings').all()).includes(key)).toBe(false);
      if (process.platform !== 'win32') expect(fs.statSync(path.join(path.dirname(file), keyFiles[0]!)).mode & 0o777).toBe(0o600);
    } finally {
      core.close();
    }
  });

  it('a restore of an older backup still re-applies the erasure with the key beside the database', async () => {
    const file = await seededDbFile();
    let core = await openTestCore(file);
    const older = path.join(tempDir(), 'older.db');
    await core.db.backup(older);
    await call(core, 'privacy.erase', { employeeId: 'E0042', confirm: true });
    core.close();
    stageRestore(file, fs.readFileSync(older));
    expect(await applyPendingRestore(file)).toMatchObject({ applied: true, erasuresReapplied: 1 });
    core = await openTestCore(file);
    try {
      expect(core.db.prepare("SELECT 1 FROM employees WHERE id = 'E0042'").get()).toBeUndefined();
    } finally {
      core.close();
    }
  });
});
