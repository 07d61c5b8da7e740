import { MeetingSessionStatusCode as Code } from '../../src/index.ts';

/** Why a meeting ended for this user, in the terms the ended and error screens speak. */
export type EndReason =
  | 'left'
  | 'ended'
  | 'removed'
  | 'another-device'
  | 'rejected'
  | 'full'
  | 'connection-lost'
  | 'join-info'
  | 'failed';

/** The reason for a session's final status code. */
export function endReasonOf(statusCode: number): EndReason {
  switch (statusCode) {
    case Code.Left:
      return 'left';
    case Code.MeetingEnded:
      return 'ended';
    case Code.AudioAttendeeRemoved:
      return 'removed';
    case Code.AudioJoinedFromAnotherDevice:
      return 'another-device';
    case Code.AudioAuthenticationRejected:
    case Code.SignalingBadRequest:
    case Code.TURNCredentialsForbidden:
      return 'rejected';
    case Code.AudioCallAtCapacity:
      return 'full';
    case Code.SignalingChannelClosedUnexpectedly:
    case Code.ConnectionHealthReconnect:
    case Code.AudioDisconnected:
    case Code.SignalingRequestFailed:
    case Code.ICEGatheringTimeoutWorkaround:
    case Code.NoAttendeePresent:
      return 'connection-lost';
    default:
      return 'failed';
  }
}

/** Whether joining again can help: not once the meeting ended or the user was removed. */
export function canRejoinAfter(reason: EndReason): boolean {
  return reason !== 'ended' && reason !== 'removed';
}
