/** Helpers for browser tests that talk to the real local meeting service started for the run. */

export interface JoinInfo {
  Meeting: Record<string, unknown> & { MeetingId: string; ExternalMeetingId: string };
  Attendee: { AttendeeId: string; ExternalUserId: string; JoinToken: string };
}

let cachedUrl: Promise<string> | undefined;

/** Base URL of the local meeting service, e.g. `http://127.0.0.1:43123`. */
export function meetingServerUrl(): Promise<string> {
  cachedUrl ??= fetch('/__meeting-server')
    .then((response) => response.json() as Promise<{ url: string }>)
    .then(({ url }) => url);
  return cachedUrl;
}

/** Calls the demo join endpoint: gets or creates the meeting and creates a new attendee. */
export async function joinInfo(meeting: string, name: string): Promise<JoinInfo> {
  const response = await fetch(`${await meetingServerUrl()}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ meeting, name }),
  });
  if (!response.ok) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as JoinInfo;
}

/** POSTs JSON to the local service's Meetings API and returns the parsed answer (expects 201). */
export async function serviceApi<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${await meetingServerUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A meeting name no other test uses. */
export function uniqueMeetingName(prefix = 'test'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Resolves when `predicate` holds, polling every 50 ms; rejects with `message` after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, message: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
