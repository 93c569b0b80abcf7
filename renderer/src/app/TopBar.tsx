/** Top bar: app name, organisation, the active scenario, who is signed in, "Open as employee" and the language switch — always visible. */
import type { MessageKey } from '../i18n';
import { useTranslation } from 'react-i18next';
import { useScenarioText } from '../i18n/scenarioText';
import type { Lang } from '../../../shared/domain/types';
import { useAppStore } from '../state/store';
import { OpenAsEmployeeButton } from '../features/employee-mode/OpenAsEmployee';
import { useProfile } from '../features/profile/ProfileContext';

const LANGS: readonly Lang[] = ['en', 'nl'];

export function TopBar() {
  const { t } = useTranslation();
  const organisation = useAppStore((s) => s.info?.organisation);
  const language = useAppStore((s) => s.language);
  const activeScenario = useAppStore((s) => s.activeScenario);
  const scenarioText = useScenarioText();
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setScreen = useAppStore((s) => s.setScreen);
  const profile = useProfile().state.data?.profile ?? null;

  return (
    <header className="topbar">
      <div className="topbar__brand">
        <img className="topbar__logo" src="./favicon.svg" alt="" width={28} height={28} />
        <div>
          <div className="topbar__name">{t('app.name')}</div>
          <div className="topbar__tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <dl className="topbar__facts">
        <div className="topbar__fact">
          <dt>{t('app.organisation')}</dt>
          <dd data-testid="organisation">{organisation ?? t('app.organisationUnknown')}</dd>
        </div>
        <div className="topbar__fact" title={t('app.scenarioHint')}>
          <dt>{t('app.scenario')}</dt>
          <dd>
            <span className="pill" data-testid="active-scenario">
              {scenarioText.name(activeScenario)}
            </span>
          </dd>
        </div>
        <div className="topbar__fact">
          <dt>{t('profile.signedIn')}</dt>
          <dd>
            <button type="button" className="pf-who button button--quiet" onClick={() => setScreen('settings')} data-testid="profile-who">
              {profile ? t('profile.who', { name: profile.name, role: t(`profile.roles.${profile.role}` as MessageKey) }) : t('profile.nobody')}
            </button>
          </dd>
        </div>
      </dl>
      <OpenAsEmployeeButton />
      <div className="lang-switch" role="group" aria-label={t('app.language')}>
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            className="lang-switch__button"
            aria-pressed={language === l}
            lang={l}
            title={t(`langName.${l}`)}
            data-testid={`lang-${l}`}
            onClick={() => void setLanguage(l)}
          >
            <span aria-hidden="true">{l.toUpperCase()}</span>
            <span className="visually-hidden">{t(`langName.${l}`)}</span>
          </button>
        ))}
      </div>
    </header>
  );
}
