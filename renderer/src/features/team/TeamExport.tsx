/** The team's plans as a PDF: the one-to-two page summary first, then a section per person — or the summary alone. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi, useAppStore } from '../../state/store';
import { downloadBase64 } from '../exports/download';

export function TeamExport({ managerId }: { managerId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const scenario = useAppStore((s) => s.activeScenario);
  const [busy, setBusy] = useState<'full' | 'summary' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const run = async (part: 'full' | 'summary') => {
    setBusy(part);
    setError(null);
    setDone('');
    try {
      const file = await api.invoke('export.file', { what: 'plans', format: 'pdf', managerId, part, names: true, scenario, lang: language });
      downloadBase64(file.fileName, file.contentBase64, file.mime);
      setDone(t('team.export.done', { file: file.fileName }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="tm-export" data-testid="team-export">
      <div className="rk-form__row">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('summary')} data-testid="team-export-summary">
          {busy === 'summary' ? t('team.export.busy') : t('team.export.summary')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy !== null} onClick={() => void run('full')} data-testid="team-export-full">
          {busy === 'full' ? t('team.export.busy') : t('team.export.full')}
        </button>
      </div>
      <span role="status" className="panel__meta" data-testid="team-export-done">
        {done}
      </span>
      {error ? <ErrorBanner what={t('team.export.error')} error={error} onDismiss={() => setError(null)} testId="team-export-error" /> : null}
    </div>
  );
}
