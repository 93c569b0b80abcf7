/**
 * Job titles that did not match a role with certainty: the top three candidates with the reason for each, and
 * the planner's choice. Without a choice the best guess is stored marked "to review" (never silently).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleListItem } from '../../../../shared/api/dto';
import type { ImportReviewItem } from '../../../../shared/api/import-dto';
import { useFormat } from '../../i18n';
import { LOCALES } from '../../i18n/format';
import { useApi, useAppStore } from '../../state/store';
import { suggestionsOf } from './suggestions';
import { ReasonList } from './ReasonList';

export function RoleReview({ items, choices, onChoose }: { items: ImportReviewItem[]; choices: Record<string, string>; onChoose(row: number, code: string): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const [roles, setRoles] = useState<RoleListItem[] | null>(null);
  const need = items.length > 0;
  useEffect(() => {
    if (!need) return;
    let ok = true;
    api.invoke('roles.list', { lang: language }).then(
      (r) => ok && setRoles(r.roles),
      () => ok && setRoles([]),
    );
    return () => {
      ok = false;
    };
  }, [api, language, need]);
  const sorted = useMemo(() => {
    const c = new Intl.Collator(LOCALES[fmt.lang]);
    return (roles ?? []).slice().sort((a, b) => c.compare(a.title, b.title));
  }, [roles, fmt.lang]);
  const titleOf = useMemo(() => new Map((roles ?? []).map((r) => [r.code, r.title])), [roles]);
  if (!need) return null;
  const chosen = Object.keys(choices).length;
  return (
    <section className="imp-section" aria-labelledby="imp-review-heading" data-testid="import-review">
      <h3 className="imp-section__title" id="imp-review-heading">
        {t('workforce.import.review.heading')} <span className="imp-pill imp-pill--warn">{fmt.number(items.length)}</span>
      </h3>
      <p className="panel__note">{t('workforce.import.review.intro')}</p>
      <p className="panel__meta" aria-live="polite" data-testid="import-review-chosen">
        {t('workforce.import.review.chosen', { count: chosen, n: fmt.number(chosen) })}
      </p>
      <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-review-heading">
        <table className="table imp-table">
          <caption className="imp-caption">{t('workforce.import.review.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workforce.import.review.row')}</th>
              <th scope="col">{t('workforce.import.review.id')}</th>
              <th scope="col">{t('workforce.import.review.value')}</th>
              <th scope="col">{t('workforce.import.review.guess')}</th>
              <th scope="col">{t('workforce.import.review.choice')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => {
              const key = String(x.row);
              const suggestions = suggestionsOf(x);
              return (
                <tr key={`${x.row}-${x.id}`} data-testid="review-row" data-row={x.row} data-id={x.id} data-best-guess={x.bestGuess ?? ''}>
                  <td className="imp-num">{x.row}</td>
                  <td>{x.id}</td>
                  <th scope="row">{x.value}</th>
                  <td>
                    {x.bestGuess ? (
                      <>
                        {titleOf.get(x.bestGuess) ?? x.bestGuessTitle ?? x.bestGuess}{' '}
                        <span className="imp-conf" data-testid="review-confidence">
                          {t('workforce.import.review.confidence', { pct: fmt.percent(x.confidence) })}
                        </span>
                        <ReasonList suggestions={suggestions} titleOf={titleOf} />
                      </>
                    ) : (
                      <span className="imp-muted">{t('workforce.import.review.noGuess')}</span>
                    )}
                  </td>
                  <td>
                    <select
                      className="field__control imp-role-select"
                      value={choices[key] ?? ''}
                      aria-label={t('workforce.import.review.choose', { row: x.row, value: x.value })}
                      data-testid="review-select"
                      onChange={(e) => onChoose(x.row, e.target.value)}
                    >
                      <option value="">{t('workforce.import.review.keep')}</option>
                      <optgroup label={t('workforce.import.review.suggestions')}>
                        {suggestions.map((s) => (
                          <option key={s.code} value={s.code}>
                            {titleOf.get(s.code) ?? s.title} ({fmt.percent(s.confidence)})
                          </option>
                        ))}
                      </optgroup>
                      {roles && roles.length > 0 ? (
                        <optgroup label={t('workforce.import.review.allRoles')}>
                          {sorted.map((r) => (
                            <option key={r.code} value={r.code}>
                              {r.title}
                            </option>
                          ))}
                        </optgroup>
                      ) : null}
                    </select>
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
