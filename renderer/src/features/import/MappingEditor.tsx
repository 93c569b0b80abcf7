/**
 * The columns of the file and the field each is read as; the planner corrects a choice and the file is checked
 * again. Above it: the fields every file must give, and where FTE comes from (its column, or derived from
 * weekly hours with the full-time week the planner can set, or from a part-time percentage).
 */
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview } from '../../../../shared/api/import-dto';
import { IMPORT_FIELDS } from '../../../../shared/api/import-dto';
import { useFormat } from '../../i18n';
import { Requirements } from './Requirements';

export function MappingEditor({
  preview,
  mapping,
  remembered,
  onChange,
  onFullTimeHours,
}: {
  preview: ImportPreview;
  mapping: Record<string, ImportField>;
  remembered: boolean;
  busy: boolean;
  onChange(header: string, field: ImportField | ''): void;
  onFullTimeHours(hours: number): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="imp-section" aria-labelledby="imp-mapping-heading" data-testid="import-mapping">
      <h3 className="imp-section__title" id="imp-mapping-heading">
        {t('workforce.import.mapping.heading')}
      </h3>
      <Requirements key={preview.requirements.fullTimeHours} req={preview.requirements} onFullTimeHours={onFullTimeHours} />
      <p className="panel__note">{t('workforce.import.mapping.caption')}</p>
      {remembered ? (
        <p className="panel__meta" data-testid="import-remembered">
          {t('workforce.import.mapping.remembered')}
        </p>
      ) : null}
      <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-mapping-heading">
        <table className="table imp-table">
          <thead>
            <tr>
              <th scope="col">{t('workforce.import.mapping.column')}</th>
              <th scope="col">{t('workforce.import.mapping.field')}</th>
              <th scope="col">{t('workforce.import.mapping.how')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => {
              const value = (mapping[c.header] as ImportField | undefined) ?? c.field ?? '';
              return (
                <tr key={`${c.index}-${c.header}`} data-testid="mapping-row" data-header={c.header} data-field={c.field ?? ''}>
                  <th scope="row" className="imp-header">
                    {c.header || `#${c.index + 1}`}
                  </th>
                  <td>
                    <select
                      className="field__control"
                      value={value}
                      aria-label={t('workforce.import.mapping.select', { header: c.header || `#${c.index + 1}` })}
                      data-testid="mapping-select"
                      onChange={(e) => onChange(c.header, e.target.value as ImportField | '')}
                    >
                      {value === '' ? <option value="">{t('workforce.import.mapping.notRecognised')}</option> : null}
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {f === 'team' || f === 'partTimePercent' ? t(`importer.fields.${f}`) : t(`workforce.import.mapping.fields.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={c.by === 'none' ? 'imp-muted' : undefined}>
                    {t(`workforce.import.mapping.by.${c.by}`, { pct: fmt.percent(c.confidence) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
