/**
 * The last part of the check step: replace options, the organisation name for a first import, and the button.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/import-dto';
import { useFormat } from '../../i18n';

export function CommitPanel({
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
