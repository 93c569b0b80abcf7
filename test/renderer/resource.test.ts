import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/api/client';
import { createResource, type ResourceStatus } from '../../renderer/src/api/resource';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('createResource (14.3)', () => {
  it('reports loading then idle and applies the value', async () => {
    const statuses: ResourceStatus['status'][] = [];
    const r = createResource((s) => statuses.push(s.status));
    let applied = 0;
    expect(await r.run(async () => 42, (v) => void (applied = v))).toBe(true);
    expect(applied).toBe(42);
    expect(statuses).toEqual(['loading', 'idle']);
  });

  it('a failure becomes an ApiError in the status; anything thrown becomes INTERNAL', async () => {
    const seen: ResourceStatus[] = [];
    const r = createResource((s) => seen.push(s));
    expect(await r.run(() => Promise.reject(new ApiError('NOT_FOUND', 'gone')))).toBe(false);
    expect(seen.at(-1)).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND', message: 'gone' } });
    await r.run(() => Promise.reject(new Error('boom')));
    expect(seen.at(-1)).toMatchObject({ status: 'error', error: { code: 'INTERNAL', message: 'boom' } });
  });

  it('the latest run wins: an older answer, or an older failure, arriving later is dropped and its signal aborted', async () => {
    const seen: ResourceStatus[] = [];
    const r = createResource((s) => seen.push(s));
    const first = deferred<string>();
    const second = deferred<string>();
    const applied: string[] = [];
    let firstSignal: AbortSignal | null = null;
    const a = r.run((signal) => ((firstSignal = signal), first.promise), (v) => void applied.push(v));
    const b = r.run(() => second.promise, (v) => void applied.push(v));
    expect(firstSignal!.aborted).toBe(true);
    second.resolve('new');
    first.reject(new Error('old failure'));
    expect(await b).toBe(true);
    expect(await a).toBe(false);
    expect(applied).toEqual(['new']);
    expect(seen.map((s) => s.status)).toEqual(['loading', 'loading', 'idle']);
  });

  it('cancel drops the running call and reports idle; cancel with nothing running reports nothing', async () => {
    const seen: string[] = [];
    const r = createResource((s) => seen.push(s.status));
    r.cancel();
    expect(seen).toEqual([]);
    const d = deferred<number>();
    let applied = false;
    const run = r.run(() => d.promise, () => void (applied = true));
    r.cancel();
    d.resolve(1);
    expect(await run).toBe(false);
    expect(applied).toBe(false);
    expect(seen).toEqual(['loading', 'idle']);
  });

  it('property: whatever order answers arrive in, only the last run applies, and the final status is its outcome', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ fails: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        fc.func(fc.integer()),
        async (runs, order) => {
          const seen: ResourceStatus[] = [];
          const r = createResource((s) => seen.push(s));
          const pending = runs.map(() => deferred<number>());
          const applied: number[] = [];
          const done = runs.map((_, i) => r.run(() => pending[i]!.promise, (v) => void applied.push(v)));
          // Settle in an arbitrary order.
          const indices = runs.map((_, i) => i).sort((x, y) => order(x) - order(y) || x - y);
          for (const i of indices) {
            if (runs[i]!.fails) pending[i]!.reject(new Error(`e${i}`));
            else pending[i]!.resolve(i);
          }
          const results = await Promise.all(done);
          const last = runs.length - 1;
          expect(results.slice(0, last).every((x) => x === false)).toBe(true);
          expect(applied).toEqual(runs[last]!.fails ? [] : [last]);
          expect(seen.at(-1)).toMatchObject(runs[last]!.fails ? { status: 'error', error: { message: `e${last}` } } : { status: 'idle' });
        },
      ),
      { numRuns: 100 },
    );
  });
});
