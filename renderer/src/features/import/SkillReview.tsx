/**
 * Skill names that did not match the skill list with certainty: the planner picks one or leaves it out.
 */
import { useTranslation } from 'react-i18next';
import type { ImportReviewItem } from '../../../../shared/api/import-dto';
import { useFormat } from '../../i18n';
import { suggestionsOf } from './suggestions';

export function SkillReview({ items, choices, onChoose }: { items: ImportReviewItem[]; choices: Record<string, string | null>; onChoose(value: string, id: string): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (items.length === 0) return null;
  return (
    <section className="imp-section" aria-labelledby="imp-skills-heading" data-testid="import-skill-review">
      <h3 className="imp-section__title" id="imp-skills-heading">
        {t('workforce.import.skills.heading')} <span className="imp-pill imp-pill--warn">{fmt.number(items.length)}</span>
      </h3>
      <p className="panel__note">{t('workforce.import.skills.intro')}</p>
      <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-skills-heading">
        <table className="table imp-table">
          <caption className="imp-caption">{t('workforce.import.skills.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workforce.import.skills.value')}</th>
              <th scope="col">{t('workforce.import.skills.count')}</th>
              <th scope="col">{t('workforce.import.skills.guess')}</th>
              <th scope="col">{t('workforce.import.skills.choice')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => {
              const suggestions = suggestionsOf(x);
              const v = choices[x.value];
              return (
                <tr key={x.value} data-testid="skill-review-row" data-value={x.value}>
                  <th scope="row">{x.value}</th>
                  <td className="imp-num">{fmt.number(x.count ?? 1)}</td>
                  <td>
                    {x.bestGuess ? (
                      <>
                        {x.bestGuessTitle ?? x.bestGuess} <span className="imp-conf">{t('workforce.import.review.confidence', { pct: fmt.percent(x.confidence) })}</span>
                      </>
                    ) : (
                      <span className="imp-muted">{t('workforce.import.review.noGuess')}</span>
                    )}
                  </td>
                  <td>
                    <select
                      className="field__control"
                      value={v === undefined || v === null ? '' : v}
                      aria-label={t('workforce.import.skills.choose', { value: x.value })}
                      data-testid="skill-review-select"
                      onChange={(e) => onChoose(x.value, e.target.value)}
                    >
                      <option value="">{t('workforce.import.skills.leaveOut')}</option>
                      {suggestions.map((s) => (
                        <option key={s.code} value={s.code}>
                          {s.title} ({fmt.percent(s.confidence)})
                        </option>
                      ))}
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
