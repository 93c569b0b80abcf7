/**
 * import.preview · import.commit · import.mapping: thin glue over electron/import (read, match,
 * validate) and importRepo (the one transaction).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { IMPORT_FIELDS } from '../../../shared/api/import-dto';
import { getLastMapping } from '../../db/repos/importRepo';
import { commitImport, previewImport } from '../../import/service';
import type { CorePorts } from '../ports';

export function importHandlers(p: CorePorts): Pick<ApiHandlers, 'import.preview' | 'import.commit' | 'import.mapping'> {
  return {
    'import.preview': (input, ctx) => previewImport(p.db, input, ctx, p.clock.now().slice(0, 10)),
    'import.commit': (input, ctx) => commitImport(p.db, input, ctx, p.clock.now()),
    'import.mapping': () => ({ lastMapping: getLastMapping(p.db), fields: [...IMPORT_FIELDS] }),
  };
}
