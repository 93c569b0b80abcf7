import { describe, expect, it } from 'vitest';
import { call, openTestCore } from '../helpers/core';

describe('the language setting (13: the app starts in the system language until someone chooses)', () => {
  it('a new database has no chosen language; choosing one, even English, records the choice', async () => {
    const core = await openTestCore();
    try {
      expect(await call(core, 'settings.get', {})).toMatchObject({ language: 'en', languageChosen: false });
      expect(await call(core, 'settings.update', { language: 'en' })).toMatchObject({ language: 'en', languageChosen: true });
      expect(await call(core, 'settings.update', { language: 'nl' })).toMatchObject({ language: 'nl', languageChosen: true });
      // Another setting does not touch the choice.
      expect(await call(core, 'settings.update', { minGroupSize: 7 })).toMatchObject({ language: 'nl', languageChosen: true });
    } finally {
      core.close();
    }
  });
});
