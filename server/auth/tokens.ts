/**
 * Join tokens: the server signs (meeting id, attendee id) with HMAC-SHA256, so a token is
 * only valid for the meeting it was issued in and needs no lookup table.
 *
 * Format: `<base64url(attendee id)>.<base64url(mac)>`, no padding, so the token is a valid
 * WebSocket sub-protocol (RFC 6455 token characters; `=`, `/`, `:` and spaces are not).
 * The content-share identity of an attendee presents `<token>#content` (wire protocol §11).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CONTENT_SUFFIX } from '../../src/protocol/constants.ts';

/** Who a valid token speaks for. */
export interface TokenIdentity {
  /** The attendee id from CreateAttendee (without `#content`). */
  readonly attendeeId: string;
  /** True when the token was presented with the `#content` suffix. */
  readonly content: boolean;
}

const MAX_TOKEN_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class JoinTokens {
  readonly #key: Uint8Array;

  /** @param key secret for the HMAC; a random per-process key unless one is given. */
  constructor(key: Uint8Array = randomBytes(32)) {
    this.#key = key;
  }

  /** The join token for an attendee of a meeting. */
  issue(meetingId: string, attendeeId: string): string {
    const subject = Buffer.from(attendeeId, 'utf8').toString('base64url');
    return `${subject}.${this.#mac(meetingId, attendeeId).toString('base64url')}`;
  }

  /**
   * Checks a token presented for `meetingId`. Returns the identity it carries, or undefined
   * when it is malformed, forged, or was issued for another meeting.
   */
  verify(meetingId: string, token: string): TokenIdentity | undefined {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
    let content = false;
    let signed = token;
    const hash = token.indexOf('#');
    if (hash !== -1) {
      if (token.slice(hash) !== CONTENT_SUFFIX) return undefined;
      content = true;
      signed = token.slice(0, hash);
    }
    const parts = signed.split('.');
    if (parts.length !== 2) return undefined;
    const [subject, mac] = parts as [string, string];
    if (!BASE64URL.test(subject) || !BASE64URL.test(mac)) return undefined;
    const attendeeId = Buffer.from(subject, 'base64url').toString('utf8');
    // Reject non-canonical encodings (spare bits in the last character) so each token has one spelling.
    if (attendeeId.length === 0 || Buffer.from(attendeeId, 'utf8').toString('base64url') !== subject) {
      return undefined;
    }
    const expected = this.#mac(meetingId, attendeeId);
    const presented = Buffer.from(mac, 'base64url');
    if (presented.length !== expected.length || presented.toString('base64url') !== mac) return undefined;
    if (!timingSafeEqual(presented, expected)) return undefined;
    return { attendeeId, content };
  }

  #mac(meetingId: string, attendeeId: string): Buffer {
    return createHmac('sha256', this.#key)
      .update(`chime-elements join token v1\n${meetingId}\n${attendeeId}`, 'utf8')
      .digest();
  }
}
