/** The role select, grouped by family (current, target, emerging), with headcount per role. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { selectRoleGroups } from '../../state/selectors';
import { useAppStore } from '../../state/store';

export function RolePicker() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const groups = useAppStore(selectRoleGroups);
  const selected = useAppStore((s) => s.selectedRoleCode);
  const selectRole = useAppStore((s) => s.selectRole);
  const loading = useAppStore((s) => s.rolesState.status === 'loading' && s.roles.length === 0);

  return (
    <div className="field field--role">
      <label className="field__label" htmlFor="role-select">
        {t('tasks.roleLabel')}
      </label>
      <select
        id="role-select"
        className="field__control"
        data-testid="role-select"
        value={selected ?? ''}
        disabled={loading || groups.length === 0}
        onChange={(e) => void selectRole(e.target.value)}
      >
        {selected ? null : (
          <option value="" disabled>
            {loading ? t('tasks.state.loadingRoles') : t('tasks.rolePlaceholder')}
          </option>
        )}
        {groups.map((g) => (
          <optgroup key={g.family} label={t(`tasks.family.${g.family}`)}>
            {g.roles.map((r) => (
              <option key={r.code} value={r.code}>
                {t('tasks.roleOption', { title: r.title, people: t('common.people', { count: r.headcount, n: fmt.number(r.headcount) }) })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
