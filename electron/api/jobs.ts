/**
 * Cancellation of long work across a door: a caller that passes `jobId` in its input can later call
 * `job.cancel {jobId}`; the running handler sees `ctx.signal.aborted` turn true and stops without writing.
 */

export interface JobSignal {
  aborted: boolean;
}

export interface JobRegistry {
  /** The signal for a call whose input names a jobId (undefined when it names none). */
  signalFor(input: unknown): JobSignal | undefined;
  /** Marks the job cancelled; true when such a job is running. */
  cancel(jobId: string): boolean;
  /** Forgets a finished job. */
  done(input: unknown): void;
}

const jobIdOf = (input: unknown): string | undefined => {
  const id = (input as { jobId?: unknown } | null)?.jobId;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : undefined;
};

export function createJobRegistry(): JobRegistry {
  const running = new Map<string, JobSignal>();
  return {
    signalFor(input) {
      const id = jobIdOf(input);
      if (!id) return undefined;
      const signal = { aborted: false };
      running.set(id, signal);
      return signal;
    },
    cancel(jobId) {
      const signal = running.get(jobId);
      if (signal) signal.aborted = true;
      return signal !== undefined;
    },
    done(input) {
      const id = jobIdOf(input);
      if (id) running.delete(id);
    },
  };
}
