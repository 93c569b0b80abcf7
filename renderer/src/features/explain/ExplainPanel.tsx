/**
 * "Every number can explain itself" (design principle 2): a figure drawn as a button that opens the same
 * side panel everywhere — the formula in words, the inputs with values and units, labelled assumptions,
 * the sources cited, overrides with their reasons, and a link to the Methodology screen.
 * Owns: ExplainButton, ExplainPanel, formatExplainValue.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExplainInput, Explanation } from '../../../../shared/domain/explain';
import type { Source } from '../../../../shared/domain/types';
import { toApiError, type ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/EmptyState';
import { useFormat, type MessageKey } from '../../i18n';
import type { Formatters } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import './explain.css';
import { dialogKeyHandler } from '../../components/dialogKeys';

type Value = Explanation['value'];

/** Message key of a formula id (dots become underscores: i18next nests on dots). */
const formulaKey = (id: string) => `formula.${id.replace(/\./g, '_')}`;
/** Message key of an input name such as "input.component.fit". */
const inputKey = (name: string) => `input.${(name.startsWith('input.') ? name.slice(6) : name).replace(/\./g, '_')}`;

/** A value with its unit, through Intl for the current language. */
function formatExplainValue(value: Value, unit: string | undefined, fmt: Formatters, t: TFunction): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return t(value ? 'explain.yes' : 'explain.no');
  if (typeof value === 'string') return t(`explain.value.${value}`, { defaultValue: value });
  switch (unit) {
    case 'share':
    case 'rate':
      return fmt.percent(value, Math.abs(value) < 0.1 && value !== 0 ? 1 : 0);
    case 'fte':
      return t('explain.unit.fte', { n: fmt.number(value, 1) });
    case 'hours':
      return t('explain.unit.hours', { n: fmt.number(value, value < 100 ? 1 : 0) });
    case 'eur':
      return fmt.money(value, Math.abs(value) < 1000);
    case 'weeks':
      return t('explain.unit.weeks', { n: fmt.number(value, 1) });
    case 'year':
      return value >= 1900 ? String(value) : t('explain.unit.years', { n: fmt.number(value, value % 1 ? 1 : 0) });
    case 'count':
      return fmt.number(value, value % 1 ? 1 : 0);
    default:
      return fmt.number(value, value % 1 ? 2 : 0);
  }
}

function unitOfFormula(formula: string): string | undefined {
  if (/Share$|fairnessRatio|similarity|fit|score|assignmentValue/.test(formula) || formula.startsWith('task.')) return 'share';
  if (/hoursFreed|reskill\.hours/.test(formula)) return 'hours';
  if (/fte|Fte|workforce\.(demand|supply|surplus|shortfall|hires|hiresNeeded|leavers|flows)/.test(formula)) return 'fte';
  if (/cost|Cost|Payment|Pay|recruiting|onboarding|businessCase|replace|backfill|reskill\.hire/.test(formula)) return 'eur';
  if (/weeks/.test(formula)) return 'weeks';
  if (/candidates|openings|doors|assignment/.test(formula)) return 'count';
  return undefined;
}

export function ExplainButton({
  explanation,
  load,
  label,
  children,
  testId,
}: {
  explanation?: Explanation;
  load?: () => Promise<Explanation>;
  label: string;
  children?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    // Focus goes back to the figure that opened the panel.
    requestAnimationFrame(() => button.current?.focus());
  }, []);
  const disabled = !explanation && !load;
  const shown = children ?? (explanation ? formatExplainValue(explanation.value, unitOfFormula(explanation.formula), fmt, t) : '–');
  if (disabled) return <span className="explain-value">{shown}</span>;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="explain-link"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('explain.how')}
        data-testid={testId ?? 'explain-button'}
        onClick={() => setOpen(true)}
      >
        {shown}
        <span className="visually-hidden">
          {' '}
          — {label}. {t('explain.how')}
        </span>
      </button>
      {open ? <ExplainPanel label={label} explanation={explanation} load={load} onClose={close} /> : null}
    </>
  );
}

export function ExplainPanel({
  label,
  explanation: given,
  load,
  onClose,
}: {
  label: string;
  explanation?: Explanation;
  load?: () => Promise<Explanation>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const loadSources = useAppStore((s) => s.loadExplainSources);
  const sources = useAppStore((s) => s.explainSources);
  const setScreen = useAppStore((s) => s.setScreen);
  const [explanation, setExplanation] = useState<Explanation | null>(given ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sourceError, setSourceError] = useState<ApiError | null>(null);

  const fetchExplanation = useCallback(() => {
    if (given || !load) return;
    setError(null);
    load()
      .then(setExplanation)
      .catch((e) => setError(toApiError(e)));
  }, [given, load]);

  useEffect(() => {
    fetchExplanation();
  }, [fetchExplanation]);

  useEffect(() => {
    loadSources().catch((e: unknown) => setSourceError(toApiError(e)));
  }, [loadSources]);

  useEffect(() => {
    closeButton.current?.focus();
  }, []);

  const onKeyDown = dialogKeyHandler(dialog, onClose);

  const formula = explanation ? t(formulaKey(explanation.formula), { defaultValue: t('explain.unknownFormula', { id: explanation.formula }) }) : '';

  return createPortal(
    <div className="explain-layer">
      <div className="explain-backdrop" aria-hidden="true" onClick={onClose} />
      <div
        ref={dialog}
        className="explain-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="explain-panel"
        onKeyDown={onKeyDown}
      >
        <header className="explain-panel__header">
          <div>
            <p className="panel__kicker">{t('explain.kicker')}</p>
            <h2 className="explain-panel__title" id={titleId}>
              {label}
            </h2>
          </div>
          <button ref={closeButton} type="button" className="button button--quiet" onClick={onClose} data-testid="explain-close">
            {t('explain.close')}
          </button>
        </header>
        {error ? (
          <ErrorBanner what={t('explain.loadError')} error={error} onRetry={fetchExplanation} testId="explain-error" />
        ) : !explanation ? (
          <Loading label={t('explain.loading')} />
        ) : (
          <div className="explain-panel__body">
            <p className="explain-panel__value" data-testid="explain-value">
              {formatExplainValue(explanation.value, unitOfFormula(explanation.formula), fmt, t)}
            </p>
            <section aria-labelledby={`${titleId}-formula`}>
              <h3 id={`${titleId}-formula`}>{t('explain.formula')}</h3>
              <p data-testid="explain-formula">{formula}</p>
            </section>
            <section aria-labelledby={`${titleId}-inputs`}>
              <h3 id={`${titleId}-inputs`}>{t('explain.inputs')}</h3>
              {explanation.inputs.length === 0 ? (
                <p>{t('explain.noInputs')}</p>
              ) : (
                <table className="table explain-inputs" data-testid="explain-inputs">
                  <caption className="visually-hidden">{t('explain.inputs')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('explain.input')}</th>
                      <th scope="col" className="num">
                        {t('explain.value.heading')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {explanation.inputs.map((input, i) => (
                      <InputRow key={`${input.name}-${i}`} input={input} fmt={fmt} sources={sources} />
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            {explanation.overrides.length > 0 ? (
              <section aria-labelledby={`${titleId}-overrides`}>
                <h3 id={`${titleId}-overrides`}>{t('explain.overrides')}</h3>
                <ul className="explain-overrides" data-testid="explain-overrides">
                  {explanation.overrides.map((o, i) => (
                    <li key={`${o.what}-${i}`}>
                      <span className="tag tag--override">{t('explain.override')}</span> <code>{o.what}</code>:{' '}
                      {t('explain.fromTo', { from: formatOverride(o.from, fmt, t), to: formatOverride(o.to, fmt, t) })}
                      <br />
                      <span className="explain-reason">
                        {t('explain.reason')}: “{o.reason}”
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section aria-labelledby={`${titleId}-sources`}>
              <h3 id={`${titleId}-sources`}>{t('explain.sources')}</h3>
              {sourceError ? <p className="explain-muted">{t('explain.sourcesUnavailable')}</p> : null}
              {explanation.sourceIds.length === 0 ? (
                <p className="explain-muted">{t('explain.noSources')}</p>
              ) : (
                <ul className="explain-sources" data-testid="explain-sources">
                  {explanation.sourceIds.map((id) => {
                    const s = sources?.[id];
                    return (
                      <li key={id}>
                        {/* Titles and citations as published, in English: marked so for screen readers. */}
                        <strong lang="en">{s?.title ?? id}</strong>
                        {s ? (
                          <>
                            {' '}
                            <span className="tag" title={t(`explain.strength.${s.strength}`)}>
                              {t(`explain.strength.${s.strength}`)}
                            </span>
                            <br />
                            <span className="explain-muted" lang="en">
                              {s.citation}
                            </span>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
            <p>
              <button
                type="button"
                className="button button--quiet"
                data-testid="explain-methodology"
                onClick={() => {
                  onClose();
                  setScreen('methodology');
                }}
              >
                {t('explain.methodology')}
              </button>
            </p>
          </div>
        )}
      </div>
    </div>,
    document.body,
  );
}

function formatOverride(v: number | string | null, fmt: Formatters, t: TFunction): string {
  if (typeof v === 'number') return formatExplainValue(v, v <= 1 && v >= 0 ? 'share' : undefined, fmt, t);
  return formatExplainValue(v, undefined, fmt, t);
}

function InputRow({ input, fmt, sources }: { input: ExplainInput & { category?: string; year?: number }; fmt: Formatters; sources: Record<string, Source> | null }) {
  const { t } = useTranslation();
  const key = input.name.startsWith('input.') ? input.name.slice(6) : input.name;
  const name = t(inputKey(input.name), { defaultValue: key });
  const context = [input.category ? t(`category.${input.category}` as MessageKey) : null, input.year ? String(input.year) : null].filter(Boolean).join(' · ');
  const cited = (input.sourceIds ?? []).map((id) => sources?.[id]?.title ?? id);
  return (
    <tr data-testid="explain-input">
      <th scope="row">
        {name}
        {context ? <span className="explain-muted"> ({context})</span> : null}
        {input.isAssumption ? (
          <span className="tag tag--assumption" title={t('explain.assumptionHint')}>
            {t('explain.assumption')}
          </span>
        ) : null}
        {cited.length > 0 ? <div className="explain-muted explain-cite">{t('explain.citing')} <span lang="en">{cited.join('; ')}</span></div> : null}
      </th>
      <td className="num">{formatExplainValue(input.value, input.unit, fmt, t)}</td>
    </tr>
  );
}
