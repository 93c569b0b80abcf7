/**
 * One handler map and at most one server per process: the CLI and the browser twin print PDFs through their
 * own core (the CLI starting one twin on the first report PDF, the twin printing through itself), never a
 * second handler map or a second server on the same database. Counted by wrapping createHandlers and
 * startTwin; the PDFs are read back with pdftotext.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { seededDbFile, tempDir } from '../helpers/core';
import { repoRoot } from '../helpers/cli';
import { pdfPages, pdfText } from './helpers';

const counts = vi.hoisted(() => ({ handlerMaps: 0, servers: 0 }));

vi.mock('../../electron/api/handlers', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/api/handlers')>();
  return {
    ...real,
    createHandlers: (...args: Parameters<typeof real.createHandlers>) => {
      counts.handlerMaps++;
      return real.createHandlers(...args);
    },
  };
});
vi.mock('../../electron/web/server', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/web/server')>();
  return {
    ...real,
    startTwin: (...args: Parameters<typeof real.startTwin>) => {
      counts.servers++;
      return real.startTwin(...args);
    },
  };
});

const { runCli } = await import('../../electron/cli/run');
const { startWebApp } = await import('../../electron/web/webApp');

/** A seeded copy; the template it is copied from is built by a core of its own, which is not counted. */
async function freshDb(): Promise<string> {
  const file = await seededDbFile();
  counts.handlerMaps = 0;
  counts.servers = 0;
  return file;
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('one printer per process', () => {
  it('the CLI prints a report over its one core: one handler map, one twin', async () => {
    const db = await freshDb();
    const out = path.join(tempDir(), 'path.pdf');
    const r = await cli('export', '--what', 'path', '--format', 'pdf', '--employee', 'E0001', '--lang', 'en', '--out', out, '--db', db, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(counts).toEqual({ handlerMaps: 1, servers: 1 });
    expect(pdfPages(out)).toBeGreaterThanOrEqual(1);
    expect(pdfText(out)).toContain('E0001');
  }, 180_000);

  it('the CLI prints a document without any server, and a run that prints nothing starts none', async () => {
    const db = await freshDb();
    const out = path.join(tempDir(), 'notice.pdf');
    const r = await cli('docs', '--what', 'worker-notice', '--format', 'pdf', '--out', out, '--db', db, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(counts).toEqual({ handlerMaps: 1, servers: 0 });
    expect(pdfText(out)).toContain('DRAFT FOR LEGAL REVIEW');
    counts.handlerMaps = 0;
    const json = await cli('export', '--what', 'plans', '--format', 'json', '--out', path.join(tempDir(), 'plans.json'), '--db', db, '--json');
    expect(json.code, json.stderr).toBe(0);
    expect(counts).toEqual({ handlerMaps: 1, servers: 0 });
  }, 180_000);

  it('the twin prints through itself: a report and a document, still one handler map and one server', async () => {
    const app = await startWebApp({
      dbPath: await freshDb(),
      actor: 'web-test',
      rendererDir: path.join(repoRoot, 'dist', 'renderer'),
      preloadFile: path.join(repoRoot, 'dist', 'web', 'browser-preload.js'),
    });
    try {
      const invoke = async (method: string, input: unknown) => {
        const res = await fetch(`http://127.0.0.1:${app.twin.port}/api/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-overstap-token': app.twin.token },
          body: JSON.stringify({ method, input }),
        });
        const body = (await res.json()) as { ok: boolean; data: { contentBase64: string }; error?: unknown };
        expect(body.ok, JSON.stringify(body.error)).toBe(true);
        const file = path.join(tempDir(), `${method}.pdf`);
        fs.writeFileSync(file, Buffer.from(body.data.contentBase64, 'base64'));
        return file;
      };
      const report = await invoke('export.file', { what: 'boardpack', format: 'pdf', lang: 'nl' });
      expect(pdfText(report)).toContain('Bestuurspakket');
      const doc = await invoke('privacy.document', { what: 'worker-notice', format: 'pdf', lang: 'en' });
      expect(pdfText(doc)).toContain('DRAFT FOR LEGAL REVIEW');
      expect(counts).toEqual({ handlerMaps: 1, servers: 1 });
    } finally {
      await app.close();
    }
  }, 240_000);
});
