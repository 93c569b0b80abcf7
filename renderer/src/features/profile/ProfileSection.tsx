/** The profile part of Settings, and the first-start card shown until someone says who they are. */
import type { MessageKey } from '../../i18n';
import { useTranslation } from 'react-i18next';
import type { UserProfile } from '../../../../shared/api/team-dto';
import { useAppStore } from '../../state/store';
import { useProfile } from './ProfileContext';
import { ProfileForm } from './ProfileForm';

export function ProfileSection() {
  const { t } = useTranslation();
  const { state } = useProfile();
  const p = state.data?.profile ?? null;
  return (
    <section className="panel" aria-labelledby="st-profile" data-testid="settings-profile">
      <h2 className="panel__title" id="st-profile">
        {t('profile.heading')}
      </h2>
      <p className="panel__note">{p ? t('profile.current', { name: p.name, role: t(`profile.roles.${p.role}` as MessageKey) }) : t('profile.intro')}</p>
      {state.data ? <ProfileForm key={p?.chosenAt ?? 'new'} /> : null}
    </section>
  );
}

/** First start: who is using Overstap? A manager lands on their team, an employee on the door to their own path. */
export function FirstStartCard({ onEmployee }: { onEmployee(): void }) {
  const { t } = useTranslation();
  const { state } = useProfile();
  const setScreen = useAppStore((s) => s.setScreen);
  if (!state.data || state.data.profile) return null;
  const done = (p: UserProfile) => {
    if (p.role === 'manager') setScreen('team');
    else if (p.role === 'employee') onEmployee();
  };
  return (
    <section className="panel pf-first" aria-labelledby="pf-first-heading" data-testid="first-start">
      <h2 className="panel__title" id="pf-first-heading">
        {t('profile.firstHeading')}
      </h2>
      <p className="panel__note">{t('profile.firstIntro')}</p>
      <ProfileForm onSaved={done} testId="first-start-form" />
    </section>
  );
}
