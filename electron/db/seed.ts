/**
 * seedDatabase(): fills a new database with the embedded dataset, the demo organisation and the seeded
 * scenarios, in one transaction. Never touches a database that already holds a dataset.
 */
import type { Database } from 'better-sqlite3';
import type { Scenario } from '../../shared/domain/scenario';
import type { Dataset, Organisation } from '../../shared/domain/types';
import { insertDataset } from './repos/datasetRepo';
import { replaceOrganisation } from './repos/employeesRepo';
import { insertScenario } from './repos/scenariosRepo';
import { putMeta } from './repos/settingsRepo';
import { appendAudit } from './repos/auditRepo';

interface SeedInput {
  dataset: Dataset;
  organisation: Organisation;
  scenarios: Scenario[];
  at: string;
  actor: string;
}

export function isSeeded(db: Database): boolean {
  return (db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'datasetVersion'").get() as { n: number }).n > 0;
}

export function seedDatabase(db: Database, input: SeedInput): boolean {
  if (isSeeded(db)) return false;
  db.transaction(() => {
    insertDataset(db, input.dataset);
    replaceOrganisation(db, input.organisation);
    for (const s of input.scenarios) insertScenario(db, s, input.at, true);
    putMeta(db, 'datasetVersion', input.dataset.version);
    putMeta(db, 'createdAt', input.at);
    appendAudit(db, {
      at: input.at,
      actor: input.actor,
      entity: 'database',
      action: 'seed',
      after: { datasetVersion: input.dataset.version, organisation: input.organisation.name, employees: input.organisation.employees.length, scenarios: input.scenarios.map((s) => s.name) },
    });
  })();
  return true;
}
