import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/contract';
import { openTestCore } from '../helpers/core';

describe('the API contract', () => {
  it('has exactly one handler per contract method', async () => {
    const core = await openTestCore();
    try {
      expect(Object.keys(core.handlers).sort()).toEqual([...API_METHODS].sort());
    } finally {
      core.close();
    }
  });

  it('names every method domain.verb', () => {
    for (const m of API_METHODS) expect(m).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
  });
});
