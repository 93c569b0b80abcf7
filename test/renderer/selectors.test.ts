import { describe, expect, it } from 'vitest';
import type { TaskListItem } from '../../shared/api/dto';
import {
  filterByIds,
  groupRolesByFamily,
  hasUnlabelled,
  selectExposureSummary,
  selectTimeByCategory,
  summariseExposure,
  timeByCategory,
  topExposedCategory,
} from '../../renderer/src/state/selectors';
import type { AppState } from '../../renderer/src/state/store';
import { listRoles, listTasks } from './fakeBridge';

const task = (over: Partial<TaskListItem>): TaskListItem => ({
  id: 'x',
  statement: 'A task',
  translated: false,
  category: 'content_creation',
  type: 'core',
  humanExposure: 'E0',
  gpt4Exposure: 'E0',
  gpt4Automation: 'T0',
  timeShare: 0,
  disagreement: false,
  categoryRule: 'keyword:write',
  aiUsageSignal: null,
  humanCritical: false,
  dwaIds: [],
  source: 'onet',
  ...over,
});

const csr = listTasks({ roleCode: '43-4051.00' }).tasks;

describe('summariseExposure', () => {
  it('averages the exposed time share of human and GPT-4 labels', () => {
    const s = summariseExposure(csr);
    // human: E1 0.4 + E1 0.2 over labelled 0.9; GPT-4: E2 0.4 + E1 0.2 over 0.9
    expect(s.humanExposedShare).toBeCloseTo(0.6 / 0.9);
    expect(s.gpt4ExposedShare).toBeCloseTo(0.6 / 0.9);
    expect(s.exposedShare).toBeCloseTo(0.6 / 0.9);
    expect(s.unlabelledShare).toBeCloseTo(0.1);
    expect(s.taskCount).toBe(4);
    expect(s.coreCount).toBe(2);
    expect(s.disagreementCount).toBe(1);
    expect(s.disagreementShare).toBeCloseTo(0.4);
  });

  it('shows the range when the raters differ, and uses the one source when only one exists', () => {
    const tasks = [
      task({ id: 'a', humanExposure: 'E1', gpt4Exposure: 'E0', timeShare: 0.5, disagreement: true }),
      task({ id: 'b', humanExposure: 'E0', gpt4Exposure: 'E0', timeShare: 0.5 }),
    ];
    expect(summariseExposure(tasks)).toMatchObject({ humanExposedShare: 0.5, gpt4ExposedShare: 0, exposedShare: 0.25 });
    const gptOnly = [task({ humanExposure: null, gpt4Exposure: 'E2', timeShare: 1 })];
    expect(summariseExposure(gptOnly)).toMatchObject({ humanExposedShare: null, gpt4ExposedShare: 1, exposedShare: 1 });
  });

  it('has no exposed share without labels or tasks', () => {
    expect(summariseExposure([]).exposedShare).toBeNull();
    expect(summariseExposure([task({ humanExposure: null, gpt4Exposure: null, timeShare: 1 })])).toMatchObject({
      exposedShare: null,
      unlabelledShare: 1,
    });
  });
});

describe('timeByCategory', () => {
  it('splits each task half by the human label and half by the GPT-4 label, largest category first', () => {
    const rows = timeByCategory(csr);
    expect(rows.map((r) => r.category)).toEqual(['customer_inquiries', 'coordination_admin', 'relationship_sales']);
    const inquiries = rows[0];
    expect(inquiries.E0).toBeCloseTo(0.3);
    expect(inquiries.E1).toBeCloseTo(0.2);
    expect(inquiries.E2).toBeCloseTo(0.2);
    expect(inquiries.total).toBeCloseTo(0.7);
    expect(inquiries.exposed).toBeCloseTo(0.4);
    expect(rows[2]).toMatchObject({ category: 'relationship_sales', none: 0.1, E0: 0, E1: 0, E2: 0 });
  });

  it('keeps the totals: the buckets of a category add up to its time', () => {
    for (const r of timeByCategory(csr)) expect(r.E0 + r.E1 + r.E2 + r.none).toBeCloseTo(r.total);
    expect(timeByCategory(csr).reduce((s, r) => s + r.total, 0)).toBeCloseTo(1);
  });

  it('finds the category with the most exposed time, or none', () => {
    expect(topExposedCategory(timeByCategory(csr))?.category).toBe('customer_inquiries');
    expect(topExposedCategory(timeByCategory([task({ timeShare: 1 })]))).toBeNull();
    expect(topExposedCategory([])).toBeNull();
    expect(hasUnlabelled(timeByCategory(csr))).toBe(true);
    expect(hasUnlabelled(timeByCategory([task({ timeShare: 1 })]))).toBe(false);
  });
});

describe('roles and visible tasks', () => {
  it('groups roles by family in the order current, target, emerging, sorted by title', () => {
    const groups = groupRolesByFamily(listRoles('en').roles);
    expect(groups.map((g) => g.family)).toEqual(['current', 'target', 'emerging']);
    expect(groups[0].roles.map((r) => r.title)).toEqual(['Customer Service Representatives', 'Marketing Managers']);
    expect(groupRolesByFamily(listRoles('en', 'target').roles).map((g) => g.family)).toEqual(['target']);
  });

  it('narrows to the search ids, or keeps all without a search', () => {
    expect(filterByIds(csr, null)).toBe(csr);
    expect(filterByIds(csr, ['3226', '3224']).map((t) => t.id)).toEqual(['3224', '3226']);
    expect(filterByIds(csr, [])).toEqual([]);
  });

  it('state selectors are memoised on the tasks array', () => {
    const state = { tasks: csr } as AppState;
    expect(selectTimeByCategory(state)).toBe(selectTimeByCategory({ ...state }));
    expect(selectExposureSummary(state)).toBe(selectExposureSummary({ ...state }));
  });
});
