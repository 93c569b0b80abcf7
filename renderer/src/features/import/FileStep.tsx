/**
 * Step 1 of the import: choose the people file (and optionally a long-format skills file).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/client';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';

export interface PickedFile {
  fileName: string;
  size: number;
  contentBase64: string;
}

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

function sizeText(bytes: number, fmt: ReturnType<typeof useFormat>): string {
  if (bytes < 1024) return `${fmt.number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${fmt.number(bytes / 1024, 1)} KB`;
  return `${fmt.number(bytes / 1024 / 1024, 1)} MB`;
}

export function FileStep({
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
