/**
 * IPC channel names, kept free of zod so the sandboxed preload stays tiny (TOOLCHAIN G7).
 */
export const INVOKE_CHANNEL = 'hr:invoke';
export const EVENT_CHANNEL = 'hr:event';
