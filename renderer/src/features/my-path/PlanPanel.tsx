/**
 * The person's plan as decided: target role, status, when it starts and how many hours a week, who
 * approved it — or the manager's reason when it was declined — and their own path as a PDF.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/api/reskill-dto';
import { toApiError, type ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useApi, useAppStore } from '../../state/store';
import { downloadBase64 } from '../exports/download';
import { StatusBadge } from '../team/StatusSteps';

export function PlanPanel({ plan, loaded, employeeId }: { plan: PlanDto | null; loaded: boolean; employeeId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState('');
  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      const file = await api.invoke('export.file', { what: 'path', format: 'pdf', employeeId, names: true, lang: language });
      downloadBase64(file.fileName, file.contentBase64, file.mime);
      setSaved(t('myPath.plan.saved', { file: file.fileName }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="my-plan-heading" data-testid="my-plan" data-status={plan?.status ?? 'none'}>
      <div className="panel__header">
        <h3 className="panel__title" id="my-plan-heading">
          {t('myPath.plan.heading')}
        </h3>
        {plan ? <StatusBadge status={plan.status} /> : null}
      </div>
      {!loaded ? null : !plan ? (
        <p className="panel__note">{t('myPath.plan.none')}</p>
      ) : (
        <>
          <p data-testid="my-plan-move">{t('myPath.plan.move', { role: plan.targetRole.title })}</p>
          {plan.status === 'declined' ? (
            <p className="rk-note" data-testid="my-plan-declined">
              {t('myPath.plan.declined', { reason: plan.comment ?? '' })}
            </p>
          ) : plan.status === 'draft' ? (
            <p className="panel__note">{t('myPath.plan.draft')}</p>
          ) : (
            <p className="panel__meta" data-testid="my-plan-approved">
              {t('myPath.plan.approved', {
                who: plan.approvedBy ?? '',
                date: plan.approvedAt ? fmt.date(plan.approvedAt.slice(0, 10)) : '',
                start: plan.startDate ? fmt.date(plan.startDate) : t('myPath.plan.notSet'),
                weekly: plan.weeklyHours === null ? t('myPath.plan.notSet') : fmt.number(plan.weeklyHours, 1),
              })}
              {plan.comment ? ` ${t('myPath.plan.comment', { text: plan.comment })}` : ''}
            </p>
          )}
        </>
      )}
      <div className="rk-form__row">
        <button type="button" className="button" disabled={busy} onClick={() => void exportPdf()} data-testid="my-export">
          {busy ? t('myPath.plan.exporting') : t('myPath.plan.export')}
        </button>
        <span role="status" className="panel__meta" data-testid="my-export-done">
          {saved}
        </span>
      </div>
      {error ? <ErrorBanner what={t('myPath.plan.exportError')} error={error} onDismiss={() => setError(null)} testId="my-export-error" /> : null}
    </section>
  );
}
