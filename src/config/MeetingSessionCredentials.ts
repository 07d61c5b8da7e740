/** Who joins: the attendee id, its external user id and the secret join token. */
export class MeetingSessionCredentials {
  attendeeId: string;
  externalUserId: string;
  /** Secret: sent only as the second WebSocket sub-protocol; never logged or serialized. */
  joinToken: string;

  constructor(attendeeId: string, externalUserId: string, joinToken: string) {
    this.attendeeId = attendeeId;
    this.externalUserId = externalUserId;
    this.joinToken = joinToken;
  }

  /** Serializes with the join token redacted, so that `JSON.stringify` never leaks it. */
  toJSON(): { attendeeId: string; externalUserId: string; joinToken: string | null } {
    return {
      attendeeId: this.attendeeId,
      externalUserId: this.externalUserId,
      joinToken: this.joinToken ? '<redacted>' : null,
    };
  }
}
