/**
 * Chime's `ClientMetricReport` over two successive `getStats()` reports: observable metrics for
 * applications, per-attendee video metrics, and the CLIENT_METRIC frame the official client sends.
 * Every value is derived from standard WebRTC stats; rates use the stats' own timestamps.
 */
import { SdkStreamDimension, SdkStreamMediaType } from '../protocol/frame.ts';
import type {
  ISdkClientMetricFrame,
  ISdkMetric,
  ISdkStreamMetricFrame,
  SdkMetric,
} from '../protocol/frame.ts';

export type StreamDirection = 'inbound' | 'outbound';

/** What the session knows about SSRCs (SUBSCRIBE_ACK `tracks`, INDEX, its own send streams). */
export interface SsrcMapping {
  localAttendeeId: string;
  /** The attendee of a stream; outbound streams without one are the local attendee's. */
  attendeeIdForSsrc(ssrc: number, direction: StreamDirection): string | undefined;
  /** The signaling stream id of a stream, for CLIENT_METRIC. */
  streamIdForSsrc?(ssrc: number, direction: StreamDirection): number | undefined;
}

type Stat = Record<string, unknown>;
interface Sample {
  cur: Stat;
  prev: Stat | undefined;
}
interface Stream extends Sample {
  ssrc: number;
  /** `audio-in`, `audio-out`, `video-in` or `video-out`. */
  source: string;
}

/**
 * How a value is derived from a stat field (Chime's transforms): `raw`; `ms` (seconds → ms);
 * `count` and `bits` (a counter per second, truncated; bytes → bits); `time` (a seconds counter
 * → ms per second); `loss` (lost / (lost + sent or received) over the interval, in percent);
 * `buffer` (jitter buffer delay per emitted sample, ms); `decoderLoss` (concealed samples, %).
 */
const HOWS = ['raw', 'ms', 'count', 'bits', 'time', 'loss', 'buffer', 'decoderLoss'];

interface Row {
  source: string;
  field: string;
  how: string;
  names: string[];
}

/**
 * A table of rows of whitespace-separated columns, `#` starting a comment (the build drops the
 * comments and the padding, see vite.config.ts).
 */
function table([text = '']: TemplateStringsArray): Row[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [source = '', field = '', how = '', ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
      if (!HOWS.includes(how)) throw new Error(`metric table: ${line.trim()}`);
      return { source, field, how, names };
    });
}

/** `getObservableMetrics()`: source (its lowest SSRC, the ICE pair or the mic), field, how, name. */
const OBSERVABLE = table`
  audio-in   packetsReceived           count        audioPacketsReceived
  audio-in   packetsLost               loss         audioPacketsReceivedFractionLoss
  audio-in   concealedSamples          decoderLoss  audioDecoderLoss
  audio-out  packetsSent               count        audioPacketsSent
  audio-out  packetsLost               loss         audioPacketLossPercent
  audio-out  roundTripTime             ms           audioUpstreamRoundTripTimeMs
  video-out  bytesSent                 bits         videoUpstreamBitrate
  video-out  packetsSent               count        videoPacketSentPerSecond
  audio-in   jitterBufferDelay         buffer       audioSpeakerDelayMs
  audio-out  jitter                    ms           audioUpstreamJitterMs
  audio-in   jitter                    ms           audioDownstreamJitterMs
  video-out  nackCount                 count        nackCountReceivedPerSecond
  pair       availableOutgoingBitrate  raw          availableOutgoingBitrate
  pair       availableIncomingBitrate  raw          availableIncomingBitrate
  pair       currentRoundTripTime      ms           currentRoundTripTimeMs
  audio-in   audioLevel                raw          audioDownstreamLevel
  mic        audioLevel                raw          audioUpstreamLevel
`;

/**
 * CLIENT_METRIC metrics and `getObservableVideoMetrics()` keys: source, field, how, SdkMetric type
 * (its number, the name in the comment: test/unit/metrics.test.ts checks that they agree), key.
 */
const METRICS = table`
  pair       availableIncomingBitrate  raw          4                                             # VIDEO_AVAILABLE_RECEIVE_BANDWIDTH
  pair       availableOutgoingBitrate  raw          2                                             # VIDEO_AVAILABLE_SEND_BANDWIDTH
  pair       currentRoundTripTime      ms           7                                             # STUN_RTT_MS
  pair       packetsDiscardedOnSend    count        8                                             # SOCKET_DISCARDED_PPS
  mic        audioLevel                raw          97                                            # RTC_MIC_AUDIO_LEVEL
  audio-out  jitter                    ms           9                                             # RTC_MIC_JITTER_MS
  audio-out  packetsSent               count        10                                            # RTC_MIC_PPS
  audio-out  bytesSent                 bits         12                                            # RTC_MIC_BITRATE
  audio-out  roundTripTime             ms           13                                            # RTC_MIC_RTT_MS
  audio-out  packetsLost               loss         11                                            # RTC_MIC_FRACTION_PACKET_LOST_PERCENT
  audio-in   concealedSamples          decoderLoss  17                                            # RTC_SPK_FRACTION_DECODER_LOSS_PERCENT
  audio-in   packetsReceived           count        14                                            # RTC_SPK_PPS
  audio-in   packetsLost               loss         15                                            # RTC_SPK_FRACTION_PACKET_LOST_PERCENT
  audio-in   jitter                    ms           16                                            # RTC_SPK_JITTER_MS
  audio-in   jitterBufferDelay         buffer       20                                            # RTC_SPK_JITTER_BUFFER_MS
  audio-in   bytesReceived             bits         18                                            # RTC_SPK_BITRATE
  audio-in   audioLevel                raw          96                                            # RTC_SPK_AUDIO_LEVEL
  video-out  roundTripTime             ms           21   videoUpstreamRoundTripTimeMs             # VIDEO_SENT_RTT_MS
  video-out  nackCount                 count        23                                            # VIDEO_NACKS_RECEIVED
  video-out  pliCount                  count        24                                            # VIDEO_PLIS_RECEIVED
  video-out  firCount                  count        29                                            # VIDEO_FIRS_RECEIVED
  video-out  framesPerSecond           raw          26   videoUpstreamFramesInputPerSecond        # VIDEO_INPUT_FPS
  video-out  framesEncoded             count        27   videoUpstreamFramesEncodedPerSecond      # VIDEO_ENCODE_FPS
  video-out  packetsSent               count        30   videoUpstreamPacketsSent                 # VIDEO_SENT_PPS
  video-out  packetsLost               loss         31   videoUpstreamPacketLossPercent           # VIDEO_SENT_FRACTION_PACKET_LOST_PERCENT
  video-out  bytesSent                 bits         32   videoUpstreamBitrate                     # VIDEO_SENT_BITRATE
  video-out  qpSum                     count        66                                            # VIDEO_SENT_QP_SUM
  video-out  frameHeight               raw          64   videoUpstreamFrameHeight                 # VIDEO_ENCODE_HEIGHT
  video-out  frameWidth                raw          86   videoUpstreamFrameWidth                  # VIDEO_ENCODE_WIDTH
  video-out  jitter                    ms           108  videoUpstreamJitterMs                    # VIDEO_SENT_JITTER_MS
  video-out  totalEncodeTime           time         25   videoUpstreamTotalEncodeTimePerSecond    # VIDEO_ENCODE_MS
  video-out  hardwareCodec             raw          88   videoUpstreamEncoderImplementation       # VIDEO_ENCODER_IS_HARDWARE
  video-out  cpuLimitation             time         102  videoUpstreamCpuQualityLimitationDurationPerSecond # VIDEO_QUALITY_LIMITATION_DURATION_CPU
  video-out  inputWidth                raw          107                                           # VIDEO_INPUT_WIDTH
  video-out  inputHeight               raw          60                                            # VIDEO_INPUT_HEIGHT
  video-in   packetsReceived           count        37   videoDownstreamPacketsReceived           # VIDEO_RECEIVED_PPS
  video-in   packetsLost               loss         38   videoDownstreamPacketLossPercent         # VIDEO_RECEIVED_FRACTION_PACKET_LOST_PERCENT
  video-in   framesReceived            raw          40                                            # VIDEO_RECEIVED_FPS
  video-in   framesDecoded             count        41   videoDownstreamFramesDecodedPerSecond    # VIDEO_DECODE_FPS
  video-in   nackCount                 count        42                                            # VIDEO_NACKS_SENT
  video-in   firCount                  count        43                                            # VIDEO_FIRS_SENT
  video-in   pliCount                  count        48                                            # VIDEO_PLIS_SENT
  video-in   bytesReceived             bits         44   videoDownstreamBitrate                   # VIDEO_RECEIVED_BITRATE
  video-in   jitter                    ms           49   videoDownstreamJitterMs                  # VIDEO_RECEIVED_JITTER_MS
  video-in   jitterBufferDelay         buffer       46   videoDownstreamDelayMs                   # VIDEO_JITTER_BUFFER_MS
  video-in   qpSum                     count        72                                            # VIDEO_RECEIVED_QP_SUM
  video-in   frameHeight               raw          69   videoDownstreamFrameHeight               # VIDEO_DECODE_HEIGHT
  video-in   frameWidth                raw          87   videoDownstreamFrameWidth                # VIDEO_DECODE_WIDTH
  video-in   totalDecodeTime           time         35                                            # VIDEO_DECODE_MS
  video-in   hardwareCodec             raw          89                                            # VIDEO_DECODER_IS_HARDWARE
  video-in   totalFreezesDuration      time         91                                            # VIDEO_FREEZE_DURATION
  video-in   freezeCount               count        90                                            # VIDEO_FREEZE_COUNT
  video-in   totalPausesDuration       time         93                                            # VIDEO_PAUSE_DURATION
  video-in   pauseCount                count        92                                            # VIDEO_PAUSE_COUNT
  video-in   framesDropped             count        33                                            # VIDEO_DROPPED_FPS
`.map((row) => ({ ...row, type: Number(row.names[0]) as SdkMetric.Type, key: row.names[1] }));

const num = (value: unknown): number => (typeof value === 'number' ? value : NaN);

/** One metric of one sample; NaN when the stat lacks the field, or for a rate of its first sample. */
function derive({ cur, prev }: Sample, field: string, how: string): number {
  const value = num(cur[field]);
  if (how === 'raw') return value;
  if (how === 'ms') return value * 1000;
  if (Number.isNaN(value) || !prev) return NaN;
  const delta = (f: string): number => num(cur[f]) - num(prev[f]);
  const seconds = (num(cur['timestamp']) - num(prev['timestamp'])) / 1000;
  if (how === 'loss') {
    const lost = delta(field);
    const total = lost + delta(cur['type'] === 'outbound-rtp' ? 'packetsSent' : 'packetsReceived');
    return total > 0 && lost > 0 ? (lost * 100) / total : 0;
  }
  if (how === 'buffer') {
    const delay = delta('jitterBufferDelay');
    const emitted = delta('jitterBufferEmittedCount');
    return delay > 0 && emitted > 0 ? (delay / emitted) * 1000 : 0;
  }
  if (how === 'decoderLoss') {
    const concealed = delta('concealedSamples');
    const total = delta('totalSamplesReceived');
    return total > 0 && total > concealed ? (concealed / total) * 100 : 0;
  }
  const change = delta(field) * (how === 'bits' ? 8 : how === 'time' ? 1000 : 1);
  if (!(seconds > 0 && change > 0)) return 0;
  return how === 'time' ? change / seconds : Math.trunc(change / seconds);
}

const HARDWARE_CODEC = /ExternalEncoder|ExternalDecoder|EncodeAccelerator|DecodeAccelerator/;

/**
 * The stats that matter, by source: `pair` (the selected ICE candidate pair), `mic` (the audio
 * media source) and one entry per RTP stream, `<source> <ssrc>`. An outbound stream carries its
 * `remote-inbound-rtp` fields (loss, jitter, RTT as the far end reports them), as in Chime.
 */
function collect(report: RTCStatsReport | undefined): Map<string, Stat> {
  const stats: Stat[] = [];
  report?.forEach((stat: Stat) => stats.push(stat));
  const byId = new Map(stats.map((stat) => [stat['id'], stat]));
  const found = new Map<string, Stat>();
  const selected = stats.find((s) => s['type'] === 'transport' && s['selectedCandidatePairId']);
  const pair =
    byId.get(selected?.['selectedCandidatePairId']) ??
    stats.find((s) => s['type'] === 'candidate-pair' && s['nominated'] && s['state'] === 'succeeded');
  if (pair) found.set('pair', pair);
  const mic = stats.find((s) => s['type'] === 'media-source' && s['kind'] === 'audio');
  if (mic) found.set('mic', mic);
  for (const stat of stats) {
    const outbound = stat['type'] === 'outbound-rtp';
    if (!outbound && stat['type'] !== 'inbound-rtp') continue;
    const remote = outbound
      ? stats.find((s) => s['type'] === 'remote-inbound-rtp' && s['ssrc'] === stat['ssrc'])
      : undefined;
    const input = byId.get(stat['mediaSourceId']);
    const codec = stat['encoderImplementation'] ?? stat['decoderImplementation'];
    const limitations = stat['qualityLimitationDurations'] as Record<string, unknown> | undefined;
    found.set(`${String(stat['kind'])}-${outbound ? 'out' : 'in'} ${String(stat['ssrc'])}`, {
      ...remote,
      ...stat,
      cpuLimitation: limitations?.['cpu'],
      inputWidth: input?.['width'],
      inputHeight: input?.['height'],
      hardwareCodec:
        typeof codec === 'string'
          ? Number(HARDWARE_CODEC.test(codec) && !codec.includes('fallback from'))
          : undefined,
    });
  }
  return found;
}

const NO_SAMPLE: Sample = { cur: {}, prev: undefined };

/** Chime's metric report: what `metricsDidReceive(report)` receives every second. */
export class ClientMetricReport {
  readonly #report: RTCStatsReport;
  readonly #mapping: SsrcMapping;
  readonly #overrides: ReadonlyMap<string, number>;
  readonly #global = new Map<string, Sample>();
  /** RTP streams by SSRC, lowest first. */
  readonly #streams: Stream[] = [];

  /** When the stats were taken, and the previous time (0 for the first report). */
  readonly currentTimestampMs: number;
  readonly previousTimestampMs: number;

  constructor(
    report: RTCStatsReport,
    previous: RTCStatsReport | undefined,
    mapping: SsrcMapping,
    options: {
      overrides?: ReadonlyMap<string, number>;
      timestampMs?: number;
      previousTimestampMs?: number;
    } = {},
  ) {
    this.#report = report;
    this.#mapping = mapping;
    this.#overrides = options.overrides ?? new Map();
    this.currentTimestampMs = options.timestampMs ?? 0;
    this.previousTimestampMs = options.previousTimestampMs ?? 0;
    const before = collect(previous);
    for (const [key, cur] of collect(report)) {
      const old = before.get(key);
      const sample = { cur, prev: old?.['id'] === cur['id'] ? old : undefined };
      const [source, ssrc] = key.split(' ');
      if (ssrc === undefined) this.#global.set(key, sample);
      else this.#streams.push({ ...sample, source: source ?? '', ssrc: Number(ssrc) });
    }
    this.#streams.sort((a, b) => a.ssrc - b.ssrc);
  }

  /** One value of {@link getObservableMetrics}. */
  getObservableMetricValue(name: string): number {
    const override = this.#overrides.get(name);
    if (override !== undefined) return override;
    const spec = OBSERVABLE.find((row) => row.names[0] === name);
    if (!spec) return NaN;
    const { source, field, how } = spec;
    const sample = this.#global.get(source) ?? this.#streams.find((stream) => stream.source === source);
    if (!sample) return source === 'pair' || source === 'mic' ? derive(NO_SAMPLE, field, how) : 0;
    return derive(sample, field, how);
  }

  /** Chime's observable metrics: 0 without such a stream, NaN when the browser lacks the stat. */
  getObservableMetrics(): Record<string, number> {
    const names = OBSERVABLE.map((row) => row.names[0] ?? '');
    return Object.fromEntries(names.map((name) => [name, this.getObservableMetricValue(name)]));
  }

  /** One value of {@link getObservableVideoMetrics} for one SSRC (NaN if unknown). */
  getObservableVideoMetricValue(name: string, ssrc: number): number {
    const stream = this.#streams.find((s) => s.ssrc === ssrc && s.source.startsWith('video'));
    const spec = METRICS.find((m) => m.key === name && m.source === stream?.source);
    return stream && spec ? derive(stream, spec.field, spec.how) : NaN;
  }

  /**
   * Video metrics by attendee id, then SSRC: the local attendee's send streams and the received
   * streams the session can name. Keys whose stat the browser lacks are left out, as in Chime.
   */
  getObservableVideoMetrics(): Record<string, Record<string, Record<string, number>>> {
    const result: Record<string, Record<string, Record<string, number>>> = {};
    for (const stream of this.#streams) {
      const attendeeId = stream.source.startsWith('video') ? this.#attendeeId(stream) : undefined;
      if (!attendeeId) continue;
      const metrics: Record<string, number> = {};
      for (const { source, field, how, key } of METRICS) {
        if (source !== stream.source || !key) continue;
        const value = derive(stream, field, how);
        if (!Number.isNaN(value)) metrics[key] = value;
      }
      (result[attendeeId] ??= {})[stream.ssrc] = metrics;
    }
    return result;
  }

  /** SSRCs of the video this client sends (several with simulcast). */
  getVideoUpstreamSsrcs(): number[] {
    return this.#streams.filter((s) => s.source === 'video-out').map((s) => s.ssrc);
  }

  /** The raw `getStats()` report. */
  getRTCStatsReport(): RTCStatsReport {
    return this.#report;
  }

  /**
   * The CLIENT_METRIC body the official client sends each second: the metric types its
   * `StatsCollector` fills, from the stats this browser has. Received video the session cannot
   * name is left out, as Chime leaves out SSRCs it has no stream id for.
   */
  clientMetricFrame(): ISdkClientMetricFrame {
    const metricsOf = (sample: Sample, source: string): ISdkMetric[] =>
      METRICS.filter((m) => m.source === source)
        .map(({ field, how, type }) => ({ type, value: derive(sample, field, how) }))
        .filter((metric) => !Number.isNaN(metric.value));
    const streamMetricFrames: ISdkStreamMetricFrame[] = [];
    for (const stream of this.#streams) {
      if (stream.source === 'video-in' && !this.#attendeeId(stream)) continue;
      const direction = stream.source.endsWith('out') ? 'outbound' : 'inbound';
      const codec = stream.cur['encoderImplementation'] ?? stream.cur['decoderImplementation'];
      const dimension =
        direction === 'outbound'
          ? SdkStreamDimension.Type.VIDEO_ENCODER_NAME
          : SdkStreamDimension.Type.VIDEO_DECODER_NAME;
      streamMetricFrames.push({
        streamId: this.#mapping.streamIdForSsrc?.(stream.ssrc, direction) ?? null,
        mediaType: stream.source.startsWith('audio') ? SdkStreamMediaType.AUDIO : SdkStreamMediaType.VIDEO,
        metrics: metricsOf(stream, stream.source),
        dimensions: typeof codec === 'string' ? [{ type: dimension, value: { stringValue: codec } }] : [],
      });
    }
    const globalMetrics = [...this.#global].flatMap(([source, sample]) => metricsOf(sample, source));
    return { globalMetrics, streamMetricFrames };
  }

  #attendeeId(stream: Stream): string | undefined {
    const outbound = stream.source.endsWith('out');
    const attendeeId = this.#mapping.attendeeIdForSsrc(stream.ssrc, outbound ? 'outbound' : 'inbound');
    return attendeeId ?? (outbound ? this.#mapping.localAttendeeId : undefined);
  }
}
