/** The task table: statement, category, type, both exposure labels, automation, time share; disagreement marked. */
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../shared/api/dto';
import { AutomationBadge, ExposureBadge } from '../../components/Labels';
import { useFormat } from '../../i18n';

export function TaskTable({ tasks }: { tasks: TaskListItem[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // The little bar beside each share is relative to the largest task, so small shares stay visible.
  const max = Math.max(0.0001, ...tasks.map((x) => x.timeShare));
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
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} data-testid="task-row" data-task-id={task.id} className={task.disagreement ? 'row--disagree' : undefined}>
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
                    <span className="share__fill" style={{ width: `${(task.timeShare / max) * 100}%` }} />
                  </span>
                  {fmt.percent(task.timeShare, 1)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
