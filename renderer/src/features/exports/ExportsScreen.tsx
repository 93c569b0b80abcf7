/**
 * Exports: choose what, format, scope and names, then the file downloads. Also the whole-database backup
 * (download) and restore (upload → checked → "restart to finish"). Every export is in the audit log.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/api/dto';
import { EXPORT_PAIRS, type ExportFormat, type ExportWhat } from '../../../../shared/api/export-dto';
import type { Lang } from '../../../../shared/domain/types';
import { toApiError, type ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LOCALES } from '../../i18n/format';
import { useScenarioText } from '../../i18n/scenarioText';
import { useApi, useAppStore } from '../../state/store';
import { useLoad } from '../../api/useLoad';
import { downloadBase64, fileToBase64, formatBytes } from './download';
import './exports.css';

const WHATS: ExportWhat[] = ['plans', 'path', 'boardpack', 'scenario'];

export function ExportsScreen() {
  const { t } = useTranslation();
  const scenarioText = useScenarioText();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const ids = { scenario: useId(), department: useId(), employee: useId(), format: useId(), lang: useId(), restore: useId(), hint: useId() };
  const settings = useLoad<Settings>((a) => a.invoke('settings.get', {}), []);
  const scenarios = useLoad((a) => a.invoke('scenario.list', {}).then((r) => r.scenarios.map((s) => s.name)), []);
  const departments = useLoad((a) => a.invoke('employees.list', {}).then((r) => [...new Set(r.employees.map((e) => e.department))].sort()), []);
  const pseudonymised = settings.data?.pseudonymised ?? true;

  const [what, setWhat] = useState<ExportWhat>('plans');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [scenario, setScenario] = useState('expected');
  const [department, setDepartment] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [names, setNames] = useState(false);
  const [lang, setLang] = useState<Lang | null>(null);
  const [busy, setBusy] = useState<null | 'export' | 'backup' | 'restore'>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<{ what: string; error: ApiError } | null>(null);

  const formats = EXPORT_PAIRS[what];
  const chosenFormat = formats.includes(format) ? format : formats[0]!;
  const fileLang = lang ?? language;
  const locale = LOCALES[language];
  const canSubmit = busy === null && (what !== 'path' || employeeId.trim() !== '');
  const scenarioNames = useMemo(() => scenarios.data ?? ['expected'], [scenarios.data]);

  const onExport = async (e: FormEvent) => {
    e.preventDefault();
    setBusy('export');
    setMessage(null);
    setError(null);
    try {
      const file = await api.invoke('export.file', {
        what,
        format: chosenFormat,
        scenario,
        ...(department && what !== 'path' && what !== 'scenario' ? { department } : {}),
        ...(what === 'path' ? { employeeId: employeeId.trim() } : {}),
        names: names && !pseudonymised,
        lang: fileLang,
      });
      downloadBase64(file.fileName, file.contentBase64, file.mime);
      setMessage(t('exportsScreen.done', { file: file.fileName, size: formatBytes(file.bytes, locale) }));
    } catch (err) {
      setError({ what: t('exportsScreen.failed'), error: toApiError(err) });
    } finally {
      setBusy(null);
    }
  };

  const onBackup = async () => {
    setBusy('backup');
    setMessage(null);
    setError(null);
    try {
      const backup = await api.invoke('backup.create', {});
      downloadBase64(backup.fileName, backup.contentBase64, 'application/vnd.sqlite3');
      setMessage(t('exportsScreen.backup.done', { file: backup.fileName }));
    } catch (err) {
      setError({ what: t('exportsScreen.backup.failed'), error: toApiError(err) });
    } finally {
      setBusy(null);
    }
  };

  const onRestore = async (file: File | undefined) => {
    if (!file) return;
    setBusy('restore');
    setMessage(null);
    setError(null);
    try {
      await api.invoke('backup.restoreStage', { contentBase64: await fileToBase64(file), fileName: file.name });
      setMessage(t('exportsScreen.backup.restoreDone'));
    } catch (err) {
      setError({ what: t('exportsScreen.backup.restoreFailed'), error: toApiError(err) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="screen" data-testid="screen-exports">
      <header className="screen__header">
        <h1 className="screen__title">{t('exportsScreen.title')}</h1>
        <p className="screen__lead">{t('exportsScreen.lead')}</p>
      </header>
      {error ? <ErrorBanner what={error.what} error={error.error} onDismiss={() => setError(null)} testId="exports-error" /> : null}
      <p className="ex-status" role="status" aria-live="polite" data-testid="exports-status">
        {busy === 'export' ? t('exportsScreen.busy') : (message ?? '')}
      </p>
      <form className="ex-form card" onSubmit={(e) => void onExport(e)} data-testid="exports-form">
        <fieldset className="ex-what">
          <legend>{t('exportsScreen.what.legend')}</legend>
          {WHATS.map((w) => (
            <label key={w} className="ex-radio">
              <input type="radio" name="what" value={w} checked={what === w} onChange={() => setWhat(w)} data-testid={`export-what-${w}`} />
              {t(`exportsScreen.what.${w}`)}
            </label>
          ))}
        </fieldset>
        <div className="ex-fields">
          <div className="field">
            <label className="field__label" htmlFor={ids.format}>
              {t('exportsScreen.format.label')}
            </label>
            <select id={ids.format} className="field__control" value={chosenFormat} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="export-format">
              {formats.map((f) => (
                <option key={f} value={f}>
                  {t(`exportsScreen.format.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.scenario}>
              {t('exportsScreen.scenario')}
            </label>
            <select id={ids.scenario} className="field__control" value={scenario} onChange={(e) => setScenario(e.target.value)} data-testid="export-scenario">
              {scenarioNames.map((s) => (
                <option key={s} value={s}>
                  {scenarioText.name(s)}
                </option>
              ))}
            </select>
          </div>
          {what === 'plans' || what === 'boardpack' ? (
            <div className="field">
              <label className="field__label" htmlFor={ids.department}>
                {t('exportsScreen.department')}
              </label>
              <select id={ids.department} className="field__control" value={department} onChange={(e) => setDepartment(e.target.value)} data-testid="export-department">
                <option value="">{t('exportsScreen.allDepartments')}</option>
                {(departments.data ?? []).map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {what === 'path' ? (
            <div className="field">
              <label className="field__label" htmlFor={ids.employee}>
                {t('exportsScreen.employee')}
              </label>
              <input id={ids.employee} className="field__control" value={employeeId} onChange={(e) => setEmployeeId(e.target.value)} aria-describedby={ids.hint} required data-testid="export-employee" />
              <span id={ids.hint} className="ex-hint">
                {t('exportsScreen.employeeHint')}
              </span>
            </div>
          ) : null}
          <div className="field">
            <label className="field__label" htmlFor={ids.lang}>
              {t('exportsScreen.lang')}
            </label>
            <select id={ids.lang} className="field__control" value={fileLang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="export-lang">
              <option value="en">English</option>
              <option value="nl">Nederlands</option>
            </select>
          </div>
        </div>
        {what !== 'scenario' ? (
          <label className="ex-check">
            <input type="checkbox" checked={names && !pseudonymised} disabled={pseudonymised} onChange={(e) => setNames(e.target.checked)} data-testid="export-names" />
            {t('exportsScreen.names')}
            {pseudonymised ? <span className="ex-hint"> — {t('exportsScreen.namesLocked')}</span> : null}
          </label>
        ) : null}
        <div>
          <button type="submit" className="button" disabled={!canSubmit} data-testid="export-submit">
            {busy === 'export' ? t('exportsScreen.busy') : t('exportsScreen.submit')}
          </button>
        </div>
      </form>

      <section className="card ex-backup" aria-labelledby="ex-backup-title">
        <h2 id="ex-backup-title">{t('exportsScreen.backup.title')}</h2>
        <p>{t('exportsScreen.backup.lead')}</p>
        <div className="ex-backup__actions">
          <button type="button" className="button" onClick={() => void onBackup()} disabled={busy !== null} data-testid="backup-create">
            {t('exportsScreen.backup.create')}
          </button>
          <div className="field">
            <label className="field__label" htmlFor={ids.restore}>
              {t('exportsScreen.backup.restore')}
            </label>
            <input
              id={ids.restore}
              type="file"
              accept=".db,.sqlite,application/vnd.sqlite3,application/octet-stream"
              disabled={busy !== null}
              onChange={(e) => {
                void onRestore(e.target.files?.[0]);
                e.target.value = '';
              }}
              data-testid="restore-file"
            />
          </div>
        </div>
      </section>
    </div>
  );
}

