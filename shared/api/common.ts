/**
 * Building blocks shared by the per-domain contract files.
 */
import { z } from 'zod';

// zod 4 probes `new Function` to JIT parsers; under the renderer's CSP that logs an error (TOOLCHAIN G5).
z.config({ jitless: true });

/** The output type of a method, carried as a type only. */
export const phantom = <T>() => undefined as unknown as T;

export const langSchema = z.enum(['en', 'nl']);
export const roleCodeSchema = z.string().regex(/^(\d{2}-\d{4}\.\d{2}|ovs-[a-z0-9-]+)$/, 'expected a role code like 43-4051.00 or ovs-<slug>');
export const reasonSchema = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);
export const labelSourceSchema = z.enum(['human', 'gpt4', 'average', 'cautious']);
export const employeeIdSchema = z.string().trim().min(1).max(64);
export const emptyInput = z.object({}).strict();
export const withLang = z.object({ lang: langSchema.optional() }).strict();
