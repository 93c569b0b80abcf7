/**
 * The top three candidates for an uncertain title, each with how sure the matcher is and why it was proposed.
 */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import type { Suggestion } from './suggestions';

export function ReasonList({ suggestions, titleOf }: { suggestions: Suggestion[]; titleOf: Map<string, string> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const top = suggestions.slice(0, 3);
  if (top.length === 0) return null;
  return (
    <ol className="imp-reasons" aria-label={t('importer.reasons.heading')} data-testid="review-reasons">
      {top.map((s) => (
        <li key={s.code} data-code={s.code}>
          {titleOf.get(s.code) ?? s.title} <span className="imp-conf">{t('workforce.import.review.confidence', { pct: fmt.percent(s.confidence) })}</span>
          {s.reason ? <span className="imp-muted"> · {t(`importer.reasons.${s.reason.kind}`, { matched: s.reason.matched ?? '' })}</span> : null}
        </li>
      ))}
    </ol>
  );
}
