import { MeetingSessionStatus } from './MeetingSessionStatus.ts';
import { MeetingSessionStatusCode } from './MeetingSessionStatusCode.ts';

/** A join that ended with a status (failed step, timeout, refused by the service). */
export class JoinError extends Error {
  override name = 'JoinError';
  constructor(
    readonly status: MeetingSessionStatus,
    message: string,
  ) {
    super(message);
  }

  static taskFailed(message: string): JoinError {
    return new JoinError(new MeetingSessionStatus(MeetingSessionStatusCode.TaskFailed), message);
  }
}

/** The reason a join is aborted when the application stops the session. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** A short, safe description of an error for logs (never a frame's or a token's content). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
