/**
 * A committed excerpt of the data sources: only the columns the data tests compare the committed dataset
 * with (exposure labels per task, O*NET levels of the requirements the dataset takes from O*NET, BLS median
 * wages), so those tests run from the repository alone. Where the sources are present, dataset.test.ts
 * checks that this excerpt is exactly what they give; `npx tsx test/data/sourcesExcerpt.ts` rewrites it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSourcesDir, repoRoot } from '../../data/build/build-dataset';
import { parseCsv, readCsv, type Row } from '../../data/build/csv';
import type { Dataset } from '../../shared/domain/types';

const EXCERPT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sources-excerpt');

/** The excerpt files: name → the source file, the columns kept, and which rows. */
const FILES = {
  'gpts_task_exposure.csv': { source: 'exposure/gpts_task_exposure.csv', columns: ['task_id', 'human_exposure', 'gpt4_exposure', 'gpt4_automation', 'onet_29_3_task_match'] },
  'onet_levels.csv': { source: ['onet/skills.csv', 'onet/knowledge.csv'], columns: ['onetsoc_code', 'element_id', 'level_0to7'] },
  'oews_wages.csv': { source: 'bls/oews_wages.csv', columns: ['onetsoc_code', 'annual_median_wage_usd'] },
} as const;
export type ExcerptFile = keyof typeof FILES;

/** A file that must exist in a data-sources folder: how the tests recognise one. */
const MARKER = 'exposure/gpts_task_exposure.csv';

/**
 * The data-sources folder, or a failure that says what to provide. For the tests that rebuild the dataset:
 * they cannot run without the sources, and must not pass silently either.
 */
export function requireSourcesDir(): string {
  const dir = defaultSourcesDir();
  if (fs.existsSync(path.join(dir, MARKER))) return dir;
  throw new Error(
    [
      `This test rebuilds data/dataset.json and data/demo-organisation.json from the curated data sources and compares the bytes, so it needs them; none found at ${dir}.`,
      'Provide the data-sources folder (onet/, exposure/, esco/, bls/ with PROVENANCE.md, as data/README.md describes) by one of:',
      '  OVERSTAP_DATA_SOURCES=/path/to/data-sources npx vitest run -c test/vitest.config.ts test/data',
      `  or place it at ${path.resolve(repoRoot, '..', 'shared', 'data-sources')}`,
      'Every other test runs from the repository alone (they read test/data/sources-excerpt/).',
    ].join('\n'),
  );
}

function toCsv(columns: readonly string[], rows: Row[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].join('\n') + '\n';
}

/** The excerpt as the sources give it: file name → exact bytes. */
export function buildExcerpt(sourcesDir: string, dataset: Dataset): Record<ExcerptFile, string> {
  // Only the (role, element) pairs the dataset takes from O*NET: the rest of those files is not compared.
  const wanted = new Set(dataset.roles.filter((r) => r.skillsBasis === 'onet').flatMap((r) => r.skills.filter((q) => q.skillId.startsWith('onet:')).map((q) => `${r.code}|${q.skillId.slice(5)}`)));
  const levels = FILES['onet_levels.csv'].source
    .flatMap((f) => readCsv(sourcesDir, f))
    .filter((r) => wanted.has(`${r.onetsoc_code}|${r.element_id}`))
    .sort((a, b) => a.onetsoc_code!.localeCompare(b.onetsoc_code!) || a.element_id!.localeCompare(b.element_id!));
  return {
    'gpts_task_exposure.csv': toCsv(FILES['gpts_task_exposure.csv'].columns, readCsv(sourcesDir, FILES['gpts_task_exposure.csv'].source)),
    'onet_levels.csv': toCsv(FILES['onet_levels.csv'].columns, levels),
    'oews_wages.csv': toCsv(FILES['oews_wages.csv'].columns, readCsv(sourcesDir, FILES['oews_wages.csv'].source)),
  };
}

/** The committed excerpt file as text. */
export const excerptText = (file: ExcerptFile): string => fs.readFileSync(path.join(EXCERPT_DIR, file), 'utf8');

/** The committed excerpt file as rows (the source's column names). */
export const excerptRows = (file: ExcerptFile): Row[] => parseCsv(excerptText(file));

function main(): void {
  const dataset = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'dataset.json'), 'utf8')) as Dataset;
  const files = buildExcerpt(requireSourcesDir(), dataset);
  fs.mkdirSync(EXCERPT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(EXCERPT_DIR, name), text);
    process.stderr.write(`wrote ${path.relative(repoRoot, path.join(EXCERPT_DIR, name))} (${text.length} bytes)\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
