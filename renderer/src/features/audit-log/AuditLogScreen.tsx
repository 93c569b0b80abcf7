/**
 * Audit log: the append-only record, read-only, newest first, filtered by entity and entity id, paged
 * with beforeId ("load older"). Each entry shows when, who, what, action, reason and a compact
 * before → after diff with the full JSON on request. There are no edit controls, by design.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../shared/api/dto';
import { useLoad } from '../../api/useLoad';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { LOCALES } from '../../i18n/format';
import { diffValues, shortValue } from './diff';
import { scenarioLabel } from '../../i18n/scenarioText';
import './audit-log.css';

export const PAGE_SIZE = 100;
const ENTITIES = ['settings', 'scenario', 'plan', 'employee_skill', 'workforce', 'export', 'database'] as const;

interface Filter {
  entity: string;
  entityId: string;
}

export function AuditLogScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [draft, setDraft] = useState<Filter>({ entity: '', entityId: '' });
  const [filter, setFilter] = useState<Filter>({ entity: '', entityId: '' });
  const [entries, setEntries] = useState<AuditEntryDto[]>([]);
  const [beforeId, setBeforeId] = useState<number | null>(null);
  // One page per call; a newer filter or page wins over one still on its way (api/resource.ts).
  const page = useLoad(
    (a) =>
      a.invoke('audit.list', {
        limit: PAGE_SIZE,
        ...(filter.entity ? { entity: filter.entity } : {}),
        ...(filter.entityId.trim() ? { entityId: filter.entityId.trim() } : {}),
        ...(beforeId ? { beforeId } : {}),
      }),
    [filter, beforeId],
  );
  // A first page replaces the list, a next page extends it: once per page that arrives.
  useEffect(() => {
    if (page.data) setEntries((prev) => (beforeId ? [...prev, ...page.data!.entries] : page.data!.entries));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- beforeId belongs to the page that arrived
  }, [page.data]);
  const state = { status: page.status, error: page.error, more: page.data?.entries.length === PAGE_SIZE };

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setBeforeId(null);
    setFilter({ ...draft });
  };
  const clear = () => {
    setDraft({ entity: '', entityId: '' });
    setBeforeId(null);
    setFilter({ entity: '', entityId: '' });
  };
  const retry = page.reload;
  const filtered = filter.entity !== '' || filter.entityId.trim() !== '';
  const firstLoad = state.status === 'loading' && beforeId === null;

  return (
    <div className="screen" data-testid="screen-audit-log">
      <header className="screen__header">
        <h1 className="screen__title">{t('auditLog.title')}</h1>
        <p className="screen__lead">{t('auditLog.lead')}</p>
      </header>
      <p className="al-note" data-testid="audit-append-only">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="al-note__icon">
          <rect x="5" y="10" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8 10V7a4 4 0 018 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t('auditLog.appendOnly')}
      </p>
      <form className="toolbar" onSubmit={apply} role="search" aria-label={t('auditLog.title')}>
        <div className="field">
          <label className="field__label" htmlFor="al-entity">
            {t('auditLog.filter.entity')}
          </label>
          <select id="al-entity" className="field__control" data-testid="audit-entity" value={draft.entity} onChange={(e) => setDraft((d) => ({ ...d, entity: e.target.value }))}>
            <option value="">{t('auditLog.filter.allEntities')}</option>
            {ENTITIES.map((x) => (
              <option key={x} value={x}>
                {t(`auditLog.entity.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="al-entity-id">
            {t('auditLog.filter.entityId')}
          </label>
          <input
            id="al-entity-id"
            className="field__control"
            data-testid="audit-entity-id"
            placeholder={t('auditLog.filter.entityIdPlaceholder')}
            maxLength={200}
            value={draft.entityId}
            autoComplete="off"
            onChange={(e) => setDraft((d) => ({ ...d, entityId: e.target.value }))}
          />
        </div>
        <div className="al-actions">
          <button type="submit" className="button" data-testid="audit-apply">
            {t('auditLog.filter.apply')}
          </button>
          <button type="button" className="button button--quiet" onClick={clear} disabled={!filtered && draft.entity === '' && draft.entityId === ''}>
            {t('auditLog.filter.clear')}
          </button>
        </div>
      </form>
      {state.status === 'error' && state.error ? <ErrorBanner what={t('auditLog.state.error')} error={state.error} onRetry={retry} testId="audit-error" /> : null}
      {firstLoad && entries.length === 0 ? (
        <Loading label={t('auditLog.state.loading')} testId="audit-loading" />
      ) : entries.length === 0 && state.status === 'ready' ? (
        <EmptyState title={filtered ? t('auditLog.state.noMatch') : t('auditLog.state.empty')} icon={filtered ? 'search' : 'empty'} testId="audit-empty">
          {filtered ? null : <p>{t('auditLog.state.emptyHint')}</p>}
        </EmptyState>
      ) : entries.length > 0 ? (
        <section className="panel" aria-labelledby="al-heading" aria-busy={state.status === 'loading'}>
          <div className="panel__header">
            <h2 className="panel__title visually-hidden" id="al-heading">
              {t('auditLog.table.caption')}
            </h2>
            <p className="panel__meta" aria-live="polite" data-testid="audit-count">
              {t('auditLog.table.showing', { count: entries.length, n: fmt.number(entries.length) })}
            </p>
          </div>
          <AuditTable entries={entries} />
          <div className="al-more">
            {state.more ? (
              <button type="button" className="button button--quiet" data-testid="audit-more" disabled={state.status === 'loading'} onClick={() => setBeforeId(entries[entries.length - 1]!.id)}>
                {state.status === 'loading' ? t('auditLog.table.loadingMore') : t('auditLog.table.more')}
              </button>
            ) : (
              <span className="panel__note">{t('auditLog.table.end')}</span>
            )}
          </div>
        </section>
      ) : null}
    </div>
  );
}


function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dateTime = new Intl.DateTimeFormat(LOCALES[fmt.lang], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="table-wrap">
      <table className="table al-table" data-testid="audit-table">
        <caption className="visually-hidden">{t('auditLog.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('auditLog.table.when')}</th>
            <th scope="col">{t('auditLog.table.who')}</th>
            <th scope="col">{t('auditLog.table.what')}</th>
            <th scope="col">{t('auditLog.table.action')}</th>
            <th scope="col">{t('auditLog.table.reason')}</th>
            <th scope="col">{t('auditLog.table.change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-entity={e.entity} data-audit-id={e.id}>
              <td className="al-when">
                <time dateTime={e.at}>{dateTime.format(new Date(e.at))}</time>
              </td>
              <td>{e.actor}</td>
              <td>
                <span className="al-entity">{t(`auditLog.entity.${e.entity}`, { defaultValue: e.entity })}</span>
                {/* A seeded scenario's id is a word ("expected"): shown in the reader's language, the id in the title. */}
                {e.entityId && e.entity === 'scenario' ? (
                  <span className="al-id" title={e.entityId}>
                    {scenarioLabel(t, e.entityId)}
                  </span>
                ) : e.entityId ? (
                  <code className="al-id">{e.entityId}</code>
                ) : null}
              </td>
              <td>{t(`auditLog.action.${e.action}`, { defaultValue: e.action })}</td>
              <td className="al-reason">{e.reason ?? <span className="al-muted">{t('auditLog.table.noReason')}</span>}</td>
              {/* Recorded values as they were recorded (ids, keys, numbers): not text in any language. */}
              <td className="al-change" lang="zxx" translate="no">
                <Diff before={e.before} after={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SHOWN = 3;

function Diff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const d = diffValues(before, after);
  const shown = d.changes.slice(0, SHOWN);
  return (
    <div className="al-diff" data-testid="audit-diff">
      {d.kind === 'created' ? <span className="al-muted">{t('auditLog.diff.created')}</span> : null}
      {d.kind === 'removed' ? <span className="al-muted">{t('auditLog.diff.removed')}</span> : null}
      {d.kind === 'same' ? <span className="al-muted">{t('auditLog.diff.noChange')}</span> : null}
      {shown.length ? (
        <ul className="al-changes">
          {shown.map((c) => (
            <li key={c.path}>
              {c.path ? <span className="al-path">{c.path}:</span> : null}{c.path ? " " : null}
              {d.kind === 'created' ? (
                <span className="al-after">{shortValue(c.after)}</span>
              ) : (
                <>
                  <del className="al-before">{shortValue(c.before)}</del>
                  <span aria-hidden="true"> → </span>
                  <ins className="al-after">{shortValue(c.after)}</ins>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {d.changes.length > SHOWN ? <span className="al-muted">{t('auditLog.diff.more', { count: d.changes.length - SHOWN, n: d.changes.length - SHOWN })}</span> : null}
      {before != null || after != null ? (
        <details className="al-json">
          <summary>{t('auditLog.diff.json')}</summary>
          <div className="al-json__body">
            <div>
              <p className="al-json__label">{t('auditLog.diff.before')}</p>
              <pre tabIndex={0}>{before == null ? t('auditLog.diff.empty') : JSON.stringify(before, null, 2)}</pre>
            </div>
            <div>
              <p className="al-json__label">{t('auditLog.diff.after')}</p>
              <pre tabIndex={0}>{after == null ? t('auditLog.diff.empty') : JSON.stringify(after, null, 2)}</pre>
            </div>
          </div>
        </details>
      ) : null}
    </div>
  );
}
