/**
 * import.open · import.preview · import.commit · import.close · import.mapping · import.confirmRole: the
 * workforce import (services/imports.ts).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { closeImportSession, commitWorkforceImport, confirmRole, importMapping, openImportSession, previewWorkforceImport } from '../services/imports';

export function importHandlers(p: CorePorts): Pick<ApiHandlers, 'import.open' | 'import.preview' | 'import.commit' | 'import.close' | 'import.mapping' | 'import.confirmRole'> {
  return {
    'import.open': (input, ctx) => openImportSession(p, input, ctx),
    'import.preview': (input, ctx) => previewWorkforceImport(p, input, ctx),
    'import.commit': (input, ctx) => commitWorkforceImport(p, input, ctx),
    'import.close': (input) => closeImportSession(p, input),
    'import.mapping': () => importMapping(p),
    'import.confirmRole': (input, ctx) => confirmRole(p, input, ctx),
  };
}
