/**
 * A small, strict argument parser: every option is declared, so a typo is a clear error, not a silent default.
 */

type OptionKind = 'string' | 'flag';
interface OptionSpec {
  kind: OptionKind;
  help: string;
  /** Shown in help, e.g. "FILE". */
  value?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

interface ParsedArgs {
  options: Record<string, string | boolean>;
  positionals: string[];
}

class UsageError extends Error {}

export function parseArgs(argv: string[], specs: OptionSpecs): ParsedArgs {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('--') || token === '--') {
      if (token !== '--') positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw new UsageError(`Unknown option --${name}. Options here: ${Object.keys(specs).map((k) => `--${k}`).join(', ')}`);
    if (name in options) throw new UsageError(`Option --${name} given twice`);
    if (spec.kind === 'flag') {
      if (eq !== -1) throw new UsageError(`Option --${name} takes no value`);
      options[name] = true;
    } else {
      const value = eq !== -1 ? token.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`Option --${name} needs a value${spec.value ? ` (${spec.value})` : ''}`);
      options[name] = value;
    }
  }
  return { options, positionals };
}
