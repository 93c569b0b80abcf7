/**
 * Ordered schema migrations. Each bumps PRAGMA user_version; all pending ones run in one transaction (migrate.ts).
 * Released steps are additive-only: never edit one that has shipped, add a new step instead.
 */
import type { Database } from 'better-sqlite3';
import { recalibrateSeededAdoption } from './recalibrateAdoption';

export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database) => void);
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    up: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      -- The embedded dataset, as seeded (and later edited by the planner). JSON holds the full record.
      CREATE TABLE roles (
        code TEXT PRIMARY KEY,
        family TEXT NOT NULL CHECK (family IN ('current','target','emerging')),
        is_target INTEGER NOT NULL CHECK (is_target IN (0,1)),
        data TEXT NOT NULL
      );
      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        role_code TEXT NOT NULL REFERENCES roles(code),
        category TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX tasks_role ON tasks(role_code);
      CREATE TABLE skills (id TEXT PRIMARY KEY, category TEXT NOT NULL, data TEXT NOT NULL);
      CREATE TABLE modules (id TEXT PRIMARY KEY, skill_id TEXT NOT NULL REFERENCES skills(id), data TEXT NOT NULL);
      CREATE TABLE dataset_docs (key TEXT PRIMARY KEY, data TEXT NOT NULL);

      CREATE TABLE organisation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        is_demo INTEGER NOT NULL CHECK (is_demo IN (0,1)),
        seed INTEGER
      );
      CREATE TABLE employees (
        id TEXT PRIMARY KEY,
        name TEXT,
        role_code TEXT NOT NULL REFERENCES roles(code),
        role_to_review INTEGER NOT NULL DEFAULT 0 CHECK (role_to_review IN (0,1)),
        fte REAL NOT NULL CHECK (fte > 0 AND fte <= 1.5),
        weekly_hours REAL NOT NULL CHECK (weekly_hours >= 0),
        department TEXT NOT NULL,
        location TEXT NOT NULL,
        manager_id TEXT,
        start_date TEXT NOT NULL,
        contract_type TEXT NOT NULL CHECK (contract_type IN ('permanent','temporary','outsourced')),
        salary REAL,
        age_band TEXT,
        gender TEXT,
        objection_since TEXT,
        objection_reason TEXT
      );
      CREATE INDEX employees_role ON employees(role_code);
      CREATE INDEX employees_department ON employees(department);
      CREATE TABLE employee_skills (
        employee_id TEXT NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        skill_id TEXT NOT NULL REFERENCES skills(id),
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
        source TEXT NOT NULL CHECK (source IN ('self','manager','learning','inferred')),
        PRIMARY KEY (employee_id, skill_id)
      ) WITHOUT ROWID;
      CREATE TABLE consents (
        employee_id TEXT NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('ageBand','gender')),
        purpose TEXT NOT NULL,
        given_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY (employee_id, field)
      ) WITHOUT ROWID;

      CREATE TABLE scenarios (
        name TEXT PRIMARY KEY,
        description TEXT NOT NULL DEFAULT '',
        is_seeded INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE plans (
        employee_id TEXT PRIMARY KEY REFERENCES employees(id) ON DELETE CASCADE,
        scenario TEXT NOT NULL,
        target_role TEXT NOT NULL REFERENCES roles(code),
        modules TEXT NOT NULL,
        start_date TEXT,
        weekly_hours REAL,
        status TEXT NOT NULL CHECK (status IN ('draft','approved','in_progress','done','declined')),
        approved_by TEXT,
        approved_at TEXT,
        comment TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- Append-only: the triggers below refuse every UPDATE and DELETE.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT,
        reason TEXT
      );
      CREATE INDEX audit_entity ON audit_log(entity, entity_id);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    `,
  },
  {
    version: 2,
    name: 'privacy: erasure register, audit control, consent withdrawal',
    up: `
      -- AVG art. 17: tombstones of erased people (HMAC-SHA256 of the id with the salt beside it); append-only.
      CREATE TABLE erasures (
        tombstone TEXT PRIMARY KEY,
        salt TEXT NOT NULL,
        erased_at TEXT NOT NULL,
        erased_by TEXT NOT NULL
      );
      CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures BEGIN SELECT RAISE(ABORT, 'the erasure register is append-only'); END;
      CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures BEGIN SELECT RAISE(ABORT, 'the erasure register is append-only'); END;

      -- One row, mode NULL except inside the erasure or retention transaction (electron/privacy), which sets and clears it.
      CREATE TABLE audit_control (id INTEGER PRIMARY KEY CHECK (id = 1), mode TEXT CHECK (mode IN ('erasure', 'retention')));
      INSERT INTO audit_control (id, mode) VALUES (1, NULL);
      CREATE TRIGGER audit_control_fixed BEFORE DELETE ON audit_control BEGIN SELECT RAISE(ABORT, 'the audit control row is fixed'); END;

      -- Still append-only, except the erasure path may replace identities and the retention run may remove old entries.
      DROP TRIGGER audit_no_update;
      DROP TRIGGER audit_no_delete;
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
        WHEN (SELECT mode FROM audit_control WHERE id = 1) IS NOT 'erasure'
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_no_update_fixed BEFORE UPDATE OF id, at, entity, action ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
        WHEN (SELECT mode FROM audit_control WHERE id = 1) IS NOT 'retention'
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

      -- Withdrawing consent deletes the field it covered.
      CREATE TRIGGER consent_withdrawn AFTER DELETE ON consents BEGIN
        UPDATE employees
           SET age_band = CASE WHEN OLD.field = 'ageBand' THEN NULL ELSE age_band END,
               gender = CASE WHEN OLD.field = 'gender' THEN NULL ELSE gender END
         WHERE id = OLD.employee_id;
      END;
    `,
  },
  {
    version: 3,
    name: 'self-assessed skill levels a manager confirms',
    up: `
      -- One open proposal per person and skill; a new one replaces the last. A person's own data: erased with them.
      CREATE TABLE skill_proposals (
        employee_id TEXT NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        skill_id TEXT NOT NULL REFERENCES skills(id),
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
        note TEXT,
        proposed_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected')),
        decided_by TEXT,
        decided_at TEXT,
        comment TEXT,
        PRIMARY KEY (employee_id, skill_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'teams and the user profile',
    up: `
      -- The team a person works in (the manager id already says who leads them); null where the source has none.
      ALTER TABLE employees ADD COLUMN team TEXT;
      CREATE INDEX employees_manager ON employees(manager_id);
      -- Who uses this installation: the name recorded as approver and in the audit log, never the OS login unconfirmed.
      CREATE TABLE user_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('planner', 'manager', 'employee')),
        employee_id TEXT,
        from_os_login INTEGER NOT NULL DEFAULT 0 CHECK (from_os_login IN (0, 1)),
        chosen_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'seeded scenarios take the calibrated adoption pace (issue 12.7) unless a planner changed it',
    up: recalibrateSeededAdoption,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
