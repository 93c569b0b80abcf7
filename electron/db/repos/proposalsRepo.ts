/**
 * Self-assessed skill levels: a person proposes, a manager confirms or rejects.
 */
import type { Database } from 'better-sqlite3';

export interface SkillProposal {
  employeeId: string;
  skillId: string;
  level: number;
  note: string | null;
  proposedAt: string;
  status: 'pending' | 'confirmed' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}

interface Row {
  employee_id: string;
  skill_id: string;
  level: number;
  note: string | null;
  proposed_at: string;
  status: SkillProposal['status'];
  decided_by: string | null;
  decided_at: string | null;
  comment: string | null;
}

const toProposal = (r: Row): SkillProposal => ({
  employeeId: r.employee_id,
  skillId: r.skill_id,
  level: r.level,
  note: r.note,
  proposedAt: r.proposed_at,
  status: r.status,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  comment: r.comment,
});

export function getProposal(db: Database, employeeId: string, skillId: string): SkillProposal | null {
  const row = db.prepare('SELECT * FROM skill_proposals WHERE employee_id = ? AND skill_id = ?').get(employeeId, skillId) as Row | undefined;
  return row ? toProposal(row) : null;
}

export function listProposals(db: Database, filter: { employeeId?: string; department?: string; status?: SkillProposal['status'] } = {}): SkillProposal[] {
  const where: string[] = [];
  if (filter.employeeId) where.push('employee_id = @employeeId');
  if (filter.department) where.push('employee_id IN (SELECT id FROM employees WHERE department = @department)');
  if (filter.status) where.push('status = @status');
  return (db.prepare(`SELECT * FROM skill_proposals ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY employee_id, skill_id`).all(filter) as Row[]).map(toProposal);
}

export function putProposal(db: Database, p: SkillProposal): void {
  db.prepare(
    `INSERT INTO skill_proposals (employee_id, skill_id, level, note, proposed_at, status, decided_by, decided_at, comment)
     VALUES (@employeeId, @skillId, @level, @note, @proposedAt, @status, @decidedBy, @decidedAt, @comment)
     ON CONFLICT(employee_id, skill_id) DO UPDATE SET level = excluded.level, note = excluded.note, proposed_at = excluded.proposed_at,
       status = excluded.status, decided_by = excluded.decided_by, decided_at = excluded.decided_at, comment = excluded.comment`,
  ).run(p);
}

/** Withdraws a proposal the person made (only while it is pending: a decision stays on record). */
export function withdrawPendingProposal(db: Database, employeeId: string, skillId: string): boolean {
  return db.prepare("DELETE FROM skill_proposals WHERE employee_id = ? AND skill_id = ? AND status = 'pending'").run(employeeId, skillId).changes > 0;
}
