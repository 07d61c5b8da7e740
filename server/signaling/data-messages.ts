/**
 * Real-time data messages (wire protocol §9): what a client may send, the rate limits the
 * official client documents for `DataMessage.throttled`, the server's ingest clock, and the
 * messages a meeting keeps for attendees who join later (`lifetime_ms`).
 */
import {
  type ISdkDataMessagePayload,
  type OutgoingFrame,
  SdkSignalFrame,
} from '../../src/protocol/service-frame.ts';

/** The topic rule the official client enforces before sending. */
export const TOPIC_PATTERN = /^[a-zA-Z0-9_-]{1,36}$/;
export const MAX_DATA_BYTES = 2048;

/** Over the soft limit a message is echoed to its sender as throttled and not relayed. */
export const SOFT_LIMIT = { ratePerSecond: 100, burst: 200 } as const;
/** Over the hard limit the sender's session is ended. */
export const HARD_LIMIT = { ratePerSecond: 500, burst: 10_000 } as const;

/** Why a payload is refused, or undefined when it may be relayed. */
export function invalidReason(payload: ISdkDataMessagePayload): string | undefined {
  if (typeof payload.topic !== 'string' || !TOPIC_PATTERN.test(payload.topic)) return 'invalid topic';
  if ((payload.data?.length ?? 0) > MAX_DATA_BYTES) return 'data too large';
  return undefined;
}

/** A token bucket: `burst` tokens, refilled at `ratePerSecond`. */
export class TokenBucket {
  #tokens: number;
  #updated: number;

  constructor(
    readonly limit: { readonly ratePerSecond: number; readonly burst: number },
    now: number = performance.now(),
  ) {
    this.#tokens = limit.burst;
    this.#updated = now;
  }

  /** Takes one token; false when there is none. */
  take(now: number = performance.now()): boolean {
    const elapsedSeconds = Math.max(0, now - this.#updated) / 1000;
    this.#tokens = Math.min(this.limit.burst, this.#tokens + elapsedSeconds * this.limit.ratePerSecond);
    this.#updated = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/** The rate limits of one sender: what to do with its next message. */
export class DataMessageLimiter {
  readonly #soft: TokenBucket;
  readonly #hard: TokenBucket;

  constructor(now: number = performance.now()) {
    this.#soft = new TokenBucket(SOFT_LIMIT, now);
    this.#hard = new TokenBucket(HARD_LIMIT, now);
  }

  /** `relay`, `throttle` (echo with ingest time 0) or `disconnect` (hard limit exceeded). */
  check(now: number = performance.now()): 'relay' | 'throttle' | 'disconnect' {
    if (!this.#hard.take(now)) return 'disconnect';
    return this.#soft.take(now) ? 'relay' : 'throttle';
  }
}

let lastIngestNs = 0;

/**
 * The service's ingest time in nanoseconds since the epoch: never 0 (0 means throttled to the
 * client) and strictly increasing. Numbers this large step by 256 ns, so each call advances
 * by at least 1 µs.
 */
export function ingestTimeNs(): number {
  const now = Math.round((performance.timeOrigin + performance.now()) * 1e6);
  lastIngestNs = Math.max(now, lastIngestNs + 1000);
  return lastIngestNs;
}

/**
 * How many messages a meeting keeps for attendees who join later, and for how long at most:
 * the limits the Chime SDKs document for `lifetimeMs` (up to 1024 messages, up to 5 minutes).
 * With data of at most 2 KiB each, a meeting keeps about 2 MiB at most.
 */
export const MAX_KEPT_MESSAGES = 1024;
export const MAX_LIFETIME_MS = 5 * 60 * 1000;
/** Kept messages are sent to a joiner in DATA_MESSAGE frames of about this much data at most. */
const REPLAY_FRAME_BYTES = 64 * 1024;

interface KeptMessage {
  /** Increasing per meeting: what a reconnecting connection already had is what it had then. */
  readonly seq: number;
  readonly topic: string;
  readonly data: Uint8Array;
  readonly senderAttendeeId: string;
  readonly senderExternalUserId: string;
  readonly ingestTimeNs: number;
  /** On the `performance.now()` clock. */
  readonly expiresAt: number;
}

/**
 * The data messages a meeting keeps for attendees who join later: those relayed with a
 * `lifetime_ms` above 0 (capped at {@link MAX_LIFETIME_MS}), until they expire, the newest
 * {@link MAX_KEPT_MESSAGES} of them. In memory only.
 */
export class KeptDataMessages {
  /** Oldest first (by ingest time); lifetimes differ, so expired ones may be anywhere. */
  #messages: KeptMessage[] = [];
  #lastSeq = 0;

  /** The sequence number of the newest message kept so far (0 before any). */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /**
   * Keeps a relayed message if it asks to be kept: a lifetime above 0 and a non-zero ingest
   * time (a throttled message, ingest time 0, was never relayed and is never kept).
   */
  keep(payload: ISdkDataMessagePayload, now: number = performance.now()): void {
    const lifetimeMs = Math.min(payload.lifetimeMs ?? 0, MAX_LIFETIME_MS);
    const ingestTime = Number(payload.ingestTimeNs ?? 0);
    if (!(lifetimeMs > 0) || !(ingestTime > 0)) return;
    this.#prune(now);
    this.#messages.push({
      seq: ++this.#lastSeq,
      topic: payload.topic ?? '',
      data: payload.data ?? new Uint8Array(0),
      senderAttendeeId: payload.senderAttendeeId ?? '',
      senderExternalUserId: payload.senderExternalUserId ?? '',
      ingestTimeNs: ingestTime,
      expiresAt: now + lifetimeMs,
    });
    const excess = this.#messages.length - MAX_KEPT_MESSAGES;
    if (excess > 0) this.#messages.splice(0, excess);
  }

  /**
   * The unexpired messages kept after `afterSeq`, oldest first, as DATA_MESSAGE frames: each
   * with its original sender ids and ingest time and, as `lifetime_ms`, what is left of its
   * lifetime. Empty when there is nothing to send.
   */
  frames(afterSeq = 0, now: number = performance.now()): OutgoingFrame[] {
    this.#prune(now);
    const frames: OutgoingFrame[] = [];
    let batch: ISdkDataMessagePayload[] = [];
    let batchBytes = 0;
    for (const message of this.#messages) {
      if (message.seq <= afterSeq) continue;
      if (batch.length > 0 && batchBytes + message.data.length > REPLAY_FRAME_BYTES) {
        frames.push(dataMessageFrame(batch));
        batch = [];
        batchBytes = 0;
      }
      batch.push({
        topic: message.topic,
        data: message.data,
        lifetimeMs: Math.max(1, Math.ceil(message.expiresAt - now)),
        senderAttendeeId: message.senderAttendeeId,
        senderExternalUserId: message.senderExternalUserId,
        ingestTimeNs: message.ingestTimeNs,
      });
      batchBytes += message.data.length;
    }
    if (batch.length > 0) frames.push(dataMessageFrame(batch));
    return frames;
  }

  /** Forgets every message (the meeting ended). */
  clear(): void {
    this.#messages = [];
  }

  #prune(now: number): void {
    if (this.#messages.some((message) => message.expiresAt <= now)) {
      this.#messages = this.#messages.filter((message) => message.expiresAt > now);
    }
  }
}

function dataMessageFrame(messages: ISdkDataMessagePayload[]): OutgoingFrame {
  return { type: SdkSignalFrame.Type.DATA_MESSAGE, dataMessage: { messages } };
}
