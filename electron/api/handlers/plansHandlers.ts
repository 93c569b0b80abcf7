/**
 * plans.*: the reskilling plan of each person, drafted, edited, decided on and followed (services/plans.ts).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { decidePlan, listPlanDtos, recordProgress, updatePlan } from '../services/plans';

export function plansHandlers(p: CorePorts): Pick<ApiHandlers, 'plans.list' | 'plans.decide' | 'plans.update' | 'plans.progress'> {
  return {
    'plans.list': (input) => listPlanDtos(p, input),
    'plans.decide': (input, ctx) => decidePlan(p, input, ctx.actor),
    'plans.update': (input, ctx) => updatePlan(p, input, ctx.actor),
    'plans.progress': (input, ctx) => recordProgress(p, input, ctx.actor),
  };
}
