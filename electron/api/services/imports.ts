/**
 * The workforce import as the API offers it: the work is electron/import's (read, match, validate, one
 * transaction); this adds the day and time from the host's clock and the last column mapping.
 */
import type { ApiOutput, ApiParsed, CallContext } from '../../../shared/api/contract';
import { IMPORT_FIELDS } from '../../../shared/api/import-dto';
import { getLastMapping } from '../../db/repos/importRepo';
import { commitImport, previewImport } from '../../import/service';
import type { CorePorts } from '../ports';

export const previewWorkforceImport = (p: CorePorts, input: ApiParsed<'import.preview'>, ctx: CallContext) => previewImport(p.db, input, ctx, p.clock.now().slice(0, 10));
export const commitWorkforceImport = (p: CorePorts, input: ApiParsed<'import.commit'>, ctx: CallContext) => commitImport(p.db, input, ctx, p.clock.now());
export const importMapping = (p: CorePorts): ApiOutput<'import.mapping'> => ({ lastMapping: getLastMapping(p.db), fields: [...IMPORT_FIELDS] });
