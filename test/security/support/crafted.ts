/**
 * Crafted backups for the restore attacks: a real, healthy Overstap database (right header, application id,
 * version, tables, integrity) with something added by hand — the kind of file an attacker hands a planner.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../electron/core';
import { tempDir } from '../../helpers/core';

/** An online backup of the core's database with `sql` run in it, as one self-contained file. */
export async function craftedBackup(core: Core, sql: string): Promise<{ file: string; bytes: Buffer }> {
  const file = path.join(tempDir('overstap-crafted-'), 'crafted.db');
  await core.db.backup(file);
  const db = new Database(file);
  try {
    db.exec(sql);
    // One file, no WAL beside it: what travels by e-mail or USB stick.
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  return { file, bytes: fs.readFileSync(file) };
}

/** The attacks of issue 16.1, each a trigger or object hidden in an otherwise valid backup. */
export const HIDDEN_CODE = {
  // An erased person copied into a hidden table before their row goes.
  shadowCopy: `CREATE TABLE zz_shadow (id TEXT, name TEXT, department TEXT);
    CREATE TRIGGER zz_keep BEFORE DELETE ON employees BEGIN INSERT INTO zz_shadow VALUES (OLD.id, OLD.name, OLD.department); END;`,
  // Exports leave no audit entry.
  quietExports: `CREATE TRIGGER zz_quiet BEFORE INSERT ON audit_log WHEN NEW.entity = 'export' BEGIN SELECT RAISE(IGNORE); END;`,
  // The append-only log loses its history: the trigger opens the log's own retention door and walks through it.
  wipeAudit: `CREATE TRIGGER zz_wipe AFTER INSERT ON audit_log WHEN NEW.entity = 'export' BEGIN
      UPDATE audit_control SET mode = 'retention' WHERE id = 1;
      DELETE FROM audit_log WHERE id < NEW.id;
      UPDATE audit_control SET mode = NULL WHERE id = 1;
    END;`,
  // A wrong passphrase leaves employee mode.
  wrongPassphraseUnlocks: `CREATE TRIGGER zz_open AFTER INSERT ON audit_log WHEN NEW.action = 'unlock.refused' BEGIN DELETE FROM meta WHERE key = 'privacy.employeeMode'; END;`,
  view: `CREATE VIEW zz_people AS SELECT id, name FROM employees;`,
  extraIndex: `CREATE INDEX zz_names ON employees(name);`,
  extraTable: `CREATE TABLE zz_notes (text TEXT);`,
  droppedGuard: `DROP TRIGGER audit_no_delete;`,
  alteredColumn: `ALTER TABLE employees ADD COLUMN zz_extra TEXT;`,
  // The log's door left open: no trigger needed, just the control row set.
  auditDoorOpen: `UPDATE audit_control SET mode = 'erasure' WHERE id = 1;`,
} as const;

/** Settings an attacker (or a broken tool) can leave in a backup. */
export const MALFORMED_SETTINGS = {
  employeeModeNotJson: `INSERT OR REPLACE INTO meta (key, value) VALUES ('privacy.employeeMode', '{not json');`,
  employeeModeWrongShape: `INSERT OR REPLACE INTO meta (key, value) VALUES ('privacy.employeeMode', '{"employeeId": 42}');`,
  passphraseWrongShape: `INSERT OR REPLACE INTO meta (key, value) VALUES ('privacy.passphrase', '{"algorithm":"scrypt","N":1,"salt":"","hash":""}');`,
  language: `INSERT OR REPLACE INTO settings (key, value) VALUES ('language', '"xx"');`,
  minGroupSize: `INSERT OR REPLACE INTO settings (key, value) VALUES ('minGroupSize', '1');`,
  retention: `INSERT OR REPLACE INTO settings (key, value) VALUES ('privacy.auditRetentionMonths', '"forever"');`,
} as const;
