/** A plan's status as a badge, and its steps draft → approved → in progress → done (declined stands alone). */
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/api/reskill-dto';

const STEPS = ['draft', 'approved', 'in_progress', 'done'] as const;

export function StatusBadge({ status }: { status: PlanDto['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`rk-status rk-status--${status}`} data-testid="plan-status" data-status={status}>
      {t(`team.statusLabel.${status}`)}
    </span>
  );
}

export function StatusSteps({ status }: { status: PlanDto['status'] }) {
  const { t } = useTranslation();
  if (status === 'declined') return <StatusBadge status={status} />;
  return (
    <ol className="rk-steps" aria-label={t('team.status')}>
      {STEPS.map((s) => (
        <li key={s} aria-current={s === status ? 'step' : undefined}>
          {t(`team.statusLabel.${s}`)}
        </li>
      ))}
    </ol>
  );
}
