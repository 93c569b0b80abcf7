/**
 * privacy export · privacy erase · consent set|withdraw · objection set|withdraw · docs (docs/CLI.md).
 * Files are written by the CLI itself; the content comes from the API.
 */
import path from 'node:path';
import { ensurePrivateDir, writePrivateFile } from '../../platform/files';
import type { PrivacyFileDto } from '../../../shared/api/privacy-dto';
import { CliFailure, requireOption, type Command } from '../command';

function writeFile(out: string, file: PrivacyFileDto): string {
  const target = path.resolve(out);
  try {
    ensurePrivateDir(path.dirname(target));
    // An access export is one person's data: 0600 from the first byte (16.7).
    writePrivateFile(target, file.contentBase64 !== undefined ? Buffer.from(file.contentBase64, 'base64') : (file.content ?? ''));
  } catch (error) {
    throw new CliFailure('INVALID_INPUT', `Cannot write ${out}: ${(error as Error).message}`);
  }
  return out;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new CliFailure('INVALID_INPUT', `--${option} must be ${allowed.join('|')}, got "${value}"`);
  return value as T;
}

const privacyExport: Command = {
  name: 'privacy export',
  summary: 'Everything held about one employee (AVG art. 15, 20) as JSON or PDF',
  usage: 'privacy export --employee ID --format json|pdf --out FILE',
  options: {
    employee: { kind: 'string', value: 'ID', help: 'the employee' },
    format: { kind: 'string', value: 'json|pdf', help: 'file format' },
    out: { kind: 'string', value: 'FILE', help: 'where to write it' },
  },
  async run(ctx) {
    const employeeId = requireOption(ctx, 'employee');
    const format = oneOf(requireOption(ctx, 'format'), ['json', 'pdf'] as const, 'format');
    const out = requireOption(ctx, 'out');
    const file = await ctx.call('privacy.export', { employeeId, format, lang: ctx.lang });
    const written = writeFile(out, file);
    return { json: { written }, text: `Wrote the access export of ${employeeId} to ${written}` };
  },
};

const privacyErase: Command = {
  name: 'privacy erase',
  summary: 'Erase one employee completely (AVG art. 17); the audit log keeps a one-way tombstone',
  usage: 'privacy erase --employee ID --yes',
  options: {
    employee: { kind: 'string', value: 'ID', help: 'the employee' },
    yes: { kind: 'flag', help: 'confirm: erasure cannot be undone' },
    reason: { kind: 'string', value: 'TEXT', help: 'why (written to the audit log)' },
  },
  async run(ctx) {
    const employeeId = requireOption(ctx, 'employee');
    if (ctx.options.yes !== true) throw new CliFailure('INVALID_INPUT', 'Erasure cannot be undone: add --yes to confirm');
    const reason = typeof ctx.options.reason === 'string' ? ctx.options.reason : undefined;
    const out = await ctx.call('privacy.erase', { employeeId, confirm: true, reason });
    return { json: { erased: out.erased, tombstone: out.tombstone, auditEntriesRewritten: out.auditEntriesRewritten }, text: `Erased ${out.erased}; ${out.auditEntriesRewritten} audit entries now name ${out.tombstone}` };
  },
};

const consentSet: Command = {
  name: 'consent set',
  summary: 'Record consent for a demographic field (fairness audit only) and store its value',
  usage: 'consent set --employee ID --field ageBand|gender --value V --purpose fairness-audit',
  options: {
    employee: { kind: 'string', value: 'ID', help: 'the employee' },
    field: { kind: 'string', value: 'ageBand|gender', help: 'the field' },
    value: { kind: 'string', value: 'V', help: 'ageBand <25|25-34|35-44|45-54|55+, gender female|male|other' },
    purpose: { kind: 'string', value: 'fairness-audit', help: 'the only purpose' },
  },
  async run(ctx) {
    const field = oneOf(requireOption(ctx, 'field'), ['ageBand', 'gender'] as const, 'field');
    const purpose = oneOf(requireOption(ctx, 'purpose'), ['fairness-audit'] as const, 'purpose');
    const out = await ctx.call('consent.set', { employeeId: requireOption(ctx, 'employee'), field, value: requireOption(ctx, 'value'), purpose });
    const c = out.consent;
    return { json: { consent: c }, text: `Consent recorded: ${c.employeeId} ${c.field} for ${c.purpose}, ${c.givenAt} (by ${c.recordedBy})` };
  },
};

const consentWithdraw: Command = {
  name: 'consent withdraw',
  summary: 'Withdraw consent for a demographic field; the field is deleted',
  usage: 'consent withdraw --employee ID --field F',
  options: {
    employee: { kind: 'string', value: 'ID', help: 'the employee' },
    field: { kind: 'string', value: 'ageBand|gender', help: 'the field' },
  },
  async run(ctx) {
    const field = oneOf(requireOption(ctx, 'field'), ['ageBand', 'gender'] as const, 'field');
    const out = await ctx.call('consent.withdraw', { employeeId: requireOption(ctx, 'employee'), field });
    return { json: { consent: out.consent, withdrawnAt: out.withdrawnAt }, text: `Consent withdrawn: ${out.consent.employeeId} ${out.consent.field}; the field is deleted` };
  },
};

function objectionCommand(verb: 'set' | 'withdraw'): Command {
  return {
    name: `objection ${verb}`,
    summary: verb === 'set' ? 'Record an objection to being scored (AVG art. 21): no score, rank or path' : 'Withdraw an objection to being scored',
    usage: `objection ${verb} --employee ID --reason TEXT`,
    options: {
      employee: { kind: 'string', value: 'ID', help: 'the employee' },
      reason: { kind: 'string', value: 'TEXT', help: 'why (written to the audit log)' },
    },
    async run(ctx) {
      const out = await ctx.call(verb === 'set' ? 'objection.set' : 'objection.withdraw', { employeeId: requireOption(ctx, 'employee'), reason: requireOption(ctx, 'reason') });
      const o = out.objection;
      return { json: { objection: o }, text: verb === 'set' ? `${o.employeeId} objects to scoring since ${o.since}` : `${o.employeeId} withdrew the objection made ${o.since}` };
    },
  };
}
const objectionSet = objectionCommand('set');
const objectionWithdraw = objectionCommand('withdraw');

const docsCommand: Command = {
  name: 'docs',
  summary: 'Write a document from the live configuration (draft for legal review)',
  usage: 'docs --what worker-notice|dpia|works-council|method-card --format pdf|md --out FILE',
  options: {
    what: { kind: 'string', value: 'worker-notice|dpia|works-council|method-card', help: 'which document' },
    format: { kind: 'string', value: 'pdf|md', help: 'file format' },
    out: { kind: 'string', value: 'FILE', help: 'where to write it' },
  },
  async run(ctx) {
    const what = oneOf(requireOption(ctx, 'what'), ['worker-notice', 'dpia', 'works-council', 'method-card'] as const, 'what');
    const format = oneOf(requireOption(ctx, 'format'), ['pdf', 'md'] as const, 'format');
    const out = requireOption(ctx, 'out');
    const file = await ctx.call('privacy.document', { what, format, lang: ctx.lang });
    const written = writeFile(out, file);
    return { json: { written }, text: `Wrote ${what} (${ctx.lang}) to ${written}` };
  },
};

export const PRIVACY_COMMANDS: Command[] = [privacyExport, privacyErase, consentSet, consentWithdraw, objectionSet, objectionWithdraw, docsCommand];
