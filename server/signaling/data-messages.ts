/**
 * Real-time data messages (wire protocol §9): what a client may send, the rate limits the
 * official client documents for `DataMessage.throttled`, and the server's ingest clock.
 */
import type { ISdkDataMessagePayload } from '../../src/protocol/frame.ts';

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
