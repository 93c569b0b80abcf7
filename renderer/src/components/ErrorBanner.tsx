/** An error that says what happened and what to do (interaction conventions), with retry when it makes sense. */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

export function ErrorBanner({
  what,
  error,
  onRetry,
  onDismiss,
  testId = 'error',
}: {
  what: string;
  error: ApiError;
  onRetry?: () => void;
  onDismiss?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert" data-testid={testId}>
      <svg className="error-banner__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3l10 18H2z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        <path d="M12 10v5M12 18v.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <div className="error-banner__body">
        <p className="error-banner__title">{what}</p>
        <p>{t(`error.hint.${error.code}`)}</p>
        <p className="error-banner__detail">
          {t('error.code', { code: error.code })} · {error.message}
        </p>
        {error.issues.length > 0 ? (
          <ul className="error-banner__issues">
            {error.issues.map((i) => (
              <li key={`${i.path}:${i.message}`}>
                <code>{i.path}</code> {i.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="error-banner__actions">
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            {t('error.retry')}
          </button>
        ) : null}
        {onDismiss ? (
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            {t('error.dismiss')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
