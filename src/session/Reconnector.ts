import type { FullJitterBackoff } from './FullJitterBackoff.ts';

export interface ReconnectorOptions {
  /** Give up this long after the first failed attempt, or after the last sign of life. */
  timeoutMs: number;
  backoff: FullJitterBackoff;
  now?: () => number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/**
 * When to try joining again after a retryable failure, as the Chime SDK decides it: after a
 * full-jitter backoff, until `reconnectTimeoutMs` has passed since the first failed attempt or
 * since the connection was last known to be alive (joined, or a PONG). Terminal statuses never
 * get here; the session decides that with the status table.
 */
export class Reconnector {
  #firstAttemptAt: number | undefined;
  #lastActiveAt: number | undefined;
  #timer: unknown;

  constructor(private readonly options: ReconnectorOptions) {}

  /** A retry is waiting for its backoff to pass. */
  get waiting(): boolean {
    return this.#timer !== undefined;
  }

  /** The connection works (joined, or answered a PING): the deadline starts over. */
  alive(): void {
    this.#lastActiveAt = this.#now();
  }

  /** A join completed: the next failure starts a new series of attempts. */
  joined(): void {
    this.#firstAttemptAt = undefined;
    this.alive();
    this.options.backoff.reset();
  }

  /**
   * Schedules `attempt` after the next backoff. Returns false (and schedules nothing) when the
   * deadline has passed: the session then stops with the failure's status.
   */
  retry(attempt: () => void): boolean {
    const now = this.#now();
    this.#firstAttemptAt ??= now;
    const { timeoutMs } = this.options;
    if (now - this.#firstAttemptAt >= timeoutMs) return false;
    if (this.#lastActiveAt !== undefined && now - this.#lastActiveAt >= timeoutMs) return false;
    this.cancel();
    const wait = this.options.backoff.nextBackoffAmountMs();
    const schedule = this.options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
    this.#timer = schedule(() => {
      this.#timer = undefined;
      attempt();
    }, wait);
    return true;
  }

  /** Cancels a waiting retry (the session was stopped); the deadline starts over next time. */
  cancel(): void {
    if (this.#timer !== undefined) {
      const clear =
        this.options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
      clear(this.#timer);
      this.#timer = undefined;
    }
  }

  /** Forgets everything (the session stopped). */
  reset(): void {
    this.cancel();
    this.#firstAttemptAt = undefined;
    this.#lastActiveAt = undefined;
    this.options.backoff.reset();
  }

  #now(): number {
    return (this.options.now ?? Date.now)();
  }
}
