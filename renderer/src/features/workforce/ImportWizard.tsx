/**
 * The workforce import wizard (issue 8): 1 choose a CSV/XLSX file (and optionally a long-format skills file),
 * sent once to the core, which reads it into an import session (14.4); 2 check: the recognised columns with a mapping editor (prefilled from the last
 * import), counts, every problem by row and column (errors block the import), warnings, and the review of
 * uncertain job titles and skills; 3 import with a progress bar and Cancel (job.cancel: nothing is written);
 * 4 a summary. Nothing reaches the database before step 3. Each step's parts live in features/import/.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview, ImportResult } from '../../../../shared/api/import-dto';
import { toApiError, type ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../state/store';
import { ProgressBar } from '../paths/common';
import { CheckSummary } from '../import/CheckSummary';
import { CommitPanel } from '../import/CommitPanel';
import { DoneStep } from '../import/DoneStep';
import { FileStep, type PickedFile } from '../import/FileStep';
import { MappingEditor } from '../import/MappingEditor';
import { Problems } from '../import/Problems';
import { RoleReview } from '../import/RoleReview';
import { SkillReview } from '../import/SkillReview';
import { withChoice, withSkillChoice } from '../import/suggestions';
import '../paths/reskill.css';

type Step = 'file' | 'check' | 'import' | 'done';
const STEPS: Step[] = ['file', 'check', 'import', 'done'];

/** A File as base64 (FileReader: works in Chromium, Electron and jsdom alike). */

let jobCounter = 0;

interface RunState {
  status: 'idle' | 'running' | 'cancelling' | 'cancelled' | 'error';
  done: number;
  total: number;
  error: ApiError | null;
}
const IDLE_RUN: RunState = { status: 'idle', done: 0, total: 0, error: null };

export function ImportWizard({ onClose, onImported }: { onClose(): void; onImported(result: ImportResult): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [step, setStep] = useState<Step>('file');
  const [people, setPeople] = useState<PickedFile | null>(null);
  const [skillsFile, setSkillsFile] = useState<PickedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [mapping, setMapping] = useState<Record<string, ImportField>>({});
  const [remembered, setRemembered] = useState(false);
  const [replace, setReplace] = useState(false);
  const [orgName, setOrgName] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // Whether the preview on screen was made with "replace": its removed count only means that then.
  const [previewReplace, setPreviewReplace] = useState(false);
  const [previewBusy, setPreviewBusy] = useState(false);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [reviewChoices, setReviewChoices] = useState<Record<string, string>>({});
  const [skillChoices, setSkillChoices] = useState<Record<string, string | null>>({});
  const [run, setRun] = useState<RunState>(IDLE_RUN);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fullTimeHours, setFullTimeHours] = useState<number | null>(null);
  // The core's session for the chosen files: they cross once, then preview and commit name it.
  const session = useRef<{ id: string; people: PickedFile; skills: PickedFile | null } | null>(null);
  const seq = useRef(0);
  const job = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      // Leaving the screen mid-import stops it: nothing half-written.
      if (job.current) void api.invoke('job.cancel', { jobId: job.current }).catch(() => undefined);
      if (session.current) void api.invoke('import.close', { sessionId: session.current.id }).catch(() => undefined);
    };
  }, [api]);
  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  /** The session for the chosen files, opened (the files sent) only when they changed. */
  const sessionId = async (): Promise<string> => {
    const s = session.current;
    if (s && s.people === people && s.skills === skillsFile) return s.id;
    if (s) void api.invoke('import.close', { sessionId: s.id }).catch(() => undefined);
    session.current = null;
    const opened = await api.invoke('import.open', {
      fileName: people!.fileName,
      contentBase64: people!.contentBase64,
      ...(skillsFile ? { skillsFile: { fileName: skillsFile.fileName, contentBase64: skillsFile.contentBase64 } } : {}),
    });
    session.current = { id: opened.sessionId, people: people!, skills: skillsFile };
    return opened.sessionId;
  };

  type Over = { mapping?: Record<string, ImportField>; replace?: boolean; fullTimeHours?: number };
  const baseInput = async (over: Over = {}) => {
    const m = over.mapping ?? mapping;
    const ft = over.fullTimeHours ?? fullTimeHours;
    return {
      sessionId: await sessionId(),
      ...(Object.keys(m).length ? { mapping: m } : {}),
      ...(ft !== null ? { fullTimeHours: ft } : {}),
      ...((over.replace ?? replace) ? { replace: true } : {}),
    };
  };

  const runPreview = async (over: Over = {}): Promise<ImportPreview | null> => {
    const n = ++seq.current;
    setPreviewBusy(true);
    try {
      const p = await api.invoke('import.preview', await baseInput(over));
      if (n !== seq.current || !live.current) return null;
      setPreview(p);
      setPreviewReplace(over.replace ?? replace);
      setPreviewError(null);
      // Choices for items no longer in review (the mapping changed) are dropped.
      const rows = new Set(p.toReview.filter((x) => x.kind === 'role').map((x) => String(x.row)));
      setReviewChoices((c) => Object.fromEntries(Object.entries(c).filter(([k]) => rows.has(k))));
      const values = new Set(p.toReview.filter((x) => x.kind === 'skill').map((x) => x.value));
      setSkillChoices((c) => Object.fromEntries(Object.entries(c).filter(([k]) => values.has(k))));
      return p;
    } catch (error) {
      if (n === seq.current && live.current) setPreviewError(toApiError(error));
      return null;
    } finally {
      if (n === seq.current && live.current) setPreviewBusy(false);
    }
  };

  const check = async () => {
    if (!people) return;
    setReading(true);
    setPreviewError(null);
    const first = await runPreview({ mapping: {} });
    // The last import's mapping, applied to the columns this file has.
    if (first) {
      const info = await api.invoke('import.mapping', {}).catch(() => null);
      const last = info?.lastMapping ?? null;
      const prefill: Record<string, ImportField> = {};
      if (last) {
        const byHeader = new Map(Object.entries(last).map(([h, f]) => [h.trim().toLowerCase(), f]));
        for (const c of first.columns) {
          const f = byHeader.get(c.header.trim().toLowerCase());
          if (f && f !== c.field) prefill[c.header] = f;
        }
      }
      if (Object.keys(prefill).length > 0) {
        setMapping(prefill);
        setRemembered(true);
        await runPreview({ mapping: prefill });
      } else {
        setMapping({});
        setRemembered(false);
      }
      if (live.current) setStep('check');
    }
    if (live.current) setReading(false);
  };

  const changeMapping = (header: string, field: ImportField | '') => {
    const next = { ...mapping, [header]: field === '' ? ('ignore' as const) : field };
    setMapping(next);
    void runPreview({ mapping: next });
  };

  const changeFullTime = (h: number) => {
    setFullTimeHours(h);
    void runPreview({ fullTimeHours: h });
  };

  const changeReplace = (v: boolean) => {
    setReplace(v);
    void runPreview({ replace: v });
  };

  const commit = async () => {
    if (!preview) return;
    const jobId = `import-${Date.now().toString(36)}-${++jobCounter}`;
    job.current = jobId;
    setRun({ status: 'running', done: 0, total: 0, error: null });
    setStep('import');
    const off = api.onEvent('progress', (e) => {
      if (e.jobId !== jobId || e.label !== 'job.import' || !live.current) return;
      setRun((r) => (r.status === 'running' || r.status === 'cancelling' ? { ...r, done: e.done, total: e.total } : r));
    });
    try {
      const input = await baseInput();
      const out = await api.invoke('import.commit', {
        ...input,
        jobId,
        ...(preview.replacesDemo && orgName.trim() ? { organisationName: orgName.trim() } : {}),
        ...(Object.keys(reviewChoices).length ? { reviewChoices } : {}),
        ...(Object.keys(skillChoices).length ? { skillChoices } : {}),
      });
      // A successful commit ended the session on the core side.
      session.current = null;
      if (!live.current) return;
      setResult(out);
      setRun(IDLE_RUN);
      setStep('done');
      onImported(out);
    } catch (error) {
      if (!live.current) return;
      const e = toApiError(error);
      setRun({ ...IDLE_RUN, status: e.code === 'CANCELLED' ? 'cancelled' : 'error', error: e.code === 'CANCELLED' ? null : e });
      setStep('check');
    } finally {
      off();
      if (job.current === jobId) job.current = null;
    }
  };

  const cancel = () => {
    if (!job.current) return;
    setRun((r) => ({ ...r, status: 'cancelling' }));
    void api.invoke('job.cancel', { jobId: job.current }).catch(() => undefined);
  };

  const stepIndex = STEPS.indexOf(step);
  return (
    <section className="panel imp" aria-labelledby="imp-title" data-testid="import-wizard" data-step={step}>
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('workforce.import.kicker')}</p>
          <h2 className="panel__title" id="imp-title" ref={heading} tabIndex={-1} data-testid="import-step-title">
            {t(`workforce.import.steps.${step}`)}
          </h2>
        </div>
        {step !== 'import' ? (
          <button type="button" className="button button--quiet" onClick={onClose} data-testid="import-close">
            {t('workforce.import.close')}
          </button>
        ) : null}
      </div>
      <ol className="rk-steps imp-steps" aria-label={t('workforce.import.stepsLabel')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < stepIndex ? 'imp-steps__done' : undefined}>
            {i + 1}. {t(`workforce.import.steps.${s}`)}
          </li>
        ))}
      </ol>

      {step === 'file' ? (
        <FileStep people={people} skills={skillsFile} onPeople={setPeople} onSkills={setSkillsFile} busy={reading} error={previewError} onNext={() => void check()} />
      ) : null}

      {step === 'check' && preview ? (
        <div className="imp-check">
          {run.status === 'cancelled' ? (
            <p className="rk-note imp-note--ok" role="status" data-testid="import-cancelled">
              {t('workforce.import.run.cancelled')}
            </p>
          ) : null}
          {run.status === 'error' && run.error ? <ErrorBanner what={t('workforce.import.run.error')} error={run.error} onDismiss={() => setRun(IDLE_RUN)} testId="import-commit-error" /> : null}
          {previewError ? <ErrorBanner what={t('workforce.import.check.error')} error={previewError} onRetry={() => void runPreview()} testId="import-preview-error" /> : null}
          <CheckSummary preview={preview} busy={previewBusy} />
          <MappingEditor preview={preview} mapping={mapping} remembered={remembered} busy={previewBusy} onChange={changeMapping} onFullTimeHours={changeFullTime} />
          <Problems preview={preview} />
          <RoleReview items={preview.toReview.filter((x) => x.kind === 'role')} choices={reviewChoices} onChoose={(row, code) => setReviewChoices((c) => withChoice(c, String(row), code))} />
          <SkillReview items={preview.toReview.filter((x) => x.kind === 'skill')} choices={skillChoices} onChoose={(value, id) => setSkillChoices((c) => withSkillChoice(c, value, id))} />
          <CommitPanel
            preview={preview}
            busy={previewBusy}
            replace={replace}
            replaceShown={previewReplace}
            onReplace={changeReplace}
            orgName={orgName}
            onOrgName={setOrgName}
            onBack={() => {
              setStep('file');
              setRun(IDLE_RUN);
            }}
            onRecheck={() => void runPreview()}
            onCommit={() => void commit()}
          />
        </div>
      ) : null}

      {step === 'import' ? (
        <div className="imp-run" data-testid="import-running">
          <ProgressBar done={run.done} total={run.total} label={t('workforce.import.run.progress')} testId="import-progress" />
          <div className="rk-form__row">
            <button type="button" className="button" onClick={cancel} disabled={run.status === 'cancelling'} data-testid="import-cancel">
              {run.status === 'cancelling' ? t('workforce.import.run.cancelling') : t('workforce.import.run.cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {step === 'done' && result ? <DoneStep result={result} onClose={onClose} /> : null}
    </section>
  );
}














/** The best guess first, then the other candidates the matcher found (roles or skills alike). */
