import { ConnectionHealthPolicyConfiguration } from './ConnectionHealthPolicyConfiguration.ts';
import { MeetingFeatures } from './MeetingFeatures.ts';
import { MeetingSessionCredentials } from './MeetingSessionCredentials.ts';
import { CONTENT_SUFFIX, contentAttendeeOf } from '../protocol/constants.ts';
import { MeetingSessionURLs } from './MeetingSessionURLs.ts';

type Json = Record<string, unknown>;

/**
 * Everything a session needs to join, built from the CreateMeeting and CreateAttendee
 * responses (of the Amazon Chime SDK Meetings API or of the local meeting service).
 * Both arguments may be wrapped (`{Meeting: {...}}`, `{Attendee: {...}}`) or not, with keys
 * in any casing.
 * @throws TypeError naming the missing or invalid field (never including the join token).
 */
export class MeetingSessionConfiguration {
  meetingId: string;
  externalMeetingId: string | null;
  credentials: MeetingSessionCredentials;
  urls: MeetingSessionURLs;
  /** Deadline for the whole join (open socket, JOIN, offer, SUBSCRIBE, ICE connected). */
  connectionTimeoutMs = 15_000;
  /** When > 0, the join also waits for the attendee's own presence (not implemented yet). */
  attendeePresenceTimeoutMs = 0;
  /** How long reconnection is attempted before giving up. */
  reconnectTimeoutMs = 120_000;
  /** Added to every reconnect backoff. */
  reconnectFixedWaitMs = 0;
  /** The first reconnect waits up to this long (full jitter), doubling each attempt … */
  reconnectShortBackOffMs = 1_000;
  /** … up to this long. */
  reconnectLongBackOffMs = 5_000;
  connectionHealthPolicyConfiguration = new ConnectionHealthPolicyConfiguration();
  /** CreateMeeting's `MeetingFeatures`: video and content resolution limits, echo reduction. */
  meetingFeatures: MeetingFeatures;

  constructor(createMeetingResponse: unknown, createAttendeeResponse: unknown) {
    const meeting = unwrap(createMeetingResponse, 'meeting', 'createMeetingResponse');
    const attendee = unwrap(createAttendeeResponse, 'attendee', 'createAttendeeResponse');

    const placement = meeting['mediaplacement'];
    if (!isObject(placement)) {
      throw new TypeError('MeetingSessionConfiguration: createMeetingResponse has no MediaPlacement object');
    }
    const signalingUrl = placement['signalingurl'];
    if (typeof signalingUrl !== 'string' || signalingUrl === '') {
      throw new TypeError('MeetingSessionConfiguration: MediaPlacement.SignalingUrl is missing');
    }
    if (!/^wss?:\/\//i.test(signalingUrl)) {
      throw new TypeError(
        'MeetingSessionConfiguration: MediaPlacement.SignalingUrl must be a ws: or wss: URL',
      );
    }
    if (signalingUrl.includes('?')) {
      throw new TypeError(
        'MeetingSessionConfiguration: MediaPlacement.SignalingUrl must not contain a query (?)',
      );
    }

    const attendeeId = attendee['attendeeid'];
    if (typeof attendeeId !== 'string' || attendeeId === '') {
      throw new TypeError('MeetingSessionConfiguration: Attendee.AttendeeId is missing');
    }
    const joinToken = attendee['jointoken'];
    if (typeof joinToken !== 'string' || joinToken === '') {
      throw new TypeError('MeetingSessionConfiguration: Attendee.JoinToken is missing');
    }
    const externalUserId = optionalString(attendee['externaluserid']) ?? attendeeId;

    this.meetingId = optionalString(meeting['meetingid']) ?? '';
    this.externalMeetingId = optionalString(meeting['externalmeetingid']);
    this.credentials = new MeetingSessionCredentials(attendeeId, externalUserId, joinToken);
    this.urls = new MeetingSessionURLs();
    this.urls.signalingURL = signalingUrl;
    this.urls.audioHostURL = optionalString(placement['audiohosturl']);
    this.urls.turnControlURL = optionalString(placement['turncontrolurl']);
    this.urls.eventIngestionURL = optionalString(placement['eventingestionurl']);
    this.meetingFeatures = MeetingFeatures.fromResponse(meeting['meetingfeatures']);
  }

  /**
   * The configuration of this attendee's content share: the same meeting and URLs, as
   * `<AttendeeId>#content` with the join token `<JoinToken>#content` (wire protocol §11).
   */
  forContentShare(): MeetingSessionConfiguration {
    const { attendeeId, externalUserId, joinToken } = this.credentials;
    const copy = Object.assign(
      Object.create(MeetingSessionConfiguration.prototype),
      this,
    ) as MeetingSessionConfiguration;
    copy.credentials = new MeetingSessionCredentials(
      contentAttendeeOf(attendeeId),
      externalUserId,
      `${joinToken}${CONTENT_SUFFIX}`,
    );
    return copy;
  }

  /** Serializes without the join token (credentials redact it themselves). */
  toJSON(): Json {
    return {
      meetingId: this.meetingId,
      externalMeetingId: this.externalMeetingId,
      credentials: this.credentials.toJSON(),
      urls: this.urls.toJSON(),
      connectionTimeoutMs: this.connectionTimeoutMs,
      attendeePresenceTimeoutMs: this.attendeePresenceTimeoutMs,
      reconnectTimeoutMs: this.reconnectTimeoutMs,
      meetingFeatures: this.meetingFeatures,
    };
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Lower-cases every key recursively, as the Chime SDK does; skips prototype-polluting keys. */
function lowerCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerCaseKeys);
  if (!isObject(value)) return value;
  const out: Json = Object.create(null) as Json;
  for (const [key, inner] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (lower === '__proto__' || lower === 'constructor' || lower === 'prototype') continue;
    out[lower] = lowerCaseKeys(inner);
  }
  return out;
}

function unwrap(input: unknown, wrapperKey: string, argumentName: string): Json {
  if (!isObject(input)) {
    throw new TypeError(`MeetingSessionConfiguration: ${argumentName} must be an object`);
  }
  const lowered = lowerCaseKeys(input) as Json;
  const inner = lowered[wrapperKey];
  return isObject(inner) ? inner : lowered;
}
