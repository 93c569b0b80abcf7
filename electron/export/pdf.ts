/**
 * The PDF printer port, injected by each entry point (one printer per process): Chromium prints both the
 * report pages (report.html, print-styled, reading its data through the bridge) and self-contained HTML
 * documents (privacy documents, access exports) — `webContents.printToPDF` in Electron (electronPdf.ts),
 * playwright-core + the system Chromium in the browser twin, the CLI and tests (chromiumPdf.ts).
 */
import type { ReportRequest } from '../../shared/api/export-dto';
import { DomainError } from '../../shared/api/result';

/** The running header and the page-number words of a self-contained document. */
export interface HtmlPrintOptions {
  header: string;
  page: string;
  of: string;
}

export interface PdfPrinter {
  /** A report page (plans, a path, the board pack) with the app's own data. */
  printReport(report: ReportRequest): Promise<Buffer>;
  /** A self-contained HTML document: JavaScript off, every request refused. */
  printHtml(html: string, o: HtmlPrintOptions): Promise<Buffer>;
}

/** The host's printer, or a clear refusal where the host gave none. */
export function requirePrinter(printer: PdfPrinter | undefined): PdfPrinter {
  if (!printer) throw new DomainError('INTERNAL', 'This Overstap host has no PDF printer; export as XLSX, CSV, JSON or Markdown instead.');
  return printer;
}

/** report.html?… for a request: the report page reads these and asks the API for its data. */
export function reportQuery(report: ReportRequest): string {
  const q = new URLSearchParams({ what: report.what, scenario: report.scenario, lang: report.lang });
  if (report.department) q.set('department', report.department);
  if (report.employeeId) q.set('employeeId', report.employeeId);
  if (report.managerId) q.set('managerId', report.managerId);
  if (report.part) q.set('part', report.part);
  if (report.names) q.set('names', '1');
  return q.toString();
}

/** A4 with margins room for the running header and footer the printers add. */
export const PAGE_MARGINS_MM = { top: 20, right: 14, bottom: 18, left: 14 };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Header and footer templates (Chromium's print templates: the spans with class pageNumber and
 * totalPages are filled in per page). The texts come from the report page itself once it has rendered.
 */
export function headerFooter(header: string, pageWord: { page: string; of: string }): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: Helvetica, Arial, sans-serif; font-size: 7.5pt; color: #4a5562; width: 100%; padding: 0 14mm;';
  return {
    headerTemplate: `<div style="${style} display:flex; justify-content:space-between;"><span>${escapeHtml(header)}</span><span>Overstap</span></div>`,
    footerTemplate: `<div style="${style} text-align:right;">${escapeHtml(pageWord.page)} <span class="pageNumber"></span> ${escapeHtml(pageWord.of)} <span class="totalPages"></span></div>`,
  };
}

/** What the report page exposes when it is ready (data attributes on <html>). */
export interface ReportPageState {
  ready: boolean;
  error: string | null;
  header: string;
  page: string;
  of: string;
}

/** Run in the page: reads the ready flag and the texts for the print templates. */
export const READ_PAGE_STATE = `(() => { const d = document.documentElement.dataset; return { ready: d.reportReady === 'true', error: d.reportError ?? null, header: d.printHeader ?? '', page: d.printPage ?? 'Page', of: d.printOf ?? 'of' }; })()`;
