/**
 * The size limits every door applies (Electron IPC through the contract, the browser twin's body cap, the CLI's
 * file check): one number each, here, so the doors cannot drift apart.
 */

/** The largest workforce file (people file and skills file together): far above any HR export, far below what would exhaust memory. */
export const MAX_IMPORT_BYTES = 150_000_000;
/** The same limit as base64 text, as a file crosses the contract. */
export const MAX_IMPORT_BASE64 = 4 * Math.ceil(MAX_IMPORT_BYTES / 3);
/** Full-time week bounds: Dutch collective agreements range from 36 to 40 hours; 32–40 leaves room for a four-day week. Default: EVIDENCE F (36 h). */
export const FULL_TIME_HOURS = { min: 32, max: 40, default: 36 } as const;

/** The largest request body the twin reads: the largest import plus room for the JSON around it. */
export const MAX_REQUEST_BYTES = MAX_IMPORT_BASE64 + 1_000_000;
