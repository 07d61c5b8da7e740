/** A data message of the meeting (Chime's `DataMessage`), as the service relayed it. */
export class DataMessage {
  /** Whether the service throttled the message instead of relaying it (sent back to its sender only). */
  readonly throttled: boolean;

  constructor(
    /** The service's ingest time, epoch milliseconds (0 for a throttled message). */
    readonly timestampMs: number,
    readonly topic: string,
    readonly data: Uint8Array,
    readonly senderAttendeeId: string,
    readonly senderExternalUserId: string,
    throttled?: boolean | null,
  ) {
    this.throttled = !!throttled;
  }

  /** The data as UTF-8 text. */
  text(): string {
    return new TextDecoder().decode(this.data);
  }

  /** The data parsed as JSON. @throws SyntaxError when it is not JSON. */
  json(): unknown {
    return JSON.parse(this.text());
  }
}
