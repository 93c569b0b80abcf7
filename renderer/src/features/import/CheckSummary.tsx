/**
 * The file as read (format, encoding, header row) and what a commit would change, counted.
 */
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/import-dto';
import { useFormat, type MessageKey } from '../../i18n';

export function CheckSummary({ preview, busy }: { preview: ImportPreview; busy: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const items: [string, number, string][] = [
    ['people', preview.people, 'import-count-people'],
    ['added', preview.added, 'import-count-added'],
    ['updated', preview.updated, 'import-count-updated'],
    ['removed', preview.removed, 'import-count-removed'],
    ['skills', preview.skills, 'import-count-skills'],
  ];
  return (
    <div className="imp-summary" aria-busy={busy}>
      <p className="panel__meta" data-testid="import-file-summary">
        {t('workforce.import.check.summary', {
          file: preview.fileName,
          format: preview.format.toUpperCase(),
          encoding: preview.encoding,
          delimiter: preview.delimiter ? t('workforce.import.check.delimiter', { d: preview.delimiter === '\t' ? 'tab' : preview.delimiter }) : '',
          row: fmt.number(preview.headerRow),
        })}
        {preview.sheet ? ` · ${t('workforce.import.check.sheet', { sheet: preview.sheet })}` : ''}
        {busy ? ` · ${t('workforce.import.check.checking')}` : ''}
      </p>
      <dl className="imp-counts" aria-live="polite">
        {items.map(([k, v, id]) => (
          <div key={k} className={k === 'removed' && v > 0 ? 'imp-count imp-count--warn' : 'imp-count'}>
            <dt>{t(`workforce.import.check.counts.${k}` as MessageKey)}</dt>
            <dd data-testid={id}>{fmt.number(v)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
