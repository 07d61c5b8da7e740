import { ConnectionHealthPolicyConfiguration } from '../config/ConnectionHealthPolicyConfiguration.ts';
import type { Logger } from '../logging/Logger.ts';
import type { ClientMetricReport } from './ClientMetricReport.ts';

/** Chime's `ConnectionHealthData`, as a snapshot (the fields this SDK can compute). */
export interface ConnectionHealthData {
  connectionStartTimestampMs: number;
  consecutiveMissedPongs: number;
  /** 1 s stats samples in a row in which no candidate pair received bytes or STUN messages. */
  consecutiveStatsWithNoPackets: number;
  consecutiveStatsWithNoAudioPacketsSent: number;
  /** The last sample with no audio packets received, or with inbound audio loss. */
  lastPacketLossInboundTimestampMs: number;
  /** Audio packets received per sample, newest first, at most 60. */
  packetsReceivedInLastMinute: number[];
  /** Inbound audio loss per sample (`audioPacketsReceivedFractionLoss`, percent), newest first. */
  fractionPacketsLostInboundInLastMinute: number[];
  audioSpeakerDelayMs: number;
  isVideoEncoderHardware: boolean;
  /** Encode time of the camera's streams, ms per second. */
  videoEncodingTimeInMs: number;
  videoEncodingTimePerFrameInMs: number;
  /** Time the encoder was limited by CPU, ms per second. */
  cpuLimitationDuration: number;
  videoInputFps: number;
  videoEncodeFps: number;
}

/** The observer calls this class makes (the Chime names; the last three are Chime 1.x's). */
export interface ConnectionHealthObserver {
  connectionHealthDidChange(data: ConnectionHealthData): void;
  connectionDidBecomePoor(): void;
  connectionDidSuggestStopVideo(): void;
  connectionDidBecomeGood(): void;
  videoSendHealthDidChange(bitrateKbps: number, packetsPerSecond: number): void;
  videoSendBandwidthDidChange(
    newBandwidthKbps: number,
    oldBandwidthKbps: number,
    nackCountPerSecond: number,
  ): void;
  videoReceiveBandwidthDidChange(newBandwidthKbps: number, oldBandwidthKbps: number): void;
}

export type ReconnectReason = 'no-packets' | 'missed-pongs' | 'audio-delay';

export interface ConnectionHealthOptions {
  observer: Partial<ConnectionHealthObserver>;
  /** Called once when a reconnection rule starts to hold (see {@link ConnectionHealth.shouldReconnect}). */
  reconnectNeeded?(reason: ReconnectReason): void;
  /** Thresholds; Chime's defaults for any left out. */
  configuration?: Partial<ConnectionHealthPolicyConfiguration>;
  /** Whether any video tile shows a stream (poor audio then suggests stopping video). Default: the report has video. */
  videoTilesWithStreams?(): boolean;
  /** Whether the local camera tile is started. Default: the report has a video send stream. */
  localVideoStarted?(): boolean;
  now?(): number;
  logger: Logger;
}

/**
 * Connection health as Chime's `SignalingAndMetricsConnectionMonitor` and `MonitorTask` judge
 * it, from the 1 s metric reports and the signaling PING/PONG. One per session: it keeps its
 * state across reconnects (a new peer connection's first sample is skipped), as Chime does.
 *
 * - Reconnect (Chime's `ReconnectionHealthPolicy`), after a grace from the connection start:
 *   25 samples in a row without bytes or STUN received on any candidate pair (counted once
 *   some were received), 4 missed PONGs in a row, or more than 10 samples in a row with an
 *   audio speaker delay over 60 s.
 * - Poor audio (Chime's `UnusableAudioWarningConnectionHealthPolicy`): once 15 samples exist,
 *   receiving less than half of the 50 audio packets a second expected over the last 15 makes
 *   the connection poor (`connectionDidSuggestStopVideo` instead while video is shown);
 *   nothing changes for a cooldown of 60 s after such a warning, then it becomes good again
 *   once the loss is gone; after 2 warnings it is no longer reported.
 */
export class ConnectionHealth {
  readonly #options: ConnectionHealthOptions;
  readonly #config: ConnectionHealthPolicyConfiguration;
  readonly #data: ConnectionHealthData;
  #reconnect = false;
  #audioDelaySamples = 0;
  #audioHealthy = true;
  #warnings = 0;
  #lastWarningMs = -Infinity;
  #receivedSomething = false;
  #lastBytes = 0;
  #lastStun = 0;
  #sendKbps = 0;
  #receiveKbps = 0;
  #videoInReport = false;
  #sendingInReport = false;

  constructor(options: ConnectionHealthOptions) {
    this.#options = options;
    this.#config = { ...new ConnectionHealthPolicyConfiguration(), ...options.configuration };
    this.#data = {
      connectionStartTimestampMs: this.#now(),
      consecutiveMissedPongs: 0,
      consecutiveStatsWithNoPackets: 0,
      consecutiveStatsWithNoAudioPacketsSent: 0,
      lastPacketLossInboundTimestampMs: 0,
      packetsReceivedInLastMinute: [],
      fractionPacketsLostInboundInLastMinute: [],
      audioSpeakerDelayMs: 0,
      isVideoEncoderHardware: false,
      videoEncodingTimeInMs: 0,
      videoEncodingTimePerFrameInMs: 0,
      cpuLimitationDuration: 0,
      videoInputFps: 0,
      videoEncodeFps: 0,
    };
  }

  /** The connection (re)connected: the reconnection grace starts again (Chime's `setConnectionStartTime`). */
  connectionStarted(): void {
    this.#data.connectionStartTimestampMs = this.#now();
  }

  /** Whether a reconnection rule holds now. */
  shouldReconnect(): boolean {
    return this.#reconnect;
  }

  /**
   * Whether the connection does badly right now: most expected audio is missing, or PINGs go
   * unanswered. Unlike the observer calls, this is not rate-limited.
   */
  get poor(): boolean {
    return this.#recentAudioLoss() >= this.#config.fractionalLoss || this.#data.consecutiveMissedPongs > 0;
  }

  /** A snapshot of the current data. */
  data(): ConnectionHealthData {
    const data = this.#data;
    return {
      ...data,
      packetsReceivedInLastMinute: [...data.packetsReceivedInLastMinute],
      fractionPacketsLostInboundInLastMinute: [...data.fractionPacketsLostInboundInLastMinute],
    };
  }

  pongReceived(): void {
    this.#data.consecutiveMissedPongs = 0;
    this.#changed();
  }

  /** `count` PINGs in a row went unanswered. */
  missedPong(count: number): void {
    this.#data.consecutiveMissedPongs = count;
    this.#changed();
  }

  report(report: ClientMetricReport): void {
    const metrics = report.getObservableMetrics();
    const data = this.#data;
    this.#videoInReport = Object.keys(report.getObservableVideoMetrics()).length > 0;
    this.#sendingInReport = report.getVideoUpstreamSsrcs().length > 0;
    this.#legacyVideoCalls(metrics);
    if (Number.isFinite(metrics.audioSpeakerDelayMs)) data.audioSpeakerDelayMs = metrics.audioSpeakerDelayMs;
    let bytes = 0;
    let stun = 0;
    const count = (value: unknown): number => (typeof value === 'number' ? value : 0);
    report.getRTCStatsReport().forEach((stat: Record<string, unknown>) => {
      if (stat['type'] !== 'candidate-pair') return;
      bytes += count(stat['bytesReceived']);
      stun += count(stat['requestsReceived']) + count(stat['responsesReceived']);
    });
    const newBytes = bytes - this.#lastBytes;
    const newStun = stun - this.#lastStun;
    this.#lastBytes = bytes;
    this.#lastStun = stun;
    const received = metrics.audioPacketsReceived;
    const loss = metrics.audioPacketsReceivedFractionLoss;
    // Counters of a new peer connection restart from zero: such a sample says nothing (as in Chime).
    if (!(received >= 0 && loss >= 0 && newBytes >= 0 && newStun >= 0)) return;
    addToMinute(data.packetsReceivedInLastMinute, received);
    addToMinute(data.fractionPacketsLostInboundInLastMinute, loss);
    if (newBytes > 0 || newStun > 0) {
      this.#receivedSomething = true;
      data.consecutiveStatsWithNoPackets = 0;
    } else if (this.#receivedSomething) {
      data.consecutiveStatsWithNoPackets++;
    }
    if (received === 0 || loss > 0) data.lastPacketLossInboundTimestampMs = this.#now();
    if (Number.isFinite(metrics.audioPacketsSent)) {
      data.consecutiveStatsWithNoAudioPacketsSent =
        metrics.audioPacketsSent > 0 ? 0 : data.consecutiveStatsWithNoAudioPacketsSent + 1;
    }
    this.#videoEncoding(report);
    this.#audioDelaySamples =
      data.audioSpeakerDelayMs > this.#config.maximumAudioDelayMs ? this.#audioDelaySamples + 1 : 0;
    this.#changed();
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  #localVideoStarted(): boolean {
    return this.#options.localVideoStarted?.() ?? this.#sendingInReport;
  }

  /** Chime 1.x: bandwidth changes (the first estimate is only recorded), and the camera's send rates. */
  #legacyVideoCalls(metrics: Record<string, number>): void {
    const observer = this.#options.observer;
    const nacks = metrics.nackCountReceivedPerSecond || 0;
    this.#sendKbps = changed(metrics.availableOutgoingBitrate, this.#sendKbps, (kbps, old) =>
      observer.videoSendBandwidthDidChange?.(kbps, old, nacks),
    );
    this.#receiveKbps = changed(metrics.availableIncomingBitrate, this.#receiveKbps, (kbps, old) =>
      observer.videoReceiveBandwidthDidChange?.(kbps, old),
    );
    if (!this.#localVideoStarted()) return;
    observer.videoSendHealthDidChange?.(
      (metrics.videoUpstreamBitrate || 0) / 1000,
      metrics.videoPacketSentPerSecond || 0,
    );
  }

  /** Chime's video encoding health data, summed over the camera's streams (simulcast has several). */
  #videoEncoding(report: ClientMetricReport): void {
    const ssrcs = this.#localVideoStarted() ? report.getVideoUpstreamSsrcs() : [];
    const value = (name: string, ssrc: number): number =>
      report.getObservableVideoMetricValue(name, ssrc) || 0;
    const sum = (name: string): number => ssrcs.reduce((total, ssrc) => total + value(name, ssrc), 0);
    const encodeMs = sum('videoUpstreamTotalEncodeTimePerSecond');
    const encodeFps = sum('videoUpstreamFramesEncodedPerSecond');
    Object.assign(this.#data, {
      isVideoEncoderHardware: ssrcs.some((ssrc) => value('videoUpstreamEncoderImplementation', ssrc) === 1),
      videoEncodingTimeInMs: encodeMs,
      videoEncodingTimePerFrameInMs: encodeFps > 0 ? encodeMs / encodeFps : 0,
      cpuLimitationDuration: sum('videoUpstreamCpuQualityLimitationDurationPerSecond'),
      videoInputFps: sum('videoUpstreamFramesInputPerSecond'),
      videoEncodeFps: encodeFps,
    });
  }

  #changed(): void {
    this.#options.observer.connectionHealthDidChange?.(this.data());
    this.#checkReconnect();
    this.#checkAudio();
  }

  #checkReconnect(): void {
    const config = this.#config;
    const data = this.#data;
    let reason: ReconnectReason | undefined;
    if (this.#now() >= data.connectionStartTimestampMs + config.connectionWaitTimeMs) {
      if (data.consecutiveStatsWithNoPackets >= config.connectionUnhealthyThreshold) reason = 'no-packets';
      else if (data.consecutiveMissedPongs >= config.missedPongsUpperThreshold) reason = 'missed-pongs';
      else if (this.#audioDelaySamples > config.maximumAudioDelayDataPoints) reason = 'audio-delay';
    }
    if (reason === 'audio-delay') this.#audioDelaySamples = 0;
    if (reason && !this.#reconnect) {
      this.#options.logger.warn(`connection health: reconnection needed (${reason})`);
      this.#options.reconnectNeeded?.(reason);
    }
    this.#reconnect = reason !== undefined;
  }

  #checkAudio(): void {
    const now = this.#now();
    const config = this.#config;
    if (now - this.#lastWarningMs < config.cooldownTimeMs) return;
    let healthy = true;
    if (this.#recentAudioLoss() >= config.fractionalLoss) {
      healthy = false;
      if (this.#audioHealthy) {
        this.#lastWarningMs = now;
        healthy = ++this.#warnings > config.maximumTimesToWarn;
      }
    }
    if (healthy === this.#audioHealthy) return;
    this.#audioHealthy = healthy;
    const observer = this.#options.observer;
    if (healthy) observer.connectionDidBecomeGood?.();
    else if (this.#options.videoTilesWithStreams?.() ?? this.#videoInReport)
      observer.connectionDidSuggestStopVideo?.();
    else observer.connectionDidBecomePoor?.();
  }

  /** The share of expected audio packets missing over the last samples (0 until there are enough). */
  #recentAudioLoss(): number {
    const { pastSamplesToConsider: samples, packetsExpected } = this.#config;
    const window = this.#data.packetsReceivedInLastMinute;
    if (window.length < samples) return 0;
    const received = window.slice(0, samples).reduce((sum, n) => sum + n, 0);
    return Math.min(Math.max(1 - received / (samples * packetsExpected), 0), 1);
  }
}

/** The new estimate in kbps; a change from an earlier non-zero estimate is reported. */
function changed(
  bitsPerSecond: number,
  lastKbps: number,
  report: (kbps: number, old: number) => void,
): number {
  if (Number.isNaN(bitsPerSecond)) return lastKbps;
  const kbps = bitsPerSecond / 1000;
  if (kbps !== lastKbps && lastKbps !== 0) report(kbps, lastKbps);
  return kbps;
}

function addToMinute(window: number[], value: number): void {
  window.unshift(value);
  if (window.length > 60) window.pop();
}
