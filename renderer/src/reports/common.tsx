/** Pieces every report shares: the title block, key figures, a print-friendly table. */
import type { ReactNode } from 'react';
import type { ReportMeta } from '../../../shared/api/export-dto';
import type { Formatters } from '../i18n/format';
import type { ReportMessages } from './messages';

export interface ReportProps<T> {
  data: T;
  m: ReportMessages;
  f: Formatters;
}

export function TitleBlock({ title, meta, m, f, children }: { title: string; meta: ReportMeta; m: ReportMessages; f: Formatters; children?: ReactNode }) {
  return (
    <header className="rp-title">
      <p className="rp-brand">Overstap</p>
      <h1>{title}</h1>
      <dl className="rp-meta">
        <div>
          <dt>{m.organisation}</dt>
          <dd>
            {meta.organisation}
            {meta.isDemo ? ` (${m.demo})` : ''}
          </dd>
        </div>
        <div>
          <dt>{m.scenario}</dt>
          <dd>{meta.scenario}</dd>
        </div>
        <div>
          <dt>{m.department}</dt>
          <dd>{meta.department ?? m.allDepartments}</dd>
        </div>
        <div>
          <dt>{m.generated}</dt>
          <dd>{f.date(meta.date)}</dd>
        </div>
      </dl>
      {children}
      <p className={meta.pseudonymised ? 'rp-note' : 'rp-note rp-note-warn'}>{meta.pseudonymised ? m.pseudonymised : m.withNames}</p>
    </header>
  );
}

export function Figures({ items }: { items: { label: string; value: string; sub?: string }[] }) {
  return (
    <dl className="rp-figures">
      {items.map((i) => (
        <div key={i.label} className="rp-figure">
          <dt>{i.label}</dt>
          <dd>
            {i.value}
            {i.sub ? <span className="rp-sub"> {i.sub}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface Col<R> {
  header: string;
  cell: (row: R) => ReactNode;
  numeric?: boolean;
  className?: string;
}

/** A table whose header repeats on every page and whose rows never split across pages. */
export function Table<R>({ caption, cols, rows, rowKey, foot }: { caption?: string; cols: Col<R>[]; rows: R[]; rowKey: (r: R, i: number) => string; foot?: ReactNode }) {
  return (
    <table className="rp-table">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {cols.map((c) => (
            <th key={c.header} scope="col" className={[c.numeric ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={rowKey(r, i)}>
            {cols.map((c) => (
              <td key={c.header} className={[c.numeric ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();
/** 01-03-2026 (nl) / 01/03/2026 (en): compact dates for table cells. */
export function shortDate(iso: string, lang: 'en' | 'nl'): string {
  let fmt = shortFormats.get(lang);
  if (!fmt) shortFormats.set(lang, (fmt = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })));
  return fmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
