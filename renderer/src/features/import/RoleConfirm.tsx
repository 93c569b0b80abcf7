/**
 * In the person panel: a role the import guessed with doubt, confirmed or changed by the planner afterwards
 * (import.confirmRole). Shown only while the role is marked "to review"; the panel reloads after saving.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleListItem } from '../../../../shared/api/dto';
import { toApiError, type ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { LOCALES } from '../../i18n/format';
import { useApi, useAppStore } from '../../state/store';

export function RoleConfirm({ employeeId, roleCode, onConfirmed }: { employeeId: string; roleCode: string; onConfirmed(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const [roles, setRoles] = useState<RoleListItem[] | null>(null);
  const [choice, setChoice] = useState(roleCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let ok = true;
    api.invoke('roles.list', { lang: language }).then(
      (r) => ok && setRoles(r.roles),
      (e: unknown) => ok && setError(toApiError(e)),
    );
    return () => {
      ok = false;
    };
  }, [api, language]);
  const sorted = useMemo(() => {
    const c = new Intl.Collator(LOCALES[fmt.lang]);
    return (roles ?? []).slice().sort((a, b) => c.compare(a.title, b.title));
  }, [roles, fmt.lang]);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.invoke('import.confirmRole', { employeeId, roleCode: choice });
      onConfirmed();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="wf-note wf-note--review" data-testid="role-confirm">
      <p className="wf-note__title">{t('importer.confirm.heading')}</p>
      <p>{t('importer.confirm.toReview')}</p>
      <div className="rk-form__row">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('importer.confirm.role')}
        </label>
        <select id={`${id}-role`} className="field__control" value={choice} disabled={!roles || busy} onChange={(e) => setChoice(e.target.value)} data-testid="role-confirm-select">
          {sorted.map((r) => (
            <option key={r.code} value={r.code}>
              {r.title}
            </option>
          ))}
        </select>
        <button type="button" className="button button--primary" disabled={!roles || busy} onClick={() => void save()} data-testid="role-confirm-save">
          {busy ? t('importer.confirm.saving') : t('importer.confirm.confirm')}
        </button>
      </div>
      {error ? <ErrorBanner what={t('importer.confirm.error')} error={error} testId="role-confirm-error" /> : null}
    </div>
  );
}
