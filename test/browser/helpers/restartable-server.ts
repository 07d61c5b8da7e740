/**
 * Helpers for browser tests that kill and restart a second meeting service instance started
 * by the test runner plugin. It keeps its port and its data directory across restarts.
 */
import type { JoinInfo } from './meeting-server.ts';

/** Starts the restartable meeting service (if it is not running); resolves with its base URL. */
export async function startRestartableServer(): Promise<string> {
  const response = await fetch('/__restartable-server/start', { method: 'POST' });
  const result = (await response.json()) as { url?: string; error?: string };
  if (!result.url) throw new Error(`restartable meeting service did not start: ${result.error}`);
  return result.url;
}

/** Kills the restartable meeting service with SIGKILL (a crash); resolves once it has exited. */
export async function killRestartableServer(): Promise<void> {
  const response = await fetch('/__restartable-server/kill', { method: 'POST' });
  if (!response.ok) throw new Error(`kill failed: ${response.status}`);
}

/** Calls the demo join endpoint of the service at `url`. */
export async function joinInfoAt(url: string, meeting: string, name: string): Promise<JoinInfo> {
  const response = await fetch(`${url}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ meeting, name }),
  });
  if (!response.ok) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as JoinInfo;
}
