/** Details of the DOM events the elements dispatch. Every event bubbles and crosses shadow roots. */
import type { DeviceAccessErrorReason, VideoTileState } from '../src/index.ts';

export interface ChimeConnectingDetail {
  /** True when the session lost its connection and is joining again. */
  reconnecting: boolean;
}

export interface ChimeJoinedDetail {
  meetingId: string;
  attendeeId: string;
}

export interface ChimeLeftDetail {
  /** A `MeetingSessionStatusCode` value, e.g. 1 (Left) or 5 (MeetingEnded). */
  statusCode: number;
  /** True when the session cannot continue (the meeting ended, the token was refused, …). */
  terminal: boolean;
}

export interface ChimeAttendeeDetail {
  attendeeId: string;
  externalUserId: string;
  /** The name shown for this attendee. */
  name: string;
  local: boolean;
}

export interface ChimeAttendeeLeaveDetail extends ChimeAttendeeDetail {
  /** True when the attendee's connection dropped rather than leaving on purpose. */
  dropped: boolean;
}

export interface ChimeErrorDetail {
  /** What was being done: fetching join information, or reading it. */
  phase: 'fetch-join-info' | 'configuration';
  /** A message for developers; never contains a join token. */
  message: string;
}

export interface ChimeTileUpdateDetail {
  /** A snapshot of the tile as it is now (the Chime SDK's `VideoTileState`). */
  tile: VideoTileState;
}

export interface ChimeTileRemoveDetail {
  tileId: number;
  /** The attendee whose tile it was, when known. */
  attendeeId: string | null;
}

export interface ChimeRequestVideoDetail {
  /** True when the user asked to turn the camera on, false for off. */
  on: boolean;
}

export interface ChimeDeviceErrorDetail {
  /** Which kind of device failed. */
  kind: 'audioinput' | 'audiooutput' | 'videoinput';
  /** The browser's error name, e.g. `NotAllowedError`, `NotFoundError`, `OverconstrainedError`. */
  name: string;
  /** Why, in words an app can switch on (the SDK's `DeviceAccessError.reason`). */
  reason: DeviceAccessErrorReason;
  /** The browser's message, for developers. */
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'chime-connecting': CustomEvent<ChimeConnectingDetail>;
    'chime-joined': CustomEvent<ChimeJoinedDetail>;
    'chime-left': CustomEvent<ChimeLeftDetail>;
    'chime-attendee-join': CustomEvent<ChimeAttendeeDetail>;
    'chime-attendee-leave': CustomEvent<ChimeAttendeeLeaveDetail>;
    'chime-error': CustomEvent<ChimeErrorDetail>;
    'chime-request-leave': CustomEvent<Record<string, never>>;
    'chime-tile-update': CustomEvent<ChimeTileUpdateDetail>;
    'chime-tile-remove': CustomEvent<ChimeTileRemoveDetail>;
    'chime-request-video': CustomEvent<ChimeRequestVideoDetail>;
    'chime-device-error': CustomEvent<ChimeDeviceErrorDetail>;
  }
}
