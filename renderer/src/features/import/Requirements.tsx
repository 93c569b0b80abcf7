/**
 * The fields every file must give, which of them this file gives, where FTE comes from, and the full-time week
 * used to derive FTE from weekly hours (editable; the core remembers the one last imported with).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRequirements } from '../../../../shared/api/import-dto';
import { FULL_TIME_HOURS } from '../../../../shared/api/limits';

export function Requirements({ req, onFullTimeHours }: { req: ImportRequirements; onFullTimeHours(h: number): void }) {
  const { t } = useTranslation();
  const id = useId();
  const others = req.derivations.filter((d) => d !== req.fteFrom);
  return (
    <div className="imp-requirements" data-testid="import-requirements" data-fte-from={req.fteFrom ?? ''}>
      <h4 className="imp-section__subtitle">{t('importer.requirements.heading')}</h4>
      <p className="panel__note">{t('importer.requirements.intro')}</p>
      <ul className="imp-required">
        {req.required.map((f) => (
          <li key={f} data-testid="import-required" data-field={f} data-missing={req.missing.includes(f) ? 'true' : 'false'}>
            {t(`importer.requirements.${f}`)}: {req.missing.includes(f) ? <strong className="imp-blocked">{t('importer.requirements.missing')}</strong> : t('importer.requirements.present')}
          </li>
        ))}
      </ul>
      <p className="panel__meta" data-testid="import-fte-from">
        {t(`importer.requirements.fteFrom.${req.fteFrom ?? 'none'}`)}
        {others.length > 0 ? ` ${t('importer.requirements.derivations', { list: others.map((d) => t(`importer.requirements.derivation.${d}`)).join(', ') })}` : ''}
      </p>
      {req.fteFrom === 'hours' || req.derivations.includes('hours') ? (
        <div className="field imp-fulltime">
          <label className="field__label" htmlFor={`${id}-ft`}>
            {t('importer.requirements.fullTime')}
          </label>
          <input
            id={`${id}-ft`}
            className="field__control"
            type="number"
            min={FULL_TIME_HOURS.min}
            max={FULL_TIME_HOURS.max}
            step={0.5}
            defaultValue={req.fullTimeHours}
            aria-describedby={`${id}-ft-hint`}
            data-testid="import-full-time"
            onBlur={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v) && v >= FULL_TIME_HOURS.min && v <= FULL_TIME_HOURS.max && v !== req.fullTimeHours) onFullTimeHours(v);
            }}
          />
          <span className="imp-hint" id={`${id}-ft-hint`}>
            {t('importer.requirements.fullTimeHint', { default: FULL_TIME_HOURS.default, min: FULL_TIME_HOURS.min, max: FULL_TIME_HOURS.max })}
          </span>
        </div>
      ) : null}
    </div>
  );
}
