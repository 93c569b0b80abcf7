/**
 * The app shell (layout conventions): skip link, top bar, grouped navigation, and the open screen.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { ErrorBanner } from '../components/ErrorBanner';
import { NavBar } from './NavBar';
import { ScreenHost } from './ScreenHost';
import { TopBar } from './TopBar';
import { EmployeeModeGate } from '../features/employee-mode/EmployeeModeGate';
import { OpenAsEmployeeDialog } from '../features/employee-mode/OpenAsEmployee';
import { ProfileProvider, useProfile } from '../features/profile/ProfileContext';
import { FirstStartCard } from '../features/profile/ProfileSection';

/** Keeps i18next and <html lang> in step with the language in the store. */
function useLanguageSync(): void {
  const language = useAppStore((s) => s.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language, i18n]);
}

export function Shell() {
  return (
    <ProfileProvider>
      <ShellBody />
    </ProfileProvider>
  );
}

function ShellBody() {
  useLanguageSync();
  const { modeKey, modeChanged } = useProfile();
  const [openEmployee, setOpenEmployee] = useState(false);
  const { t } = useTranslation();
  const screen = useAppStore((s) => s.screen);
  const startup = useAppStore((s) => s.startup);
  const settingsSave = useAppStore((s) => s.settingsSave);
  const dismiss = useAppStore((s) => s.dismissSettingsError);
  const init = useAppStore((s) => s.init);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // Move focus to the new screen's content so keyboard and screen-reader users land there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [screen]);

  return (
    <EmployeeModeGate refreshKey={modeKey} onUnlocked={modeChanged}>
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <NavBar />
      <main id="main" className="main" ref={main} tabIndex={-1} data-screen={screen}>
        {startup.status === 'error' && startup.error ? (
          <ErrorBanner what={t('error.startup')} error={startup.error} onRetry={() => void init()} testId="startup-error" />
        ) : null}
        {settingsSave.status === 'error' && settingsSave.error ? (
          <ErrorBanner what={t('error.settings')} error={settingsSave.error} onDismiss={dismiss} testId="settings-error" />
        ) : null}
        <FirstStartCard onEmployee={() => setOpenEmployee(true)} />
        {openEmployee ? <OpenAsEmployeeDialog onClose={() => setOpenEmployee(false)} /> : null}
        <ScreenHost screen={screen} />
      </main>
    </div>
    </EmployeeModeGate>
  );
}
