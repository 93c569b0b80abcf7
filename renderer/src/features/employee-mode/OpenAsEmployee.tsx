/**
 * "Open as employee" (top bar and My path): find the person once, by name or id, and lock the app to
 * their own path. Leaving needs the planner's passphrase; when none is set yet, it is set here first.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyPersonDto } from '../../../../shared/api/privacy-dto';
import { toApiError } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { useApi } from '../../state/store';
import { useProfile } from '../profile/ProfileContext';
import '../profile/profile.css';

export function OpenAsEmployeeButton({ className = 'button button--quiet', testId = 'open-as-employee' }: { className?: string; testId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} data-testid={testId}>
        {t('openAsEmployee.button')}
      </button>
      {open ? <OpenAsEmployeeDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export function OpenAsEmployeeDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { modeChanged } = useProfile();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<PrivacyPersonDto | null>(null);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = useLoad((a) => a.invoke('privacy.status', {}), []);
  const people = useLoad((a) => (search.trim().length >= 2 ? a.invoke('privacy.people', { search: search.trim(), limit: 12 }) : Promise.resolve(null)), [search]);
  const needsPassphrase = status.data ? !status.data.passphraseSet : false;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const passOk = !needsPassphrase || (pass.length >= 8 && pass === pass2);
  const enter = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      if (needsPassphrase) await api.invoke('privacy.setPassphrase', { passphrase: pass });
      await api.invoke('privacy.enterEmployeeMode', { employeeId: chosen.id });
      modeChanged();
      onClose();
    } catch (e) {
      setError(toApiError(e).message);
      setBusy(false);
    }
  };
  const list = people.data?.people ?? [];
  return (
    <dialog ref={ref} className="em-open-dialog__box" aria-labelledby={`${id}-h`} onClose={onClose} onCancel={onClose} data-testid="open-as-employee-dialog">
      <h2 className="panel__title" id={`${id}-h`}>
        {t('openAsEmployee.title')}
      </h2>
      <p className="panel__note">{t('openAsEmployee.intro')}</p>
      <label className="field__label" htmlFor={`${id}-search`}>
        {t('openAsEmployee.search')}
      </label>
      <input id={`${id}-search`} type="search" className="field__control" value={search} autoFocus onChange={(e) => (setSearch(e.target.value), setChosen(null))} data-testid="open-as-employee-search" />
      {search.trim().length >= 2 && people.data ? (
        list.length === 0 ? (
          <p className="panel__note">{t('openAsEmployee.none')}</p>
        ) : (
          <ul className="em-people" aria-label={t('openAsEmployee.results')}>
            {list.map((p) => (
              <li key={p.id}>
                <button type="button" className={chosen?.id === p.id ? 'button' : 'button button--quiet'} aria-pressed={chosen?.id === p.id} onClick={() => setChosen(p)} data-testid="open-as-employee-person" data-employee-id={p.id}>
                  {p.name ? `${p.name} · ${p.id}` : p.id} · {p.department}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {needsPassphrase ? (
        <fieldset className="pf-roles">
          <legend>{t('openAsEmployee.passphraseTitle')}</legend>
          <p className="panel__note">{t('openAsEmployee.passphraseIntro')}</p>
          <label className="field__label" htmlFor={`${id}-p1`}>
            {t('openAsEmployee.passphrase')}
          </label>
          <input id={`${id}-p1`} type="password" autoComplete="new-password" className="field__control" value={pass} onChange={(e) => setPass(e.target.value)} data-testid="open-as-employee-passphrase" />
          <label className="field__label" htmlFor={`${id}-p2`}>
            {t('openAsEmployee.passphraseAgain')}
          </label>
          <input id={`${id}-p2`} type="password" autoComplete="new-password" className="field__control" value={pass2} onChange={(e) => setPass2(e.target.value)} data-testid="open-as-employee-passphrase-again" />
          {pass2 && pass !== pass2 ? <p className="panel__meta">{t('openAsEmployee.mismatch')}</p> : null}
        </fieldset>
      ) : (
        <p className="panel__meta">{t('openAsEmployee.leaveNote')}</p>
      )}
      {error ? (
        <p role="alert" className="pv-msg pv-msg--error" data-testid="open-as-employee-error">
          {error}
        </p>
      ) : null}
      <div className="rk-form__row">
        <button type="button" className="button button--primary" disabled={!chosen || !passOk || busy} onClick={() => void enter()} data-testid="open-as-employee-go">
          {chosen ? t('openAsEmployee.go', { name: chosen.name ?? chosen.id }) : t('openAsEmployee.goNone')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('openAsEmployee.cancel')}
        </button>
      </div>
    </dialog>
  );
}
