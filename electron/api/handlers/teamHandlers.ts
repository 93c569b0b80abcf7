/**
 * profile.* and team.*: who uses this installation, and a manager's own team (services/team.ts).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { managers, profileState, setProfile, team } from '../services/team';

export function teamHandlers(p: CorePorts): Pick<ApiHandlers, 'profile.get' | 'profile.set' | 'team.managers' | 'team.get'> {
  return {
    'profile.get': (_input, ctx) => profileState(p, ctx.actor),
    'profile.set': (input, ctx) => setProfile(p, input, ctx.actor),
    'team.managers': (input) => managers(p, input),
    'team.get': (input) => team(p, input),
  };
}
