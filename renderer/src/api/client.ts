/**
 * The renderer's typed door to the core: unwraps the Result envelope and throws ApiError on failure.
 * Owns: ApiClient, ApiError. Imports the contract as a type only, so zod never reaches the bundle.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { ApiEventName, ApiEvents, HrBridge } from '../../../shared/api/bridge';
import type { ApiIssue, ErrorCode } from '../../../shared/api/result';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  onEvent<E extends ApiEventName>(name: E, callback: (payload: ApiEvents[E]) => void): () => void;
}

/** Anything thrown on the way (a broken bridge, a rejected promise) becomes an INTERNAL ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
}

export function createApiClient(bridge: HrBridge | undefined): ApiClient {
  return {
    async invoke(method, input) {
      if (!bridge) throw new ApiError('INTERNAL', 'The Overstap core is not connected (window.hrApi is missing).');
      let result;
      try {
        result = await bridge.invoke(method, input);
      } catch (error) {
        throw toApiError(error);
      }
      if (!result || typeof result !== 'object') throw new ApiError('INTERNAL', `Malformed answer to ${method}`);
      if (result.ok) return result.data as ApiOutput<typeof method>;
      throw new ApiError(result.error.code, result.error.message, result.error.issues ?? []);
    },
    onEvent(name, callback) {
      return bridge ? bridge.onEvent(name, callback) : () => {};
    },
  };
}
