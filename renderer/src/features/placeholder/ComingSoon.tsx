/** The designed state of a screen that is not built yet: what it will do, and a way to the screen that works. */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../state/store';
import type { ScreenId } from '../../app/screens';

export function ComingSoon({ screen }: { screen: ScreenId }) {
  const { t } = useTranslation();
  const setScreen = useAppStore((s) => s.setScreen);
  return (
    <div className="screen" data-testid={`screen-${screen}`}>
      <header className="screen__header">
        <h1 className="screen__title">{t(`nav.screens.${screen}`)}</h1>
      </header>
      <EmptyState
        icon="soon"
        badge={t('comingSoon.badge')}
        title={t('comingSoon.lead')}
        testId="coming-soon"
        action={
          <>
            <span className="empty__meanwhile">{t('comingSoon.meanwhile')}</span>
            <button type="button" className="button" onClick={() => setScreen('tasks')}>
              {t('comingSoon.openTasks')}
            </button>
          </>
        }
      >
        <p>{t(`comingSoon.screens.${screen}`)}</p>
      </EmptyState>
    </div>
  );
}
