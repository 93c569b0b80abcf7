/**
 * The workforce import wizard (issue 8): 1 choose a CSV/XLSX file (and optionally a long-format skills file),
 * read in the browser as base64; 2 check: the recognised columns with a mapping editor (prefilled from the last
 * import), counts, every problem by row and column (errors block the import), warnings, and the review of
 * uncertain job titles and skills; 3 import with a progress bar and Cancel (job.cancel: nothing is written);
 * 4 a summary. Nothing reaches the database before step 3.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleListItem } from '../../../../shared/api/dto';
import type { ImportField, ImportPreview, ImportProblem, ImportResult, ImportReviewItem } from '../../../../shared/api/import-dto';
import { IMPORT_FIELDS } from '../../../../shared/api/import-dto';
import { toApiError, type ApiError } from '../../api/client';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat, type MessageKey, type Translate } from '../../i18n';
import { LOCALES } from '../../i18n/format';
import { useApi, useAppStore } from '../../state/store';
import { ProgressBar } from '../paths/common';
import '../paths/reskill.css';

type Step = 'file' | 'check' | 'import' | 'done';
const STEPS: Step[] = ['file', 'check', 'import', 'done'];
const SHOWN_PROBLEMS = 200;

interface PickedFile {
  fileName: string;
  size: number;
  contentBase64: string;
}

/** A File as base64 (FileReader: works in Chromium, Electron and jsdom alike). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

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
    };
  }, [api]);
  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  const baseInput = (over: { mapping?: Record<string, ImportField>; replace?: boolean } = {}) => {
    const m = over.mapping ?? mapping;
    return {
      fileName: people!.fileName,
      contentBase64: people!.contentBase64,
      ...(skillsFile ? { skillsFile: { fileName: skillsFile.fileName, contentBase64: skillsFile.contentBase64 } } : {}),
      ...(Object.keys(m).length ? { mapping: m } : {}),
      ...((over.replace ?? replace) ? { replace: true } : {}),
    };
  };

  const runPreview = async (over: { mapping?: Record<string, ImportField>; replace?: boolean } = {}): Promise<ImportPreview | null> => {
    const n = ++seq.current;
    setPreviewBusy(true);
    try {
      const p = await api.invoke('import.preview', baseInput(over));
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
      const out = await api.invoke('import.commit', {
        ...baseInput(),
        jobId,
        ...(preview.replacesDemo && orgName.trim() ? { organisationName: orgName.trim() } : {}),
        ...(Object.keys(reviewChoices).length ? { reviewChoices } : {}),
        ...(Object.keys(skillChoices).length ? { skillChoices } : {}),
      });
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
          <MappingEditor preview={preview} mapping={mapping} remembered={remembered} busy={previewBusy} onChange={changeMapping} />
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

function withChoice(c: Record<string, string>, key: string, code: string): Record<string, string> {
  const next = { ...c };
  if (code) next[key] = code;
  else delete next[key];
  return next;
}

function withSkillChoice(c: Record<string, string | null>, value: string, id: string): Record<string, string | null> {
  const next = { ...c };
  if (id === '') delete next[value];
  else next[value] = id;
  return next;
}

function sizeText(bytes: number, fmt: ReturnType<typeof useFormat>): string {
  if (bytes < 1024) return `${fmt.number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${fmt.number(bytes / 1024, 1)} KB`;
  return `${fmt.number(bytes / 1024 / 1024, 1)} MB`;
}

function FileStep({
  people,
  skills,
  onPeople,
  onSkills,
  busy,
  error,
  onNext,
}: {
  people: PickedFile | null;
  skills: PickedFile | null;
  onPeople(f: PickedFile | null): void;
  onSkills(f: PickedFile | null): void;
  busy: boolean;
  error: ApiError | null;
  onNext(): void;
}) {
  const { t } = useTranslation();
  const [readError, setReadError] = useState<ApiError | null>(null);
  const pick = async (file: File | undefined, set: (f: PickedFile | null) => void) => {
    setReadError(null);
    if (!file) return set(null);
    try {
      set({ fileName: file.name, size: file.size, contentBase64: await readAsBase64(file) });
    } catch (e) {
      setReadError(toApiError(e));
    }
  };
  return (
    <form
      className="rk-form imp-file"
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <p className="panel__note">{t('workforce.import.file.intro')}</p>
      <FileField id="imp-people" label={t('workforce.import.file.people')} hint={t('workforce.import.file.peopleHint')} file={people} testId="import-file" onPick={(f) => void pick(f, onPeople)} />
      <FileField id="imp-skills" label={t('workforce.import.file.skills')} hint={t('workforce.import.file.skillsHint')} file={skills} testId="import-skills-file" onPick={(f) => void pick(f, onSkills)} />
      {readError ? <ErrorBanner what={t('workforce.import.check.error')} error={readError} testId="import-read-error" /> : null}
      {error ? <ErrorBanner what={t('workforce.import.check.error')} error={error} testId="import-preview-error" /> : null}
      <div className="rk-form__row imp-actions">
        <button type="submit" className="button button--primary" disabled={!people || busy} aria-describedby={people ? undefined : 'imp-need-file'} data-testid="import-next">
          {t('workforce.import.file.next')}
        </button>
        {!people ? (
          <span className="panel__meta" id="imp-need-file">
            {t('workforce.import.file.required')}
          </span>
        ) : null}
        {busy ? <Loading label={t('workforce.import.file.reading')} testId="import-reading" /> : null}
      </div>
    </form>
  );
}

function FileField({ id, label, hint, file, testId, onPick }: { id: string; label: string; hint: string; file: PickedFile | null; testId: string; onPick(f: File | undefined): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field imp-filefield">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        className="field__control"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-hint`}
        data-testid={testId}
        onChange={(e) => onPick(e.target.files?.[0])}
      />
      <span className="imp-hint" id={`${id}-hint`}>
        {hint}
      </span>
      {file ? (
        <span className="imp-chosen" data-testid={`${testId}-chosen`}>
          {t('workforce.import.file.chosen', { name: file.fileName, size: sizeText(file.size, fmt) })}{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              if (input.current) input.current.value = '';
              onPick(undefined);
            }}
          >
            {t('workforce.import.file.clear')}
          </button>
        </span>
      ) : null}
    </div>
  );
}

function CheckSummary({ preview, busy }: { preview: ImportPreview; busy: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const items: [string, number, string][] = [
    ['people', preview.people, 'import-count-people'],
    ['added', preview.added, 'import-count-added'],
    ['updated', preview.updated, 'import-count-updated'],
    ['removed', preview.removed, 'import-count-removed'],
    ['skills', preview.skills, 'import-count-skills'],
  ];
  return (
    <div className="imp-summary" aria-busy={busy}>
      <p className="panel__meta" data-testid="import-file-summary">
        {t('workforce.import.check.summary', {
          file: preview.fileName,
          format: preview.format.toUpperCase(),
          encoding: preview.encoding,
          delimiter: preview.delimiter ? t('workforce.import.check.delimiter', { d: preview.delimiter === '\t' ? 'tab' : preview.delimiter }) : '',
          row: fmt.number(preview.headerRow),
        })}
        {preview.sheet ? ` · ${t('workforce.import.check.sheet', { sheet: preview.sheet })}` : ''}
        {busy ? ` · ${t('workforce.import.check.checking')}` : ''}
      </p>
      <dl className="imp-counts" aria-live="polite">
        {items.map(([k, v, id]) => (
          <div key={k} className={k === 'removed' && v > 0 ? 'imp-count imp-count--warn' : 'imp-count'}>
            <dt>{t(`workforce.import.check.counts.${k}` as MessageKey)}</dt>
            <dd data-testid={id}>{fmt.number(v)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function MappingEditor({
  preview,
  mapping,
  remembered,
  onChange,
}: {
  preview: ImportPreview;
  mapping: Record<string, ImportField>;
  remembered: boolean;
  busy: boolean;
  onChange(header: string, field: ImportField | ''): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="imp-section" aria-labelledby="imp-mapping-heading" data-testid="import-mapping">
      <h3 className="imp-section__title" id="imp-mapping-heading">
        {t('workforce.import.mapping.heading')}
      </h3>
      <p className="panel__note">{t('workforce.import.mapping.caption')}</p>
      {remembered ? (
        <p className="panel__meta" data-testid="import-remembered">
          {t('workforce.import.mapping.remembered')}
        </p>
      ) : null}
      <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-mapping-heading">
        <table className="table imp-table">
          <thead>
            <tr>
              <th scope="col">{t('workforce.import.mapping.column')}</th>
              <th scope="col">{t('workforce.import.mapping.field')}</th>
              <th scope="col">{t('workforce.import.mapping.how')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => {
              const value = (mapping[c.header] as ImportField | undefined) ?? c.field ?? '';
              return (
                <tr key={`${c.index}-${c.header}`} data-testid="mapping-row" data-header={c.header} data-field={c.field ?? ''}>
                  <th scope="row" className="imp-header">
                    {c.header || `#${c.index + 1}`}
                  </th>
                  <td>
                    <select
                      className="field__control"
                      value={value}
                      aria-label={t('workforce.import.mapping.select', { header: c.header || `#${c.index + 1}` })}
                      data-testid="mapping-select"
                      onChange={(e) => onChange(c.header, e.target.value as ImportField | '')}
                    >
                      {value === '' ? <option value="">{t('workforce.import.mapping.notRecognised')}</option> : null}
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(`workforce.import.mapping.fields.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={c.by === 'none' ? 'imp-muted' : undefined}>
                    {t(`workforce.import.mapping.by.${c.by}`, { pct: fmt.percent(c.confidence) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function problemText(p: ImportProblem, lang: string, t: Translate): string {
  // English: the core's own precise message. Dutch: the catalogue's text for the code.
  if (lang === 'en') return p.message;
  return t(`workforce.import.codes.${p.code}`, { defaultValue: p.message });
}

function Problems({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const all = [...errors, ...preview.warnings];
  const shown = all.slice(0, SHOWN_PROBLEMS);
  const total = preview.errorCount + preview.warningCount;
  return (
    <section className="imp-section" aria-labelledby="imp-problems-heading" data-testid="import-problems">
      <h3 className="imp-section__title" id="imp-problems-heading">
        {t('workforce.import.problems.heading')}{' '}
        <span className={preview.errorCount > 0 ? 'imp-pill imp-pill--error' : 'imp-pill'} data-testid="import-error-count">
          {t('workforce.import.problems.errors', { count: preview.errorCount, n: fmt.number(preview.errorCount) })}
        </span>{' '}
        <span className={preview.warningCount > 0 ? 'imp-pill imp-pill--warn' : 'imp-pill'} data-testid="import-warning-count">
          {t('workforce.import.problems.warnings', { count: preview.warningCount, n: fmt.number(preview.warningCount) })}
        </span>
      </h3>
      {shown.length === 0 ? (
        <p className="panel__note">{t('workforce.import.problems.none')}</p>
      ) : (
        <>
          <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-problems-heading">
            <table className="table imp-table">
              <caption className="imp-caption">{t('workforce.import.problems.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workforce.import.problems.severity')}</th>
                  <th scope="col">{t('workforce.import.problems.row')}</th>
                  <th scope="col">{t('workforce.import.problems.column')}</th>
                  <th scope="col">{t('workforce.import.problems.value')}</th>
                  <th scope="col">{t('workforce.import.problems.message')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p, i) => (
                  <tr key={i} data-testid="problem-row" data-severity={p.severity} data-code={p.code} data-row={p.row ?? ''}>
                    <td>
                      <span className={`imp-sev imp-sev--${p.severity}`}>
                        <span aria-hidden="true">{p.severity === 'error' ? '✕ ' : '! '}</span>
                        {t(`workforce.import.problems.${p.severity}`)}
                      </span>
                    </td>
                    <td className="imp-num">
                      {p.row ?? '–'}
                      {p.file !== preview.fileName || p.sheet ? <span className="imp-muted imp-where">{[p.file !== preview.fileName ? p.file : null, p.sheet].filter(Boolean).join(' · ')}</span> : null}
                    </td>
                    <td>{p.column ?? '–'}</td>
                    <td className="imp-value">{p.value === null || p.value === '' ? '–' : <code>{p.value}</code>}</td>
                    <td>{problemText(p, fmt.lang, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {total > shown.length ? <p className="panel__meta">{t('workforce.import.problems.more', { shown: fmt.number(shown.length), total: fmt.number(total) })}</p> : null}
        </>
      )}
    </section>
  );
}

function RoleReview({ items, choices, onChoose }: { items: ImportReviewItem[]; choices: Record<string, string>; onChoose(row: number, code: string): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const [roles, setRoles] = useState<RoleListItem[] | null>(null);
  const need = items.length > 0;
  useEffect(() => {
    if (!need) return;
    let ok = true;
    api.invoke('roles.list', { lang: language }).then(
      (r) => ok && setRoles(r.roles),
      () => ok && setRoles([]),
    );
    return () => {
      ok = false;
    };
  }, [api, language, need]);
  const sorted = useMemo(() => {
    const c = new Intl.Collator(LOCALES[fmt.lang]);
    return (roles ?? []).slice().sort((a, b) => c.compare(a.title, b.title));
  }, [roles, fmt.lang]);
  const titleOf = useMemo(() => new Map((roles ?? []).map((r) => [r.code, r.title])), [roles]);
  if (!need) return null;
  const chosen = Object.keys(choices).length;
  return (
    <section className="imp-section" aria-labelledby="imp-review-heading" data-testid="import-review">
      <h3 className="imp-section__title" id="imp-review-heading">
        {t('workforce.import.review.heading')} <span className="imp-pill imp-pill--warn">{fmt.number(items.length)}</span>
      </h3>
      <p className="panel__note">{t('workforce.import.review.intro')}</p>
      <p className="panel__meta" aria-live="polite" data-testid="import-review-chosen">
        {t('workforce.import.review.chosen', { count: chosen, n: fmt.number(chosen) })}
      </p>
      <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-review-heading">
        <table className="table imp-table">
          <caption className="imp-caption">{t('workforce.import.review.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workforce.import.review.row')}</th>
              <th scope="col">{t('workforce.import.review.id')}</th>
              <th scope="col">{t('workforce.import.review.value')}</th>
              <th scope="col">{t('workforce.import.review.guess')}</th>
              <th scope="col">{t('workforce.import.review.choice')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => {
              const key = String(x.row);
              const suggestions = suggestionsOf(x);
              return (
                <tr key={`${x.row}-${x.id}`} data-testid="review-row" data-row={x.row} data-id={x.id} data-best-guess={x.bestGuess ?? ''}>
                  <td className="imp-num">{x.row}</td>
                  <td>{x.id}</td>
                  <th scope="row">{x.value}</th>
                  <td>
                    {x.bestGuess ? (
                      <>
                        {titleOf.get(x.bestGuess) ?? x.bestGuessTitle ?? x.bestGuess}{' '}
                        <span className="imp-conf" data-testid="review-confidence">
                          {t('workforce.import.review.confidence', { pct: fmt.percent(x.confidence) })}
                        </span>
                      </>
                    ) : (
                      <span className="imp-muted">{t('workforce.import.review.noGuess')}</span>
                    )}
                  </td>
                  <td>
                    <select
                      className="field__control imp-role-select"
                      value={choices[key] ?? ''}
                      aria-label={t('workforce.import.review.choose', { row: x.row, value: x.value })}
                      data-testid="review-select"
                      onChange={(e) => onChoose(x.row, e.target.value)}
                    >
                      <option value="">{t('workforce.import.review.keep')}</option>
                      <optgroup label={t('workforce.import.review.suggestions')}>
                        {suggestions.map((s) => (
                          <option key={s.code} value={s.code}>
                            {titleOf.get(s.code) ?? s.title} ({fmt.percent(s.confidence)})
                          </option>
                        ))}
                      </optgroup>
                      {roles && roles.length > 0 ? (
                        <optgroup label={t('workforce.import.review.allRoles')}>
                          {sorted.map((r) => (
                            <option key={r.code} value={r.code}>
                              {r.title}
                            </option>
                          ))}
                        </optgroup>
                      ) : null}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SkillReview({ items, choices, onChoose }: { items: ImportReviewItem[]; choices: Record<string, string | null>; onChoose(value: string, id: string): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (items.length === 0) return null;
  return (
    <section className="imp-section" aria-labelledby="imp-skills-heading" data-testid="import-skill-review">
      <h3 className="imp-section__title" id="imp-skills-heading">
        {t('workforce.import.skills.heading')} <span className="imp-pill imp-pill--warn">{fmt.number(items.length)}</span>
      </h3>
      <p className="panel__note">{t('workforce.import.skills.intro')}</p>
      <div className="table-wrap imp-scroll" tabIndex={0} role="region" aria-labelledby="imp-skills-heading">
        <table className="table imp-table">
          <caption className="imp-caption">{t('workforce.import.skills.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workforce.import.skills.value')}</th>
              <th scope="col">{t('workforce.import.skills.count')}</th>
              <th scope="col">{t('workforce.import.skills.guess')}</th>
              <th scope="col">{t('workforce.import.skills.choice')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => {
              const suggestions = suggestionsOf(x);
              const v = choices[x.value];
              return (
                <tr key={x.value} data-testid="skill-review-row" data-value={x.value}>
                  <th scope="row">{x.value}</th>
                  <td className="imp-num">{fmt.number(x.count ?? 1)}</td>
                  <td>
                    {x.bestGuess ? (
                      <>
                        {x.bestGuessTitle ?? x.bestGuess} <span className="imp-conf">{t('workforce.import.review.confidence', { pct: fmt.percent(x.confidence) })}</span>
                      </>
                    ) : (
                      <span className="imp-muted">{t('workforce.import.review.noGuess')}</span>
                    )}
                  </td>
                  <td>
                    <select
                      className="field__control"
                      value={v === undefined || v === null ? '' : v}
                      aria-label={t('workforce.import.skills.choose', { value: x.value })}
                      data-testid="skill-review-select"
                      onChange={(e) => onChoose(x.value, e.target.value)}
                    >
                      <option value="">{t('workforce.import.skills.leaveOut')}</option>
                      {suggestions.map((s) => (
                        <option key={s.code} value={s.code}>
                          {s.title} ({fmt.percent(s.confidence)})
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CommitPanel({
  preview,
  busy,
  replace,
  replaceShown,
  onReplace,
  orgName,
  onOrgName,
  onBack,
  onRecheck,
  onCommit,
}: {
  preview: ImportPreview;
  busy: boolean;
  replace: boolean;
  replaceShown: boolean;
  onReplace(v: boolean): void;
  orgName: string;
  onOrgName(v: string): void;
  onBack(): void;
  onRecheck(): void;
  onCommit(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const blocked = !preview.canCommit;
  return (
    <section className="imp-section imp-commit" aria-labelledby={`${id}-h`} data-testid="import-commit-panel">
      <h3 className="imp-section__title" id={`${id}-h`}>
        {t('workforce.import.steps.import')}
      </h3>
      {preview.replacesDemo ? (
        <>
          <p className="rk-note" data-testid="import-replaces-demo">
            {t('workforce.import.check.replacesDemo', { n: fmt.number(preview.removed) })}
          </p>
          <div className="field imp-org">
            <label className="field__label" htmlFor={`${id}-org`}>
              {t('workforce.import.check.orgName')}
            </label>
            <input
              id={`${id}-org`}
              className="field__control"
              value={orgName}
              maxLength={200}
              placeholder={t('workforce.import.check.orgPlaceholder')}
              onChange={(e) => onOrgName(e.target.value)}
              data-testid="import-org-name"
            />
          </div>
        </>
      ) : null}
      <div className="imp-replace">
        <label className="wf-check">
          <input type="checkbox" checked={replace} disabled={preview.replacesDemo} aria-describedby={`${id}-replace-hint`} onChange={(e) => onReplace(e.target.checked)} data-testid="import-replace" />
          {t('workforce.import.check.replace')}
        </label>
        <span className="panel__meta" id={`${id}-replace-hint`}>
          {preview.replacesDemo ? t('workforce.import.check.replaceDemo') : t('workforce.import.check.replaceHint')}
        </span>
        {replace && replaceShown && !preview.replacesDemo ? (
          <p className="imp-warning" role="alert" data-testid="import-replace-warning">
            {t('workforce.import.check.replaceWarning', { count: preview.removed, n: fmt.number(preview.removed) })}
          </p>
        ) : null}
      </div>
      <p className={blocked ? 'imp-blocked' : 'panel__meta'} id={`${id}-state`} data-testid={blocked ? 'import-blocked' : 'import-ready'}>
        {blocked ? t('workforce.import.check.blocked', { count: preview.errorCount, n: fmt.number(preview.errorCount) }) : t('workforce.import.check.ready')}
      </p>
      <div className="rk-form__row imp-actions">
        <button type="button" className="button button--quiet" onClick={onBack} data-testid="import-back">
          {t('workforce.import.check.back')}
        </button>
        <button type="button" className="button button--quiet" onClick={onRecheck} disabled={busy} data-testid="import-recheck">
          {t('workforce.import.check.recheck')}
        </button>
        <button type="button" className="button button--primary" onClick={onCommit} disabled={blocked || busy} aria-describedby={`${id}-state`} data-testid="import-commit">
          {t('workforce.import.check.commit', { count: preview.people, n: fmt.number(preview.people) })}
        </button>
      </div>
    </section>
  );
}

function DoneStep({ result, onClose }: { result: ImportResult; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const review = result.toReview.filter((x) => x.kind === 'role').length;
  const items: [string, number][] = [
    ['added', result.added],
    ['updated', result.updated],
    ['removed', result.removed],
    ['skills', result.skills],
  ];
  return (
    <div className="imp-done" data-testid="import-done">
      <p className="rk-note imp-note--ok" role="status">
        {t('workforce.import.done.text', { org: result.organisation, n: fmt.number(result.people), file: result.fileName })}
      </p>
      <dl className="imp-counts">
        {items.map(([k, v]) => (
          <div key={k} className="imp-count">
            <dt>{t(`workforce.import.done.${k}` as MessageKey)}</dt>
            <dd data-testid={`import-done-${k}`}>{fmt.number(v)}</dd>
          </div>
        ))}
      </dl>
      {review > 0 ? <p className="panel__note">{t('workforce.import.done.toReview', { count: review, n: fmt.number(review) })}</p> : null}
      {result.warningCount > 0 ? <p className="panel__note">{t('workforce.import.done.warnings', { count: result.warningCount, n: fmt.number(result.warningCount) })}</p> : null}
      <div className="rk-form__row">
        <button type="button" className="button button--primary" onClick={onClose} data-testid="import-show-people">
          {t('workforce.import.done.show')}
        </button>
      </div>
    </div>
  );
}

/** The best guess first, then the other candidates the matcher found (roles or skills alike). */
function suggestionsOf(x: { bestGuess: string | null; bestGuessTitle?: string | null; confidence: number; alternatives: { code: string; title: string; confidence: number }[] }) {
  return [...(x.bestGuess ? [{ code: x.bestGuess, title: x.bestGuessTitle ?? x.bestGuess, confidence: x.confidence }] : []), ...x.alternatives.filter((a) => a.code !== x.bestGuess)];
}
