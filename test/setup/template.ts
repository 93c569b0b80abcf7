/**
 * Global setup (once per `vitest run`, in the main process): seeds one template database from the embedded
 * dataset and hands its path to every test file. Test files run isolated, so without this each of them
 * seeded its own template (about 2 s each, some 40 files). The template is closed and checkpointed; tests
 * only ever copy it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSeededTemplate } from '../helpers/template';

declare module 'vitest' {
  export interface ProvidedContext {
    seededTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const file = await buildSeededTemplate();
  project.provide('seededTemplate', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
