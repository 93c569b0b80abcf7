/**
 * The import wizard on the Workforce screen over a fake bridge: file → preview (mapping, counts, problems,
 * review) → commit with progress and cancel → summary, in English and Dutch.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EmployeeListItem } from '../../shared/api/dto';
import type { ImportColumn, ImportField, ImportMappingInfo, ImportPreview, ImportProblem, ImportResult } from '../../shared/api/import-dto';
import { catalogueHandlers, FakeApiFailure, type FakeHandlers } from './fakeBridge';
import { renderApp } from './renderApp';

const saved = { h: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'), w: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth') };
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  if (saved.h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', saved.h);
  if (saved.w) Object.defineProperty(HTMLElement.prototype, 'clientWidth', saved.w);
});
afterEach(() => {
  document.documentElement.lang = 'en';
});

const CSV = 'Personeelsnummer;Functie;FTE;Afd\n1001;Klantenservicemedewerker;0,8;Service\n1002;Social media goeroe;1;Marketing\n';
const HEADERS: [string, ImportField | null][] = [
  ['Personeelsnummer', 'id'],
  ['Functie', 'title'],
  ['FTE', 'fte'],
  ['Afd', null],
];

function columns(mapping: Record<string, ImportField> = {}): ImportColumn[] {
  return HEADERS.map(([header, field], index) =>
    mapping[header] ? { header, index, field: mapping[header]!, confidence: 1, by: 'mapping' } : { header, index, field, confidence: field ? 1 : 0, by: field ? 'recognised' : 'none' },
  );
}

const fteError: ImportProblem = {
  severity: 'error',
  code: 'fte.range',
  params: { fte: 2, min: 0, max: 1.5 },
  file: 'broken.csv',
  row: 3,
  column: 'FTE',
  value: '2,0',
  message: 'FTE 2 is outside (0, 1.5]; expected a number greater than 0 and at most 1.5.',
};

function preview(input: { fileName?: string; sessionId?: string; mapping?: Record<string, ImportField>; replace?: boolean }): ImportPreview {
  const fileName = input.fileName ?? sessionFiles.get(input.sessionId ?? '') ?? 'unknown.csv';
  const cols = columns(input.mapping);
  const problems: ImportProblem[] = [];
  if (!cols.some((c) => c.field === 'fte')) problems.push({ severity: 'error', code: 'header.required', params: { field: 'fte' }, file: fileName, row: 1, column: null, value: null, message: 'No FTE column: expected a header like "fte".' });
  if (fileName === 'broken.csv') problems.push(fteError);
  const warnings: ImportProblem[] = cols.some((c) => c.header === 'Afd' && c.field === null)
    ? [{ severity: 'warning', code: 'mapping.unknownColumn', params: { column: 'Afd' }, file: fileName, row: 1, column: 'Afd', value: 'Afd', message: 'Column "Afd" is not recognised and is ignored.' }]
    : [];
  return {
    sessionId: input.sessionId ?? null,
    requirements: { required: ['id', 'title', 'fte'], missing: cols.some((c) => c.field === 'fte') ? [] : ['fte'], fteFrom: cols.some((c) => c.field === 'fte') ? 'column' : null, derivations: [], fullTimeHours: 36 },
    fileName,
    format: 'csv',
    encoding: 'windows-1252',
    delimiter: ';',
    sheet: null,
    headerRow: 1,
    columns: cols,
    skillsSource: null,
    people: 2,
    skills: 1,
    added: 1,
    updated: 1,
    removed: input.replace ? 7 : 0,
    replacesDemo: false,
    toReview: [
      {
        kind: 'role',
        row: 3,
        id: '1002',
        value: 'Social media goeroe',
        bestGuess: '11-2021.00',
        bestGuessTitle: 'Marketing Managers',
        confidence: 0.63,
        alternatives: [
          { code: '11-2021.00', title: 'Marketing Managers', confidence: 0.63 },
          { code: 'ovs-ai-content-specialist', title: 'AI Content Specialist', confidence: 0.51 },
        ],
      },
      { kind: 'skill', row: 2, id: '1001', value: 'Schrijvenn', bestGuess: 'onet:2.A.1.c', bestGuessTitle: 'Writing', confidence: 0.86, alternatives: [], count: 1 },
    ],
    problems: [...problems, ...warnings],
    warnings,
    errorCount: problems.length,
    warningCount: warnings.length,
    canCommit: problems.length === 0,
  };
}

/** Sessions the fake core opened: id → file name. */
const sessionFiles = new Map<string, string>();

const person = (id: string): EmployeeListItem => ({ id, role: '43-4051.00', roleTitle: 'Customer Service Representatives', roleToReview: false, department: 'Service', location: 'Utrecht', fte: 1, contractType: 'permanent', objection: false });

function setup(overrides: FakeHandlers = {}, opts: { lastMapping?: ImportMappingInfo['lastMapping']; people?: number } = {}) {
  const state = { imported: false };
  let release: { resolve(r: ImportResult): void; reject(e: unknown): void } | null = null;
  const h = catalogueHandlers({
    'employees.list': () => ({ employees: state.imported ? [person('1001'), person('1002')] : Array.from({ length: opts.people ?? 0 }, (_, i) => person(`E${i}`)) }),
    'import.mapping': () => ({ lastMapping: opts.lastMapping ?? null, fields: ['id', 'name', 'title', 'fte', 'department', 'ignore'] as ImportField[], fullTimeHours: { value: 36, default: 36, min: 32, max: 40 } }),
    'import.open': (input) => {
      const sessionId = `00000000-0000-4000-8000-${String(sessionFiles.size + 1).padStart(12, '0')}`;
      sessionFiles.set(sessionId, input.fileName);
      return { sessionId, fileName: input.fileName, format: 'csv', rows: 3, bytes: input.contentBase64.length };
    },
    'import.close': (input) => ({ closed: sessionFiles.delete(input.sessionId) }),
    'import.preview': (input) => preview(input),
    'import.commit': (input) =>
      new Promise<ImportResult>((resolve, reject) => {
        release = {
          resolve: (r) => {
            state.imported = true;
            resolve(r);
          },
          reject,
        };
        void input;
      }),
    'job.cancel': () => {
      release?.reject(new FakeApiFailure('CANCELLED', 'The import was cancelled; nothing was written.'));
      return { cancelled: true };
    },
    ...overrides,
  });
  return { h, finish: (r: ImportResult) => release!.resolve(r) };
}

const RESULT: ImportResult = { fileName: 'afas.csv', organisation: 'Klantgroep BV', people: 2, skills: 1, added: 1, updated: 1, removed: 0, replacesDemo: false, toReview: [], warnings: [], warningCount: 0 };

async function openImport(h: FakeHandlers) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  await user.click(screen.getByTestId('nav-workforce'));
  await user.click(await screen.findByTestId('workforce-import'));
  expect(screen.getByTestId('import-wizard')).toHaveAttribute('data-step', 'file');
  return { ...app, user };
}

async function chooseAndCheck(user: ReturnType<typeof userEvent.setup>, fileName = 'afas.csv', content = CSV) {
  expect(screen.getByTestId('import-next')).toBeDisabled();
  await user.upload(screen.getByTestId('import-file'), new File([content], fileName, { type: 'text/csv' }));
  await waitFor(() => expect(screen.getByTestId('import-file-chosen')).toHaveTextContent(fileName));
  await user.click(screen.getByTestId('import-next'));
  await waitFor(() => expect(screen.getByTestId('import-wizard')).toHaveAttribute('data-step', 'check'));
}

describe('import wizard', () => {
  it('sends the file once (a session), previews, re-previews on a mapping change by session, sends the review choices, and shows progress and a summary', async () => {
    const { h, finish } = setup();
    const { user, bridge } = await openImport(h);
    expect(document.activeElement).toBe(screen.getByTestId('import-step-title'));
    await chooseAndCheck(user);
    // The file crosses once, to import.open; previews and the commit name the session.
    expect(bridge.callsOf('import.open')).toEqual([{ fileName: 'afas.csv', contentBase64: Buffer.from(CSV, 'utf8').toString('base64') }]);
    const first = bridge.callsOf('import.preview')[0]!;
    expect(first).toEqual({ sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(screen.getByTestId('import-requirements')).toHaveAttribute('data-fte-from', 'column');
    // Recognised columns, counts, the warning and both reviews.
    const rows = within(screen.getByTestId('import-mapping')).getAllByTestId('mapping-row');
    expect(rows.map((r) => r.dataset.header)).toEqual(['Personeelsnummer', 'Functie', 'FTE', 'Afd']);
    expect(within(rows[3]!).getByTestId('mapping-select')).toHaveValue('');
    expect(screen.getByTestId('import-count-added')).toHaveTextContent('1');
    expect(screen.getByTestId('import-count-updated')).toHaveTextContent('1');
    expect(screen.getByTestId('import-warning-count')).toHaveTextContent('1 warning');
    expect(screen.getByTestId('import-ready')).toBeInTheDocument();
    const review = screen.getByTestId('review-row');
    expect(review).toHaveTextContent('Social media goeroe');
    expect(review).toHaveTextContent('Marketing Managers');
    expect(within(review).getByTestId('review-confidence')).toHaveTextContent('63% sure');

    // A mapping change goes back to the core with the mapping.
    await user.selectOptions(within(rows[3]!).getByTestId('mapping-select'), 'department');
    await waitFor(() => expect(bridge.callsOf('import.preview')).toHaveLength(2));
    expect(bridge.callsOf('import.preview')[1]!.mapping).toEqual({ Afd: 'department' });
    await waitFor(() => expect(screen.getByTestId('import-warning-count')).toHaveTextContent('0 warnings'));

    // Pick a role for the uncertain title, and a skill.
    await user.selectOptions(within(review).getByTestId('review-select'), 'ovs-ai-content-specialist');
    expect(screen.getByTestId('import-review-chosen')).toHaveTextContent('1 choice made');
    await user.selectOptions(screen.getByTestId('skill-review-select'), 'onet:2.A.1.c');

    await user.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(bridge.callsOf('import.commit')).toHaveLength(1));
    const commit = bridge.callsOf('import.commit')[0]!;
    expect(bridge.callsOf('import.open')).toHaveLength(1);
    expect(commit).not.toHaveProperty('contentBase64');
    expect(commit).toMatchObject({ sessionId: first.sessionId, mapping: { Afd: 'department' }, reviewChoices: { '3': 'ovs-ai-content-specialist' }, skillChoices: { Schrijvenn: 'onet:2.A.1.c' } });
    expect(commit.jobId).toMatch(/^import-/);
    expect(screen.getByTestId('import-wizard')).toHaveAttribute('data-step', 'import');
    // Progress events for this job move the bar; another job's are ignored.
    act(() => bridge.emit('progress', { jobId: 'someone-else', label: 'job.import', done: 9, total: 10 }));
    act(() => bridge.emit('progress', { jobId: commit.jobId!, label: 'job.import', done: 1, total: 4 }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByTestId('import-progress')).toHaveTextContent('1 / 4 (25%)');
    await act(async () => finish(RESULT));
    await waitFor(() => expect(screen.getByTestId('import-done')).toBeInTheDocument());
    expect(screen.getByTestId('import-done')).toHaveTextContent('Klantgroep BV now has 2 people from afas.csv.');
    await user.click(screen.getByTestId('import-show-people'));
    await waitFor(() => expect(screen.getAllByTestId('person-row').map((r) => r.dataset.personId)).toEqual(['1001', '1002']));
  });

  it('lists every problem by row, column and value, and errors block the import', async () => {
    const { h } = setup();
    const { user, bridge } = await openImport(h);
    await chooseAndCheck(user, 'broken.csv');
    const problem = screen.getAllByTestId('problem-row').find((r) => r.dataset.severity === 'error')!;
    expect(problem.dataset.row).toBe('3');
    const cells = within(problem).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['✕ Error', '3', 'FTE', '2,0', fteError.message]);
    expect(screen.getByTestId('import-error-count')).toHaveTextContent('1 error');
    expect(screen.getByTestId('import-commit')).toBeDisabled();
    expect(screen.getByTestId('import-blocked')).toHaveTextContent('Fix 1 error in the file');
    // Mapping the FTE column away adds the missing-column error; the count follows.
    const fte = within(screen.getByTestId('import-mapping')).getAllByTestId('mapping-row')[2]!;
    await user.selectOptions(within(fte).getByTestId('mapping-select'), 'ignore');
    await waitFor(() => expect(screen.getByTestId('import-error-count')).toHaveTextContent('2 errors'));
    expect(bridge.callsOf('import.preview').at(-1)!.mapping).toEqual({ FTE: 'ignore' });
    expect(bridge.callsOf('import.commit')).toEqual([]);
  });

  it('warns before removing people missing from the file, and says so in the counts', async () => {
    const { h } = setup({}, { people: 3 });
    const { user, bridge } = await openImport(h);
    await chooseAndCheck(user);
    expect(screen.queryByTestId('import-replace-warning')).toBeNull();
    await user.click(screen.getByTestId('import-replace'));
    await waitFor(() => expect(screen.getByTestId('import-count-removed')).toHaveTextContent('7'));
    expect(screen.getByTestId('import-replace-warning')).toHaveTextContent('7 people who are not in the file will be removed');
    expect(bridge.callsOf('import.preview').at(-1)).toMatchObject({ replace: true });
  });

  it('cancel calls job.cancel; nothing is written and the wizard goes back to the check', async () => {
    const { h } = setup();
    const { user, bridge } = await openImport(h);
    await chooseAndCheck(user);
    await user.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(bridge.callsOf('import.commit')).toHaveLength(1));
    const { jobId } = bridge.callsOf('import.commit')[0]!;
    await user.click(screen.getByTestId('import-cancel'));
    expect(bridge.callsOf('job.cancel')).toEqual([{ jobId }]);
    expect(await screen.findByTestId('import-cancelled')).toHaveTextContent('Nothing was written');
    expect(screen.getByTestId('import-wizard')).toHaveAttribute('data-step', 'check');
    expect(bridge.callsOf('employees.list')).toHaveLength(1);
  });

  it('applies the last import mapping to the columns this file has', async () => {
    const { h } = setup({}, { lastMapping: { afd: 'department', Elsewhere: 'name' } });
    const { user, bridge } = await openImport(h);
    await chooseAndCheck(user);
    await waitFor(() => expect(bridge.callsOf('import.preview')).toHaveLength(2));
    expect(bridge.callsOf('import.preview')[1]!.mapping).toEqual({ Afd: 'department' });
    expect(screen.getByTestId('import-remembered')).toBeInTheDocument();
    expect(within(screen.getAllByTestId('mapping-row')[3]!).getByTestId('mapping-select')).toHaveValue('department');
  });

  it('says what went wrong with a file that cannot be read', async () => {
    const { h } = setup({
      'import.preview': () => {
        throw new FakeApiFailure('BAD_FILE', 'junk.csv holds binary data, not text: is it really a CSV file?');
      },
    });
    const { user } = await openImport(h);
    await user.upload(screen.getByTestId('import-file'), new File(['\u0000\u0001'], 'junk.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByTestId('import-next')).toBeEnabled());
    await user.click(screen.getByTestId('import-next'));
    expect(await screen.findByTestId('import-preview-error')).toHaveTextContent('junk.csv holds binary data');
    expect(screen.getByTestId('import-wizard')).toHaveAttribute('data-step', 'file');
  });

  it('speaks Dutch, problems included', async () => {
    const { h } = setup();
    const { user } = await openImport(h);
    await user.click(screen.getByTestId('lang-nl'));
    await waitFor(() => expect(screen.getByTestId('import-step-title')).toHaveTextContent('Bestand kiezen'));
    await chooseAndCheck(user, 'broken.csv');
    expect(screen.getByTestId('import-blocked')).toHaveTextContent('Herstel 1 fout in het bestand');
    const problem = screen.getAllByTestId('problem-row').find((r) => r.dataset.severity === 'error')!;
    expect(problem).toHaveTextContent('Fout');
    // The Dutch message keeps the values of the problem, in Dutch notation.
    expect(problem).toHaveTextContent('Fte 2 ligt buiten (0; 1,5].');
    expect(screen.getByTestId('review-confidence')).toHaveTextContent('63% zeker');
  });
});
