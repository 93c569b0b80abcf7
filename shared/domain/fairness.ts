/**
 * Fairness audit (PRODUCT.md point 8). Owns: per-group outcome shares and the four-fifths flag.
 * The ONLY reskilling module that reads protected attributes, and only where consent is recorded
 * for that field and purpose. Pure.
 */
import { explain, type Explanation } from './explain';
import type { AgeBand, ConsentRecord, Gender } from './types';

type ProtectedAttribute = 'ageBand' | 'gender';
type FairnessMetric = 'viableShare' | 'meanFit' | 'assignedShare';

/** One audited person: outcomes from the engine plus the (consented) attributes. */
export interface FairnessRecord {
  ageBand?: AgeBand | null;
  gender?: Gender | null;
  consents: ReadonlyArray<Pick<ConsentRecord, 'field' | 'purpose'>>;
  /** Has at least one viable transition. */
  hasViable: boolean;
  /** Best fit over the target roles, 0..1. */
  fit: number;
  assigned: boolean;
}

interface FairnessGroup {
  attribute: ProtectedAttribute;
  group: string;
  size: number;
  viableShare: number;
  meanFit: number;
  assignedShare: number;
}

interface FairnessFlag {
  attribute: ProtectedAttribute;
  group: string;
  metric: FairnessMetric;
  /** Group value / best shown group's value, 0..1. */
  ratio: number;
  explain: Explanation;
}

interface FairnessReport {
  minGroupSize: number;
  groups: FairnessGroup[];
  flags: FairnessFlag[];
  /** Groups not shown because they are smaller than minGroupSize, per attribute. */
  hiddenGroups: { attribute: ProtectedAttribute; count: number }[];
  /** People without consent (or value) for an attribute are left out of that attribute's audit. */
  notConsented: { attribute: ProtectedAttribute; count: number }[];
}

/** Four-fifths rule threshold. */
const FOUR_FIFTHS = 0.8;
const ATTRS: ProtectedAttribute[] = ['ageBand', 'gender'];
const METRICS: FairnessMetric[] = ['viableShare', 'meanFit', 'assignedShare'];

/**
 * Per attribute and group: size, share with a viable path, mean best fit, share assigned; ratio of
 * each metric to the best shown group; flagged when the ratio < 0.8. Groups under minGroupSize
 * (default 5, never below 3) are hidden so no small group's outcome can be singled out; they are
 * reported only as a count and do not serve as the reference group. Objectors should not be passed.
 */
export function fairnessAudit(records: ReadonlyArray<FairnessRecord>, minGroupSize = 5): FairnessReport {
  const min = Math.max(3, Math.floor(Number.isFinite(minGroupSize) ? minGroupSize : 5));
  const groups: FairnessGroup[] = [];
  const flags: FairnessFlag[] = [];
  const hiddenGroups: FairnessReport['hiddenGroups'] = [];
  const notConsented: FairnessReport['notConsented'] = [];
  for (const attribute of ATTRS) {
    const acc = new Map<string, { n: number; v: number; f: number; a: number }>();
    let missing = 0;
    for (const r of records) {
      const value = r[attribute];
      const consented = r.consents.some((c) => c.field === attribute && c.purpose === 'fairness-audit');
      if (!consented || value == null) {
        missing++;
        continue;
      }
      const g = acc.get(value) ?? { n: 0, v: 0, f: 0, a: 0 };
      g.n++;
      if (r.hasViable) g.v++;
      g.f += Number.isFinite(r.fit) ? r.fit : 0;
      if (r.assigned) g.a++;
      acc.set(value, g);
    }
    notConsented.push({ attribute, count: missing });
    let hidden = 0;
    const shown: FairnessGroup[] = [];
    for (const [group, g] of [...acc.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      if (g.n < min) {
        hidden++;
        continue;
      }
      shown.push({ attribute, group, size: g.n, viableShare: g.v / g.n, meanFit: g.f / g.n, assignedShare: g.a / g.n });
    }
    hiddenGroups.push({ attribute, count: hidden });
    groups.push(...shown);
    for (const metric of METRICS) {
      const best = Math.max(0, ...shown.map((g) => g[metric]));
      if (best <= 0) continue; // nobody in any group has it: no disparity to measure
      for (const g of shown) {
        const ratio = g[metric] / best;
        if (ratio < FOUR_FIFTHS) {
          flags.push({
            attribute,
            group: g.group,
            metric,
            ratio,
            explain: explain('reskill.fairnessRatio', ratio, [
              { name: 'input.groupValue', value: g[metric], unit: 'share' },
              { name: 'input.bestGroupValue', value: best, unit: 'share' },
              { name: 'input.threshold', value: FOUR_FIFTHS, unit: 'share' },
              { name: 'input.groupSize', value: g.size, unit: 'count' },
            ]),
          });
        }
      }
    }
  }
  return { minGroupSize: min, groups, flags, hiddenGroups, notConsented };
}
