/**
 * roles.similar and reskill.*: paths per person, the whole-workforce run, assignment, fairness, business case.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { employeePaths, roleDoors, rolesSimilarTo } from '../services/paths';
import { businessCaseReport } from '../services/businessCase';
import { assignOpenings, fairnessReport, reskillEveryone } from '../services/redeployment';

export function reskillHandlers(
  p: CorePorts,
): Pick<ApiHandlers, 'roles.similar' | 'reskill.employee' | 'reskill.all' | 'reskill.assign' | 'reskill.fairness' | 'reskill.businessCase' | 'reskill.doors'> {
  return {
    'roles.similar': (input) => rolesSimilarTo(p, input),
    'reskill.employee': (input) => employeePaths(p, input),
    'reskill.all': (input, ctx) => reskillEveryone(p, input, ctx),
    'reskill.assign': (input, ctx) => assignOpenings(p, input, ctx),
    'reskill.fairness': (input, ctx) => fairnessReport(p, input, ctx),
    'reskill.businessCase': (input, ctx) => businessCaseReport(p, input, ctx),
    'reskill.doors': (input) => roleDoors(p, input),
  };
}
