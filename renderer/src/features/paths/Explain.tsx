/**
 * The explanation button for figures that carry an Explanation. The shared side panel
 * (features/explain/ExplainPanel.tsx, same props) is being built by a colleague; until it lands this
 * stand-in shows the formula id and the inputs inline, so every figure still explains itself.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../../shared/domain/explain';

export function ExplainButton({ explanation, load, label, children }: { explanation?: Explanation; load?: () => Promise<Explanation>; label: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Explanation | null>(explanation ?? null);
  const shown = explanation ?? loaded;
  const toggle = () => {
    if (!open && !shown && load) void load().then(setLoaded, () => setLoaded(null));
    setOpen(!open);
  };
  return (
    <span className="rk-explain">
      <button type="button" className="rk-explain__button" aria-expanded={open} aria-controls={id} onClick={toggle} title={t('paths.common.explain', { what: label })}>
        {children ?? label}
        <span className="visually-hidden"> · {t('paths.common.explain', { what: label })}</span>
      </button>
      {open ? (
        <span id={id} className="rk-explain__box" role="note">
          {shown ? (
            <>
              <code>{shown.formula}</code> = {String(typeof shown.value === 'number' ? Math.round(shown.value * 1000) / 1000 : shown.value)}
              {shown.inputs.map((i) => (
                <span key={i.name} className="rk-explain__input">
                  {t(i.name, { defaultValue: i.name })}: {String(i.value)}
                  {i.unit ? ` ${i.unit}` : ''}
                </span>
              ))}
            </>
          ) : (
            t('common.loading')
          )}
        </span>
      ) : null}
    </span>
  );
}
