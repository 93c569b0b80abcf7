/**
 * The people table, virtualised with @tanstack/react-virtual: a real <table> whose body holds only the rows
 * in view between two spacer rows, so 100,000 people cost the same as 30. Fixed row height (no measuring).
 * Keyboard: Tab reaches the first person; arrow keys, Page Up/Down, Home and End move; Enter opens.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeListItem } from '../../../../shared/api/dto';
import { useFormat } from '../../i18n';
import type { SortDir, SortKey } from './people';

const ROW_HEIGHT = 44;

interface Column {
  key: SortKey;
  label: string;
  className?: string;
}

export function PeopleTable({
  people,
  showNames,
  sort,
  onSort,
  openId,
  onOpen,
  compact = false,
}: {
  people: EmployeeListItem[];
  /** Beside the open side panel: location and contract are left to the panel. */
  compact?: boolean;
  showNames: boolean;
  sort: { key: SortKey; dir: SortDir };
  onSort(key: SortKey): void;
  openId: string | null;
  onOpen(id: string): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // Roving tabindex: one person is in the Tab order (the last one focused, or the first in view).
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 560 },
  });
  const items = virtualizer.getVirtualItems();
  const tabbable = items.some((i) => i.index === active) ? active : (items[0]?.index ?? 0);
  const padTop = items.length ? items[0]!.start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  // After a keyboard move the target row may only exist after the virtualiser re-renders.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] .wf-open`);
    if (button) {
      button.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const move = (from: number, e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 560) / ROW_HEIGHT) - 1);
    const to =
      e.key === 'ArrowDown' ? from + 1 : e.key === 'ArrowUp' ? from - 1 : e.key === 'PageDown' ? from + page : e.key === 'PageUp' ? from - page : e.key === 'Home' ? 0 : e.key === 'End' ? people.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const index = Math.min(people.length - 1, Math.max(0, to));
    pendingFocus.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row may already be rendered: focus at once.
    const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] .wf-open`);
    if (button) {
      button.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  };

  const columns: Column[] = [
    { key: 'id', label: t('workforce.table.id'), className: 'wf-col-id' },
    ...(showNames ? [{ key: 'name' as const, label: t('workforce.table.name') }] : []),
    { key: 'roleTitle', label: t('workforce.table.role'), className: 'wf-col-role' },
    { key: 'department', label: t('workforce.table.department') },
    ...(compact ? [] : [{ key: 'location' as const, label: t('workforce.table.location') }]),
    { key: 'fte', label: t('workforce.table.fte'), className: 'num wf-col-fte' },
    ...(compact ? [] : [{ key: 'contractType' as const, label: t('workforce.table.contract') }]),
    { key: 'status', label: t('workforce.table.status'), className: 'wf-col-status' },
  ];

  return (
    <div className="table-wrap wf-scroll" ref={scroller} data-testid="people-scroll">
      <table className="table wf-table" data-testid="people-table" aria-rowcount={people.length + 1} aria-describedby="wf-keys">
        <caption className="visually-hidden">
          {t('workforce.table.caption')} <span id="wf-keys">{t('workforce.table.keys')}</span>
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="wf-sort" data-testid={`sort-${c.key}`} title={t('workforce.table.sortBy', { column: c.label })} onClick={() => onSort(c.key)}>
                  {c.label}
                  <span className="wf-sort__arrow" aria-hidden="true">
                    {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="wf-spacer">
              <td colSpan={columns.length} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const p = people[item.index]!;
            const who = showNames && p.name ? p.name : p.id;
            const open = p.id === openId;
            return (
              <tr
                key={p.id}
                data-index={item.index}
                data-testid="person-row"
                data-person-id={p.id}
                aria-rowindex={item.index + 2}
                className={open ? 'wf-row wf-row--open' : 'wf-row'}
                onClick={() => onOpen(p.id)}
              >
                <td>
                  <button
                    type="button"
                    className="wf-open"
                    tabIndex={item.index === tabbable ? 0 : -1}
                    onFocus={() => setActive(item.index)}
                    aria-label={t('workforce.table.open', { who })}
                    aria-expanded={open}
                    aria-controls={open ? 'wf-panel' : undefined}
                    onKeyDown={(e) => move(item.index, e)}
                    onClick={(e) => {
                      e.stopPropagation();
                      onOpen(p.id);
                    }}
                  >
                    {p.id}
                  </button>
                </td>
                {showNames ? <td className="wf-ellipsis">{p.name ?? '–'}</td> : null}
                <td className="wf-col-role wf-ellipsis" title={p.roleTitle}>
                  {p.roleTitle}
                </td>
                <td className="wf-ellipsis" title={p.department}>
                  {p.department}
                </td>
                {compact ? null : <td className="wf-ellipsis">{p.location}</td>}
                <td className="num">{fmt.number(p.fte, 1)}</td>
                {compact ? null : <td className="wf-ellipsis">{t(`workforce.contract.${p.contractType}`, { defaultValue: p.contractType })}</td>}
                <td>
                  <StatusTags person={p} />
                </td>
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="wf-spacer">
              <td colSpan={columns.length} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

export function StatusTags({ person }: { person: Pick<EmployeeListItem, 'roleToReview' | 'objection'> }) {
  const { t } = useTranslation();
  if (!person.roleToReview && !person.objection) return <span className="wf-muted">{t('workforce.status.none')}</span>;
  return (
    <span className="cell-flex">
      {person.objection ? <span className="wf-tag wf-tag--objection">{t('workforce.status.objection')}</span> : null}
      {person.roleToReview ? <span className="wf-tag wf-tag--review">{t('workforce.status.review')}</span> : null}
    </span>
  );
}
