/**
 * Step 4: what the import wrote.
 */
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/api/import-dto';
import { useFormat, type MessageKey } from '../../i18n';

export function DoneStep({ result, onClose }: { result: ImportResult; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const review = result.toReview.filter((x) => x.kind === 'role').length;
  const items: [string, number][] = [
    ['added', result.added],
    ['updated', result.updated],
    ['removed', result.removed],
    ['skills', result.skills],
  ];
  return (
    <div className="imp-done" data-testid="import-done">
      <p className="rk-note imp-note--ok" role="status">
        {t('workforce.import.done.text', { org: result.organisation, n: fmt.number(result.people), file: result.fileName })}
      </p>
      <dl className="imp-counts">
        {items.map(([k, v]) => (
          <div key={k} className="imp-count">
            <dt>{t(`workforce.import.done.${k}` as MessageKey)}</dt>
            <dd data-testid={`import-done-${k}`}>{fmt.number(v)}</dd>
          </div>
        ))}
      </dl>
      {review > 0 ? <p className="panel__note">{t('workforce.import.done.toReview', { count: review, n: fmt.number(review) })}</p> : null}
      {result.warningCount > 0 ? <p className="panel__note">{t('workforce.import.done.warnings', { count: result.warningCount, n: fmt.number(result.warningCount) })}</p> : null}
      <div className="rk-form__row">
        <button type="button" className="button button--primary" onClick={onClose} data-testid="import-show-people">
          {t('workforce.import.done.show')}
        </button>
      </div>
    </div>
  );
}
