/**
 * skills.*: a person proposes a self-assessed level; a manager confirms (the level is recorded, source
 * "manager") or rejects it, with a comment. Every step is in the audit log.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { SkillProposalDto } from '../../../shared/api/dto';
import { DomainError } from '../../../shared/api/result';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { appendAudit } from '../../db/repos/auditRepo';
import { listSkills } from '../../db/repos/datasetRepo';
import { getProposal, listProposals, putProposal, type SkillProposal } from '../../db/repos/proposalsRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import type { CorePorts } from '../ports';

export function skillsHandlers(p: CorePorts): Pick<ApiHandlers, 'skills.propose' | 'skills.decide' | 'skills.proposals'> {
  const langOf = (lang?: Lang): Lang => lang ?? getSettings(p.db).language;
  const levelNow = p.db.prepare('SELECT level FROM employee_skills WHERE employee_id = ? AND skill_id = ?');
  const skillNames = (lang: Lang) => new Map(listSkills(p.db).map((s) => [s.id, pick(s.name, lang)]));
  /** `names`: the skill names of one call, read once rather than per proposal. */
  const toDto = (x: SkillProposal, names: Map<string, string>): SkillProposalDto => ({
    ...x,
    skillName: names.get(x.skillId) ?? x.skillId,
    currentLevel: (levelNow.get(x.employeeId, x.skillId) as { level: number } | undefined)?.level ?? 0,
  });
  const requirePerson = (id: string) => {
    if (!p.db.prepare('SELECT 1 FROM employees WHERE id = ?').get(id)) throw new DomainError('NOT_FOUND', `Unknown employee: ${id}`);
  };

  return {
    'skills.propose': (input, ctx) => {
      requirePerson(input.employeeId);
      if (!p.db.prepare('SELECT 1 FROM skills WHERE id = ?').get(input.skillId)) throw new DomainError('NOT_FOUND', `Unknown skill: ${input.skillId}`);
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
      p.db.transaction(() => {
        putProposal(p.db, proposal);
        appendAudit(p.db, { at: proposal.proposedAt, actor: ctx.actor, entity: 'skill_proposal', entityId: input.employeeId, action: 'propose', after: { skill: input.skillId, level: input.level }, reason: proposal.note });
      })();
      return toDto(proposal, skillNames(langOf(input.lang)));
    },
    'skills.decide': (input, ctx) => {
      const proposal = getProposal(p.db, input.employeeId, input.skillId);
      if (!proposal) throw new DomainError('NOT_FOUND', `No proposal for ${input.skillId} from ${input.employeeId}`);
      if (proposal.status !== 'pending') throw new DomainError('CONFLICT', `This proposal was already ${proposal.status}`);
      const now = p.clock.now();
      const decided: SkillProposal = { ...proposal, status: input.decision === 'confirm' ? 'confirmed' : 'rejected', decidedBy: ctx.actor, decidedAt: now, comment: input.comment };
      p.db.transaction(() => {
        putProposal(p.db, decided);
        if (decided.status === 'confirmed') {
          const before = (levelNow.get(input.employeeId, input.skillId) as { level: number } | undefined)?.level ?? 0;
          p.db
            .prepare(
              `INSERT INTO employee_skills (employee_id, skill_id, level, source) VALUES (?, ?, ?, 'manager')
               ON CONFLICT(employee_id, skill_id) DO UPDATE SET level = excluded.level, source = 'manager'`,
            )
            .run(input.employeeId, input.skillId, proposal.level);
          appendAudit(p.db, { at: now, actor: ctx.actor, entity: 'employee_skill', entityId: input.employeeId, action: 'confirm', before: { skill: input.skillId, level: before }, after: { skill: input.skillId, level: proposal.level, source: 'manager' }, reason: input.comment });
        } else {
          appendAudit(p.db, { at: now, actor: ctx.actor, entity: 'skill_proposal', entityId: input.employeeId, action: 'reject', after: { skill: input.skillId, level: proposal.level }, reason: input.comment });
        }
      })();
      return toDto(decided, skillNames(langOf(input.lang)));
    },
    'skills.proposals': (input) => {
      const names = skillNames(langOf(input.lang));
      return { proposals: listProposals(p.db, input).map((x) => toDto(x, names)) };
    },
  };
}
