/** The active scenario's task overrides with their reasons; each opens the task's panel to change or remove it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioLabel } from '../../i18n/scenarioText';
import type { TaskListItem } from '../../../../shared/api/dto';
import type { TaskOverride } from '../../../../shared/domain/scenario';
import { useFormat } from '../../i18n';

export function OverridesList({
  overrides,
  scenario,
  tasks,
  onOpen,
}: {
  overrides: TaskOverride[];
  scenario: string;
  tasks: Map<string, TaskListItem>;
  onOpen: (taskId: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uid = useId();
  return (
    <section className="panel" aria-labelledby={`${uid}-title`} data-testid="task-overrides">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('taskEdit.list.kicker', { scenario: scenarioLabel(t, scenario) })}</p>
          <h2 className="panel__title" id={`${uid}-title`}>
            {overrides.length === 0 ? t('taskEdit.list.none', { scenario: scenarioLabel(t, scenario) }) : t('taskEdit.list.title', { count: overrides.length })}
          </h2>
        </div>
      </div>
      {overrides.length > 0 ? (
        <div className="table-wrap">
          <table className="table" data-testid="task-overrides-table">
            <caption className="visually-hidden">{t('taskEdit.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('taskEdit.list.task')}</th>
                <th scope="col">{t('taskEdit.list.values')}</th>
                <th scope="col">{t('taskEdit.list.reason')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('taskEdit.list.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overrides.map((o) => {
                const task = tasks.get(o.taskId);
                const values = [
                  o.automation !== undefined ? t('taskEdit.list.automation', { value: fmt.percent(o.automation) }) : null,
                  o.augmentation !== undefined ? t('taskEdit.list.augmentation', { value: fmt.percent(o.augmentation) }) : null,
                ].filter(Boolean);
                return (
                  <tr key={o.taskId} data-testid="task-override-row" data-task-id={o.taskId}>
                    <th scope="row" className="col-statement">
                      {task ? task.statement : t('taskEdit.list.otherRole', { id: o.taskId })}
                    </th>
                    <td>{values.join(' · ')}</td>
                    <td className="override-reason">“{o.reason}”</td>
                    <td>
                      {task ? (
                        <button type="button" className="link-button" onClick={() => onOpen(o.taskId)} aria-label={t('taskEdit.list.editOf', { task: task.statement })}>
                          {t('taskEdit.list.edit')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
