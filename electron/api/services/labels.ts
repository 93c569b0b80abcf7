/**
 * Titles and names in one language, looked up once per call (a list of 1,500 plans would otherwise
 * re-read the catalogue 1,500 times).
 */
import type { Database } from 'better-sqlite3';
import type { RoleRef } from '../../../shared/api/dto';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { listModules, listRoles, listSkills } from '../../db/repos/datasetRepo';

export function labels(db: Database, lang: Lang) {
  const roles = new Map(listRoles(db).map((r) => [r.code, pick(r.title, lang)]));
  const skills = new Map(listSkills(db).map((s) => [s.id, pick(s.name, lang)]));
  const modules = new Map(listModules(db).map((m) => [m.id, m]));
  const role = (code: string): RoleRef => ({ code, title: roles.get(code) ?? code });
  return {
    role,
    skill: (id: string) => skills.get(id) ?? id,
    module: (id: string) => {
      const m = modules.get(id);
      return { id, title: m ? pick(m.title, lang) : id, skill: m?.skillId ?? '', hours: m?.hours ?? 0, cost: m?.cost ?? 0 };
    },
  };
}

export type Labels = ReturnType<typeof labels>;
