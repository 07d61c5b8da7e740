import type { Logger } from '../logging/Logger.ts';
import type { ISdkClientMetricFrame } from '../protocol/frame.ts';
import { ClientMetricReport } from './ClientMetricReport.ts';
import type { SsrcMapping } from './ClientMetricReport.ts';

/** Chime's `StatsCollector.INTERVAL_MS`: one report (and one CLIENT_METRIC frame) a second. */
export const STATS_INTERVAL_MS = 1000;

export interface StatsCollectorOptions extends SsrcMapping {
  /** The current peer connection; no sample is taken while there is none. */
  peer(): RTCPeerConnection | undefined;
  onReport(report: ClientMetricReport): void;
  /** Sends the CLIENT_METRIC body (`SdkSignalFrame.Type.CLIENT_METRIC`, field `clientMetric`). */
  sendClientMetric?(frame: ISdkClientMetricFrame): void;
  intervalMs?: number;
  now?(): number;
  setInterval?(callback: () => void, ms: number): unknown;
  clearInterval?(handle: unknown): void;
  logger: Logger;
}

/**
 * Samples the peer connection's statistics every second while started. Rates need the previous
 * sample of the same peer connection, so a new peer connection (a reconnect) starts afresh.
 */
export class StatsCollector {
  readonly #options: StatsCollectorOptions;
  readonly #overrides = new Map<string, number>();
  /** The running timer; a new object per start, so a sample from before a stop is dropped. */
  #timer: { handle: unknown } | undefined;
  #busy = false;
  #previous: { peer: RTCPeerConnection; stats: RTCStatsReport; timestampMs: number } | undefined;

  constructor(options: StatsCollectorOptions) {
    this.#options = options;
  }

  start(): void {
    if (this.#timer !== undefined) return;
    const options = this.#options;
    const tick = (): void => void this.#sample();
    const ms = options.intervalMs ?? STATS_INTERVAL_MS;
    this.#timer = { handle: options.setInterval ? options.setInterval(tick, ms) : setInterval(tick, ms) };
  }

  /** Stops sampling; a `getStats()` still pending is not reported. */
  stop(): void {
    if (!this.#timer) return;
    const { handle } = this.#timer;
    if (this.#options.clearInterval) this.#options.clearInterval(handle);
    else clearInterval(handle as ReturnType<typeof setInterval>);
    this.#timer = undefined;
    this.#previous = undefined;
  }

  /**
   * Replaces an observable metric in every later report, as Chime does with the service's
   * receive-bandwidth estimate (BITRATES `server_available_outgoing_bitrate` × 1000 becomes
   * `availableIncomingBitrate`).
   */
  overrideObservableMetric(name: string, value: number): void {
    this.#overrides.set(name, value);
  }

  async #sample(): Promise<void> {
    const { logger } = this.#options;
    const peer = this.#options.peer();
    if (!peer || this.#busy) return;
    const timer = this.#timer;
    this.#busy = true;
    let stats: RTCStatsReport;
    try {
      stats = await peer.getStats();
    } catch (error) {
      logger.debug(() => `stats: getStats failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    } finally {
      this.#busy = false;
    }
    if (timer !== this.#timer) return;
    const previous = this.#previous?.peer === peer ? this.#previous : undefined;
    const timestampMs = this.#options.now?.() ?? Date.now();
    this.#previous = { peer, stats, timestampMs };
    const report = new ClientMetricReport(stats, previous?.stats, this.#options, {
      overrides: new Map(this.#overrides),
      timestampMs,
      previousTimestampMs: previous?.timestampMs ?? 0,
    });
    const options = this.#options;
    for (const deliver of [
      () => options.sendClientMetric?.(report.clientMetricFrame()),
      () => options.onReport(report),
    ]) {
      try {
        deliver();
      } catch (error) {
        logger.error(`stats: reporting failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
