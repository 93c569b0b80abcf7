/** Left navigation, grouped by user (layout conventions). A list of buttons; the open screen has aria-current. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { NAV_GROUPS } from './screens';

export function NavBar() {
  const { t } = useTranslation();
  const screen = useAppStore((s) => s.screen);
  const setScreen = useAppStore((s) => s.setScreen);
  const info = useAppStore((s) => s.info);

  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {NAV_GROUPS.map((group) => (
        <section key={group.id} className="nav__group" aria-labelledby={`nav-group-${group.id}`}>
          <h2 className="nav__heading" id={`nav-group-${group.id}`}>
            {t(`nav.groups.${group.id}`)}
          </h2>
          <ul className="nav__list">
            {group.screens.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="nav__item"
                  aria-current={screen === id ? 'page' : undefined}
                  data-testid={`nav-${id}`}
                  onClick={() => setScreen(id)}
                >
                  <span>{t(`nav.screens.${id}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {info ? <p className="nav__versions">{t('app.versions', { app: info.appVersion, dataset: info.datasetVersion })}</p> : null}
    </nav>
  );
}
