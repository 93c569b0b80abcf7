/**
 * The one failure the import pipeline throws for a file it cannot read at all; row problems are data.
 */
import { DomainError } from '../../shared/api/result';

export class BadFileError extends DomainError {
  constructor(
    readonly problemCode: string,
    message: string,
  ) {
    super('BAD_FILE', message);
  }
}
