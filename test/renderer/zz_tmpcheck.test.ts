import { expect, it } from 'vitest';
import { catalogues, flattenKeys } from '../../renderer/src/i18n';
it('mine', () => {
  const get = (o: any, k: string) => k.split('.').reduce((x, p) => x?.[p], o);
  const ph = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
  const bad: string[] = [];
  const en = flattenKeys(catalogues.en).filter((k) => /^(paths|redeployment|fairness|team|myPath)\./.test(k));
  const nl = flattenKeys(catalogues.nl).filter((k) => /^(paths|redeployment|fairness|team|myPath)\./.test(k));
  expect(nl).toEqual(en);
  for (const k of en) { const a = get(catalogues.en, k), b = get(catalogues.nl, k); if (!a.trim() || !b.trim() || JSON.stringify(ph(a)) !== JSON.stringify(ph(b))) bad.push(k); }
  expect(bad).toEqual([]);
});
