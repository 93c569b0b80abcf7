/**
 * Import sessions (14.4): a file is sent and read once; preview and commit name the session instead of
 * sending the bytes again. Few and short-lived: a session holds a whole parsed file in memory.
 */
import crypto from 'node:crypto';
import { DomainError } from '../../shared/api/result';
import type { ReadFile, SourceTable } from './read';

export interface ImportSource {
  fileName: string;
  file: ReadFile;
  skillsFile: SourceTable | null;
  bytes: number;
}

/** Open sessions per core: a planner works on one file; a second window or a retry may open another. */
const MAX_SESSIONS = 3;
/** A session nobody touched for this long is dropped (the planner walked away from the wizard). */
const SESSION_IDLE_MS = 30 * 60_000;

export class ImportSessions {
  private readonly open = new Map<string, { source: ImportSource; used: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  add(source: ImportSource): string {
    this.sweep();
    while (this.open.size >= MAX_SESSIONS) {
      const oldest = [...this.open.entries()].sort((a, b) => a[1].used - b[1].used)[0]!;
      this.open.delete(oldest[0]);
    }
    const id = crypto.randomUUID();
    this.open.set(id, { source, used: this.now() });
    return id;
  }

  get(id: string): ImportSource {
    this.sweep();
    const s = this.open.get(id);
    if (!s) throw new DomainError('NOT_FOUND', 'This import session has ended (it was committed, closed, or left unused for 30 minutes); choose the file again.');
    s.used = this.now();
    return s.source;
  }

  close(id: string): boolean {
    return this.open.delete(id);
  }

  get size(): number {
    return this.open.size;
  }

  private sweep(): void {
    const limit = this.now() - SESSION_IDLE_MS;
    for (const [id, s] of this.open) if (s.used < limit) this.open.delete(id);
  }
}
