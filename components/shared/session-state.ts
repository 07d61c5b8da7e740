import type { DefaultMeetingSession } from '../../src/index.ts';

/** True while the session is connecting, joined or reconnecting. */
export function inMeeting(session: DefaultMeetingSession | undefined): boolean {
  const state = session?.state;
  return state === 'connecting' || state === 'joined' || state === 'reconnecting';
}
