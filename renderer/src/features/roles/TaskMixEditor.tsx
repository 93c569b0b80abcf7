/**
 * The role's task mix, editable: a percentage per task with the dataset value beside it, a live total that must
 * be 100%, and a required reason. Saved as the role's override in the active scenario (scenario.save, audit log).
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioLabel } from '../../i18n/scenarioText';
import type { TaskListItem } from '../../../../shared/api/dto';
import type { RoleOverride } from '../../../../shared/domain/scenario';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { isChanged, mixStatus, parsePercent, scaleTo100, toShares, type MixRow } from './mix';
import { ReasonField } from '../../components/ReasonField';

function initialRows(tasks: TaskListItem[], override: RoleOverride | undefined, format: (p: number) => string): MixRow[] {
  const byTask = new Map((override?.taskMix ?? []).map((m) => [m.taskId, m.share] as const));
  return tasks.map((task) => {
    const current = override?.taskMix ? (byTask.get(task.id) ?? 0) : task.timeShare;
    return { taskId: task.id, dataset: task.timeShare, current, text: format(current * 100), value: current * 100 };
  });
}

export function TaskMixEditor({ roleCode, tasks }: { roleCode: string; tasks: TaskListItem[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uid = useId();
  const scenario = useAppStore((s) => s.activeScenario);
  const override = useAppStore((s) => s.activeDoc?.roleOverrides.find((o) => o.roleCode === roleCode && o.taskMix));
  const saveRoleMix = useAppStore((s) => s.saveRoleMix);
  const saveState = useAppStore((s) => s.overrideSaveState);
  const format = useMemo(() => (p: number) => fmt.number(p, 1), [fmt]);
  const [rows, setRows] = useState<MixRow[]>(() => initialRows(tasks, override, format));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'saved' | 'removed' | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const sumRef = useRef<HTMLParagraphElement>(null);

  // A new role, scenario, language or stored override starts from what the scenario holds.
  const overrideKey = JSON.stringify(override?.taskMix ?? null);
  useEffect(() => {
    setRows(initialRows(tasks, override, format));
    setTried(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the override is compared by content
  }, [tasks, overrideKey, format, scenario]);
  useEffect(() => {
    setDone(null);
    setReason('');
  }, [roleCode, scenario]);

  const status = mixStatus(rows);
  const changed = isChanged(rows);
  const reasonOk = reason.trim().length >= 3;
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task] as const)), [tasks]);

  const setRow = (taskId: string, text: string) => {
    setDone(null);
    setRows((rs) => rs.map((r) => (r.taskId === taskId ? { ...r, text, value: parsePercent(text) } : r)));
  };
  const resetRow = (taskId: string) => setRows((rs) => rs.map((r) => (r.taskId === taskId ? { ...r, text: format(r.dataset * 100), value: r.dataset * 100 } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!status.ok) {
      sumRef.current?.focus();
      return;
    }
    if (!reasonOk) {
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const ok = await saveRoleMix(roleCode, toShares(rows), reason);
    setBusy(false);
    if (ok) {
      setDone('saved');
      setReason('');
      setTried(false);
    }
  };

  const remove = async () => {
    setTried(true);
    if (!reasonOk) {
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const ok = await saveRoleMix(roleCode, null, reason);
    setBusy(false);
    if (ok) {
      setDone('removed');
      setReason('');
      setTried(false);
    }
  };

  const sumText = fmt.percent(status.sum / 100, 1);
  const diffText = fmt.number(Math.abs(status.diff), 1);

  return (
    <section className="panel" aria-labelledby={`${uid}-title`} data-testid="task-mix">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('roles.mix.kicker')}</p>
          <h2 className="panel__title" id={`${uid}-title`}>
            {t('roles.mix.title')}
          </h2>
        </div>
      </div>
      <p className="panel__lead">{t('roles.mix.lead', { scenario: scenarioLabel(t, scenario) })}</p>
      {override ? (
        <p className="mix-override" data-testid="mix-overridden">
          <span className="tag scenario-tag">{t('roles.mix.overridden')}</span> {t('roles.mix.overriddenReason', { reason: override.reason })}
        </p>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="table-wrap mix-table-wrap">
          <table className="table mix-table" data-testid="mix-table">
            <caption className="visually-hidden">{t('roles.mix.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roles.mix.task')}</th>
                <th scope="col" className="num">
                  {t('roles.mix.dataset')}
                </th>
                <th scope="col" className="num">
                  {t('roles.mix.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const task = byId.get(r.taskId)!;
                const bad = r.value === null;
                const differs = r.value === null || Math.abs(r.value - r.dataset * 100) > 0.05;
                return (
                  <tr key={r.taskId} data-testid="mix-row" data-task-id={r.taskId} className={differs ? 'mix-row--changed' : undefined}>
                    <th scope="row" className="mix-task">
                      <span className="mix-task__statement">{task.statement}</span>
                      <span className="mix-task__category">{t(`category.${task.category}`)}</span>
                    </th>
                    <td className="num">{fmt.percent(r.dataset, 1)}</td>
                    <td className="num mix-cell">
                      <span className="mix-input">
                        <input
                          type="text"
                          inputMode="decimal"
                          className="field__control mix-input__field"
                          aria-label={t('roles.mix.shareOf', { task: task.statement })}
                          aria-invalid={bad || undefined}
                          aria-describedby={bad ? `${uid}-${r.taskId}-err` : undefined}
                          value={r.text}
                          data-testid={`mix-share-${r.taskId}`}
                          onChange={(e) => setRow(r.taskId, e.target.value)}
                        />
                        <span aria-hidden="true">%</span>
                      </span>
                      {differs ? (
                        <button type="button" className="link-button mix-reset" onClick={() => resetRow(r.taskId)}>
                          {t('roles.mix.reset')}
                          <span className="visually-hidden"> {t('roles.mix.resetOf', { task: task.statement })}</span>
                        </button>
                      ) : null}
                      {bad ? (
                        <span className="field-error" id={`${uid}-${r.taskId}-err`}>
                          {t('roles.mix.fieldInvalid')}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr className={status.ok ? 'mix-sum' : 'mix-sum mix-sum--bad'}>
                <th scope="row">{t('roles.mix.sum')}</th>
                <td />
                <td className="num" data-testid="mix-sum">
                  {sumText}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p
          ref={sumRef}
          tabIndex={-1}
          className={status.ok ? 'mix-status' : 'mix-status mix-status--bad'}
          role={status.ok ? 'status' : 'alert'}
          data-testid="mix-status"
        >
          {status.invalid.length > 0
            ? t('roles.mix.fieldInvalid')
            : status.ok
              ? t('roles.mix.sumOk')
              : t(status.diff < 0 ? 'roles.mix.sumShort' : 'roles.mix.sumOver', { sum: sumText, diff: diffText })}
        </p>
        <div className="mix-tools">
          <button type="button" className="button button--quiet" data-testid="mix-scale" disabled={status.ok || status.sum <= 0} onClick={() => setRows((rs) => scaleTo100(rs, format))}>
            {t('roles.mix.scale')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            data-testid="mix-reset-all"
            onClick={() => setRows((rs) => rs.map((r) => ({ ...r, text: format(r.dataset * 100), value: r.dataset * 100 })))}
          >
            {t('roles.mix.resetAll')}
          </button>
        </div>
        <ReasonField
          id={uid}
          className="mix-reason"
          label={t('roles.mix.reason')}
          hint={t('roles.mix.reasonHint')}
          missing={t('roles.mix.reasonMissing')}
          value={reason}
          onChange={setReason}
          showError={tried && !reasonOk}
          testId="mix-reason"
          inputRef={reasonRef}
        />
        {saveState.status === 'error' && saveState.error && tried ? <ErrorBanner what={t('roles.mix.saveError')} error={saveState.error} testId="mix-save-error" /> : null}
        <div className="mix-actions">
          <button type="submit" className="button button--primary" data-testid="mix-save" disabled={busy || !changed}>
            {busy ? t('roles.mix.saving') : t('roles.mix.save')}
          </button>
          {override ? (
            <button type="button" className="button" data-testid="mix-remove" disabled={busy} onClick={() => void remove()}>
              {t('roles.mix.remove')}
            </button>
          ) : null}
          <span role="status" className="mix-done" data-testid="mix-done">
            {done === 'saved' ? t('roles.mix.saved', { scenario: scenarioLabel(t, scenario) }) : done === 'removed' ? t('roles.mix.removed') : !changed ? t('roles.mix.unchanged') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
