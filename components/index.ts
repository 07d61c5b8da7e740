/** The elements: importing this module defines every `chime-*` tag (once per page). */
export { ChimeMeeting, defaultMeetingStrings } from './meeting/chime-meeting.ts';
export type { ChimeMeetingStrings, JoinInfo, MeetingStatus } from './meeting/chime-meeting.ts';
export { ChimeRoster, defaultRosterStrings } from './roster/chime-roster.ts';
export type { ChimeRosterStrings } from './roster/chime-roster.ts';
export { ChimeElement } from './base/chime-element.ts';
export { SessionController } from './controllers/session-controller.ts';
export { sessionContext } from './context.ts';
export { displayName } from './shared/display-name.ts';
export type { NameResolver } from './shared/display-name.ts';
export type * from './events.ts';
import './meeting/define.ts';
import './roster/define.ts';
