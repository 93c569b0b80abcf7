/**
 * The employee-mode gate: while privacy.status says the app is locked to one person, it shows only that
 * person's own path (My path: roles and why they fit, plan and status, timeline, progress, own export) and
 * an unlock form that needs the planner's passphrase. Otherwise it renders its children.
 */
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/client';
import { useApi, useAppStore } from '../../state/store';
import { useLoad } from '../../api/useLoad';
import { MyPath } from '../my-path/MyPath';

export function EmployeeModeGate({ children, refreshKey = 0, onUnlocked }: { children?: ReactNode; refreshKey?: number; onUnlocked?: () => void }) {
  const status = useLoad((a) => a.invoke('privacy.status', {}), [refreshKey]);
  const [unlocked, setUnlocked] = useState(0);
  const mode = status.data?.employeeMode ?? null;
  useEffect(() => {
    if (unlocked) status.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload after an unlock only
  }, [unlocked]);
  if (!mode) return <>{children}</>;
  return (
    <EmployeeView
      employeeId={mode.employeeId}
      onUnlocked={() => {
        setUnlocked((n) => n + 1);
        onUnlocked?.();
      }}
    />
  );
}

function EmployeeView({ employeeId, onUnlocked }: { employeeId: string; onUnlocked: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.language === 'nl' ? 'nl' : 'en';
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.invoke('privacy.unlock', { passphrase });
      setPassphrase('');
      onUnlocked();
    } catch (err) {
      const apiError = toApiError(err);
      // The back-off says how long to wait (issue 16.5): in the reader's language, from the server's seconds.
      const seconds = Number(apiError.issues?.find((i) => i.path === 'retryAfterSeconds')?.message);
      const time = Number.isFinite(seconds) ? waitText(seconds, lang) : '';
      if (apiError.code === 'TOO_MANY_ATTEMPTS') setError(t('employeeMode.locked', { time }));
      else if (apiError.code === 'FORBIDDEN') setError(time ? t('employeeMode.wait', { time }) : t('employeeMode.wrong'));
      else setError(apiError.message);
    }
  };
  return (
    <div className="shell shell--employee" data-testid="employee-mode">
      <main id="main" className="main" tabIndex={-1}>
        <div className="screen">
          <header className="screen__header">
            <h1 className="screen__title">{t('employeeMode.title')}</h1>
            <p className="screen__lead">{t('employeeMode.lead')}</p>
            <LanguageSwitch />
          </header>
          <MyPath id={employeeId} />
          <section className="panel" aria-labelledby={`${inputId}-h`}>
            <h2 className="panel__title" id={`${inputId}-h`}>
              {t('employeeMode.unlockTitle')}
            </h2>
            <form onSubmit={(e) => void submit(e)}>
              <label htmlFor={inputId}>{t('employeeMode.passphrase')}</label>{' '}
              <input id={inputId} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="unlock-passphrase" />{' '}
              <button type="submit" className="button" data-testid="unlock-submit">
                {t('employeeMode.unlock')}
              </button>
              {error ? (
                <p role="alert" data-testid="unlock-error">
                  {error}
                </p>
              ) : null}
            </form>
          </section>
        </div>
      </main>
    </div>
  );
}

/** 40 → "40 seconds"; 300 → "5 minutes"; in the page's language. */
function waitText(seconds: number, lang: 'en' | 'nl'): string {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const [value, unit] = seconds < 120 ? [seconds, 'second'] : seconds < 7200 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** The employee reads their path in their own language: the same switch as the top bar's. */
function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {(['en', 'nl'] as const).map((l) => (
        <button key={l} type="button" className="lang-switch__button" aria-pressed={language === l} lang={l} title={t(`langName.${l}`)} data-testid={`lang-${l}`} onClick={() => void setLanguage(l)}>
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="visually-hidden">{t(`langName.${l}`)}</span>
        </button>
      ))}
    </div>
  );
}
