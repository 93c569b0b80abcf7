/**
 * employee-mode · unlock: the employee mode from the command line, as on the Privacy screen (issue 16.4).
 * While it is on, every command answers only for that one person (the same policy as every other door),
 * and `restore` is refused. `unlock` reads the planner passphrase from a file or from stdin — never from
 * an option, where it would sit in the shell history and the process list — with the same back-off.
 */
import fs from 'node:fs';
import { CliFailure, optionalString, requireOption, type Command } from '../command';

export const employeeModeCommand: Command = {
  name: 'employee-mode',
  summary: 'Lock Overstap to one employee: only their own path and data until the planner unlocks it',
  usage: 'employee-mode --employee ID',
  options: { employee: { kind: 'string', value: 'ID', help: 'the employee the app opens for' } },
  async run(ctx) {
    const out = await ctx.call('privacy.enterEmployeeMode', { employeeId: requireOption(ctx, 'employee') });
    return { json: { employeeMode: out.employeeMode }, text: `Employee mode on for ${out.employeeMode.employeeId} since ${out.employeeMode.since}. Leave it with: overstap unlock` };
  },
};

export const unlockCommand: Command = {
  name: 'unlock',
  summary: 'Leave employee mode with the planner passphrase (read from stdin, or --passphrase-file)',
  usage: 'unlock [--passphrase-file FILE]',
  options: { 'passphrase-file': { kind: 'string', value: 'FILE', help: 'a file whose first line is the passphrase (default: stdin; typed without echo on a terminal)' } },
  async run(ctx) {
    const file = optionalString(ctx, 'passphrase-file');
    let passphrase: string;
    if (file !== undefined && file !== '-') {
      try {
        passphrase = fs.readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliFailure('NOT_FOUND', `Cannot read ${file}: ${(error as Error).message}`);
      }
    } else passphrase = await ctx.readSecret('Planner passphrase: ');
    passphrase = passphrase.split(/\r?\n/)[0] ?? '';
    if (!passphrase) throw new CliFailure('INVALID_INPUT', 'No passphrase given (stdin was empty)');
    await ctx.call('privacy.unlock', { passphrase });
    return { json: { unlocked: true }, text: 'Employee mode is off.' };
  },
};
