/**
 * The side panel for one task (side panel for editing, so the table stays in view): the evidence —
 * human vs GPT-4 exposure labels and GPT-4's automation level in plain words, the category and how it was
 * assigned, what the model uses — and the per-task override of the active scenario with a required reason.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { scenarioLabel } from '../../i18n/scenarioText';
import type { TaskListItem } from '../../../../shared/api/dto';
import { AutomationBadge, ExposureBadge } from '../../components/Labels';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { parsePercent } from '../roles/mix';
import { dialogKeyHandler } from '../../components/dialogKeys';
import { ReasonField } from '../../components/ReasonField';

/** The model's automated / augmented share of a task (before adoption), read from the role's explanation at the horizon. */
function useModelValues(roleCode: string, taskId: string) {
  const active = useAppStore((s) => s.activeScenario);
  const impact = useAppStore((s) => s.roleImpact);
  const state = useAppStore((s) => s.roleImpactState);
  const load = useAppStore((s) => s.loadRoleImpact);
  const rev = useAppStore((s) => s.overrideRev);
  // Figures from before the last override are stale: the explanation then carries the new value and the model's own as "from".
  const here = impact && impact.roleCode === roleCode && impact.scenario === active && impact.rev === rev ? impact : null;
  useEffect(() => {
    if (!here) void load(roleCode);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load on a change of role, scenario or override revision; `here` and `load` follow from those
  }, [roleCode, active, rev]);
  if (!here) return { status: state.status === 'error' ? ('error' as const) : ('loading' as const) };
  const e = here.years[here.years.length - 1]!.explain;
  const find = (kind: 'automated' | 'augmented') => {
    const explanation = kind === 'automated' ? e.automatedShare : e.augmentedShare;
    const name = kind === 'automated' ? 'input.taskAutomated' : 'input.taskAugmented';
    const input = explanation.inputs.find((i) => i.name === name && (i as { taskId?: string }).taskId === taskId);
    const ov = explanation.overrides.find((o) => o.what === `task:${taskId}.${kind === 'automated' ? 'automation' : 'augmentation'}`);
    const used = typeof input?.value === 'number' ? input.value : null;
    const model = ov ? (typeof ov.from === 'number' ? ov.from : null) : used;
    return { used, model };
  };
  return { status: 'ready' as const, automated: find('automated'), augmented: find('augmented') };
}

export function TaskPanel({ task, roleCode, onClose }: { task: TaskListItem; roleCode: string; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uid = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const scenario = useAppStore((s) => s.activeScenario);
  const existing = useAppStore((s) => s.activeDoc?.taskOverrides.find((o) => o.taskId === task.id));
  const mixShare = useAppStore((s) => s.activeDoc?.roleOverrides.find((o) => o.roleCode === roleCode)?.taskMix?.find((m) => m.taskId === task.id)?.share);
  const saveTaskOverride = useAppStore((s) => s.saveTaskOverride);
  const saveState = useAppStore((s) => s.overrideSaveState);
  const model = useModelValues(roleCode, task.id);

  const asText = (v: number | undefined) => (v === undefined ? '' : fmt.number(v * 100, 1));
  const [auto, setAuto] = useState(asText(existing?.automation));
  const [aug, setAug] = useState(asText(existing?.augmentation));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'saved' | 'removed' | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    closeButton.current?.focus();
  }, []);
  // Esc closes the panel even when focus has left it (e.g. a button that became disabled while saving).
  useEffect(() => {
    const onDocKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !dialog.current?.contains(document.activeElement)) onClose();
    };
    document.addEventListener('keydown', onDocKey);
    return () => document.removeEventListener('keydown', onDocKey);
  }, [onClose]);

  const autoValue = auto.trim() === '' ? undefined : parsePercent(auto);
  const augValue = aug.trim() === '' ? undefined : parsePercent(aug);
  const autoBad = autoValue === null;
  const augBad = augValue === null;
  const none = autoValue === undefined && augValue === undefined;
  const reasonOk = reason.trim().length >= 3;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setDone(null);
    if (autoBad || augBad || none) return;
    if (!reasonOk) {
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const ok = await saveTaskOverride({
      taskId: task.id,
      ...(autoValue !== undefined ? { automation: autoValue / 100 } : {}),
      ...(augValue !== undefined ? { augmentation: augValue / 100 } : {}),
      reason,
    });
    setBusy(false);
    if (ok) {
      setDone('saved');
      setReason('');
      setTried(false);
    }
  };

  const remove = async () => {
    setTried(true);
    setDone(null);
    if (!reasonOk) {
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const ok = await saveTaskOverride({ taskId: task.id, remove: true, reason });
    setBusy(false);
    if (ok) {
      setDone('removed');
      setAuto('');
      setAug('');
      setReason('');
      setTried(false);
    }
  };

  const onKeyDown = dialogKeyHandler(dialog, onClose);

  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : fmt.percent(v));
  const fieldError = (bad: boolean) => (bad ? t('taskEdit.form.invalid') : null);

  return createPortal(
    <div className="explain-layer">
      <div className="explain-backdrop" aria-hidden="true" onClick={onClose} />
      <div ref={dialog} className="explain-panel task-panel" role="dialog" aria-modal="true" aria-labelledby={`${uid}-title`} data-testid="task-panel" onKeyDown={onKeyDown}>
        <header className="explain-panel__header">
          <div>
            <p className="panel__kicker">{t('taskEdit.panel.kicker')}</p>
            <h2 className="explain-panel__title" id={`${uid}-title`}>
              {task.statement}
            </h2>
          </div>
          <button ref={closeButton} type="button" className="button button--quiet" onClick={onClose} data-testid="task-panel-close">
            {t('taskEdit.panel.close')}
          </button>
        </header>

        <section aria-labelledby={`${uid}-evidence`}>
          <h3 id={`${uid}-evidence`} className="task-panel__h">
            {t('taskEdit.panel.evidence')}
          </h3>
          <dl className="evidence" data-testid="task-evidence">
            <div>
              <dt>{t('taskEdit.panel.human')}</dt>
              <dd data-testid="evidence-human">
                <ExposureBadge label={task.humanExposure} />
                <span className="evidence__meaning">{t(`exposure.${task.humanExposure ?? 'none'}.tip`)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('taskEdit.panel.gpt4')}</dt>
              <dd data-testid="evidence-gpt4">
                <ExposureBadge label={task.gpt4Exposure} />
                <span className="evidence__meaning">{t(`exposure.${task.gpt4Exposure ?? 'none'}.tip`)}</span>
              </dd>
            </div>
          </dl>
          {task.humanExposure && task.gpt4Exposure ? (
            <p className={task.disagreement ? 'evidence__note evidence__note--disagree' : 'evidence__note'} data-testid="evidence-agreement">
              {t(task.disagreement ? 'taskEdit.panel.disagree' : 'taskEdit.panel.agree')}
            </p>
          ) : null}
          <dl className="evidence">
            <div>
              <dt>{t('taskEdit.panel.automation')}</dt>
              <dd data-testid="evidence-automation">
                <AutomationBadge label={task.gpt4Automation} />
                <span className="evidence__meaning">{t(`automation.${task.gpt4Automation ?? 'none'}.tip`)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('taskEdit.panel.category')}</dt>
              <dd data-testid="evidence-category">
                <strong>{t(`category.${task.category}`)}</strong>
                <span className="evidence__meaning">{t('taskEdit.panel.categoryRule')}</span>
                <span className="evidence__meaning" data-testid="evidence-rule">
                  {t('taskEdit.panel.ruleFired', { rule: task.categoryRule })}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('taskEdit.panel.usage')}</dt>
              <dd data-testid="evidence-usage">
                {task.aiUsageSignal === null ? t('taskEdit.panel.usageNone') : fmt.percent(task.aiUsageSignal, 0)}
                <span className="evidence__meaning">{t('taskEdit.panel.usageHint')}</span>
              </dd>
            </div>
            {task.source === 'overstap' ? (
              <div>
                <dt>{t('taskEdit.panel.sourceLabel')}</dt>
                <dd className="evidence__meaning" data-testid="evidence-overstap">
                  {t('taskEdit.panel.overstapTask')}
                </dd>
              </div>
            ) : null}
            {task.humanCritical ? (
              <div>
                <dt>{t('taskEdit.panel.humanCriticalLabel')}</dt>
                <dd className="evidence__meaning" data-testid="evidence-human-critical">
                  {t('taskEdit.panel.humanCritical')}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('taskEdit.panel.type')}</dt>
              <dd>{t(`tasks.type.${task.type ?? 'unknown'}`)}</dd>
            </div>
            <div>
              <dt>{t('taskEdit.panel.timeShare')}</dt>
              <dd>
                {fmt.percent(mixShare ?? task.timeShare, 1)}
                {mixShare !== undefined ? <span className="evidence__meaning">{t('taskEdit.mixShareHint', { dataset: fmt.percent(task.timeShare, 1) })}</span> : null}
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby={`${uid}-model`}>
          <h3 id={`${uid}-model`} className="task-panel__h">
            {t('taskEdit.panel.model', { scenario: scenarioLabel(t, scenario) })}
          </h3>
          {model.status !== 'ready' ? (
            <p className="explain-muted">{t(model.status === 'loading' ? 'taskEdit.panel.modelLoading' : 'taskEdit.panel.modelUnavailable')}</p>
          ) : (
            <dl className="evidence evidence--model" data-testid="task-model">
              <div>
                <dt>{t('taskEdit.panel.modelAutomated')}</dt>
                <dd data-testid="model-automated">
                  {pct(model.automated.used)}
                  {existing?.automation !== undefined ? <span className="evidence__meaning"> ({t('taskEdit.panel.fromModel', { value: pct(model.automated.model) })})</span> : null}
                </dd>
              </div>
              <div>
                <dt>{t('taskEdit.panel.modelAugmented')}</dt>
                <dd data-testid="model-augmented">
                  {pct(model.augmented.used)}
                  {existing?.augmentation !== undefined ? <span className="evidence__meaning"> ({t('taskEdit.panel.fromModel', { value: pct(model.augmented.model) })})</span> : null}
                </dd>
              </div>
            </dl>
          )}
          {model.status === 'ready' ? <p className="evidence__note">{t('taskEdit.panel.modelNote')}</p> : null}
        </section>

        <section aria-labelledby={`${uid}-form`}>
          <h3 id={`${uid}-form`} className="task-panel__h">
            {t('taskEdit.form.title', { scenario: scenarioLabel(t, scenario) })}
          </h3>
          {existing ? (
            <p data-testid="task-override-current">
              <span className="tag scenario-tag">{t('taskEdit.overridden')}</span> “{existing.reason}”
            </p>
          ) : null}
          <p className="explain-muted">{t('taskEdit.form.lead')}</p>
          <form onSubmit={(e) => void submit(e)} noValidate className="override-form">
            <div className="override-form__pair">
              {(
                [
                  ['automation', auto, setAuto, autoBad] as const,
                  ['augmentation', aug, setAug, augBad] as const,
                ]
              ).map(([key, value, setValue, bad]) => (
                <div className="field" key={key}>
                  <label className="field__label" htmlFor={`${uid}-${key}`}>
                    {t(`taskEdit.form.${key}`)}
                  </label>
                  <input
                    id={`${uid}-${key}`}
                    type="text"
                    inputMode="decimal"
                    className="field__control override-form__number"
                    placeholder={t('taskEdit.form.empty')}
                    value={value}
                    aria-invalid={bad || undefined}
                    aria-describedby={bad ? `${uid}-${key}-err` : undefined}
                    data-testid={`override-${key}`}
                    onChange={(e) => {
                      setDone(null);
                      setValue(e.target.value);
                    }}
                  />
                  {bad ? (
                    <span className="field-error" id={`${uid}-${key}-err`}>
                      {fieldError(bad)}
                    </span>
                  ) : null}
                </div>
              ))}
            </div>
            {tried && none && !autoBad && !augBad ? (
              <p className="field-error" role="alert" data-testid="override-need-one">
                {t('taskEdit.form.needOne')}
              </p>
            ) : null}
            <ReasonField
              id={uid}
              label={existing ? `${t('taskEdit.form.reason')} · ${t('taskEdit.form.removeReason')}` : t('taskEdit.form.reason')}
              hint={t('taskEdit.form.reasonHint')}
              missing={t('taskEdit.form.reasonMissing')}
              value={reason}
              onChange={setReason}
              showError={tried && !reasonOk}
              rows={3}
              testId="override-reason"
              inputRef={reasonRef}
            />
            {saveState.status === 'error' && saveState.error && tried ? <ErrorBanner what={t('taskEdit.form.error')} error={saveState.error} testId="override-error" /> : null}
            <div className="mix-actions">
              <button type="submit" className="button button--primary" disabled={busy} data-testid="override-save">
                {busy ? t('taskEdit.form.saving') : t('taskEdit.form.save')}
              </button>
              {existing ? (
                <button type="button" className="button" disabled={busy} data-testid="override-remove" onClick={() => void remove()}>
                  {t('taskEdit.form.remove')}
                </button>
              ) : null}
              <span role="status" className="mix-done" data-testid="override-done">
                {done === 'saved' ? t('taskEdit.form.saved', { scenario: scenarioLabel(t, scenario) }) : done === 'removed' ? t('taskEdit.form.removed', { scenario: scenarioLabel(t, scenario) }) : ''}
              </span>
            </div>
          </form>
        </section>
      </div>
    </div>,
    document.body,
  );
}
