/**
 * export · backup · restore (docs/CLI.md). Files are written atomically; PDF is printed by the system Chromium
 * through playwright-core from the twin's report page on the same core (the report pages are built
 * first if dist/renderer lacks them, with the build's output on stderr).
 */
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, EXPORT_PAIRS, EXPORT_WHATS, PLANS_PARTS, type ExportFormat, type ExportWhat, type PlansPart } from '../../../shared/api/export-dto';
import { applyPendingRestore, refuseRestoreInEmployeeMode, stageRestore } from '../../db/restore';
import { DomainError } from '../../../shared/api/result';
import { CliFailure, optionalString, requireOption, type Command } from '../command';
import { writeFileAtomically } from './scenarios';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write plans, a path, a board pack or a scenario to PDF, XLSX, CSV or JSON',
  usage: 'export --what plans|path|boardpack|scenario --format pdf|xlsx|csv|json --out FILE [--scenario NAME] [--department D | --manager ID] [--employee ID] [--part full|summary] [--names]',
  options: {
    what: { kind: 'string', value: 'W', help: 'plans | path | boardpack | scenario' },
    format: { kind: 'string', value: 'F', help: 'plans: pdf/xlsx/csv/json · path: pdf/json · boardpack: pdf/xlsx · scenario: json/csv/xlsx' },
    out: { kind: 'string', value: 'FILE', help: 'the file to write' },
    scenario: { kind: 'string', value: 'NAME', help: 'scenario (default expected)' },
    department: { kind: 'string', value: 'D', help: 'only this department' },
    employee: { kind: 'string', value: 'ID', help: 'the employee (needed for --what path)' },
    manager: { kind: 'string', value: 'ID', help: 'only this manager’s team (everyone reporting to them)' },
    part: { kind: 'string', value: 'P', help: 'plans: full (summary, then a section per person; default) or summary (the team summary alone)' },
    names: { kind: 'flag', help: 'include names (pseudonymised by default; never when the settings say pseudonymised)' },
  },
  async run(ctx) {
    const what = requireOption(ctx, 'what') as ExportWhat;
    const format = requireOption(ctx, 'format') as ExportFormat;
    const out = requireOption(ctx, 'out');
    if (!EXPORT_WHATS.includes(what)) throw new CliFailure('INVALID_INPUT', `--what must be one of ${EXPORT_WHATS.join(', ')}, got "${what}"`);
    if (!EXPORT_FORMATS.includes(format)) throw new CliFailure('INVALID_INPUT', `--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
    if (!EXPORT_PAIRS[what].includes(format)) throw new CliFailure('INVALID_INPUT', `${what} cannot be exported as ${format}; use --format ${EXPORT_PAIRS[what].join('|')}`);
    const employeeId = optionalString(ctx, 'employee');
    if (what === 'path' && !employeeId) throw new CliFailure('INVALID_INPUT', '--what path needs --employee ID');
    const part = optionalString(ctx, 'part');
    if (part !== undefined && !PLANS_PARTS.includes(part as PlansPart)) throw new CliFailure('INVALID_INPUT', `--part must be one of ${PLANS_PARTS.join(', ')}, got "${part}"`);
    if (part !== undefined && what !== 'plans') throw new CliFailure('INVALID_INPUT', '--part is only for --what plans');
    const dir = path.dirname(path.resolve(out));
    if (!fs.existsSync(dir)) throw new CliFailure('NOT_FOUND', `The folder ${dir} does not exist`);
    if (format === 'pdf') ctx.note(`Printing the ${what} report with Chromium…`);
    const file = await ctx.call('export.file', {
      what,
      format,
      scenario: optionalString(ctx, 'scenario'),
      department: optionalString(ctx, 'department'),
      employeeId,
      managerId: optionalString(ctx, 'manager'),
      part: part as PlansPart | undefined,
      names: ctx.options.names === true,
      lang: ctx.lang,
    });
    writeFileAtomically(out, Buffer.from(file.contentBase64, 'base64'));
    return { json: { written: out, what, format, bytes: file.bytes }, text: `Wrote ${out} (${what}, ${format}, ${file.bytes} bytes)` };
  },
};

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write an online backup of the whole database',
  usage: 'backup --out FILE',
  options: { out: { kind: 'string', value: 'FILE', help: 'the backup file to write' } },
  async run(ctx) {
    const out = requireOption(ctx, 'out');
    const backup = await ctx.call('backup.create', {});
    writeFileAtomically(out, Buffer.from(backup.contentBase64, 'base64'));
    return { json: { written: out, bytes: backup.bytes }, text: `Wrote the backup ${out} (${backup.bytes} bytes)` };
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the database with a backup (validated first; erasures since the backup are re-applied)',
  usage: 'restore FILE --yes',
  options: { yes: { kind: 'flag', help: 'confirm: the current database is replaced (an online backup of it is kept beside it)' } },
  // The database is replaced as a file, so this command never holds it open (and works when it is damaged).
  opensCore: false,
  async run(ctx) {
    const file = ctx.positionals[0];
    if (!file) throw new CliFailure('INVALID_INPUT', 'Name the backup to restore: restore FILE --yes');
    if (ctx.positionals.length > 1) throw new CliFailure('INVALID_INPUT', `Unexpected arguments: ${ctx.positionals.slice(1).join(' ')}`);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliFailure('NOT_FOUND', `The file ${file} does not exist`);
    if (ctx.options.yes !== true) throw new CliFailure('INVALID_INPUT', `Restoring replaces the whole database with ${file}. Run again with --yes to confirm.`);
    // Validated and staged (a bad file: BAD_FILE, nothing changes), then swapped in now.
    const dbPath = ctx.dbPath;
    try {
      refuseRestoreInEmployeeMode(dbPath);
      stageRestore(dbPath, fs.readFileSync(file));
    } catch (error) {
      if (error instanceof DomainError) throw new CliFailure(error.code, error.message);
      throw error;
    }
    const result = await applyPendingRestore(dbPath, { actor: ctx.actor });
    if (!result.applied) throw new CliFailure('BAD_FILE', result.refused ?? 'The staged backup could not be applied; the database is unchanged.');
    if (result.previousBackup) ctx.note(`The database it replaced is kept as ${result.previousBackup}`);
    if (result.erasuresUnverifiable > 0) ctx.note(`${result.erasuresUnverifiable} erasures were made with another installation's erasure key and could not be checked against this backup.`);
    return { json: { restored: file, previousBackup: result.previousBackup, erasuresReapplied: result.erasuresReapplied, erasuresUnverifiable: result.erasuresUnverifiable }, text: `Restored ${file}` };
  },
};
