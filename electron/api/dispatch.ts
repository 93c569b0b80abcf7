/**
 * dispatch(): the single path from an untrusted call (IPC, HTTP, CLI) to a handler.
 * Never throws: unknown method, bad input, expected and unexpected failures all become a Result.
 */
import { contract, isApiMethod, type ApiHandlers, type CallContext } from '../../shared/api/contract';
import { DomainError, fail, ok, type Result } from '../../shared/api/result';
import type { Logger } from '../platform/ports';
import { storageError } from '../platform/storageErrors';

/** Far beyond any contract shape, far below the depth at which recursive validation overflows the stack. */
const MAX_INPUT_DEPTH = 64;

/** Iterative, so the check itself cannot overflow; each object is walked once (shared or cyclic ones too). */
function tooDeep(input: unknown): boolean {
  const seen = new Set<object>();
  const stack: Array<[unknown, number]> = [[input, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    if (depth >= MAX_INPUT_DEPTH) return true;
    seen.add(value);
    const children: unknown[] = Array.isArray(value) ? value : value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}

export async function dispatch(
  handlers: ApiHandlers,
  method: unknown,
  rawInput: unknown,
  ctx: CallContext,
  log?: Logger,
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) {
    // Named only when it is a short string: a deeply nested "name" would overflow JSON.stringify (16.2).
    const named = typeof method === 'string' ? JSON.stringify(method.slice(0, 100)) : `(a ${method === null ? 'null' : Array.isArray(method) ? 'list' : typeof method})`;
    return fail('UNKNOWN_METHOD', `Unknown API method: ${named}`);
  }
  // zod (and JSON.stringify of its issues) recurse: input nested past any contract shape would overflow the stack.
  if (tooDeep(rawInput)) return fail('INVALID_INPUT', `Invalid input for ${method}: nested deeper than ${MAX_INPUT_DEPTH} levels`, [{ path: '(input)', message: `nested deeper than ${MAX_INPUT_DEPTH} levels` }]);
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
    return fail('INVALID_INPUT', `Invalid input for ${method}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  try {
    const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
    return ok(await handler(parsed.data, ctx));
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code, error.message, error.issues);
    // Busy past the timeout, disk full, read-only, gone: the storage's doing, said plainly (nothing was written).
    const storage = storageError(error);
    if (storage) return fail(storage.code, storage.message);
    log?.error(`${method} failed`, error);
    return fail('INTERNAL', `Internal error in ${method}; see the log for details.`);
  }
}
