/**
 * Reskilling views (owned by the Reskill, Team and My path screens): the people to pick from, one person's
 * ranked paths, the whole-workforce run with its progress, the assignment, the business case, the doors,
 * the fairness audit, and the plans a person must approve. Late answers to superseded requests are dropped.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { EmployeeDetail, EmployeeListItem, ScenarioRun } from '../../../../shared/api/dto';
import type { AssignmentDto, BusinessCaseDto, FairnessDto, PlanDto, ReskillAllDto, ReskillEmployeeDto } from '../../../../shared/api/reskill-dto';
import type { ApiInput, ApiOutput } from '../../../../shared/api/contract';
import { toApiError, type ApiClient, type ApiError } from '../../api/client';
import { IDLE, LOADING, type AppState, type AsyncState } from '../types';

type DoorsResult = ApiOutput<'reskill.doors'>;

/** The whole-workforce run: progress while it runs, then its summary. */
interface ReskillRun {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  done: number;
  total: number;
  result: { scenario: string; candidates: number; summary: ReskillAllDto['summary'] } | null;
  error: ApiError | null;
}

interface RedeploymentOverview {
  scenario: string;
  horizonYear: number;
  candidates: ScenarioRun['candidates'];
  openings: ScenarioRun['openings'];
}

type PlanUpdate = Omit<ApiInput<'plans.update'>, 'lang'>;

export interface ReskillSlice {
  /** The person whose paths or plan is open. */
  selectedEmployeeId: string | null;
  selectEmployee(id: string | null): void;

  people: EmployeeListItem[];
  peopleState: AsyncState;
  loadPeople(): Promise<void>;

  paths: ReskillEmployeeDto | null;
  pathsState: AsyncState;
  loadPaths(employeeId: string): Promise<void>;

  employee: EmployeeDetail | null;
  employeeState: AsyncState;
  /** `names`: the person's own view addresses them by name (never while pseudonymised; the core decides). */
  loadEmployee(employeeId: string, names?: boolean): Promise<void>;

  overview: RedeploymentOverview | null;
  overviewState: AsyncState;
  loadOverview(): Promise<void>;

  reskillRun: ReskillRun;
  /** reskill.all with draft plans; progress comes from the 'progress' events. */
  runReskillAll(): Promise<void>;
  /** Cancels the run in the core (job.cancel): nothing is stored, and its late answer is ignored. */
  cancelReskillRun(): void;

  assignment: AssignmentDto | null;
  assignmentState: AsyncState;
  loadAssignment(): Promise<void>;

  caseResult: BusinessCaseDto | null;
  caseState: AsyncState;
  loadCase(): Promise<void>;

  doors: DoorsResult | null;
  doorsState: AsyncState;
  loadDoors(roleCode: string): Promise<void>;

  fairness: FairnessDto | null;
  fairnessState: AsyncState;
  loadFairness(): Promise<void>;

  plans: PlanDto[];
  plansState: AsyncState;
  plansFilter: { department?: string; employeeId?: string; names?: boolean };
  loadPlans(filter?: { department?: string; employeeId?: string; names?: boolean }): Promise<void>;
  /** Saving a decision, an edit or progress on a plan. */
  planSave: AsyncState;
  /** Approving needs `when` (start date and weekly hours); declining does not. */
  decidePlan(employeeId: string, decision: 'approve' | 'decline', comment: string, when?: { startDate: string; weeklyHours: number }): Promise<boolean>;
  updatePlan(input: PlanUpdate): Promise<boolean>;
  markModule(employeeId: string, moduleId: string, done: boolean): Promise<boolean>;
  dismissPlanError(): void;
}

const IDLE_RUN: ReskillRun = { status: 'idle', done: 0, total: 0, result: null, error: null };
const fail = (error: unknown): AsyncState => ({ status: 'error', error: toApiError(error) });

export const createReskillSlice = (api: ApiClient): StateCreator<AppState, [], [], ReskillSlice> => {
  const seq = { people: 0, paths: 0, employee: 0, overview: 0, run: 0, assign: 0, bc: 0, doors: 0, fair: 0, plans: 0 };
  let runningJob: string | null = null;
  return (set, get) => {
    const lang = () => get().language;
    const scenario = () => get().activeScenario;
    const replacePlan = (plan: PlanDto) =>
      set({ plans: get().plans.map((p) => (p.employeeId === plan.employeeId ? { ...plan, name: plan.name ?? p.name } : p)) });

    return {
      selectedEmployeeId: null,
      selectEmployee: (id) => set({ selectedEmployeeId: id }),

      people: [],
      peopleState: IDLE,
      async loadPeople() {
        const n = ++seq.people;
        set({ peopleState: LOADING });
        try {
          const { employees } = await api.invoke('employees.list', { lang: lang() });
          if (n === seq.people) set({ people: employees, peopleState: IDLE });
        } catch (error) {
          if (n === seq.people) set({ peopleState: fail(error) });
        }
      },

      paths: null,
      pathsState: IDLE,
      async loadPaths(employeeId) {
        const n = ++seq.paths;
        set({ pathsState: LOADING, selectedEmployeeId: employeeId });
        if (get().paths?.employee.id !== employeeId) set({ paths: null });
        try {
          const paths = await api.invoke('reskill.employee', { employeeId, scenario: scenario(), explain: true, lang: lang() });
          if (n === seq.paths) set({ paths, pathsState: IDLE });
        } catch (error) {
          if (n === seq.paths) set({ pathsState: fail(error) });
        }
      },

      employee: null,
      employeeState: IDLE,
      async loadEmployee(employeeId, names) {
        const n = ++seq.employee;
        set({ employeeState: LOADING });
        if (get().employee?.id !== employeeId) set({ employee: null });
        try {
          const { employee } = await api.invoke('employees.get', { id: employeeId, lang: lang(), ...(names ?? get().employee?.name ? { names: true } : {}) });
          if (n === seq.employee) set({ employee, employeeState: IDLE });
        } catch (error) {
          if (n === seq.employee) set({ employeeState: fail(error) });
        }
      },

      overview: null,
      overviewState: IDLE,
      async loadOverview() {
        const n = ++seq.overview;
        set({ overviewState: LOADING });
        try {
          const r = await api.invoke('scenario.run', { name: scenario(), lang: lang() });
          if (n === seq.overview)
            set({ overview: { scenario: r.scenario, horizonYear: r.horizonYear, candidates: r.candidates, openings: r.openings }, overviewState: IDLE });
        } catch (error) {
          if (n === seq.overview) set({ overviewState: fail(error) });
        }
      },

      reskillRun: IDLE_RUN,
      async runReskillAll() {
        const n = ++seq.run;
        // The job id lets the progress events be matched to this run, and job.cancel stop it in the core.
        const jobId = `reskill-all-${Date.now().toString(36)}-${n}`;
        runningJob = jobId;
        set({ reskillRun: { ...IDLE_RUN, status: 'running', result: get().reskillRun.result } });
        const off = api.onEvent('progress', (e) => {
          if (n !== seq.run || e.jobId !== jobId) return;
          set({ reskillRun: { ...get().reskillRun, done: e.done, total: e.total } });
        });
        try {
          const r = await api.invoke('reskill.all', { scenario: scenario(), lang: lang(), jobId });
          if (n !== seq.run) return;
          set({ reskillRun: { status: 'done', done: r.candidates, total: r.candidates, result: { scenario: r.scenario, candidates: r.candidates, summary: r.summary }, error: null } });
        } catch (error) {
          if (n !== seq.run) return;
          const e = toApiError(error);
          set({ reskillRun: { ...get().reskillRun, status: e.code === 'CANCELLED' ? 'cancelled' : 'error', error: e.code === 'CANCELLED' ? null : e } });
          return;
        } finally {
          off();
          if (runningJob === jobId) runningJob = null;
        }
        // The run stores draft plans: what depends on them is stale now.
        await Promise.all([get().loadAssignment(), get().loadCase()]);
      },
      cancelReskillRun() {
        if (get().reskillRun.status !== 'running') return;
        // The core stops the worker and stores nothing; the answer (CANCELLED) is ignored either way.
        if (runningJob) void api.invoke('job.cancel', { jobId: runningJob }).catch(() => undefined);
        seq.run++;
        set({ reskillRun: { ...get().reskillRun, status: 'cancelled' } });
      },

      assignment: null,
      assignmentState: IDLE,
      async loadAssignment() {
        const n = ++seq.assign;
        set({ assignmentState: LOADING });
        try {
          const assignment = await api.invoke('reskill.assign', { scenario: scenario(), lang: lang() });
          if (n === seq.assign) set({ assignment, assignmentState: IDLE });
        } catch (error) {
          if (n === seq.assign) set({ assignmentState: fail(error) });
        }
      },

      caseResult: null,
      caseState: IDLE,
      async loadCase() {
        const n = ++seq.bc;
        set({ caseState: LOADING });
        try {
          const caseResult = await api.invoke('reskill.businessCase', { scenario: scenario(), lang: lang() });
          if (n === seq.bc) set({ caseResult, caseState: IDLE });
        } catch (error) {
          if (n === seq.bc) set({ caseState: fail(error) });
        }
      },

      doors: null,
      doorsState: IDLE,
      async loadDoors(roleCode) {
        const n = ++seq.doors;
        set({ doorsState: LOADING });
        try {
          const doors = await api.invoke('reskill.doors', { roleCode, scenario: scenario(), lang: lang() });
          if (n === seq.doors) set({ doors, doorsState: IDLE });
        } catch (error) {
          if (n === seq.doors) set({ doorsState: fail(error) });
        }
      },

      fairness: null,
      fairnessState: IDLE,
      async loadFairness() {
        const n = ++seq.fair;
        set({ fairnessState: LOADING });
        try {
          const fairness = await api.invoke('reskill.fairness', { scenario: scenario() });
          if (n === seq.fair) set({ fairness, fairnessState: IDLE });
        } catch (error) {
          if (n === seq.fair) set({ fairnessState: fail(error) });
        }
      },

      plans: [],
      plansState: IDLE,
      plansFilter: {},
      async loadPlans(filter) {
        const f = filter ?? get().plansFilter;
        const n = ++seq.plans;
        set({ plansState: LOADING, plansFilter: f });
        try {
          const { plans } = await api.invoke('plans.list', { ...f, lang: lang() });
          if (n === seq.plans) set({ plans, plansState: IDLE });
        } catch (error) {
          if (n === seq.plans) set({ plansState: fail(error) });
        }
      },

      planSave: IDLE,
      async decidePlan(employeeId, decision, comment, when) {
        set({ planSave: LOADING });
        try {
          replacePlan(await api.invoke('plans.decide', { employeeId, decision, comment, lang: lang(), ...(decision === 'approve' && when ? when : {}) }));
          set({ planSave: IDLE });
          return true;
        } catch (error) {
          set({ planSave: fail(error) });
          return false;
        }
      },
      async updatePlan(input) {
        set({ planSave: LOADING });
        try {
          replacePlan(await api.invoke('plans.update', { ...input, lang: lang() }));
          set({ planSave: IDLE });
          return true;
        } catch (error) {
          set({ planSave: fail(error) });
          return false;
        }
      },
      async markModule(employeeId, moduleId, done) {
        set({ planSave: LOADING });
        try {
          replacePlan(await api.invoke('plans.progress', { employeeId, moduleId, done, lang: lang() }));
          set({ planSave: IDLE });
        } catch (error) {
          set({ planSave: fail(error) });
          return false;
        }
        // Finishing a module raises the skill (source "learning"): show the new level.
        if (get().employee?.id === employeeId) await get().loadEmployee(employeeId);
        return true;
      },
      dismissPlanError: () => set({ planSave: IDLE }),
    };
  };
};
