/**
 * Pieces shared by the Reskill, Team and My path screens: the chart/table toggle, the progress bar,
 * the virtualised searchable person picker, and the gap-grade badge (text + pattern, never colour alone).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeListItem } from '../../../../shared/api/dto';
import type { GapGrade } from '../../../../shared/domain/reskillTypes';
import { useFormat } from '../../i18n';
import './reskill.css';

export function ViewToggle({ view, onChange, label, testId }: { view: 'chart' | 'table'; onChange(v: 'chart' | 'table'): void; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={label}>
      {(['chart', 'table'] as const).map((v) => (
        <button key={v} type="button" className="segmented__button" aria-pressed={view === v} data-testid={`${testId}-${v}`} onClick={() => onChange(v)}>
          {t(v === 'chart' ? 'paths.common.viewChart' : 'paths.common.viewTable')}
        </button>
      ))}
    </div>
  );
}

export function ProgressBar({ done, total, label, testId }: { done: number; total: number; label: string; testId?: string }) {
  const fmt = useFormat();
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className="rk-progress" data-testid={testId}>
      <div className="rk-progress__label" id={`${testId ?? 'progress'}-label`}>
        {label} {total > 0 ? `· ${fmt.number(done)} / ${fmt.number(total)} (${fmt.percent(share)})` : ''}
      </div>
      <div
        className="rk-progress__track"
        role="progressbar"
        aria-labelledby={`${testId ?? 'progress'}-label`}
        aria-valuemin={0}
        aria-valuemax={total || 100}
        aria-valuenow={total > 0 ? done : undefined}
      >
        <div className={total > 0 ? 'rk-progress__fill' : 'rk-progress__fill rk-progress__fill--indeterminate'} style={{ width: total > 0 ? `${share * 100}%` : '30%' }} />
      </div>
    </div>
  );
}

export function GradeBadge({ grade }: { grade: GapGrade }) {
  const { t } = useTranslation();
  return (
    <span className={`rk-grade rk-grade--${grade}`} data-grade={grade}>
      <span className="rk-grade__swatch" aria-hidden="true" />
      {t(`paths.grade.${grade}`)}
    </span>
  );
}

const ROW = 44;

/** A searchable, virtualised list of people (ids, role, department; never names unless asked). */
interface PickerItem {
  id: string;
  /** The line under the id: role, department, status… */
  meta: string;
}

export function toPickerItems(people: EmployeeListItem[], objection: string): PickerItem[] {
  return people.map((p) => ({ id: p.id, meta: `${p.roleTitle} · ${p.department}${p.objection ? ` · ${objection}` : ''}` }));
}

export function PersonPicker({
  people,
  selectedId,
  onSelect,
  label,
  testId = 'person-picker',
  height = 420,
}: {
  people: PickerItem[];
  selectedId: string | null;
  onSelect(id: string): void;
  label: string;
  testId?: string;
  height?: number;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [query, setQuery] = useState('');
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return people;
    return people.filter((p) => p.id.toLowerCase().includes(q) || p.meta.toLowerCase().includes(q));
  }, [people, query]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: filtered.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 8,
    initialRect: { width: 320, height },
  });
  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(filtered.length - 1, index));
    virtualizer.scrollToIndex(i);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${i}"] button`)?.focus());
  };
  const onKey = (e: KeyboardEvent, index: number) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusRow(index + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(index - 1);
    }
  };
  const searchId = `${testId}-search`;
  // Before the list has a measured size (first paint, or an environment without layout) show the first rows.
  const measured = virtualizer.getVirtualItems();
  const rows = measured.length > 0 || filtered.length === 0 ? measured : filtered.slice(0, Math.ceil(height / ROW)).map((_, index) => ({ index, start: index * ROW }));
  return (
    <div className="rk-picker" data-testid={testId}>
      <label className="field__label" htmlFor={searchId}>
        {label}
      </label>
      <input
        id={searchId}
        className="field__control"
        type="search"
        value={query}
        data-testid={`${testId}-search`}
        placeholder={t('paths.common.searchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && filtered.length > 0) {
            e.preventDefault();
            focusRow(0);
          }
        }}
      />
      <p className="panel__meta" aria-live="polite">
        {t('paths.common.shown', { shown: fmt.number(filtered.length), total: fmt.number(people.length) })}
      </p>
      <div ref={scrollRef} className="rk-picker__scroll" style={{ height }} aria-label={label} role="group">
        <ul className="rk-picker__list" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const p = filtered[row.index]!;
            const selected = p.id === selectedId;
            return (
              <li key={p.id} data-index={row.index} className="rk-picker__row" style={{ transform: `translateY(${row.start}px)`, height: ROW }}>
                <button
                  type="button"
                  className="rk-picker__person"
                  aria-pressed={selected}
                  data-testid="person-option"
                  data-employee-id={p.id}
                  onClick={() => onSelect(p.id)}
                  onKeyDown={(e) => onKey(e, row.index)}
                >
                  <span className="rk-picker__id">{p.id}</span>
                  <span className="rk-picker__meta">{p.meta}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
