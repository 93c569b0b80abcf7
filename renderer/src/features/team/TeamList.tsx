/** The manager's people, grouped by team: name, role, plan status and target; pick one to review. */
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/api/team-dto';

export function TeamList({ members, selectedId, onSelect }: { members: TeamMember[]; selectedId: string | null; onSelect(id: string): void }) {
  const { t } = useTranslation();
  const teams = new Map<string, TeamMember[]>();
  for (const m of members) {
    const key = m.team ?? m.department;
    teams.set(key, [...(teams.get(key) ?? []), m]);
  }
  return (
    <div className="tm-list" data-testid="team-list">
      {[...teams].map(([team, list]) => (
        <section key={team} aria-label={team}>
          <h3 className="tm-list__team">{t('team.teamCount', { team, count: list.length })}</h3>
          <ul className="tm-list__members">
            {list.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="tm-member"
                  aria-pressed={m.id === selectedId}
                  onClick={() => onSelect(m.id)}
                  data-testid="team-member"
                  data-employee-id={m.id}
                  data-status={m.plan?.status ?? 'none'}
                >
                  <span className="tm-member__name">{m.name ?? m.id}</span>
                  <span className="tm-member__meta">
                    {m.role.title}
                    {m.plan ? ` → ${m.plan.targetRole.title}` : ''}
                  </span>
                  <span className={`rk-status rk-status--${m.plan?.status ?? 'none'}`}>
                    {m.objection ? t('team.objectionShort') : m.plan ? t(`team.statusLabel.${m.plan.status}`) : t('team.noPlan')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
