/**
 * Meeting and attendee JSON exactly as the AWS Chime SDK Meetings API returns them, so the
 * official client's `MeetingSessionConfiguration` accepts the responses unchanged.
 */
import type { AttendeeRecord, MeetingFeatures, MeetingRecord } from '../store/types.ts';

export interface MediaPlacementJson {
  AudioHostUrl: string;
  AudioFallbackUrl: string;
  SignalingUrl: string;
  TurnControlUrl: string;
  ScreenDataUrl: string;
  ScreenViewingUrl: string;
  ScreenSharingUrl: string;
}

export interface MeetingJson {
  MeetingId: string;
  MeetingHostId?: string;
  ExternalMeetingId: string;
  MediaRegion: string;
  MediaPlacement: MediaPlacementJson;
  MeetingFeatures?: MeetingFeatures;
  PrimaryMeetingId?: string;
  MeetingArn: string;
}

export interface AttendeeJson {
  AttendeeId: string;
  ExternalUserId: string;
  JoinToken: string;
}

/** Placeholder account in ARNs: this service has no AWS account. */
const LOCAL_ACCOUNT = '000000000000';

/**
 * @param authority `host:port` the client used to reach this service (or its public address);
 *   every URL points back at it. `secure` makes them `wss:`/`https:`. `SignalingUrl` carries no query: the official client appends its own `?…`.
 *   Only `SignalingUrl` and `AudioHostUrl` are used by the client (`AudioHostUrl` is echoed
 *   in SUBSCRIBE and must be non-empty for audio); `EventIngestionUrl` is left out so the
 *   client posts no telemetry.
 */
export function meetingJson(record: MeetingRecord, authority: string, secure = false): MeetingJson {
  const id = encodeURIComponent(record.meetingId);
  const ws = secure ? 'wss' : 'ws';
  return {
    MeetingId: record.meetingId,
    ...(record.meetingHostId === undefined ? {} : { MeetingHostId: record.meetingHostId }),
    ExternalMeetingId: record.externalMeetingId,
    MediaRegion: record.mediaRegion,
    MediaPlacement: {
      AudioHostUrl: authority,
      AudioFallbackUrl: `${ws}://${authority}/audio/${id}`,
      SignalingUrl: `${ws}://${authority}/control/${id}`,
      TurnControlUrl: `${secure ? 'https' : 'http'}://${authority}/turn`,
      ScreenDataUrl: `${ws}://${authority}/screen/${id}`,
      ScreenViewingUrl: `${ws}://${authority}/screenview/${id}`,
      ScreenSharingUrl: `${ws}://${authority}/screenshare/${id}`,
    },
    ...(record.meetingFeatures === undefined ? {} : { MeetingFeatures: record.meetingFeatures }),
    ...(record.primaryMeetingId === undefined ? {} : { PrimaryMeetingId: record.primaryMeetingId }),
    MeetingArn: `arn:aws:chime:${record.mediaRegion}:${LOCAL_ACCOUNT}:meeting/${record.meetingId}`,
  };
}

export function attendeeJson(record: AttendeeRecord, joinToken: string): AttendeeJson {
  return { AttendeeId: record.attendeeId, ExternalUserId: record.externalUserId, JoinToken: joinToken };
}
