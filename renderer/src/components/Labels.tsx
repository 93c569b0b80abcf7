/** Exposure (E0/E1/E2) and automation (T0–T4) labels as small badges with a plain-language tooltip. */
import { useTranslation } from 'react-i18next';
import type { AutomationLabel, ExposureLabel } from '../../../shared/domain/types';
import { EXPOSURE } from './charts/palette';

export function ExposureBadge({ label }: { label: ExposureLabel | null }) {
  const { t } = useTranslation();
  const key = label ?? 'none';
  const tip = t(`exposure.${key}.tip`);
  return (
    <span className={`label label--${key}`} title={tip}>
      <span className="label__swatch" style={{ backgroundColor: EXPOSURE[key] }} aria-hidden="true" />
      <span className="label__code">{t(`exposure.${key}.short`)}</span>
      <span className="label__text">{t(`exposure.${key}.label`)}</span>
      <span className="visually-hidden">. {tip}</span>
    </span>
  );
}

export function AutomationBadge({ label }: { label: AutomationLabel | null }) {
  const { t } = useTranslation();
  const key = label ?? 'none';
  const tip = t(`automation.${key}.tip`);
  const level = label ? Number(label.slice(1)) : 0;
  return (
    <span className="label label--automation" title={tip}>
      <span className="meter" aria-hidden="true">
        {[1, 2, 3, 4].map((i) => (
          <span key={i} className={i <= level ? 'meter__pip meter__pip--on' : 'meter__pip'} />
        ))}
      </span>
      <span className="label__code">{t(`automation.${key}.short`)}</span>
      <span className="label__text">{t(`automation.${key}.label`)}</span>
      <span className="visually-hidden">. {tip}</span>
    </span>
  );
}
