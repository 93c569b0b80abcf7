/**
 * skills.*: a person proposes a self-assessed level; a manager confirms or rejects it (services/skillProposals.ts).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { decideSkill, listSkillProposals, proposeSkill } from '../services/skillProposals';

export function skillsHandlers(p: CorePorts): Pick<ApiHandlers, 'skills.propose' | 'skills.decide' | 'skills.proposals'> {
  return {
    'skills.propose': (input, ctx) => proposeSkill(p, input, ctx.actor),
    'skills.decide': (input, ctx) => decideSkill(p, input, ctx.actor),
    'skills.proposals': (input) => listSkillProposals(p, input),
  };
}
