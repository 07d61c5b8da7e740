/**
 * Logging for the meeting service: one line per event. Lines carry meeting and attendee ids
 * only; never a join token, a request body or raw frame bytes.
 */

/** Receives one finished log line. */
export type Log = (line: string) => void;

/** Default sink: the line with an ISO timestamp on stdout. */
export const consoleLog: Log = (line) => {
  console.log(`${new Date().toISOString()} ${line}`);
};

/**
 * The message of an error as one short line, safe to log: newlines are folded so a message
 * cannot forge further log lines, and long messages are cut.
 */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}
