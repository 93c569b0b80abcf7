/**
 * One editable assumption: a slider and a number field side by side, the unit, the default with its source,
 * and "reset to default". Shares are edited in percent; the store keeps fractions.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';

export type FieldUnit = 'share' | 'year' | 'perYear' | 'hours' | 'eur' | 'months' | 'weeks' | 'count' | 'plain';

export function AssumptionField({
  id,
  label,
  unit,
  value,
  min,
  max,
  step,
  slider,
  defaultValue,
  source,
  onChange,
}: {
  id: string;
  label: string;
  unit: FieldUnit;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The slider's range when narrower than [min, max] (scenarioBounds.ts); the number field takes [min, max]. */
  slider?: { min: number; max: number };
  defaultValue: number | null;
  source?: ReactNode;
  onChange: (v: number) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scale = unit === 'share' ? 100 : 1;
  const shown = (v: number) =>
    unit === 'share' ? fmt.percent(v, 0) : unit === 'eur' ? fmt.money(v, true) : unit === 'year' ? String(Math.round(v * 10) / 10) : fmt.number(v, step < 1 ? (step < 0.1 ? 2 : 1) : 0);
  const [text, setText] = useState(String(round(value * scale, step * scale)));
  useEffect(() => setText(String(round(value * scale, step * scale))), [value, scale, step]);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const changed = defaultValue !== null && Math.abs(defaultValue - value) > 1e-9;

  return (
    <div className={changed ? 'afield afield--changed' : 'afield'} data-testid={`field-${id}`}>
      <label className="afield__label" htmlFor={`${id}-range`}>
        {label}
        <span className="afield__unit"> ({t(`scenarios.unit.${unit}`)})</span>
      </label>
      <div className="afield__controls">
        <input
          id={`${id}-range`}
          type="range"
          min={(slider?.min ?? min) * scale}
          max={(slider?.max ?? max) * scale}
          step={step * scale}
          value={value * scale}
          data-testid={`slider-${id}`}
          aria-valuetext={shown(value)}
          onChange={(e) => onChange(clamp(Number(e.target.value) / scale))}
        />
        <input
          type="number"
          className="field__control afield__number"
          aria-label={`${label} (${t(`scenarios.unit.${unit}`)})`}
          min={min * scale}
          max={max * scale}
          step={step * scale}
          value={text}
          data-testid={`number-${id}`}
          onChange={(e) => {
            setText(e.target.value);
            const v = Number(e.target.value.replace(',', '.'));
            if (e.target.value !== '' && Number.isFinite(v)) onChange(clamp(v / scale));
          }}
        />
      </div>
      <div className="afield__meta">
        {defaultValue !== null ? (
          <span>
            {t('scenarios.field.default', { value: shown(defaultValue) })}
            {source ? <span className="afield__source"> · {source}</span> : null}
          </span>
        ) : null}
        {changed ? (
          <button type="button" className="link-button" data-testid={`reset-${id}`} onClick={() => onChange(defaultValue!)}>
            {t('scenarios.field.reset')}
            <span className="visually-hidden"> {label}</span>
          </button>
        ) : null}
      </div>
    </div>
  );
}

function round(v: number, step: number): number {
  const digits = step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(step)));
  return Number(v.toFixed(digits));
}
