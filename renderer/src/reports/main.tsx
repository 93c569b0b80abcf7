/**
 * Entry of report.html, the print-styled reports: the only module of this page that touches window.hrApi.
 */
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/client';
import { parseQuery, ReportApp } from './ReportApp';
import './report.css';

const api = createApiClient(window.hrApi);
createRoot(document.getElementById('report')!).render(<ReportApp api={api} query={parseQuery(window.location.search)} />);
