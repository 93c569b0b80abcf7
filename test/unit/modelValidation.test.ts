/**
 * The headline figures of docs/model-validation.md hold against their outside anchors (issue 12.3,
 * 12.7): Demo BV's 2025 freed share per preset near the realised savings it is calibrated to, no
 * start-year surplus, hires shown; and the committed document still says what the script computes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Organisation } from '../../shared/domain/types';
import { OBSERVED_2025, PRESET_ANCHOR, PRESETS, projectionFigures, renderMarkdown } from '../tools/model-validation';

const root = path.resolve(__dirname, '..', '..');
const dataset = JSON.parse(readFileSync(path.join(root, 'data', 'dataset.json'), 'utf8')) as Dataset;
const org = JSON.parse(readFileSync(path.join(root, 'data', 'demo-organisation.json'), 'utf8')) as Organisation;
const figures = PRESETS.map((p) => projectionFigures(dataset, org, p));

describe('model validation anchors (Demo BV)', () => {
  it('expected frees a share of 2025 hours within the observed range, each preset within 0.3 points of its anchor', () => {
    const expected = figures.find((f) => f.preset === 'expected')!;
    expect(expected.freedShare2025).toBeGreaterThanOrEqual(OBSERVED_2025.low);
    expect(expected.freedShare2025).toBeLessThanOrEqual(OBSERVED_2025.high);
    for (const f of figures) expect(Math.abs(f.freedShare2025 - PRESET_ANCHOR[f.preset])).toBeLessThan(0.003);
    expect(figures.map((f) => f.freedShare2025)).toEqual([...figures.map((f) => f.freedShare2025)].sort((a, b) => a - b));
  });

  it('shows no start-year surplus and the hires that keep supply at demand', () => {
    for (const f of figures) {
      expect(Math.abs(f.startSurplus)).toBeLessThan(1e-6);
      expect(f.hires).toBeGreaterThan(0);
      expect(f.leavers).toBeCloseTo(f.attritionLeavers + f.contractEndings, 6);
      expect(f.contractEndings).toBeGreaterThan(0);
    }
  });

  it('the committed docs/model-validation.md carries these projection figures', () => {
    const doc = readFileSync(path.join(root, 'docs', 'model-validation.md'), 'utf8');
    const fresh = renderMarkdown({ organisation: org.name, datasetVersion: dataset.version, projection: figures, reskill: [] }, new Map());
    const projectionRows = fresh.split('\n').filter((l) => PRESETS.some((p) => l.startsWith(`| ${p} |`)));
    expect(projectionRows).toHaveLength(6);
    for (const row of projectionRows) expect(doc).toContain(row);
  });
});
