/** The messages `<chime-chat>` keeps, and how many are unread. Pure: no DOM, no session. */

/** How many messages a chat keeps by default; older ones are dropped. */
export const DEFAULT_KEPT_MESSAGES = 200;

/** Own messages awaited back from the service at most (a service that never echoes leaves them all). */
const MAX_PENDING = 1000;

/**
 * `sent`: your own, shown at once (the service may or may not echo it back); `delivered`: the
 * service relayed it; `failed`: it was throttled or could not be sent.
 */
export type ChatStatus = 'sent' | 'delivered' | 'failed';

export interface ChatEntry {
  /** Unique within the log, for keyed rendering. */
  readonly key: number;
  readonly senderAttendeeId: string;
  readonly senderExternalUserId: string;
  readonly text: string;
  /** Epoch milliseconds: the service's time, or the local time for your own. */
  readonly timestampMs: number;
  readonly own: boolean;
  status: ChatStatus;
}

/** A received data message, as the chat needs it. */
export interface ReceivedChatMessage {
  senderAttendeeId: string;
  senderExternalUserId: string;
  text: string;
  timestampMs: number;
  throttled: boolean;
}

export class ChatLog {
  #entries: ChatEntry[] = [];
  /** Your own messages not yet seen back from the service, oldest first (even once no longer kept). */
  #pending: ChatEntry[] = [];
  #unread = 0;
  #nextKey = 1;

  constructor(private readonly limit = DEFAULT_KEPT_MESSAGES) {}

  get entries(): readonly ChatEntry[] {
    return this.#entries;
  }

  /** Messages from others that arrived unread (never more than are kept). */
  get unread(): number {
    return this.#unread;
  }

  markRead(): void {
    this.#unread = 0;
  }

  /** Your own message, shown at once as `sent`. */
  addOwn(senderAttendeeId: string, senderExternalUserId: string, text: string, nowMs: number): ChatEntry {
    const entry = this.#append({
      senderAttendeeId,
      senderExternalUserId,
      text,
      timestampMs: nowMs,
      own: true,
      status: 'sent',
    });
    this.#pending = [...this.#pending, entry].slice(-MAX_PENDING);
    return entry;
  }

  /**
   * A message the service relayed. Your own coming back confirms (or, throttled, fails) the
   * oldest matching one still `sent`, so it is never shown twice; one you did not send from here
   * (another tab, or kept from before you joined) is added. A message from someone else counts
   * as unread unless `read`. Returns the entry added, if any.
   */
  receive(message: ReceivedChatMessage, localAttendeeId: string, read: boolean): ChatEntry | undefined {
    const own = message.senderAttendeeId === localAttendeeId;
    if (own) {
      const index = this.#pending.findIndex((entry) => entry.text === message.text);
      if (index >= 0) {
        const [pending] = this.#pending.splice(index, 1);
        pending!.status = message.throttled ? 'failed' : 'delivered';
        return undefined;
      }
    }
    // Only a sender is told of throttling: an unmatched throttled echo has nothing to show.
    if (message.throttled) return undefined;
    const { senderAttendeeId, senderExternalUserId, text, timestampMs } = message;
    const entry = this.#append({
      senderAttendeeId,
      senderExternalUserId,
      text,
      timestampMs,
      own,
      status: 'delivered',
    });
    if (!own && !read) this.#unread = Math.min(this.#unread + 1, this.#entries.length);
    return entry;
  }

  #append(fields: Omit<ChatEntry, 'key'>): ChatEntry {
    const entry: ChatEntry = { key: this.#nextKey++, ...fields };
    this.#entries = [...this.#entries, entry].slice(-this.limit);
    this.#unread = Math.min(this.#unread, this.#entries.length);
    return entry;
  }
}
