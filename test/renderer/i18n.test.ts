import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TYPED_FEATURES } from '../../renderer/src/i18n/resources';
import { TASK_CATEGORIES } from '../../shared/domain/types';
import { ERROR_CODES } from '../../shared/api/result';
import { SCREEN_IDS, NAV_GROUPS } from '../../renderer/src/app/screens';
import { catalogues, createI18n, flattenKeys } from '../../renderer/src/i18n';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../renderer/src/i18n/format';

const get = (obj: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

describe('message catalogues', () => {
  it('English and Dutch have exactly the same keys', () => {
    expect(flattenKeys(catalogues.nl)).toEqual(flattenKeys(catalogues.en));
  });

  it('no message is empty, and placeholders match between the languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of flattenKeys(catalogues.en)) {
      const en = get(catalogues.en, key) as string;
      const nl = get(catalogues.nl, key) as string;
      expect(en.trim(), key).not.toBe('');
      expect(nl.trim(), key).not.toBe('');
      expect(placeholders(nl), key).toEqual(placeholders(en));
    }
  });

  it('names every screen, nav group, task category, exposure and automation label and error code', () => {
    for (const lang of ['en', 'nl'] as const) {
      const c = catalogues[lang];
      for (const id of SCREEN_IDS) {
        expect(get(c, `nav.screens.${id}`), id).toBeTypeOf('string');
      }
      for (const g of NAV_GROUPS) expect(get(c, `nav.groups.${g.id}`)).toBeTypeOf('string');
      for (const cat of TASK_CATEGORIES) expect(get(c, `category.${cat}`), cat).toBeTypeOf('string');
      for (const e of ['E0', 'E1', 'E2', 'none']) expect(get(c, `exposure.${e}.tip`)).toBeTypeOf('string');
      for (const a of ['T0', 'T1', 'T2', 'T3', 'T4', 'none']) expect(get(c, `automation.${a}.tip`)).toBeTypeOf('string');
      for (const code of ERROR_CODES) expect(get(c, `error.hint.${code}`), code).toBeTypeOf('string');
    }
  });

  it('translates with plurals in both languages', () => {
    const i18n = createI18n('en');
    expect(i18n.t('common.people', { count: 1, n: '1' })).toBe('1 person');
    expect(i18n.t('common.people', { count: 1234, n: '1,234' })).toBe('1,234 people');
    void i18n.changeLanguage('nl');
    expect(i18n.t('common.people', { count: 1, n: '1' })).toBe('1 persoon');
    expect(i18n.t('tasks.title')).toBe('Taken');
  });
});

describe('format', () => {
  it('writes numbers, percentages, money and dates the Dutch and the British way', () => {
    expect(formatNumber(1234.5, 'nl', 1)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatPercent(0.375, 'nl')).toBe('38%');
    expect(formatPercent(0.375, 'en', 1)).toBe('37.5%');
    expect(formatPercent(0.375, 'nl', 1)).toBe('37,5%');
    // nl-NL puts a non-breaking space after the euro sign (TOOLCHAIN G12); money rounds to hundreds
    expect(formatMoney(1234, 'nl')).toBe('€\u00a01.200');
    expect(formatMoney(1234.5, 'nl', true)).toBe('€\u00a01.234,50');
    expect(formatMoney(1234, 'en')).toBe('€1,200');
    expect(formatDate('2027-03-03', 'nl')).toBe('3 maart 2027');
    expect(formatDate('2027-03-03', 'en')).toBe('3 March 2027');
  });
});

describe('message keys are all used (14.5, 14.7)', () => {
  // Vitest runs from the repository root (test/vitest.config.ts).
  const srcRoot = join(process.cwd(), 'renderer', 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
  // The catalogues themselves do not count as a use; the report pages have their own texts (reports/messages.ts).
  const isCatalogue = (f: string) => /[\\/]i18n[\\/](en|nl)\.ts$/.test(f) || /[\\/]messages\.ts$/.test(f);
  const sources = files(srcRoot).filter((f) => !isCatalogue(f)).map((f) => readFileSync(f, 'utf8'));
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const text of sources) {
    for (const m of text.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) literals.add(m[1] ?? m[2]!);
    for (const m of text.matchAll(/`((?:[^`\\]|\\.)*)`/g)) {
      const body = m[1]!;
      if (!body.includes('${')) literals.add(body);
      // A key built at run time (`category.${c}`): each ${…} stands for one or more characters. One that
      // starts with ${…} could be any key, so it proves nothing.
      else if (/^[a-zA-Z]/.test(body)) patterns.push(new RegExp(`^${body.split(/\$\{[^}]*\}/).map(escape).join('.+')}$`));
    }
  }
  const isUsed = (key: string) => {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    return literals.has(base) || patterns.some((p) => p.test(base));
  };

  it('every key of the English catalogue is used by some renderer source', () => {
    const unused = flattenKeys(catalogues.en).filter((k) => !isUsed(k));
    expect(unused).toEqual([]);
  });

  it('resources.ts types every feature catalogue the app loads', () => {
    const onDisk = readdirSync(join(srcRoot, 'features'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(srcRoot, 'features', e.name, 'messages.ts')))
      .map((e) => e.name)
      .sort();
    expect([...TYPED_FEATURES].sort()).toEqual(onDisk);
  });
});
