/**
 * Choose who you are: a name and a role (planner, manager, employee); a manager also names themselves in
 * the organisation, so the Team screen shows their own people. The OS login is only offered: it becomes
 * the name when the user presses the button that says so.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileRole, UserProfile } from '../../../../shared/api/team-dto';
import { PROFILE_ROLES } from '../../../../shared/api/team-dto';
import { toApiError, type ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../state/store';
import { ManagerPicker } from './ManagerPicker';
import { useProfile } from './ProfileContext';
import './profile.css';

export function ProfileForm({ onSaved, testId = 'profile-form' }: { onSaved?(profile: UserProfile): void; testId?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { state } = useProfile();
  const current = state.data?.profile ?? null;
  const osLogin = state.data?.osLogin ?? null;
  const id = useId();
  const [name, setName] = useState(current?.name ?? '');
  const [fromOs, setFromOs] = useState(current?.fromOsLogin ?? false);
  const [role, setRole] = useState<ProfileRole>(current?.role ?? 'planner');
  const [managerId, setManagerId] = useState<string | null>(current?.employeeId ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const ok = name.trim().length >= 2 && (role !== 'manager' || !!managerId);
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const out = await api.invoke('profile.set', { name: name.trim(), role, employeeId: role === 'manager' ? managerId : null, fromOsLogin: fromOs && name.trim() === osLogin });
      state.reload();
      setSaved(true);
      if (out.profile) onSaved?.(out.profile);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="rk-form pf-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('profile.name')}
        </label>
        <div className="rk-form__row">
          <input
            id={`${id}-name`}
            className="field__control"
            value={name}
            maxLength={120}
            autoComplete="name"
            onChange={(e) => {
              setName(e.target.value);
              setFromOs(false);
            }}
            data-testid="profile-name"
          />
          {osLogin && name !== osLogin ? (
            <button type="button" className="button button--quiet" onClick={() => (setName(osLogin), setFromOs(true))} data-testid="profile-use-login">
              {t('profile.useLogin', { login: osLogin })}
            </button>
          ) : null}
        </div>
        <span className="panel__meta">{fromOs ? t('profile.loginConfirmed') : t('profile.nameHint')}</span>
      </div>
      <fieldset className="pf-roles">
        <legend>{t('profile.role')}</legend>
        {PROFILE_ROLES.map((r) => (
          <label key={r} className="pf-role">
            <input type="radio" name={`${id}-role`} value={r} checked={role === r} onChange={() => setRole(r)} data-testid={`profile-role-${r}`} />{' '}
            <strong>{t(`profile.roles.${r}`)}</strong> <span className="panel__meta">{t(`profile.roleHints.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      {role === 'manager' ? <ManagerPicker value={managerId} onChange={setManagerId} label={t('profile.whichManager')} testId="profile-manager" /> : null}
      {error ? <ErrorBanner what={t('profile.saveError')} error={error} onDismiss={() => setError(null)} testId="profile-error" /> : null}
      <div className="rk-form__row">
        <button type="submit" className="button button--primary" disabled={!ok || busy} data-testid="profile-save">
          {t('profile.save')}
        </button>
        <span role="status" data-testid="profile-saved">
          {saved ? t('profile.saved') : ''}
        </span>
      </div>
    </form>
  );
}
