/**
 * The scenario editor: adoption curves per task category, the exposure table, levers, risk thresholds and
 * transition rules — each with unit, default, source and reset — while the charts beside follow the draft.
 * The model runs in the Web Worker (store → workers/modelClient); the charts keep the last result until the
 * next one arrives. Save writes through scenario.save with a reason (audit log).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../shared/domain/scenario';
import { TASK_CATEGORIES, type Assumptions, type Source } from '../../../../shared/domain/types';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat, type MessageKey, type Translate } from '../../i18n';
import { useAppStore } from '../../state/store';
import { ImpactCharts } from '../dashboard/ImpactCharts';
import { totalsAtHorizon } from '../dashboard/shape';
import { AssumptionField, type FieldUnit } from './AssumptionField';

type Section = 'adoption' | 'exposure' | 'levers' | 'risk' | 'transitions';

interface Spec {
  id: string;
  label: string;
  unit: FieldUnit;
  min: number;
  max: number;
  step: number;
  get: (s: Scenario) => number;
  set: (s: Scenario, v: number) => Scenario;
  sourceIds?: string[];
  sourceNote?: string;
}

export function ScenarioEditor() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const name = useAppStore((s) => s.editorName);
  const state = useAppStore((s) => s.editorState);
  const draft = useAppStore((s) => s.editorDraft);
  const saved = useAppStore((s) => s.editorSaved);
  const defaults = useAppStore((s) => s.editorDefaults);
  const inputs = useAppStore((s) => s.editorInputs);
  const preview = useAppStore((s) => s.editorPreview);
  const rev = useAppStore((s) => s.editorRev);
  const update = useAppStore((s) => s.updateDraft);
  const reset = useAppStore((s) => s.resetDraft);
  const save = useAppStore((s) => s.saveDraft);
  const saveState = useAppStore((s) => s.editorSaveState);
  const open = useAppStore((s) => s.openEditor);
  const sources = useAppStore((s) => s.explainSources);
  const loadSources = useAppStore((s) => s.loadExplainSources);
  const [section, setSection] = useState<Section>('adoption');
  const [reason, setReason] = useState('');
  const [savedNote, setSavedNote] = useState(false);

  useEffect(() => {
    loadSources().catch(() => {});
  }, [loadSources]);

  const specs = useMemo(() => (inputs ? buildSpecs(t, inputs.assumptions) : null), [inputs, t]);
  const dirty = useMemo(() => draft !== saved && JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);

  if (!name) return <EmptyState title={t('scenarios.editor.pick')} testId="editor-empty" />;
  if (state.status === 'error' && state.error) return <ErrorBanner what={t('scenarios.editor.loadError')} error={state.error} onRetry={() => void open(name)} testId="editor-error" />;
  if (!draft || !specs || !defaults) return <Loading label={t('scenarios.editor.loading')} testId="editor-loading" />;

  const sourceText = (spec: Spec) => {
    if (spec.sourceNote) return spec.sourceNote;
    const titles = (spec.sourceIds ?? []).map((id) => (sources?.[id] as Source | undefined)?.title ?? id);
    return titles.length ? t('scenarios.field.source', { list: titles.slice(0, 2).join('; ') + (titles.length > 2 ? ' …' : '') }) : undefined;
  };
  const total = preview.result ? totalsAtHorizon(preview.result) : null;
  const stale = preview.rev !== rev;
  const reasonOk = reason.trim().length >= 3;

  return (
    <div className="editor" data-testid="scenario-editor">
      <div className="editor__form">
        <div className="panel">
          <div className="panel__header">
            <h2 className="panel__title">{t('scenarios.editor.title', { name })}</h2>
            {dirty ? <span className="badge badge--soon">{t('scenarios.editor.unsaved')}</span> : null}
          </div>
          <div className="segmented editor__tabs" role="group" aria-label={t('scenarios.editor.sections')}>
            {(['adoption', 'exposure', 'levers', 'risk', 'transitions'] as const).map((s) => (
              <button key={s} type="button" className="segmented__button" aria-pressed={section === s} data-testid={`section-${s}`} onClick={() => setSection(s)}>
                {t(`scenarios.section.${s}`)}
              </button>
            ))}
          </div>
          <p className="panel__note">{t(`scenarios.sectionHint.${section}`)}</p>
          {section === 'adoption' ? (
            TASK_CATEGORIES.map((c) => (
              <fieldset key={c} className="editor__group">
                <legend>{t(`category.${c}`)}</legend>
                {specs.adoption[c].map((spec) => (
                  <AssumptionField key={spec.id} {...fieldProps(spec, draft, defaults, update)} source={sourceText(spec)} />
                ))}
              </fieldset>
            ))
          ) : (
            <fieldset className="editor__group">
              <legend className="visually-hidden">{t(`scenarios.section.${section}`)}</legend>
              {specs[section].map((spec) => (
                <AssumptionField key={spec.id} {...fieldProps(spec, draft, defaults, update)} source={sourceText(spec)} />
              ))}
            </fieldset>
          )}
        </div>
        <form
          className="panel editor__save"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!reasonOk) return;
            const ok = await save(reason.trim());
            if (ok) {
              setReason('');
              setSavedNote(true);
            }
          }}
        >
          <label className="field__label" htmlFor="save-reason">
            {t('scenarios.editor.reason')}
          </label>
          <textarea
            id="save-reason"
            className="field__control"
            rows={2}
            value={reason}
            data-testid="save-reason"
            onChange={(e) => {
              setReason(e.target.value);
              setSavedNote(false);
            }}
            placeholder={t('scenarios.editor.reasonPlaceholder')}
          />
          {saveState.status === 'error' && saveState.error ? <ErrorBanner what={t('scenarios.editor.saveError')} error={saveState.error} testId="save-error" /> : null}
          <div className="editor__buttons">
            <button type="submit" className="button" disabled={!dirty || !reasonOk || saveState.status === 'loading'} data-testid="save-scenario">
              {t('scenarios.editor.save')}
            </button>
            <button type="button" className="button button--quiet" disabled={!dirty} onClick={reset} data-testid="discard-draft">
              {t('scenarios.editor.discard')}
            </button>
            {savedNote ? (
              <span role="status" className="editor__saved">
                {t('scenarios.editor.saved')}
              </span>
            ) : null}
          </div>
          {dirty && !reasonOk ? <p className="panel__note">{t('scenarios.editor.reasonNeeded')}</p> : null}
        </form>
      </div>
      <div className="editor__charts" data-testid="editor-charts" data-rev={preview.rev} data-draft-rev={rev} aria-busy={stale}>
        {preview.error ? <p role="alert">{t('scenarios.editor.modelError', { message: preview.error })}</p> : null}
        {!preview.result ? (
          <Loading label={t('scenarios.editor.computing')} />
        ) : (
          <>
            <p className="editor__headline" data-testid="preview-headline">
              {t('scenarios.editor.headline', {
                fte: fmt.number(total?.fteFreed ?? 0, 1),
                hours: fmt.number(total?.hoursFreed ?? 0),
                year: preview.result.horizonYear,
              })}
              {preview.ms !== null ? <span className="editor__ms"> · {t('scenarios.editor.ms', { ms: fmt.number(preview.ms, 1) })}</span> : null}
            </p>
            <ImpactCharts result={preview.result} idPrefix="edit" rev={preview.rev} compact />
          </>
        )}
      </div>
    </div>
  );
}

function fieldProps(spec: Spec, draft: Scenario, defaults: Scenario, update: (r: (s: Scenario) => Scenario) => void) {
  return {
    id: spec.id,
    label: spec.label,
    unit: spec.unit,
    min: spec.min,
    max: spec.max,
    step: spec.step,
    value: spec.get(draft),
    defaultValue: spec.get(defaults),
    onChange: (v: number) => update((s) => spec.set(s, v)),
  };
}

type T = Translate;

function buildSpecs(t: T, a: Assumptions) {
  const adoption = Object.fromEntries(
    TASK_CATEGORIES.map((c) => {
      const ids = a.adoptionPresets.expected[c]?.sourceIds ?? [];
      const curve = (s: Scenario) => s.adoption[c];
      const setCurve = (s: Scenario, patch: Partial<Scenario['adoption'][typeof c]>): Scenario => ({ ...s, adoption: { ...s.adoption, [c]: { ...s.adoption[c], ...patch } } });
      const list: Spec[] = [
        { id: `${c}-midpoint`, label: t('scenarios.field.midpoint'), unit: 'year', min: 2020, max: 2045, step: 0.5, get: (s) => curve(s).midpoint, set: (s, v) => setCurve(s, { midpoint: v }), sourceIds: ids },
        { id: `${c}-steepness`, label: t('scenarios.field.steepness'), unit: 'perYear', min: 0.1, max: 3, step: 0.05, get: (s) => curve(s).steepness, set: (s, v) => setCurve(s, { steepness: v }), sourceIds: ids },
        { id: `${c}-ceiling`, label: t('scenarios.field.ceiling'), unit: 'share', min: 0, max: 1, step: 0.01, get: (s) => curve(s).ceiling, set: (s, v) => setCurve(s, { ceiling: v }), sourceIds: ids },
      ];
      return [c, list];
    }),
  ) as Record<(typeof TASK_CATEGORIES)[number], Spec[]>;
  const exIds = a.exposurePresets.expected.sourceIds;
  const exposure: Spec[] = [
    ...(['E0', 'E1', 'E2'] as const).map<Spec>((e) => ({
      id: `aug-${e}`,
      label: t('scenarios.field.augmentation', { level: e }),
      unit: 'share',
      min: 0,
      max: 1,
      step: 0.01,
      get: (s) => s.exposure.augmentationByExposure[e],
      set: (s, v) => ({ ...s, exposure: { ...s.exposure, augmentationByExposure: { ...s.exposure.augmentationByExposure, [e]: v } } }),
      sourceIds: exIds,
    })),
    ...(['T0', 'T1', 'T2', 'T3', 'T4'] as const).map<Spec>((l) => ({
      id: `auto-${l}`,
      label: t('scenarios.field.automation', { level: l }),
      unit: 'share',
      min: 0,
      max: 1,
      step: 0.01,
      get: (s) => s.exposure.automationByLevel[l],
      set: (s, v) => ({ ...s, exposure: { ...s.exposure, automationByLevel: { ...s.exposure.automationByLevel, [l]: v } } }),
      sourceIds: exIds,
    })),
    { id: 'realism', label: t('scenarios.field.realism'), unit: 'share', min: 0, max: 1, step: 0.01, get: (s) => s.exposure.realismFactor, set: (s, v) => ({ ...s, exposure: { ...s.exposure, realismFactor: v } }), sourceIds: exIds },
  ];
  const d = a.defaults;
  const lever = (id: keyof Scenario['levers'], unit: FieldUnit, min: number, max: number, step: number, ids: string[]): Spec => ({
    id: `lever-${id}`,
    label: t(`scenarios.lever.${id}` as MessageKey),
    unit,
    min,
    max,
    step,
    get: (s) => Number(s.levers[id] ?? 0),
    set: (s, v) => ({ ...s, levers: { ...s.levers, [id]: v } }),
    sourceIds: ids,
  });
  const levers: Spec[] = [
    lever('reinvestAutomated', 'share', 0, 1, 0.01, d.reinvestAutomated.sourceIds),
    lever('reinvestAugmented', 'share', 0, 1, 0.01, d.reinvestAugmented.sourceIds),
    lever('attritionCustomerService', 'share', 0, 0.6, 0.01, d.attritionCustomerService.sourceIds),
    lever('attritionOther', 'share', 0, 0.6, 0.01, d.attritionOther.sourceIds),
    lever('weeklyLearningHours', 'hours', 0.5, 40, 0.5, d.weeklyLearningHours.sourceIds),
    lever('recruitingCost', 'eur', 0, 50000, 100, d.recruitingCost.sourceIds),
    lever('onboardingMonths', 'months', 0, 24, 0.5, d.onboardingMonthsProfessional.sourceIds),
    lever('transitionPaymentCap', 'eur', 0, 200000, 500, d.transitionPaymentCap.sourceIds),
  ];
  const note = t('scenarios.field.productDefault');
  const risk: Spec[] = [
    { id: 'risk-high', label: t('scenarios.field.riskHigh'), unit: 'share', min: 0, max: 1, step: 0.01, get: (s) => s.risk.high, set: (s, v) => ({ ...s, risk: { high: v, medium: Math.min(s.risk.medium, v) } }), sourceNote: note },
    { id: 'risk-medium', label: t('scenarios.field.riskMedium'), unit: 'share', min: 0, max: 1, step: 0.01, get: (s) => s.risk.medium, set: (s, v) => ({ ...s, risk: { medium: v, high: Math.max(s.risk.high, v) } }), sourceNote: note },
  ];
  const rule = (id: keyof Scenario['transitions'], unit: FieldUnit, min: number, max: number, step: number): Spec => ({
    id: `rule-${id}`,
    label: t(`scenarios.rule.${id}`),
    unit,
    min,
    max,
    step,
    get: (s) => s.transitions[id],
    set: (s, v) => ({ ...s, transitions: { ...s.transitions, [id]: v } }),
    sourceNote: note,
  });
  const transitions: Spec[] = [rule('maxJobZoneDistance', 'count', 0, 4, 1), rule('minFit', 'share', 0, 1, 0.01), rule('maxWeeksToReady', 'weeks', 1, 156, 1), rule('wageTolerance', 'share', 0, 0.5, 0.01), rule('lambda', 'plain', 0, 3, 0.05)];
  return { adoption, exposure, levers, risk, transitions };
}
