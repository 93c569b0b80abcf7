/**
 * runCli(): the command line of docs/CLI.md as a function (argv in, exit code out), so tests can run it
 * in-process as well as through a child process. stdout carries only the answer.
 */
import { dispatch } from '../api/dispatch';
import { openCore, type Core } from '../core';
import { DomainError } from '../../shared/api/result';
import type { ApiMethod } from '../../shared/api/contract';
import type { ScenarioSummary } from '../../shared/api/dto';
import type { Lang } from '../../shared/domain/types';
import { defaultDbPath, osUserName } from '../platform/paths';
import { parseArgs, type OptionSpecs } from './args';
import { CliFailure, exitCodeFor, type Command, type CliContext } from './command';
import { COMMANDS } from './registry';
import { findLatestBackup } from './backups';
import { createPrintingTwin } from '../web/printingTwin';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a secret from the user (stdin); tests pass their own. */
  readSecret?(prompt: string): Promise<string>;
}

const GLOBAL_OPTIONS: OptionSpecs = {
  db: { kind: 'string', value: 'FILE', help: 'the database to use (created, migrated and seeded if missing)' },
  json: { kind: 'flag', help: 'print one JSON object on stdout, nothing else' },
  lang: { kind: 'string', value: 'nl|en', help: 'language of text output and documents (default en)' },
  user: { kind: 'string', value: 'NAME', help: 'who is written to the audit log (default: the OS user)' },
  year: { kind: 'string', value: 'YYYY', help: 'start year of the seeded scenarios of a new database' },
  help: { kind: 'flag', help: 'show help' },
};

function findCommand(words: string[]): { command: Command; rest: string[] } | null {
  for (const take of [2, 1]) {
    const name = words.slice(0, take).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command && words.length >= take) return { command, rest: words.slice(take) };
  }
  return null;
}

function commandList(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
}

function optionHelp(specs: OptionSpecs): string {
  return Object.entries(specs)
    .map(([name, s]) => `  --${name}${s.value ? ` ${s.value}` : ''}`.padEnd(26) + s.help)
    .join('\n');
}

function usage(): string {
  return `Usage: overstap <command> [options]\n\nCommands:\n${commandList()}\n\nGlobal options:\n${optionHelp(GLOBAL_OPTIONS)}\n\nExit codes: 0 done, 1 bad input, 2 not found, 3 internal error.`;
}

/**
 * docs/CLI.md: --year only seeds a new database. On an existing one a different year would be silently
 * ignored (asking 2031 would answer 2025–2030), so it is refused with what the database holds instead.
 */
async function yearClash(core: Core, year: number, actor: string): Promise<string | null> {
  const listed = await dispatch(core.handlers, 'scenario.list', {}, { actor }, core.log);
  if (!listed.ok) return null;
  const seeded = (listed.data as { scenarios: ScenarioSummary[] }).scenarios.filter((s) => s.isSeeded);
  const years = [...new Set(seeded.map((s) => s.startYear))];
  if (years.length === 0 || years.every((y) => y === year)) return null;
  const spans = [...new Set(seeded.map((s) => `${s.startYear}–${s.startYear + s.horizon}`))].join(', ');
  return (
    `--year ${year} only applies when a new database is created; ${core.dbPath} already exists and its seeded scenarios cover ${spans}. ` +
    `Use --db with a new file to start in ${year}, or leave out --year.`
  );
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const words: string[] = [];
  for (const token of argv) {
    if (token.startsWith('--')) break;
    words.push(token);
  }
  if (words.length === 0) {
    if (argv.includes('--help')) {
      io.stdout(usage() + '\n');
      return 0;
    }
    io.stderr(usage() + '\n');
    return 1;
  }
  const found = findCommand(words);
  if (!found) {
    io.stderr(`Unknown command: ${words.join(' ')}\n\nCommands:\n${commandList()}\n`);
    return 1;
  }
  const { command } = found;
  const specs = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed;
  try {
    parsed = parseArgs(argv.slice(command.name.split(' ').length), specs);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 1;
  }
  const { options, positionals } = parsed;
  if (options.help) {
    io.stdout(`Usage: overstap ${command.usage ?? command.name} [options]\n\n${command.summary}\n\nOptions:\n${optionHelp(specs)}\n`);
    return 0;
  }
  const lang = (options.lang ?? 'en') as string;
  if (lang !== 'en' && lang !== 'nl') {
    io.stderr(`--lang must be nl or en, got "${lang}"\n`);
    return 1;
  }
  let startYear: number | undefined;
  if (typeof options.year === 'string') {
    startYear = Number(options.year);
    if (!/^\d{4}$/.test(options.year) || startYear < 2000 || startYear > 2100) {
      io.stderr(`--year must be a year from 2000 to 2100, got "${options.year}"\n`);
      return 1;
    }
  }
  const actor = typeof options.user === 'string' && options.user.trim() ? options.user.trim() : osUserName();
  const dbPath = typeof options.db === 'string' ? options.db : defaultDbPath();

  let core: Core | null = null;
  // The CLI's one printer, over its one core: a twin is started only for the first report PDF, then reused.
  const printing = createPrintingTwin({ core: () => core!, actor, buildIfMissing: true });
  if (command.opensCore !== false) {
    try {
      core = await openCore({ dbPath, actor, startYear, language: lang as Lang, pdf: printing.printer, log: { info: () => {}, warn: (m) => io.stderr(`warning: ${m}\n`), error: (m, d) => io.stderr(`error: ${m} ${d instanceof Error ? d.stack : ''}\n`) } });
    } catch (error) {
      if (error instanceof DomainError) {
        const backup = error.code === 'DB_CORRUPT' ? findLatestBackup(dbPath) : null;
        io.stderr(`${error.message}${backup ? `\nLatest backup: ${backup} (restore it with: overstap restore ${backup} --yes)` : ''}\n`);
        return exitCodeFor(error.code);
      }
      io.stderr(`Could not open ${dbPath}: ${(error as Error).message}\n`);
      return 3;
    }
    if (core.seeded) io.stderr(`Created ${core.dbPath} with the embedded dataset and the Demo BV organisation.\n`);
    else if (startYear !== undefined) {
      const clash = await yearClash(core, startYear, actor);
      if (clash) {
        io.stderr(`${clash}\n`);
        core.close();
        return 1;
      }
    }
  }
  const opened = core;

  const ctx: CliContext = {
    lang: lang as Lang,
    options,
    positionals,
    dbPath,
    actor,
    note: (m) => io.stderr(`${m}\n`),
    readSecret: (prompt) => (io.readSecret ? io.readSecret(prompt) : Promise.resolve('')),
    async call(method, input) {
      if (!opened) throw new CliFailure('INTERNAL', `${command.name} does not open the database`);
      const result = await dispatch(opened.handlers, method as ApiMethod, input, { actor }, opened.log);
      if (!result.ok) throw new CliFailure(result.error.code, result.error.message);
      return result.data as never;
    },
  };
  try {
    const out = await command.run(ctx);
    io.stdout(options.json ? JSON.stringify(out.json, null, 2) + '\n' : out.text + '\n');
    return 0;
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`${error.message}\n`);
      return exitCodeFor(error.code);
    }
    io.stderr(`Internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 3;
  } finally {
    await printing.close();
    opened?.close();
  }
}
