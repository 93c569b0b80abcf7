/**
 * Tasks: the catalogue of one role read through the API — headline cards, the time-by-category chart
 * (or its table), and the task table narrowed by the search. Loading, empty and error states designed.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { selectVisibleTasks } from '../../state/selectors';
import { useAppStore, useAppStoreShallow } from '../../state/store';
import { CategorySection } from './CategorySection';
import { HeadlineCards } from './HeadlineCards';
import { RolePicker } from './RolePicker';
import { TaskSearch } from './TaskSearch';
import { OverridesList } from './OverridesList';
import { TaskPanel } from './TaskPanel';
import { TaskTable, type TaskTableScenario } from './TaskTable';
import './tasks.css';

export function TasksScreen() {
  const { t } = useTranslation();
  const active = useAppStore((s) => s.activeScenario);
  const loadActiveDoc = useAppStore((s) => s.loadActiveDoc);
  useEffect(() => {
    void loadActiveDoc();
  }, [active, loadActiveDoc]);
  return (
    <div className="screen" data-testid="screen-tasks">
      <header className="screen__header">
        <h1 className="screen__title">{t('tasks.title')}</h1>
        <p className="screen__lead">{t('tasks.lead')}</p>
      </header>
      <div className="toolbar">
        <RolePicker />
        <TaskSearch />
      </div>
      <TasksBody />
    </div>
  );
}

function TasksBody() {
  const { t } = useTranslation();
  const roles = useAppStore((s) => s.roles);
  const rolesState = useAppStore((s) => s.rolesState);
  const loadRoles = useAppStore((s) => s.loadRoles);
  const selected = useAppStore((s) => s.selectedRoleCode);
  const tasksState = useAppStore((s) => s.tasksState);
  const taskCount = useAppStore((s) => s.tasks.length);
  const selectRole = useAppStore((s) => s.selectRole);

  if (rolesState.status === 'error' && rolesState.error && roles.length === 0)
    return <ErrorBanner what={t('error.roles')} error={rolesState.error} onRetry={() => void loadRoles()} testId="roles-error" />;
  if (rolesState.status === 'loading' && roles.length === 0) return <Loading label={t('tasks.state.loadingRoles')} testId="roles-loading" />;
  if (roles.length === 0)
    return (
      <EmptyState title={t('tasks.state.noRoles')} testId="no-roles">
        <p>{t('tasks.state.noRolesHint')}</p>
      </EmptyState>
    );
  if (!selected) return <EmptyState title={t('tasks.state.pickRole')} testId="pick-role" />;
  if (tasksState.status === 'error' && tasksState.error)
    return <ErrorBanner what={t('error.tasks')} error={tasksState.error} onRetry={() => void selectRole(selected)} testId="tasks-error" />;
  if (tasksState.status === 'loading' && taskCount === 0) return <Loading label={t('tasks.state.loadingTasks')} testId="tasks-loading" />;
  if (taskCount === 0)
    return (
      <EmptyState title={t('tasks.state.noTasks')} testId="no-tasks">
        <p>{t('tasks.state.noTasksHint')}</p>
      </EmptyState>
    );

  return (
    <div className="tasks-body" aria-busy={tasksState.status === 'loading'}>
      <HeadlineCards />
      <CategorySection />
      <TaskList />
    </div>
  );
}

function TaskList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const visible = useAppStoreShallow(selectVisibleTasks);
  const total = useAppStore((s) => s.tasks.length);
  const roleTitle = useAppStore((s) => s.taskRole?.title ?? '');
  const searchQuery = useAppStore((s) => s.searchQuery);
  const searchState = useAppStore((s) => s.searchState);
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const runSearch = useAppStore((s) => s.runSearch);
  const roleCode = useAppStore((s) => s.taskRole?.code ?? null);
  const tasks = useAppStore((s) => s.tasks);
  const scenarioName = useAppStore((s) => s.activeScenario);
  const doc = useAppStore((s) => s.activeDoc);
  const docState = useAppStore((s) => s.activeDocState);
  const loadActiveDoc = useAppStore((s) => s.loadActiveDoc);
  const [openId, setOpenId] = useState<string | null>(null);

  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task] as const)), [tasks]);
  const scenario: TaskTableScenario | undefined = useMemo(() => {
    if (!doc) return undefined;
    const mix = doc.roleOverrides.find((o) => o.roleCode === roleCode)?.taskMix;
    return {
      overrides: new Map(doc.taskOverrides.map((o) => [o.taskId, o] as const)),
      mix: mix ? new Map(mix.map((m) => [m.taskId, m.share] as const)) : null,
      onOpen: setOpenId,
    };
  }, [doc, roleCode]);
  // Overrides of this role's tasks first, then the rest of the scenario's.
  const overrides = useMemo(
    () => (doc ? [...doc.taskOverrides].sort((a, b) => Number(byId.has(b.taskId)) - Number(byId.has(a.taskId))) : []),
    [doc, byId],
  );
  const openTask = openId ? byId.get(openId) : undefined;
  const closePanel = useCallback(() => {
    const id = openId;
    setOpenId(null);
    // Focus goes back to the task's row (its "Details" button), like the explanation panel does.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`tr[data-task-id="${CSS.escape(id ?? '')}"] [data-testid="task-details"]`)?.focus());
  }, [openId]);

  return (
    <>
    <section className="panel" aria-labelledby="task-table-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="task-table-heading">
          {t('tasks.table.heading', { role: roleTitle })}
        </h2>
        <p className="panel__meta" aria-live="polite" data-testid="task-count">
          {t('tasks.table.showing', { shown: fmt.number(visible.length), total: fmt.number(total) })}
        </p>
      </div>
      {searchState.status === 'error' && searchState.error ? (
        <ErrorBanner what={t('error.search')} error={searchState.error} onRetry={() => void runSearch(search)} testId="search-error" />
      ) : null}
      {visible.length === 0 ? (
        <EmptyState
          icon="search"
          title={t('tasks.state.noMatch', { query: searchQuery })}
          testId="no-match"
          action={
            <button type="button" className="button" onClick={() => setSearch('')}>
              {t('tasks.clearSearch')}
            </button>
          }
        >
          <p>{t('tasks.state.noMatchHint')}</p>
        </EmptyState>
      ) : (
        <TaskTable tasks={visible} scenario={scenario} />
      )}
    </section>
    {docState.status === 'error' && docState.error ? (
      <ErrorBanner what={t('taskEdit.list.error')} error={docState.error} onRetry={() => void loadActiveDoc()} testId="overrides-error" />
    ) : doc ? (
      <OverridesList overrides={overrides} scenario={scenarioName} tasks={byId} onOpen={setOpenId} />
    ) : null}
    {openTask && roleCode ? <TaskPanel key={`${openTask.id}-${scenarioName}`} task={openTask} roleCode={roleCode} onClose={closePanel} /> : null}
    </>
  );
}
