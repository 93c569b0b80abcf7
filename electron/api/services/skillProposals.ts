/**
 * Skill proposals: a person proposes a self-assessed level; a manager confirms (the level is recorded,
 * source "manager") or rejects it, with a comment. Every step is in the audit log.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import type { SkillProposalDto } from '../../../shared/api/dto';
import { DomainError } from '../../../shared/api/result';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { appendAudit } from '../../db/repos/auditRepo';
import { listSkills, skillExists } from '../../db/repos/datasetRepo';
import { employeeExists, getSkillLevel, setSkillLevel, skillLevelReader } from '../../db/repos/employeesRepo';
import { getProposal, listProposals, putProposal, type SkillProposal } from '../../db/repos/proposalsRepo';
import { inTransaction } from '../../db/tx';
import type { CorePorts } from '../ports';
import { languageOf } from './settings';
import { actorName } from './team';

/** The DTOs of one call: skill names read once, the current levels through one prepared reader. */
function dtoMaker(p: CorePorts, lang: Lang): (x: SkillProposal) => SkillProposalDto {
  const names = new Map(listSkills(p.db).map((s) => [s.id, pick(s.name, lang)]));
  const levelNow = skillLevelReader(p.db);
  return (x) => ({ ...x, skillName: names.get(x.skillId) ?? x.skillId, currentLevel: levelNow(x.employeeId, x.skillId)?.level ?? 0 });
}

export function proposeSkill(p: CorePorts, input: ApiParsed<'skills.propose'>, actor: string): SkillProposalDto {
  if (!employeeExists(p.db, input.employeeId)) throw new DomainError('NOT_FOUND', `Unknown employee: ${input.employeeId}`);
  if (!skillExists(p.db, input.skillId)) throw new DomainError('NOT_FOUND', `Unknown skill: ${input.skillId}`);
  const proposal: SkillProposal = {
    employeeId: input.employeeId,
    skillId: input.skillId,
    level: input.level,
    note: input.note?.trim() || null,
    proposedAt: p.clock.now(),
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    comment: null,
  };
  inTransaction(p.db, () => {
    putProposal(p.db, proposal);
    appendAudit(p.db, { at: proposal.proposedAt, actor, entity: 'skill_proposal', entityId: input.employeeId, action: 'propose', after: { skill: input.skillId, level: input.level }, reason: proposal.note });
  });
  return dtoMaker(p, languageOf(p, input.lang))(proposal);
}

export function decideSkill(p: CorePorts, input: ApiParsed<'skills.decide'>, doorActor: string): SkillProposalDto {
  // The manager who confirms is the named profile person, as for a plan's approval.
  const actor = actorName(p, doorActor);
  const proposal = getProposal(p.db, input.employeeId, input.skillId);
  if (!proposal) throw new DomainError('NOT_FOUND', `No proposal for ${input.skillId} from ${input.employeeId}`);
  if (proposal.status !== 'pending') throw new DomainError('CONFLICT', `This proposal was already ${proposal.status}`);
  const now = p.clock.now();
  const decided: SkillProposal = { ...proposal, status: input.decision === 'confirm' ? 'confirmed' : 'rejected', decidedBy: actor, decidedAt: now, comment: input.comment };
  inTransaction(p.db, () => {
    putProposal(p.db, decided);
    if (decided.status === 'confirmed') {
      const before = getSkillLevel(p.db, input.employeeId, input.skillId)?.level ?? 0;
      setSkillLevel(p.db, input.employeeId, input.skillId, proposal.level, 'manager');
      appendAudit(p.db, { at: now, actor, entity: 'employee_skill', entityId: input.employeeId, action: 'confirm', before: { skill: input.skillId, level: before }, after: { skill: input.skillId, level: proposal.level, source: 'manager' }, reason: input.comment });
    } else {
      appendAudit(p.db, { at: now, actor, entity: 'skill_proposal', entityId: input.employeeId, action: 'reject', after: { skill: input.skillId, level: proposal.level }, reason: input.comment });
    }
  });
  return dtoMaker(p, languageOf(p, input.lang))(decided);
}

export function listSkillProposals(p: CorePorts, input: ApiParsed<'skills.proposals'>): ApiOutput<'skills.proposals'> {
  const toDto = dtoMaker(p, languageOf(p, input.lang));
  return { proposals: listProposals(p.db, input).map(toDto) };
}
