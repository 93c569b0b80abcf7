/**
 * The task table: statement, category, type, both exposure labels, automation, time share; disagreement marked.
 * With `scenario` it also marks the active scenario's overrides and opens a task's evidence and override panel.
 */
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/api/dto';
import type { TaskOverride } from '../../../../shared/domain/scenario';
import { AutomationBadge, ExposureBadge } from '../../components/Labels';
import { useFormat } from '../../i18n';

export interface TaskTableScenario {
  overrides: Map<string, TaskOverride>;
  /** The scenario's own time shares for this role, when it overrides the task mix. */
  mix: Map<string, number> | null;
  onOpen: (taskId: string) => void;
}

export function TaskTable({ tasks, scenario }: { tasks: TaskListItem[]; scenario?: TaskTableScenario }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // The little bar beside each share is relative to the largest task, so small shares stay visible.
  const shareOf = (task: TaskListItem) => scenario?.mix?.get(task.id) ?? (scenario?.mix ? 0 : task.timeShare);
  const max = Math.max(0.0001, ...tasks.map(shareOf));
  return (
    <div className="table-wrap">
      <table className="table table--tasks" data-testid="task-table">
        <caption className="visually-hidden">{t('tasks.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-statement">
              {t('tasks.table.statement')}
            </th>
            <th scope="col">{t('tasks.table.category')}</th>
            <th scope="col">{t('tasks.table.type')}</th>
            <th scope="col">{t('tasks.table.human')}</th>
            <th scope="col">{t('tasks.table.gpt4')}</th>
            <th scope="col">{t('tasks.table.automation')}</th>
            <th scope="col" className="num">
              {t('tasks.table.timeShare')}
            </th>
            {scenario ? <th scope="col">{t('taskEdit.column')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const override = scenario?.overrides.get(task.id);
            const share = shareOf(task);
            const rowClass = [task.disagreement ? 'row--disagree' : '', override ? 'row--overridden' : ''].filter(Boolean).join(' ');
            return (
            <tr key={task.id} data-testid="task-row" data-task-id={task.id} data-overridden={override ? 'true' : undefined} className={rowClass || undefined}>
              <td className="col-statement">
                <span className="statement">{task.statement}</span>
                {task.translated ? (
                  <span className="tag tag--translated" title={t('tasks.table.translatedHint')} data-testid="translated-marker">
                    {t('tasks.table.translated')}
                  </span>
                ) : null}
              </td>
              <td>{t(`category.${task.category}`)}</td>
              <td>{t(`tasks.type.${task.type ?? 'unknown'}`)}</td>
              <td>
                <ExposureBadge label={task.humanExposure} />
              </td>
              <td>
                <span className="cell-flex">
                  <ExposureBadge label={task.gpt4Exposure} />
                  {task.disagreement ? (
                    <span className="disagree" title={t('tasks.table.disagree')} data-testid="disagree-marker">
                      <span aria-hidden="true">≠</span>
                      {t('tasks.table.disagreeShort')}
                      <span className="visually-hidden">: {t('tasks.table.disagree')}</span>
                    </span>
                  ) : null}
                </span>
              </td>
              <td>
                <AutomationBadge label={task.gpt4Automation} />
              </td>
              <td className="num">
                <span className="share">
                  <span className="share__bar" aria-hidden="true">
                    <span className="share__fill" style={{ width: `${(share / max) * 100}%` }} />
                  </span>
                  {fmt.percent(share, 1)}
                </span>
                {scenario?.mix ? (
                  <span className="tag scenario-tag tag--block" title={t('taskEdit.mixShareHint', { dataset: fmt.percent(task.timeShare, 1) })} data-testid="mix-marker">
                    {t('taskEdit.mixShare')}
                  </span>
                ) : null}
              </td>
              {scenario ? (
                <td className="col-scenario">
                  {override ? (
                    <span className="tag scenario-tag" title={t('taskEdit.overriddenHint', { reason: override.reason })} data-testid="override-marker">
                      {t('taskEdit.overridden')}
                      <span className="visually-hidden">: {override.reason}</span>
                    </span>
                  ) : null}
                  <button type="button" className="link-button" data-testid="task-details" onClick={() => scenario.onOpen(task.id)}>
                    {t('taskEdit.details')}
                    <span className="visually-hidden">: {task.statement}</span>
                  </button>
                </td>
              ) : null}
            </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
