/**
 * import FILE [--mapping FILE] [--dry-run] [--replace]: the workforce import of docs/CLI.md in one step
 * (the screen does preview → review → commit). Problems go to stderr; stdout carries only the answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_FIELDS, type ImportField, type ImportProblem } from '../../../shared/api/import-dto';
import { describeProblem } from '../../import/service';
import { CliFailure, optionalString, type Command } from '../command';
import { MAX_IMPORT_BYTES } from '../../../shared/api/limits';


function readInput(file: string, what: string): Buffer {
  if (!fs.existsSync(file)) throw new CliFailure('NOT_FOUND', `No such ${what}: ${file}`);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new CliFailure('INVALID_INPUT', `Not a file: ${file}`);
  if (stat.size > MAX_IMPORT_BYTES) throw new CliFailure('BAD_FILE', `${file} is ${stat.size.toLocaleString('en')} bytes; the import takes files up to ${MAX_IMPORT_BYTES.toLocaleString('en')} bytes (${MAX_IMPORT_BYTES / 1_000_000} MB).`);
  return fs.readFileSync(file);
}

function readMapping(file: string): Record<string, ImportField> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readInput(file, 'mapping file').toString('utf8'));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure('INVALID_INPUT', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CliFailure('INVALID_INPUT', `${file}: a mapping is a JSON object {"<column header>": "<field>"}`);
  for (const [k, v] of Object.entries(parsed)) {
    if (!IMPORT_FIELDS.includes(v as ImportField)) throw new CliFailure('INVALID_INPUT', `${file}: column "${k}" is mapped to "${String(v)}"; fields are ${IMPORT_FIELDS.join(', ')}`);
  }
  return parsed as Record<string, ImportField>;
}

const reviewJson = (t: { kind: string; row: number; id: string; value: string; bestGuess: string | null; bestGuessTitle: string | null; confidence: number; count?: number }) => ({
  row: t.row,
  id: t.id,
  value: t.value,
  bestGuess: t.bestGuess,
  confidence: t.confidence,
  kind: t.kind,
  bestGuessTitle: t.bestGuessTitle,
  ...(t.count !== undefined ? { count: t.count } : {}),
});
const warningJson = (w: ImportProblem) => ({ row: w.row, column: w.column, value: w.value, message: w.message, code: w.code, ...(w.sheet ? { sheet: w.sheet } : {}) });

export const importCommand: Command = {
  name: 'import',
  summary: 'Import the workforce from a CSV or XLSX export (upserts by id; problems go to stderr, nothing is written)',
  usage: 'import FILE [--mapping FILE] [--dry-run] [--replace]',
  options: {
    mapping: { kind: 'string', value: 'FILE', help: 'JSON object {"<column header>": "<field>"} overriding header recognition' },
    'dry-run': { kind: 'flag', help: 'check and report what would change, write nothing' },
    replace: { kind: 'flag', help: 'also remove people who are not in the file' },
  },
  async run(ctx) {
    const file = ctx.positionals[0];
    if (!file) throw new CliFailure('INVALID_INPUT', 'Give the file to import: import FILE');
    const mappingFile = optionalString(ctx, 'mapping');
    const mapping = mappingFile ? readMapping(mappingFile) : undefined;
    const input = { fileName: path.basename(file), contentBase64: readInput(file, 'file').toString('base64'), mapping, replace: ctx.options.replace === true };
    const dryRun = ctx.options['dry-run'] === true;
    const listWarnings = (warnings: ImportProblem[], count: number) => {
      for (const w of warnings.slice(0, 50)) ctx.note(`warning: ${describeProblem(w)}`);
      if (count > 50) ctx.note(`… and ${count - 50} more warnings`);
    };
    if (dryRun) {
      const out = await ctx.call('import.preview', input);
      if (out.errorCount > 0) {
        listWarnings(out.warnings, out.warningCount);
        const errors = out.problems.filter((x) => x.severity === 'error');
        throw new CliFailure('INVALID_INPUT', `${input.fileName}: ${out.errorCount} problem${out.errorCount === 1 ? '' : 's'}; nothing would be imported.\n${errors.slice(0, 50).map(describeProblem).join('\n')}${out.errorCount > 50 ? `\n… and ${out.errorCount - 50} more` : ''}`);
      }
      listWarnings(out.warnings, out.warningCount);
      if (out.replacesDemo) ctx.note(`This would be the first real import: it would replace the demo organisation (${out.removed} demo people removed). Dry run: nothing written.`);
      const json = { added: out.added, updated: out.updated, removed: out.removed, toReview: out.toReview.map(reviewJson), warnings: out.warnings.map(warningJson), dryRun: true, people: out.people, skills: out.skills, replacesDemo: out.replacesDemo };
      return { json, text: `Dry run of ${input.fileName}: ${out.people} people, ${out.added} would be added, ${out.updated} updated, ${out.removed} removed; ${out.toReview.length} to review. Nothing written.` };
    }
    const out = await ctx.call('import.commit', input);
    listWarnings(out.warnings, out.warningCount);
    if (out.replacesDemo) ctx.note(`First real import: the demo organisation was replaced by "${out.organisation}" (${out.removed} demo people removed).`);
    const json = { added: out.added, updated: out.updated, removed: out.removed, toReview: out.toReview.map(reviewJson), warnings: out.warnings.map(warningJson), people: out.people, skills: out.skills, replacedDemo: out.replacesDemo, organisation: out.organisation };
    const review = out.toReview.filter((t) => t.kind === 'role');
    return {
      json,
      text:
        `Imported ${input.fileName}: ${out.people} people (${out.added} added, ${out.updated} updated, ${out.removed} removed), ${out.skills} skill levels.` +
        (review.length ? `\n${review.length} job title${review.length === 1 ? '' : 's'} to review (imported with the best guess):\n${review.slice(0, 30).map((t) => `  row ${t.row} ${t.id}: "${t.value}" → ${t.bestGuess} ${t.bestGuessTitle ?? ''} (${Math.round(t.confidence * 100)}%)`).join('\n')}` : ''),
    };
  },
};
