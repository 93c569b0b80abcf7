/**
 * The whole-workforce reskilling run: every candidate of a scenario ranked against every target role,
 * with the top paths, their gaps and modules. Runs in the worker thread.
 */
import type { Database } from 'better-sqlite3';
import { fitDetail } from '../../../shared/domain/fit';
import { rankAll, rankAllEntries, STATUS_OBJECTION, type RankAllEntry } from '../../../shared/domain/ranking';
import { encodePerson } from '../../../shared/domain/skillIndex';
import { listEmployees } from '../../db/repos/employeesRepo';
import { buildReskillContext } from '../../api/services/reskill';
import type { ReskillAllJob } from '../protocol';

/** A kept path with its graded gap (empty when the job was asked for scores only). */
export interface ReskillAllEntry extends RankAllEntry {
  gap: { skillId: string; have: number; need: number; grade: string; source: string | null }[];
}

interface ReskillAllPerson {
  id: string;
  role: string;
  /** Set when the person objected to being scored (AVG art. 21): no fit, rank or path. */
  skipped: 'objection' | 'unknownRole' | null;
  paths: ReskillAllEntry[];
}

export interface ReskillAllResult {
  scenario: string;
  candidates: number;
  people: ReskillAllPerson[];
  cancelled: boolean;
}

export function runReskillAll(db: Database, job: ReskillAllJob, onProgress: (done: number, total: number) => void, shouldCancel: () => boolean): ReskillAllResult {
  const ctx = buildReskillContext(db, job.scenario);
  const people = listEmployees(db).filter((e) => ctx.candidateRoles.has(e.roleCode));
  const res = rankAll(people, ctx.compiled, { ...ctx.options, topN: job.topN }, onProgress, shouldCancel);
  const c = ctx.compiled;
  const levels = new Float64Array(c.skillIds.length);
  const src = new Uint8Array(c.skillIds.length);
  const out: ReskillAllPerson[] = people.map((e, i) => {
    const status = res.status[i];
    if (status !== 0) return { id: e.id, role: e.roleCode, skipped: status === STATUS_OBJECTION ? 'objection' : 'unknownRole', paths: [] };
    if (job.withGaps) encodePerson(c, c.roleIndex.get(e.roleCode), e.skills, levels, src);
    return {
      id: e.id,
      role: e.roleCode,
      skipped: null,
      paths: rankAllEntries(c, res, i).map((entry) => ({
        ...entry,
        gap: job.withGaps ? fitDetail(c, levels, c.roleIndex.get(entry.roleCode)!, src).gap.map((g) => ({ skillId: g.skillId, have: g.have, need: g.need, grade: g.grade, source: g.source })) : [],
      })),
    };
  });
  return { scenario: job.scenario, candidates: people.length, people: out, cancelled: res.cancelled };
}
