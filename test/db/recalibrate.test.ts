import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open';
import { seededDbFile } from '../helpers/core';

type Adoption = Record<string, { midpoint: number; steepness: number; ceiling: number }>;
const SHIFT = { conservative: 1.75, expected: 1.5, accelerated: 1.25 } as const;

const adoptionOf = (db: Database.Database, name: string): Adoption => (JSON.parse((db.prepare('SELECT data FROM scenarios WHERE name = ?').get(name) as { data: string }).data) as { adoption: Adoption }).adoption;

function setAdoption(db: Database.Database, name: string, adoption: Adoption): void {
  const data = JSON.parse((db.prepare('SELECT data FROM scenarios WHERE name = ?').get(name) as { data: string }).data) as { adoption: Adoption };
  db.prepare('UPDATE scenarios SET data = ? WHERE name = ?').run(JSON.stringify({ ...data, adoption }), name);
}

const moved = (a: Adoption, years: number): Adoption => Object.fromEntries(Object.entries(a).map(([c, v]) => [c, { ...v, midpoint: v.midpoint + years }]));

// Migration 5 (issue 12.7): a database seeded before the calibration gets the calibrated pace for the seeded
// scenarios nobody changed; a planner's own midpoints stay; every move is in the audit log.
describe('migration 5: calibrated adoption pace for seeded scenarios', () => {
  it('moves untouched seeded scenarios, leaves edited ones, and records each move', async () => {
    const file = await seededDbFile();
    const old = new Database(file);
    const calibrated = { expected: adoptionOf(old, 'expected'), conservative: adoptionOf(old, 'conservative'), accelerated: adoptionOf(old, 'accelerated') };
    // As a database seeded before the calibration: expected untouched, conservative with one midpoint a
    // planner set, accelerated already at the new pace (a database from this release, say).
    setAdoption(old, 'expected', moved(calibrated.expected, -SHIFT.expected));
    const edited = moved(calibrated.conservative, -SHIFT.conservative);
    edited.customer_inquiries!.midpoint = 2030;
    setAdoption(old, 'conservative', edited);
    old.pragma('user_version = 4');
    const auditBefore = (old.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    old.close();

    const { db, migrated } = await openDatabase(file);
    try {
      expect(migrated).toEqual([5]);
      expect(adoptionOf(db, 'expected')).toEqual(calibrated.expected);
      expect(adoptionOf(db, 'conservative')).toEqual(edited);
      expect(adoptionOf(db, 'accelerated')).toEqual(calibrated.accelerated);
      const entries = db.prepare('SELECT actor, entity, entity_id AS entityId, action, before, after FROM audit_log WHERE id > ?').all(auditBefore) as { actor: string; entity: string; entityId: string; action: string; before: string; after: string }[];
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actor: 'overstap', entity: 'scenario', entityId: 'expected', action: 'calibrate' });
      expect(JSON.parse(entries[0]!.before).midpoints.customer_inquiries).toBe(2027);
      expect(JSON.parse(entries[0]!.after).midpoints.customer_inquiries).toBe(2028.5);
    } finally {
      db.close();
    }
  });
});
