/**
 * Data step of migration 5. Databases seeded before the adoption pace was calibrated to realised savings
 * (issue 12.7; docs/model-validation.md) hold the seeded scenarios with EVIDENCE A's midpoints, which freed
 * about three times the hours people report saving in 2025. A database is seeded once, so without this
 * step those planners would keep the uncalibrated figures.
 *
 * Only a seeded scenario whose every adoption midpoint is still exactly the one it was seeded with moves,
 * and by exactly the calibration shift; a planner's own midpoints are theirs and stay. Each move is in the
 * audit log with the midpoints before and after. The values below are the shipped ones and must never
 * change (released migrations are fixed history).
 */
import type { Database } from 'better-sqlite3';

type Preset = 'conservative' | 'expected' | 'accelerated';

/** Years each preset's midpoints moved later (data/build/assumptions.ts, CALIBRATION_SHIFT). */
const SHIFT: Record<Preset, number> = { conservative: 1.75, expected: 1.5, accelerated: 1.25 };

/** The midpoints seeded before calibration: EVIDENCE A for customer inquiries and content, the rest derived. */
const SEEDED_BEFORE: Record<Preset, Record<string, number>> = {
  conservative: { customer_inquiries: 2029, content_creation: 2027.5, campaign_operations: 2028, analytics_research: 2028, technology_data: 2027.5, coordination_admin: 2029, relationship_sales: 2030, people_leadership: 2031 },
  expected: { customer_inquiries: 2027, content_creation: 2026, campaign_operations: 2026.5, analytics_research: 2026.5, technology_data: 2026, coordination_admin: 2027, relationship_sales: 2028, people_leadership: 2029 },
  accelerated: { customer_inquiries: 2026, content_creation: 2025.5, campaign_operations: 2026, analytics_research: 2026, technology_data: 2025.5, coordination_admin: 2026, relationship_sales: 2027, people_leadership: 2028 },
};

type Adoption = Record<string, { midpoint?: unknown }>;

function untouched(adoption: Adoption, before: Record<string, number>): boolean {
  const categories = Object.keys(before);
  return Object.keys(adoption).length === categories.length && categories.every((c) => adoption[c]?.midpoint === before[c]);
}

export function recalibrateSeededAdoption(db: Database): void {
  const read = db.prepare('SELECT data FROM scenarios WHERE name = ? AND is_seeded = 1');
  const write = db.prepare("UPDATE scenarios SET data = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE name = ?");
  const audit = db.prepare(
    "INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, reason) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'overstap', 'scenario', ?, 'calibrate', ?, ?, ?)",
  );
  for (const preset of Object.keys(SHIFT) as Preset[]) {
    const row = read.get(preset) as { data: string } | undefined;
    if (!row) continue;
    let data: { adoption?: Adoption };
    try {
      data = JSON.parse(row.data) as { adoption?: Adoption };
    } catch {
      continue; // A damaged row is reported when the scenario is read, with its own error; not here.
    }
    const adoption = data.adoption;
    if (!adoption || !untouched(adoption, SEEDED_BEFORE[preset])) continue;
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    for (const [category, curve] of Object.entries(adoption)) {
      before[category] = curve.midpoint as number;
      after[category] = (curve.midpoint as number) + SHIFT[preset];
      curve.midpoint = after[category];
    }
    write.run(JSON.stringify(data), preset);
    audit.run(preset, JSON.stringify({ midpoints: before }), JSON.stringify({ midpoints: after }), `adoption pace calibrated to realised 2025 savings: midpoints ${SHIFT[preset]} years later (docs/model-validation.md)`);
  }
}
