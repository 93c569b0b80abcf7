/**
 * The scenario editor: adoption curves per task category, the exposure table, levers, risk thresholds and
 * transition rules — each with unit, default, source and reset — while the charts beside follow the draft.
 * The model runs in the Web Worker (store → workers/modelClient); the charts keep the last result until the
 * next one arrives. Save writes through scenario.save with a reason (audit log).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../shared/domain/scenario';
import { ATTRITION_FAMILIES, CONTRACT_TYPES, type AttritionFamily } from '../../../../shared/domain/attrition';
import { SCENARIO_BOUNDS as B, type Bound } from '../../../../shared/domain/scenarioBounds';
import { TASK_CATEGORIES, type Assumptions, type Source } from '../../../../shared/domain/types';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat, type MessageKey, type Translate } from '../../i18n';
import { useAppStore } from '../../state/store';
import { ImpactCharts } from '../dashboard/ImpactCharts';
import { totalsAtHorizon } from '../dashboard/shape';
import { AssumptionField, type FieldUnit } from './AssumptionField';
import { scenarioLabel } from '../../i18n/scenarioText';

type Section = 'adoption' | 'exposure' | 'levers' | 'attrition' | 'risk' | 'transitions';
const SECTIONS: readonly Section[] = ['adoption', 'exposure', 'levers', 'attrition', 'risk', 'transitions'];

interface Spec {
  id: string;
  label: string;
  unit: FieldUnit;
  min: number;
  max: number;
  step: number;
  slider?: { min: number; max: number };
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
    // Source titles as published (English), marked so for screen readers.
    return titles.length ? (
      <>
        {t('scenarios.field.source')} <span lang="en">{titles.slice(0, 2).join('; ') + (titles.length > 2 ? ' …' : '')}</span>
      </>
    ) : undefined;
  };
  const total = preview.result ? totalsAtHorizon(preview.result) : null;
  const stale = preview.rev !== rev;
  const reasonOk = reason.trim().length >= 3;

  return (
    <div className="editor" data-testid="scenario-editor">
      <div className="editor__form">
        <div className="panel">
          <div className="panel__header">
            <h2 className="panel__title">{t('scenarios.editor.title', { name: scenarioLabel(t, name) })}</h2>
            {dirty ? <span className="badge badge--soon">{t('scenarios.editor.unsaved')}</span> : null}
          </div>
          <div className="segmented editor__tabs" role="group" aria-label={t('scenarios.editor.sections')}>
            {SECTIONS.map((s) => (
              <button key={s} type="button" className="segmented__button" aria-pressed={section === s} data-testid={`section-${s}`} onClick={() => setSection(s)}>
                {t(`scenarios.section.${s}`)}
              </button>
            ))}
          </div>
          <p className="panel__note">{t(`scenarios.sectionHint.${section}`)}</p>
          {section === 'adoption' || section === 'attrition' ? (
            (section === 'adoption' ? TASK_CATEGORIES : ATTRITION_FAMILIES).map((c) => (
              <fieldset key={c} className="editor__group">
                <legend>{section === 'adoption' ? t(`category.${c}` as MessageKey) : t(`scenarios.family.${c}` as MessageKey)}</legend>
                {(section === 'adoption' ? specs.adoption[c as (typeof TASK_CATEGORIES)[number]] : specs.attrition[c as AttritionFamily]).map((spec) => (
                  <AssumptionField key={spec.id} {...fieldProps(spec, draft, defaults, update)} source={sourceText(spec)} />
                ))}
              </fieldset>
            ))
          ) : (
            <fieldset className="editor__group">
              <legend className="visually-hidden">{t(`scenarios.section.${section}`)}</legend>
              {specs[section as 'exposure' | 'levers' | 'risk' | 'transitions'].map((spec) => (
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
    slider: spec.slider,
    value: spec.get(draft),
    defaultValue: spec.get(defaults),
    onChange: (v: number) => update((s) => spec.set(s, v)),
  };
}

type T = Translate;

/** min, max, step and slider range of a field, from the one declaration the schema validates with. */
const range = (b: Bound) => ({ min: b.min, max: b.max, step: b.step, slider: b.slider });

function buildSpecs(t: T, a: Assumptions) {
  const adoption = Object.fromEntries(
    TASK_CATEGORIES.map((c) => {
      const ids = a.adoptionPresets.expected[c]?.sourceIds ?? [];
      const curve = (s: Scenario) => s.adoption[c];
      const setCurve = (s: Scenario, patch: Partial<Scenario['adoption'][typeof c]>): Scenario => ({ ...s, adoption: { ...s.adoption, [c]: { ...s.adoption[c], ...patch } } });
      const list: Spec[] = [
        { id: `${c}-midpoint`, label: t('scenarios.field.midpoint'), unit: 'year', ...range(B.adoption.midpoint), get: (s) => curve(s).midpoint, set: (s, v) => setCurve(s, { midpoint: v }), sourceIds: ids },
        { id: `${c}-steepness`, label: t('scenarios.field.steepness'), unit: 'perYear', ...range(B.adoption.steepness), get: (s) => curve(s).steepness, set: (s, v) => setCurve(s, { steepness: v }), sourceIds: ids },
        { id: `${c}-ceiling`, label: t('scenarios.field.ceiling'), unit: 'share', ...range(B.adoption.ceiling), get: (s) => curve(s).ceiling, set: (s, v) => setCurve(s, { ceiling: v }), sourceIds: ids },
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
      ...range(B.exposure.augmentation),
      get: (s) => s.exposure.augmentationByExposure[e],
      set: (s, v) => ({ ...s, exposure: { ...s.exposure, augmentationByExposure: { ...s.exposure.augmentationByExposure, [e]: v } } }),
      sourceIds: exIds,
    })),
    ...(['T0', 'T1', 'T2', 'T3', 'T4'] as const).map<Spec>((l) => ({
      id: `auto-${l}`,
      label: t('scenarios.field.automation', { level: l }),
      unit: 'share',
      ...range(B.exposure.automation),
      get: (s) => s.exposure.automationByLevel[l],
      set: (s, v) => ({ ...s, exposure: { ...s.exposure, automationByLevel: { ...s.exposure.automationByLevel, [l]: v } } }),
      sourceIds: exIds,
    })),
    { id: 'realism', label: t('scenarios.field.realism'), unit: 'share', ...range(B.exposure.realismFactor), get: (s) => s.exposure.realismFactor, set: (s, v) => ({ ...s, exposure: { ...s.exposure, realismFactor: v } }), sourceIds: exIds },
  ];
  const d = a.defaults;
  type NumericLever = 'reinvestAutomated' | 'reinvestAugmented' | 'weeklyLearningHours' | 'recruitingCost' | 'onboardingMonths' | 'transitionPaymentCap';
  const lever = (id: NumericLever, unit: FieldUnit, ids: string[]): Spec => ({
    id: `lever-${id}`,
    label: t(`scenarios.lever.${id}` as MessageKey),
    unit,
    ...range(B.levers[id]),
    get: (s) => Number(s.levers[id] ?? 0),
    set: (s, v) => ({ ...s, levers: { ...s.levers, [id]: v } }),
    sourceIds: ids,
  });
  const levers: Spec[] = [
    lever('reinvestAutomated', 'share', d.reinvestAutomated.sourceIds),
    lever('reinvestAugmented', 'share', d.reinvestAugmented.sourceIds),
    lever('weeklyLearningHours', 'hours', d.weeklyLearningHours.sourceIds),
    lever('recruitingCost', 'eur', d.recruitingCost.sourceIds),
    lever('onboardingMonths', 'months', d.onboardingMonthsProfessional.sourceIds),
    lever('transitionPaymentCap', 'eur', d.transitionPaymentCap.sourceIds),
  ];
  // Contact-centre rates cite EVIDENCE J; the other families use the national-average assumption.
  const attritionIds = (f: AttritionFamily) => (f === 'customerContact' ? [...d.attritionCustomerService.sourceIds, ...(d.attritionOutsourced?.sourceIds ?? [])] : d.attritionOther.sourceIds);
  const attrition = Object.fromEntries(
    ATTRITION_FAMILIES.map((f) => {
      const list: Spec[] = CONTRACT_TYPES.map((c) => ({
        id: `attrition-${f}-${c}`,
        label: t(`scenarios.contract.${c}`),
        unit: 'share',
        ...range(B.levers.attrition),
        get: (s) => s.levers.attrition.rates[f][c],
        set: (s, v) => ({ ...s, levers: { ...s.levers, attrition: { ...s.levers.attrition, rates: { ...s.levers.attrition.rates, [f]: { ...s.levers.attrition.rates[f], [c]: v } } } } }),
        sourceIds: attritionIds(f),
      }));
      if (f === 'customerContact')
        list.push({
          id: 'attrition-fixedTermRenewal',
          label: t('scenarios.lever.fixedTermRenewal'),
          unit: 'share',
          ...range(B.levers.fixedTermRenewal),
          get: (s) => s.levers.attrition.fixedTermRenewal,
          set: (s, v) => ({ ...s, levers: { ...s.levers, attrition: { ...s.levers.attrition, fixedTermRenewal: v } } }),
          sourceIds: d.fixedTermRenewal?.sourceIds,
          sourceNote: d.fixedTermRenewal ? undefined : t('scenarios.field.renewalAssumption'),
        });
      return [f, list];
    }),
  ) as Record<AttritionFamily, Spec[]>;
  const note = t('scenarios.field.productDefault');
  const risk: Spec[] = [
    { id: 'risk-high', label: t('scenarios.field.riskHigh'), unit: 'share', ...range(B.risk.high), get: (s) => s.risk.high, set: (s, v) => ({ ...s, risk: { high: v, medium: Math.min(s.risk.medium, v) } }), sourceNote: note },
    { id: 'risk-medium', label: t('scenarios.field.riskMedium'), unit: 'share', ...range(B.risk.medium), get: (s) => s.risk.medium, set: (s, v) => ({ ...s, risk: { medium: v, high: Math.max(s.risk.high, v) } }), sourceNote: note },
  ];
  const rule = (id: keyof Scenario['transitions'], unit: FieldUnit): Spec => ({
    id: `rule-${id}`,
    label: t(`scenarios.rule.${id}`),
    unit,
    ...range(B.transitions[id]),
    get: (s) => s.transitions[id],
    set: (s, v) => ({ ...s, transitions: { ...s.transitions, [id]: v } }),
    sourceNote: note,
  });
  const transitions: Spec[] = [rule('maxJobZoneDistance', 'count'), rule('minFit', 'share'), rule('maxWeeksToReady', 'weeks'), rule('wageTolerance', 'share'), rule('lambda', 'plain')];
  return { adoption, exposure, levers, attrition, risk, transitions };
}
