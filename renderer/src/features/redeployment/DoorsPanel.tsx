/** "One skill that opens the most doors" for the people in a current role (reskill.doors). */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore, useAppStoreShallow } from '../../state/store';

export function DoorsPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const roles = useAppStoreShallow((s) => s.roles.filter((r) => r.family === 'current' && r.headcount > 0));
  const doors = useAppStore((s) => s.doors);
  const state = useAppStore((s) => s.doorsState);
  const load = useAppStore((s) => s.loadDoors);
  const scenario = useAppStore((s) => s.activeScenario);
  const language = useAppStore((s) => s.language);
  const sorted = useMemo(() => [...roles].sort((a, b) => b.headcount - a.headcount), [roles]);
  const [code, setCode] = useState<string | null>(null);
  const role = code ?? sorted[0]?.code ?? null;

  useEffect(() => {
    if (role) void load(role);
  }, [role, load, scenario, language]);

  if (!role) return null;
  return (
    <section className="panel" aria-labelledby="doors-heading" data-testid="doors" aria-busy={state.status === 'loading'}>
      <div className="panel__header">
        <div>
          <p className="panel__kicker" id="doors-heading">
            {t('redeployment.doors.kicker')}
          </p>
          {doors && doors.role.code === role ? (
            <h2 className="panel__title" data-testid="doors-finding">
              {doors.best
                ? t('redeployment.doors.best', { skill: doors.best.skillName, from: doors.best.fromLevel, to: doors.best.toLevel, hours: fmt.number(doors.best.hours), added: fmt.number(doors.best.added) })
                : t('redeployment.doors.none')}
            </h2>
          ) : null}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="doors-role">
            {t('redeployment.doors.role')}
          </label>
          <select id="doors-role" className="field__control" value={role} onChange={(e) => setCode(e.target.value)} data-testid="doors-role">
            {sorted.map((r) => (
              <option key={r.code} value={r.code}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      {state.status === 'error' && state.error ? (
        <ErrorBanner what={t('redeployment.doors.error')} error={state.error} onRetry={() => void load(role)} testId="doors-error" />
      ) : !doors || doors.role.code !== role ? (
        <Loading label={t('redeployment.doors.loading')} />
      ) : (
        <>
          <p className="panel__meta">
            {t('redeployment.doors.open', { n: fmt.number(doors.open.length) })}
            {doors.open.length > 0 ? `: ${doors.open.map((r) => r.title).join(', ')}` : ''}
          </p>
          {doors.options.length > 0 ? (
            <div className="table-wrap">
              <table className="table table--numeric" data-testid="doors-table">
                <thead>
                  <tr>
                    <th scope="col">{t('redeployment.doors.skill')}</th>
                    <th scope="col">{t('redeployment.doors.levels')}</th>
                    <th scope="col">{t('redeployment.doors.hours')}</th>
                    <th scope="col">{t('redeployment.doors.added')}</th>
                    <th scope="col">{t('redeployment.doors.opens')}</th>
                  </tr>
                </thead>
                <tbody>
                  {doors.options.slice(0, 8).map((d) => (
                    <tr key={`${d.skill}-${d.toLevel}`}>
                      <th scope="row">{d.skillName}</th>
                      <td>
                        {d.fromLevel} → {d.toLevel}
                      </td>
                      <td>{fmt.number(d.hours)}</td>
                      <td>{fmt.number(d.added)}</td>
                      <td>{d.opens.map((r) => r.title).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
