/** Pick a person who leads people, by name, id or team (a manager's profile, or whose team to view). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/useLoad';
import { useAppStore } from '../../state/store';
import { ErrorBanner } from '../../components/ErrorBanner';

export function ManagerPicker({ value, onChange, label, testId = 'manager-picker' }: { value: string | null; onChange(id: string): void; label: string; testId?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const language = useAppStore((s) => s.language);
  const list = useLoad((api) => api.invoke('team.managers', { ...(search.trim() ? { search: search.trim() } : {}), lang: language }), [search, language]);
  const managers = list.data?.managers ?? [];
  return (
    <div className="field pf-managers" data-testid={testId}>
      <label className="field__label" htmlFor={`${id}-search`}>
        {label}
      </label>
      <input id={`${id}-search`} type="search" className="field__control" value={search} placeholder={t('profile.managerSearch')} onChange={(e) => setSearch(e.target.value)} data-testid={`${testId}-search`} />
      {list.status === 'error' && list.error ? <ErrorBanner what={t('profile.managersError')} error={list.error} onRetry={list.reload} /> : null}
      <select
        className="field__control"
        size={Math.min(8, Math.max(2, managers.length))}
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        data-testid={`${testId}-select`}
      >
        {managers.map((m) => (
          <option key={m.id} value={m.id}>
            {t('profile.managerOption', { name: m.name ?? m.id, id: m.id, team: m.team ?? m.department, role: m.roleTitle, count: m.reports })}
          </option>
        ))}
      </select>
      {list.data && managers.length === 0 ? <p className="panel__note">{t('profile.managersNone')}</p> : null}
    </div>
  );
}
