/**
 * import.preview · import.commit · import.mapping: the workforce import (services/imports.ts).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { commitWorkforceImport, importMapping, previewWorkforceImport } from '../services/imports';

export function importHandlers(p: CorePorts): Pick<ApiHandlers, 'import.preview' | 'import.commit' | 'import.mapping'> {
  return {
    'import.preview': (input, ctx) => previewWorkforceImport(p, input, ctx),
    'import.commit': (input, ctx) => commitWorkforceImport(p, input, ctx),
    'import.mapping': () => importMapping(p),
  };
}
