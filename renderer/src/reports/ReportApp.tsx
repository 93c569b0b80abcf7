/**
 * The report page: reads what to show from the query, asks the core through window.hrApi (like the app),
 * renders the report, and tells the printer it is ready (data attributes on <html>, plus the texts of
 * the running header and the page numbers in the chosen language).
 */
import { useEffect, useMemo, useState } from 'react';
import type { ReportData } from '../../../shared/api/export-dto';
import type { ApiClient } from '../api/client';
import { formattersFor } from '../i18n/format';
import { BoardpackReport } from './BoardpackReport';
import { fill, REPORT_MESSAGES } from './messages';
import { PathReport } from './PathReport';
import { PlansReport } from './PlansReport';

interface ReportQuery {
  what: 'plans' | 'path' | 'boardpack';
  scenario?: string;
  department?: string;
  employeeId?: string;
  managerId?: string;
  part?: 'full' | 'summary';
  names: boolean;
  lang: 'en' | 'nl';
}

export function parseQuery(search: string): ReportQuery {
  const q = new URLSearchParams(search);
  const what = q.get('what');
  return {
    what: what === 'path' || what === 'boardpack' ? what : 'plans',
    scenario: q.get('scenario') ?? undefined,
    department: q.get('department') ?? undefined,
    employeeId: q.get('employeeId') ?? undefined,
    managerId: q.get('managerId') ?? undefined,
    part: q.get('part') === 'summary' ? 'summary' : q.get('part') === 'full' ? 'full' : undefined,
    names: q.get('names') === '1',
    lang: q.get('lang') === 'nl' ? 'nl' : 'en',
  };
}

export function ReportApp({ api, query }: { api: ApiClient; query: ReportQuery }) {
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const m = REPORT_MESSAGES[query.lang];
  const f = useMemo(() => formattersFor(query.lang), [query.lang]);

  useEffect(() => {
    document.documentElement.lang = query.lang;
    document.documentElement.dataset.printPage = m.page;
    document.documentElement.dataset.printOf = m.of;
    api.invoke('export.reportData', query).then(setData, (e: unknown) => {
      const err = e as { code?: string; message?: string };
      setError(`${err.code ?? 'INTERNAL'}: ${err.message ?? String(e)}`);
    });
  }, [api, query, m]);

  useEffect(() => {
    const root = document.documentElement;
    if (error) {
      root.dataset.reportError = error;
      return;
    }
    if (!data) return;
    const title = data.kind === 'plans' ? m.plans.title : data.kind === 'path' ? m.path.title : m.board.title;
    const meta = data.meta;
    document.title = `${title} — ${meta.organisation}`;
    root.dataset.printHeader = [meta.organisation, `${m.scenario} ${meta.scenario}`, meta.department, meta.team ? fill(m.plans.teamOf, { who: meta.team }) : null, title, f.date(meta.date)].filter(Boolean).join(' · ');
    // Two frames: React has committed and the charts have laid out.
    requestAnimationFrame(() => requestAnimationFrame(() => (root.dataset.reportReady = 'true')));
  }, [data, error, m, f]);

  if (error) {
    return (
      <div className="rp-error" role="alert">
        <h1>{m.failed}</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!data) return <p className="rp-loading">{m.loading}</p>;
  if (data.kind === 'plans') return <PlansReport data={data} m={m} f={f} />;
  if (data.kind === 'path') return <PathReport data={data} m={m} f={f} />;
  return <BoardpackReport data={data} m={m} f={f} />;
}
