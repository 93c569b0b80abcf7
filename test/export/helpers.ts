import fs from 'node:fs';
import { expect } from 'vitest';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Core } from '../../electron/core';
import { call } from '../helpers/core';

/** Stored draft plans for every candidate (what reskill --all does). */
export async function withPlans(core: Core): Promise<void> {
  await call(core, 'reskill.all', { scenario: 'expected' });
}

export async function exportFile(core: Core, input: Parameters<typeof call<'export.file'>>[2], dir: string): Promise<{ file: string; fileName: string; mime: string }> {
  const out = await call(core, 'export.file', input);
  const file = path.join(dir, out.fileName);
  fs.writeFileSync(file, Buffer.from(out.contentBase64, 'base64'));
  expect(fs.statSync(file).size).toBe(out.bytes);
  return { file, fileName: out.fileName, mime: out.mime };
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfToPng(file: string, outPrefix: string, pages = 2): string[] {
  fs.mkdirSync(path.dirname(outPrefix), { recursive: true });
  execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', String(pages), file, outPrefix]);
  const dir = path.dirname(outPrefix);
  return fs.readdirSync(dir).filter((f) => f.startsWith(path.basename(outPrefix)) && f.endsWith('.png')).map((f) => path.join(dir, f));
}
