/**
 * Every problem by row and column, errors first. A Dutch message comes from the catalogue with the problem's
 * own values (the limit, the number read, the other row), so translation loses nothing.
 */
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProblem } from '../../../../shared/api/import-dto';
import type { Lang } from '../../../../shared/domain/types';
import { useFormat, type MessageKey, type Translate } from '../../i18n';
import { LOCALES } from '../../i18n/format';

const SHOWN_PROBLEMS = 200;

function problemText(p: ImportProblem, lang: Lang, t: Translate): string {
  // English: the core's own precise message. Dutch: the catalogue's text for the code, with the values in Dutch notation.
  if (lang === 'en') return p.message;
  const nf = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 4 });
  const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'number' ? nf.format(v) : v]));
  return t(`workforce.import.codes.${p.code}` as MessageKey, { ...params, defaultValue: p.message });
}

export function Problems({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const all = [...errors, ...preview.warnings];
  const shown = all.slice(0, SHOWN_PROBLEMS);
  const total = preview.errorCount + preview.warningCount;
  return (
    <section className="imp-section" aria-labelledby="imp-problems-heading" data-testid="import-problems">
      <h3 className="imp-section__title" id="imp-problems-heading">
        {t('workforce.import.problems.heading')}{' '}
        <span className={preview.errorCount > 0 ? 'imp-pill imp-pill--error' : 'imp-pill'} data-testid="import-error-count">
          {t('workforce.import.problems.errors', { count: preview.errorCount, n: fmt.number(preview.errorCount) })}
        </span>{' '}
        <span className={preview.warningCount > 0 ? 'imp-pill imp-pill--warn' : 'imp-pill'} data-testid="import-warning-count">
          {t('workforce.import.problems.warnings', { count: preview.warningCount, n: fmt.number(preview.warningCount) })}
        </span>
      </h3>
      {shown.length === 0 ? (
        <p className="panel__note">{t('workforce.import.problems.none')}</p>
      ) : (
        <>
          <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-problems-heading">
            <table className="table imp-table">
              <caption className="imp-caption">{t('workforce.import.problems.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workforce.import.problems.severity')}</th>
                  <th scope="col">{t('workforce.import.problems.row')}</th>
                  <th scope="col">{t('workforce.import.problems.column')}</th>
                  <th scope="col">{t('workforce.import.problems.value')}</th>
                  <th scope="col">{t('workforce.import.problems.message')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p, i) => (
                  <tr key={i} data-testid="problem-row" data-severity={p.severity} data-code={p.code} data-row={p.row ?? ''}>
                    <td>
                      <span className={`imp-sev imp-sev--${p.severity}`}>
                        <span aria-hidden="true">{p.severity === 'error' ? '✕ ' : '! '}</span>
                        {t(`workforce.import.problems.${p.severity}`)}
                      </span>
                    </td>
                    <td className="imp-num">
                      {p.row ?? '–'}
                      {p.file !== preview.fileName || p.sheet ? <span className="imp-muted imp-where">{[p.file !== preview.fileName ? p.file : null, p.sheet].filter(Boolean).join(' · ')}</span> : null}
                    </td>
                    <td>{p.column ?? '–'}</td>
                    <td className="imp-value">{p.value === null || p.value === '' ? '–' : <code>{p.value}</code>}</td>
                    <td>{problemText(p, fmt.lang, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {total > shown.length ? <p className="panel__meta">{t('workforce.import.problems.more', { shown: fmt.number(shown.length), total: fmt.number(total) })}</p> : null}
        </>
      )}
    </section>
  );
}
