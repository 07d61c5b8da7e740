/** Details of the DOM events the elements dispatch. Every event bubbles and crosses shadow roots. */
import type { ConnectionQuality, DeviceAccessErrorReason, VideoTileState } from '../src/index.ts';

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

export interface ChimeMuteChangeDetail extends ChimeAttendeeDetail {
  muted: boolean;
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

export interface ChimeVolumeChangeDetail {
  /** The attendees whose volume or signal changed since the last event, with their values now. */
  attendees: Array<{ attendeeId: string; volume: number; signalStrength: number; muted: boolean }>;
}

export interface ChimeActiveSpeakersChangeDetail {
  /** The active speakers, most active first. */
  attendeeIds: string[];
}

export interface ChimeContentShareDetail {
  /** The content share's attendee id (`<sharer>#content`). */
  attendeeId: string;
  /** The attendee sharing. */
  sharerAttendeeId: string;
  /** The sharer's name as shown. */
  name: string;
  /** True when the share is this client's own. */
  local: boolean;
}

export interface ChimeConnectionQualityChangeDetail {
  /** This client's connection: `good`, `poor` or `lost`. */
  quality: ConnectionQuality;
}

export interface ChimeDevicesChangeDetail {
  /** Which kind of device list changed. */
  kind: MediaDeviceKind;
  /** The devices of that kind now. */
  devices: MediaDeviceInfo[];
}

/** A data message the service relayed (the local service relays a sender's own back to it too). */
export interface ChimeDataMessageDetail {
  topic: string;
  /** The message's text (UTF-8). */
  text: string;
  senderAttendeeId: string;
  /** The sender's name as shown. */
  name: string;
  /** The service's time of the message, epoch milliseconds. */
  timestampMs: number;
}

export interface ChimeRequestVideoDetail {
  /** True when the user asked to turn the camera on, false for off. */
  on: boolean;
}

export interface ChimeRequestShareDetail {
  /** True when the user asked to start sharing the screen, false for stop. */
  on: boolean;
}

export interface ChimePageChangeDetail {
  /** The page now shown, from 1. */
  page: number;
  /** How many pages there are. */
  pageCount: number;
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

/** The user asked `<chime-chat>` to send a message; cancel the event to keep it from being sent. */
export interface ChimeChatSendDetail {
  /** The data message topic it goes out on. */
  topic: string;
  /** The message, trimmed. */
  text: string;
}

/** The user chose a device in a device picker; it is in use (and remembered) now. */
export interface ChimeDeviceChangeDetail {
  kind: 'audioinput' | 'audiooutput' | 'videoinput';
  /** The chosen device's `deviceId`; `default` for the system's default device. */
  deviceId: string;
}

/** Sharing the screen failed (the user cancelling the browser's picker is not a failure). */
export interface ChimeContentShareErrorDetail {
  /** The browser's error name, e.g. `NotReadableError`, `NotFoundError`, `InvalidStateError`. */
  name: string;
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
    'chime-mute-change': CustomEvent<ChimeMuteChangeDetail>;
    'chime-error': CustomEvent<ChimeErrorDetail>;
    'chime-tile-update': CustomEvent<ChimeTileUpdateDetail>;
    'chime-tile-remove': CustomEvent<ChimeTileRemoveDetail>;
    'chime-volume-change': CustomEvent<ChimeVolumeChangeDetail>;
    'chime-active-speakers-change': CustomEvent<ChimeActiveSpeakersChangeDetail>;
    'chime-content-share-start': CustomEvent<ChimeContentShareDetail>;
    'chime-content-share-stop': CustomEvent<ChimeContentShareDetail>;
    'chime-connection-quality-change': CustomEvent<ChimeConnectionQualityChangeDetail>;
    'chime-devices-change': CustomEvent<ChimeDevicesChangeDetail>;
    'chime-data-message': CustomEvent<ChimeDataMessageDetail>;
    'chime-device-error': CustomEvent<ChimeDeviceErrorDetail>;
    'chime-device-change': CustomEvent<ChimeDeviceChangeDetail>;
    'chime-request-leave': CustomEvent<Record<string, never>>;
    'chime-request-unmute': CustomEvent<Record<string, never>>;
    'chime-request-video': CustomEvent<ChimeRequestVideoDetail>;
    'chime-request-share': CustomEvent<ChimeRequestShareDetail>;
    'chime-chat-send': CustomEvent<ChimeChatSendDetail>;
    'chime-page-change': CustomEvent<ChimePageChangeDetail>;
    'chime-content-share-error': CustomEvent<ChimeContentShareErrorDetail>;
  }
}
