/**
 * Fairness audit (model point 8). Owns: per-group outcome shares and the four-fifths flag.
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

/** Per metric: judged and fine, judged and under four-fifths, or too few decisions to judge. */
type FairnessStatus = 'ok' | 'flagged' | 'tooFew';

interface FairnessGroup {
  attribute: ProtectedAttribute;
  group: string;
  size: number;
  viableShare: number;
  meanFit: number;
  assignedShare: number;
  /** Counts behind the shares. */
  viable: number;
  assigned: number;
  /** Assignments the group would get at the attribute's overall assignment rate: the decisions its assigned share rests on. */
  expectedAssigned: number;
  status: Record<FairnessMetric, FairnessStatus>;
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
  /** Below this many decisions a group's ratio is not judged (MIN_DECISIONS_TO_JUDGE). */
  minDecisions: number;
  groups: FairnessGroup[];
  flags: FairnessFlag[];
  /** Groups not shown because they are smaller than minGroupSize, per attribute. */
  hiddenGroups: { attribute: ProtectedAttribute; count: number }[];
  /** People without consent (or value) for an attribute are left out of that attribute's audit. */
  notConsented: { attribute: ProtectedAttribute; count: number }[];
}

/** Four-fifths rule threshold. */
const FOUR_FIFTHS = 0.8;
/**
 * A group's ratio is judged only when it rests on at least this many decisions. Rule of thumb for
 * small-count ratios: the four-fifths rule's own guidance (US Uniform Guidelines, 29 CFR 1607.4(D))
 * says differences "based on small numbers" may not indicate adverse impact, and with fewer than about
 * ten events one decision more or less moves a share by 10 points or more. For the viable share and the
 * mean fit every audited person is a decision; for the assigned share it is the assignments the group
 * would get at the overall rate (so a group with none assigned is still judged when it should have had
 * enough). A fixed constant, not a setting.
 */
export const MIN_DECISIONS_TO_JUDGE = 10;
const ATTRS: ProtectedAttribute[] = ['ageBand', 'gender'];
const METRICS: FairnessMetric[] = ['viableShare', 'meanFit', 'assignedShare'];

/**
 * Per attribute and group: size, share with a viable path, mean best fit, share assigned; ratio of
 * each metric to the best shown group; flagged when the ratio < 0.8. Groups under minGroupSize
 * (default 5, never below 3) are hidden so no small group's outcome can be singled out; they are
 * reported only as a count and do not serve as the reference group. Objectors should not be passed.
 */
export function fairnessAudit(records: ReadonlyArray<FairnessRecord>, minGroupSize = 5, minDecisions = MIN_DECISIONS_TO_JUDGE): FairnessReport {
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
    let audited = 0;
    let assignedAll = 0;
    for (const g of acc.values()) {
      audited += g.n;
      assignedAll += g.a;
    }
    let hidden = 0;
    const shown: FairnessGroup[] = [];
    for (const [group, g] of [...acc.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      if (g.n < min) {
        hidden++;
        continue;
      }
      const expectedAssigned = audited > 0 ? (assignedAll * g.n) / audited : 0;
      const enough = { viableShare: g.n >= minDecisions, meanFit: g.n >= minDecisions, assignedShare: expectedAssigned >= minDecisions };
      shown.push({
        attribute,
        group,
        size: g.n,
        viableShare: g.v / g.n,
        meanFit: g.f / g.n,
        assignedShare: g.a / g.n,
        viable: g.v,
        assigned: g.a,
        expectedAssigned,
        status: { viableShare: enough.viableShare ? 'ok' : 'tooFew', meanFit: enough.meanFit ? 'ok' : 'tooFew', assignedShare: enough.assignedShare ? 'ok' : 'tooFew' },
      });
    }
    hiddenGroups.push({ attribute, count: hidden });
    groups.push(...shown);
    for (const metric of METRICS) {
      // Only groups with enough decisions are judged, and only they can be the reference.
      const judged = shown.filter((g) => g.status[metric] !== 'tooFew');
      const best = Math.max(0, ...judged.map((g) => g[metric]));
      if (best <= 0) continue; // nobody in any group has it: no disparity to measure
      for (const g of judged) {
        const ratio = g[metric] / best;
        if (ratio < FOUR_FIFTHS) {
          g.status[metric] = 'flagged';
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
              { name: 'input.minDecisions', value: minDecisions, unit: 'count' },
            ]),
          });
        }
      }
    }
  }
  return { minGroupSize: min, minDecisions, groups, flags, hiddenGroups, notConsented };
}
