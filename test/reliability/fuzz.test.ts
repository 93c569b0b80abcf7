// Hostile input at every contract method, through dispatch (as IPC and the CLI call it) and through the
// twin's real HTTP door: seeded fast-check payloads — prototype-pollution keys, huge strings, deep nesting,
// NaN/Infinity/-0, wrong types, and each method's own field names filled with such values or plausible
// ones (so handlers run too, not only validation). Every answer is a Result; none is INTERNAL; the twin
// never answers 5xx or drops the connection; a refused call leaves every table as it was (dump compared
// whenever the connection saw a change); Object.prototype gains nothing.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ApiMethod } from '../../shared/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import type { Core } from '../../electron/core';
import type { Logger } from '../../electron/platform/ports';
import { startTwin, type Twin } from '../../electron/web/server';
import { openTestCore, tempDir } from '../helpers/core';
import { dumpOf } from './dump';

const SEED = 1515;
const methods = Object.keys(contract) as ApiMethod[];
// Each of these ranks the whole workforce in a worker when its input is accepted: fewer runs keep the file bounded.
const SLOW = new Set<string>(['reskill.all', 'reskill.assign', 'reskill.fairness', 'reskill.businessCase', 'export.file', 'export.reportData', 'backup.create', 'privacy.export', 'privacy.document', 'workforce.loadDemo', 'scenario.sensitivity', 'scenario.compare']);
const RUNS_DISPATCH = 150;
const RUNS_TWIN = 30;
const RUNS_SLOW = 10;

const internal: string[] = [];
const log: Logger = { info: () => {}, warn: () => {}, error: (m, e) => internal.push(`${m}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`) };

/** Nested `depth` levels; fast-check prints it as a short label (its own printer would overflow the stack). */
function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  Object.defineProperty(v, fc.toStringMethod, { value: () => `(${depth} levels of ${asArray ? 'arrays' : 'objects'})`, enumerable: false });
  return v;
}

const HUGE = 'x'.repeat(2_000_000);
const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'];

const hostileLeaf = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, -(2 ** 31), 1e308, null, undefined, true, false, '', ' ', '\u0000', '\u202e', '../../etc/passwd', "'; DROP TABLE employees; --", '%s%n', HUGE, '😀'.repeat(50_000), 'E0001', 'expected', 'nl', 'en'),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
);

/** JSON of anything the generators make (BigInt as text, deep values as far as JSON.stringify goes). */
function jsonOf(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? 'null';
  } catch {
    return 'null';
  }
}

const pollutedObject = fc.tuple(fc.constantFrom(...pollutionKeys), hostileLeaf).map(([k, v]) => JSON.parse(`{${JSON.stringify(k)}: ${jsonOf(v ?? null)}, "polluted": true}`) as unknown);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileLeaf },
  { weight: 2, arbitrary: pollutedObject },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 50, max: 20_000 }), hostileLeaf, fc.boolean()).map(([d, leaf, arr]) => nested(d, leaf, arr)) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBigInt: true, withDate: true, withBoxedValues: true }) },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 5 }) },
);

/** The method's own field names, each with a hostile or a plausible value, sometimes with an extra key. */
function payloadFor(method: ApiMethod): fc.Arbitrary<unknown> {
  const schema = contract[method].input as unknown as { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const plausible = fc.constantFrom<unknown>('E0001', 'expected', 'balanced', 'nl', 'en', 'approve', 'confirm', 'csv', 'pdf', 1, 0, 5, true, false, [], {}, 'dGVzdA==');
  const fields = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(hostileValue, plausible)])), { requiredKeys: [] }).chain((obj) =>
        fc.oneof(
          fc.constant(obj as unknown),
          // JSON.parse makes "__proto__" an own key, as a hostile request body does.
          fc.tuple(fc.constantFrom(...pollutionKeys), hostileLeaf).map(([k, v]) => JSON.parse(jsonOf({ ...obj, polluted: true }).replace(/^\{/, `{${JSON.stringify(k)}: ${jsonOf(v ?? null)},`)) as unknown),
        ),
      )
    : fc.constant({} as unknown);
  return fc.oneof({ weight: 3, arbitrary: fields }, { weight: 1, arbitrary: hostileValue });
}

let core: Core;
let twin: Twin;
let lastDump: string;
let lastChanges: number;
let calls = 0;
let callsDispatch = 0;
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

// A wrong passphrase is refused, counted and audited on purpose (the back-off must outlive the call): that
// counter and that audit row are the only writes a refused call may make.
const SECURITY_RECORD = /privacy\.unlockFailures|"unlock\.(refused|locked)"|"name":"audit_log","seq"/;
const dump = () => dumpOf(core.db, (text) => text.split('\n').filter((line) => !SECURITY_RECORD.test(line)).join('\n'));
const changes = () => (core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** After a call: refused calls must have written nothing; accepted ones become the new reference. */
function checkWrites(method: string, ok: boolean, label: string): void {
  const now = changes();
  if (now === lastChanges) return;
  const after = dump();
  if (!ok) expect(after === lastDump, `${label}: the refused call ${method} changed the database`).toBe(true);
  lastDump = after;
  lastChanges = now;
}

function checkAnswer(result: { ok: boolean; error?: { code: string; message: string } }, method: string, label: string, payload: () => string): void {
  expect(typeof result.ok, `${label} ${method}: not a Result`).toBe('boolean');
  // The message is built only on a failure: printing every payload would cost more than calling with it.
  if (!result.ok && result.error!.code === 'INTERNAL') expect.fail(`${label} ${method} answered INTERNAL (${result.error!.message}) for ${payload()}\n${internal.join('\n')}`);
}

/** A short label for a failure message; deep values overflow both JSON.stringify and String(). */
const show = (v: unknown) => {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 300);
  } catch {
    return `(a ${Array.isArray(v) ? 'list' : typeof v} too deep to print)`;
  }
};

/** JSON text as a hostile HTTP client writes it: NaN, Infinity and -0 are sent as the literals JSON.parse refuses or maps. */
function bodyOf(method: ApiMethod, input: unknown): string {
  let json: string;
  try {
    json = JSON.stringify({ method, input }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '{}';
  } catch {
    json = `{"method": ${JSON.stringify(method)}, "input": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
  }
  return json;
}

beforeAll(async () => {
  core = await openTestCore();
  core.log = log;
  // The API needs no renderer: an empty page and preload are enough for the twin to start.
  const web = tempDir('overstap-fuzz-web-');
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  fs.writeFileSync(path.join(web, 'preload.js'), '');
  twin = await startTwin({ core, rendererDir: web, preloadFile: path.join(web, 'preload.js'), actor: 'fuzzer' });
  lastDump = dump();
  lastChanges = changes();
}, 600_000);

afterAll(async () => {
  await twin?.close();
  core?.close();
});

describe('fuzzing every contract method', { timeout: 900_000 }, () => {
  it('through dispatch: no INTERNAL, no throw, no write by a refused call', async () => {
    for (const [i, method] of methods.entries()) {
      await fc.assert(
        fc.asyncProperty(payloadFor(method), async (payload) => {
          calls++;
          let result: Awaited<ReturnType<typeof dispatch>>;
          try {
            result = await dispatch(core.handlers, method, payload, { actor: 'fuzzer' }, log);
          } catch (error) {
            throw new Error(`dispatch threw for ${method} ${show(payload)}: ${String(error)}`, { cause: error });
          }
          checkAnswer(result, method, 'dispatch', () => show(payload));
          checkWrites(method, result.ok, 'dispatch');
        }),
        { seed: SEED + i, numRuns: SLOW.has(method) ? RUNS_SLOW : RUNS_DISPATCH, endOnFailure: true },
      );
    }
    // Names that are not methods, and methods whose names are themselves hostile.
    await fc.assert(
      fc.asyncProperty(hostileValue, hostileValue, async (method, payload) => {
        calls++;
        const result = await dispatch(core.handlers, method, payload, { actor: 'fuzzer' }, log);
        checkAnswer(result, String(typeof method), 'dispatch', () => show(payload));
        checkWrites('(unknown)', result.ok, 'dispatch');
      }),
      { seed: SEED, numRuns: 300 },
    );
    callsDispatch = calls;
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('through the twin over HTTP: every answer is a 200 Result (or 413 for a body over the limit), never INTERNAL', async () => {
    const post = async (body: string) => {
      const res = await fetch(`http://127.0.0.1:${twin.port}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-overstap-token': twin.token }, body });
      return { status: res.status, text: await res.text() };
    };
    for (const [i, method] of methods.entries()) {
      await fc.assert(
        fc.asyncProperty(payloadFor(method), fc.constantFrom('plain', 'nan', 'infinity', 'garbage'), async (payload, variant) => {
          calls++;
          let body = bodyOf(method, payload);
          if (variant === 'nan') body = body.replace(/null/, 'NaN');
          else if (variant === 'infinity') body = body.replace(/(\d+)/, '1e999');
          else if (variant === 'garbage') body = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
          const res = await post(body);
          expect(res.status === 200 || res.status === 413, `twin answered ${res.status} for ${method} ${body.slice(0, 200)}`).toBe(true);
          if (res.status === 200) {
            const result = JSON.parse(res.text) as { ok: boolean; error?: { code: string; message: string } };
            checkAnswer(result, method, 'twin', () => body.slice(0, 300));
            checkWrites(method, result.ok, 'twin');
          }
        }),
        { seed: SEED * 7 + i, numRuns: SLOW.has(method) ? RUNS_SLOW : RUNS_TWIN, endOnFailure: true },
      );
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });

  it('made at least 10,000 calls in all', () => {
    expect(internal).toEqual([]);
    console.log(`fuzz: ${calls} payloads (${callsDispatch} through dispatch, ${calls - callsDispatch} through the twin)`);
    expect(calls).toBeGreaterThanOrEqual(10_000);
  });
});
