/**
 * Workforce: headline counts, the people list (virtualised, sortable, filterable; Ctrl/Cmd+F focuses the
 * filter) and a side panel with one person's details and skills (Esc closes). Pseudonymised by default:
 * names only when the app is not in pseudonymised mode and the user turns "Show names" on.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeListItem, Settings } from '../../../../shared/api/dto';
import { Card } from '../../components/Card';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { LOCALES } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { EmployeePanel } from './EmployeePanel';
import { ImportWizard } from './ImportWizard';
import { PeopleTable } from './PeopleTable';
import { filterPeople, isFiltered, NO_FILTER, sortPeople, uniqueDepartments, uniqueRoles, type PeopleFilter, type SortDir, type SortKey } from './people';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import './workforce.css';

export function WorkforceScreen() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const settings = useLoad<Settings>((api) => api.invoke('settings.get', {}), []);
  const pseudonymised = settings.data?.pseudonymised ?? true;
  const [showNamesWanted, setShowNames] = useState(false);
  const showNames = showNamesWanted && !pseudonymised;
  const people = useLoad(
    (api) => api.invoke('employees.list', { lang: language, ...(showNames ? { names: true } : {}) }).then((r) => r.employees),
    [language, showNames],
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const refreshInfo = useAppStore((s) => s.refreshInfo);
  // The people list the Reskill, Team and My path screens pick from, the organisation in the top bar and the
  // roles' headcounts all follow a change of the workforce.
  const changed = useCallback(() => {
    people.reload();
    void loadPeople();
    void refreshInfo();
  }, [people, loadPeople, refreshInfo]);
  const fmt = useFormat();
  const demo = useDemoLoader((org, n) => {
    setOpenId(null);
    setNotice(t('workforce.demo.done', { org, n: fmt.number(n) }));
    changed();
  });
  const openImport = () => {
    setNotice(null);
    setOpenId(null);
    setImporting(true);
  };
  const count = people.data?.length ?? 0;

  return (
    <div className="screen" data-testid="screen-workforce">
      <header className="screen__header wf-header">
        <div>
          <h1 className="screen__title">{t('workforce.title')}</h1>
          <p className="screen__lead">{t('workforce.lead')}</p>
        </div>
        {!importing && count > 0 ? <HeaderActions onImport={openImport} onDemo={demo.ask} /> : null}
      </header>
      {notice ? (
        <p className="rk-note wf-notice" role="status" data-testid="workforce-notice">
          {notice}
        </p>
      ) : null}
      {demo.error ? <ErrorBanner what={t('workforce.demo.error')} error={demo.error} onDismiss={demo.dismiss} testId="demo-error" /> : null}
      {demo.confirming ? <DemoConfirm count={count} busy={demo.busy} onConfirm={() => void demo.load(true)} onCancel={demo.dismiss} /> : null}
      {importing ? (
        <ImportWizard
          onClose={() => setImporting(false)}
          onImported={() => {
            changed();
          }}
        />
      ) : people.status === 'error' && people.error ? (
        <ErrorBanner what={t('workforce.state.error')} error={people.error} onRetry={people.reload} testId="workforce-error" />
      ) : null}
      {importing ? null : people.data === null ? (
        people.status === 'loading' ? <Loading label={t('workforce.state.loading')} testId="workforce-loading" /> : null
      ) : people.data.length === 0 ? (
        <EmptyWorkforce onImport={openImport} onDemo={() => void demo.load(false)} demoBusy={demo.busy} />
      ) : (
        <>
          <HeadlineCards people={people.data} />
          <div className={openId ? 'wf-layout wf-layout--open' : 'wf-layout'}>
            <PeopleSection
              people={people.data}
              busy={people.status === 'loading'}
              showNames={showNames}
              namesLocked={pseudonymised}
              onShowNames={setShowNames}
              openId={openId}
              onOpen={setOpenId}
            />
            {openId ? <EmployeePanel id={openId} names={showNames} onClose={() => setOpenId(null)} /> : null}
          </div>
        </>
      )}
    </div>
  );
}

/** workforce.loadDemo: straight into an empty workforce, or over the current one after a confirmation. */
function useDemoLoader(onLoaded: (org: string, n: number) => void) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const load = async (replace: boolean) => {
    const r = await action.run((api) => api.invoke('workforce.loadDemo', replace ? { replace: true } : {}));
    if (!r) return;
    setConfirming(false);
    onLoaded(r.organisation, r.employees);
  };
  return {
    confirming,
    busy: action.busy,
    error: action.error,
    load,
    ask: () => {
      action.clearError();
      setConfirming(true);
    },
    dismiss: () => {
      setConfirming(false);
      action.clearError();
    },
  };
}

function HeaderActions({ onImport, onDemo }: { onImport(): void; onDemo(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDoc = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        setOpen(false);
        toggle.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDoc);
    document.addEventListener('keydown', onKey);
    wrap.current?.querySelector<HTMLButtonElement>('.wf-menu__item')?.focus();
    return () => {
      document.removeEventListener('mousedown', onDoc);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="wf-actions" ref={wrap}>
      <button type="button" className="button button--primary" onClick={onImport} data-testid="workforce-import">
        {t('workforce.actions.import')}
      </button>
      <button type="button" className="button button--quiet" ref={toggle} aria-expanded={open} aria-controls="wf-more-menu" onClick={() => setOpen((o) => !o)} data-testid="workforce-more">
        {t('workforce.actions.more')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul className="wf-menu" id="wf-more-menu">
          <li>
            <button
              type="button"
              className="wf-menu__item"
              data-testid="workforce-load-demo"
              onClick={() => {
                setOpen(false);
                onDemo();
              }}
            >
              {t('workforce.actions.loadDemo')}
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}

function DemoConfirm({ count, busy, onConfirm, onCancel }: { count: number; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  return (
    <section className="panel wf-confirm" role="alertdialog" aria-labelledby="wf-demo-title" aria-describedby="wf-demo-text" data-testid="demo-confirm">
      <h2 className="panel__title" id="wf-demo-title">
        {t('workforce.demo.confirmTitle')}
      </h2>
      <p id="wf-demo-text">{t('workforce.demo.confirmText', { n: fmt.number(count) })}</p>
      <div className="rk-form__row">
        <button type="button" className="button" ref={cancel} onClick={onCancel} data-testid="demo-cancel">
          {t('workforce.demo.cancel')}
        </button>
        <button type="button" className="button wf-danger" onClick={onConfirm} disabled={busy} data-testid="demo-confirm-button">
          {busy ? t('workforce.demo.loading') : t('workforce.demo.confirm')}
        </button>
      </div>
    </section>
  );
}


function EmptyWorkforce({ onImport, onDemo, demoBusy }: { onImport(): void; onDemo(): void; demoBusy: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('workforce.state.empty')}
      testId="workforce-empty"
      action={
        <>
          <button type="button" className="button button--primary" onClick={onImport} data-testid="workforce-import">
            {t('workforce.actions.import')}
          </button>
          <button type="button" className="button" onClick={onDemo} disabled={demoBusy} data-testid="workforce-demo">
            {demoBusy ? t('workforce.demo.loading') : t('workforce.demo.load')}
          </button>
        </>
      }
    >
      <p>{t('workforce.state.emptyHint')}</p>
    </EmptyState>
  );
}

function HeadlineCards({ people }: { people: EmployeeListItem[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const totals = useMemo(() => {
    let fte = 0;
    let review = 0;
    let objection = 0;
    for (const p of people) {
      fte += p.fte;
      if (p.roleToReview) review++;
      if (p.objection) objection++;
    }
    return { fte, review, objection };
  }, [people]);
  return (
    <div className="cards" data-testid="workforce-cards">
      <Card testId="card-people" label={t('workforce.cards.people')} value={fmt.number(people.length)} />
      <Card testId="card-fte" label={t('workforce.cards.fte')} value={fmt.number(totals.fte, 1)} hint={t('workforce.cards.fteHint', { avg: fmt.number(totals.fte / people.length, 2) })} />
      <Card testId="card-review" label={t('workforce.cards.review')} value={fmt.number(totals.review)} hint={t('workforce.cards.reviewHint')} />
      <Card testId="card-objection" label={t('workforce.cards.objection')} value={fmt.number(totals.objection)} hint={t('workforce.cards.objectionHint')} />
    </div>
  );
}

function PeopleSection({
  people,
  busy,
  showNames,
  namesLocked,
  onShowNames,
  openId,
  onOpen,
}: {
  people: EmployeeListItem[];
  busy: boolean;
  showNames: boolean;
  namesLocked: boolean;
  onShowNames(v: boolean): void;
  openId: string | null;
  onOpen(id: string): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const locale = LOCALES[fmt.lang];
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'id', dir: 'asc' });
  const deferredText = useDeferredValue(filter.text);
  const filterInput = useRef<HTMLInputElement>(null);

  // Ctrl/Cmd+F filters the table instead of opening the browser's find bar (interaction conventions).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        filterInput.current?.focus();
        filterInput.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const departments = useMemo(() => uniqueDepartments(people, locale), [people, locale]);
  const roles = useMemo(() => uniqueRoles(people, locale), [people, locale]);
  const sorted = useMemo(() => sortPeople(people, sort.key === 'name' && !showNames ? 'id' : sort.key, sort.dir, locale), [people, sort, showNames, locale]);
  const visible = useMemo(() => filterPeople(sorted, { ...filter, text: deferredText }), [sorted, filter, deferredText]);
  const set = useCallback(<K extends keyof PeopleFilter>(key: K, value: PeopleFilter[K]) => setFilter((f) => ({ ...f, [key]: value })), []);
  const onSort = useCallback((key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' })), []);

  return (
    <section className="panel wf-people" aria-labelledby="wf-people-heading" aria-busy={busy}>
      <div className="panel__header">
        <h2 className="panel__title" id="wf-people-heading">
          {t('workforce.table.heading')}
        </h2>
        <p className="panel__meta" aria-live="polite" data-testid="people-count">
          {t('workforce.table.showing', { shown: fmt.number(visible.length), total: fmt.number(people.length) })}
        </p>
      </div>
      <div className="toolbar wf-toolbar">
        <div className="field wf-field--text">
          <label className="field__label" htmlFor="wf-filter">
            {t('workforce.filter.label')} <kbd className="wf-kbd">{t('workforce.filter.shortcut')}</kbd>
          </label>
          <input
            id="wf-filter"
            ref={filterInput}
            type="search"
            className="field__control"
            data-testid="people-filter"
            placeholder={t('workforce.filter.placeholder')}
            value={filter.text}
            maxLength={200}
            autoComplete="off"
            onChange={(e) => set('text', e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && filter.text) {
                e.preventDefault();
                e.stopPropagation();
                set('text', '');
              }
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="wf-department">
            {t('workforce.filter.department')}
          </label>
          <select id="wf-department" className="field__control" data-testid="filter-department" value={filter.department} onChange={(e) => set('department', e.target.value)}>
            <option value="">{t('workforce.filter.allDepartments')}</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="field wf-field--role">
          <label className="field__label" htmlFor="wf-role">
            {t('workforce.filter.role')}
          </label>
          <select id="wf-role" className="field__control" data-testid="filter-role" value={filter.role} onChange={(e) => set('role', e.target.value)}>
            <option value="">{t('workforce.filter.allRoles')}</option>
            {roles.map((r) => (
              <option key={r.code} value={r.code}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="wf-status">
            {t('workforce.filter.status')}
          </label>
          <select id="wf-status" className="field__control" data-testid="filter-status" value={filter.status} onChange={(e) => set('status', e.target.value as PeopleFilter['status'])}>
            <option value="all">{t('workforce.filter.statusAll')}</option>
            <option value="review">{t('workforce.filter.statusReview')}</option>
            <option value="objection">{t('workforce.filter.statusObjection')}</option>
            <option value="clear">{t('workforce.filter.statusClear')}</option>
          </select>
        </div>
        <div className="wf-names">
          <label className="wf-check">
            <input type="checkbox" data-testid="show-names" checked={showNames} disabled={namesLocked} aria-describedby="wf-names-hint" onChange={(e) => onShowNames(e.target.checked)} />
            {t('workforce.names.show')}
          </label>
          <span className="wf-hint" id="wf-names-hint">
            {namesLocked ? t('workforce.names.locked') : t('workforce.names.hint')}
          </span>
        </div>
      </div>
      {visible.length === 0 ? (
        <EmptyState
          icon="search"
          title={t('workforce.state.noMatch')}
          testId="people-no-match"
          action={
            isFiltered(filter) ? (
              <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
                {t('workforce.filter.clear')}
              </button>
            ) : undefined
          }
        >
          <p>{t('workforce.state.noMatchHint')}</p>
        </EmptyState>
      ) : (
        <PeopleTable people={visible} compact={openId !== null} showNames={showNames} sort={sort} onSort={onSort} openId={openId} onOpen={onOpen} />
      )}
    </section>
  );
}
