/**
 * Chime's reconnect backoff: before attempt n (from 0) wait `random() × min(long, short × 2ⁿ)`
 * plus a fixed wait, so clients that lost the same service do not all come back at once.
 */
export class FullJitterBackoff {
  #attempt = 0;

  constructor(
    private readonly fixedWaitMs = 0,
    private readonly shortBackoffMs = 1000,
    private readonly longBackoffMs = 5000,
    private readonly random: () => number = Math.random,
  ) {}

  nextBackoffAmountMs(): number {
    const ceiling = Math.min(this.longBackoffMs, this.shortBackoffMs * 2 ** this.#attempt);
    this.#attempt++;
    return this.random() * ceiling + this.fixedWaitMs;
  }

  reset(): void {
    this.#attempt = 0;
  }
}
