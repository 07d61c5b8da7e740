import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LogLevel } from '../../src/logging/LogLevel.ts';
import {
  SdkClientMetricFrame,
  SdkMetric,
  SdkStreamDimension,
  SdkStreamMediaType,
} from '../../src/protocol/service-frame.ts';
import type { ISdkClientMetricFrame } from '../../src/protocol/service-frame.ts';
import { ClientMetricReport } from '../../src/metrics/ClientMetricReport.ts';
import type { SsrcMapping } from '../../src/metrics/ClientMetricReport.ts';
import { StatsCollector } from '../../src/metrics/StatsCollector.ts';
import { ConnectionHealth } from '../../src/metrics/ConnectionHealth.ts';
import type { ConnectionHealthData, ConnectionHealthOptions } from '../../src/metrics/ConnectionHealth.ts';
import { RecordingLogger, flush } from './helpers/fakes.ts';

type Stat = Record<string, unknown>;

/** An `RTCStatsReport`-like Map keyed by each stat's id. */
function statsReport(...stats: Stat[]): RTCStatsReport {
  return new Map(stats.map((stat) => [String(stat['id']), stat])) as unknown as RTCStatsReport;
}

/** An RTP stream stat: `type` is `inbound-rtp`, `outbound-rtp` or `remote-inbound-rtp`. */
function rtp(type: string, kind: string, ssrc: number, timestamp: number, fields: Stat = {}): Stat {
  const prefix = { 'inbound-rtp': 'I', 'outbound-rtp': 'O', 'remote-inbound-rtp': 'RI' }[type];
  return { id: `${prefix}${kind}${ssrc}`, type, kind, ssrc, timestamp, ...fields };
}

function pair(id: string, fields: Stat = {}): Stat {
  return { id, type: 'candidate-pair', state: 'succeeded', nominated: true, ...fields };
}

const mapping: SsrcMapping = {
  localAttendeeId: 'self',
  attendeeIdForSsrc: (ssrc, direction) => (direction === 'inbound' ? { 2001: 'bob' }[ssrc] : undefined),
  streamIdForSsrc: (ssrc) => ({ 1001: 11, 2001: 21 })[ssrc],
};

describe('ClientMetricReport', () => {
  it('computes rates from two samples: bits = bytes × 8 over the seconds between the timestamps', () => {
    const first = statsReport(
      rtp('outbound-rtp', 'video', 1001, 1000, { bytesSent: 10_000, packetsSent: 100 }),
    );
    const second = statsReport(
      rtp('outbound-rtp', 'video', 1001, 3000, { bytesSent: 260_000, packetsSent: 300 }),
    );
    const alone = new ClientMetricReport(first, undefined, mapping).getObservableMetrics();
    assert.ok(Number.isNaN(alone.videoUpstreamBitrate), 'no rate from one sample');
    const metrics = new ClientMetricReport(second, first, mapping).getObservableMetrics();
    assert.equal(metrics.videoUpstreamBitrate, 1_000_000);
    assert.equal(metrics.videoPacketSentPerSecond, 100);
    assert.equal(metrics.audioPacketsSent, 0, 'no such stream: 0, as in Chime');
  });

  it('derives audio loss (percent), jitter, speaker delay and round trip time, both ways', () => {
    const sample = (
      t: number,
      received: number,
      lost: number,
      delay: number,
      emitted: number,
      sent: number,
    ) =>
      statsReport(
        rtp('inbound-rtp', 'audio', 7, t, {
          ...{ packetsReceived: received, packetsLost: lost, jitter: 0.012 },
          ...{ jitterBufferDelay: delay, jitterBufferEmittedCount: emitted },
        }),
        rtp('outbound-rtp', 'audio', 8, t, { packetsSent: sent }),
        rtp('remote-inbound-rtp', 'audio', 8, t, {
          packetsLost: lost / 5,
          roundTripTime: 0.08,
          jitter: 0.004,
        }),
      );
    const metrics = new ClientMetricReport(
      sample(2000, 1045, 15, 2500, 96_000, 550),
      sample(1000, 1000, 10, 100, 48_000, 500),
      mapping,
    ).getObservableMetrics();
    assert.equal(metrics.audioPacketsReceived, 45);
    assert.equal(metrics.audioPacketsReceivedFractionLoss, 10);
    assert.equal(metrics.audioSpeakerDelayMs, 50);
    assert.equal(metrics.audioDownstreamJitterMs, 12);
    assert.equal(metrics.audioPacketsSent, 50);
    assert.equal(metrics.audioPacketLossPercent, (1 * 100) / 51);
    assert.equal(metrics.audioUpstreamRoundTripTimeMs, 80);
    assert.equal(metrics.audioUpstreamJitterMs, 4);
  });

  it('takes available bitrates and the round trip time from the selected candidate pair', () => {
    const pairs = [
      pair('CP1', { availableOutgoingBitrate: 1_500_000 }),
      pair('CP2', {
        availableOutgoingBitrate: 300_000,
        availableIncomingBitrate: 2e6,
        currentRoundTripTime: 0.05,
      }),
      pair('CP3', { state: 'failed', nominated: false, availableOutgoingBitrate: 1 }),
    ];
    const transport = { id: 'T', type: 'transport', selectedCandidatePairId: 'CP2' };
    const selected = new ClientMetricReport(statsReport(...pairs, transport), undefined, mapping);
    assert.equal(selected.getObservableMetricValue('availableOutgoingBitrate'), 300_000);
    assert.equal(selected.getObservableMetricValue('availableIncomingBitrate'), 2_000_000);
    assert.equal(selected.getObservableMetricValue('currentRoundTripTimeMs'), 50);
    const nominated = new ClientMetricReport(
      statsReport(...pairs),
      undefined,
      mapping,
    ).getObservableMetrics();
    assert.equal(nominated.availableOutgoingBitrate, 1_500_000);
    assert.ok(Number.isNaN(nominated.availableIncomingBitrate), 'Chromium has no incoming estimate: NaN');
    const overridden = new ClientMetricReport(statsReport(), undefined, mapping, {
      overrides: new Map([['availableIncomingBitrate', 700_000]]),
    }).getObservableMetrics();
    assert.ok(Number.isNaN(overridden.availableOutgoingBitrate));
    assert.equal(overridden.availableIncomingBitrate, 700_000);
  });

  it('keys video metrics by attendee id and SSRC, leaving out streams and stats it cannot name', () => {
    const sample = (t: number, k: number) =>
      statsReport(
        rtp('outbound-rtp', 'video', 1001, t, {
          bytesSent: 125_000 * k,
          packetsSent: 120 * k,
          framesEncoded: 30 * k,
        }),
        rtp('outbound-rtp', 'video', 1002, t, {
          bytesSent: 25_000 * k,
          packetsSent: 40 * k,
          frameWidth: 320,
        }),
        rtp('remote-inbound-rtp', 'video', 1001, t, { roundTripTime: 0.1 }),
        rtp('inbound-rtp', 'video', 2001, t, {
          ...{ bytesReceived: 250_000 * k, packetsReceived: 190 * k },
          ...{ packetsLost: 10 * k, framesDecoded: 24 * k, frameHeight: 720 },
        }),
        rtp('inbound-rtp', 'video', 2002, t, { bytesReceived: 1000 * k }),
      );
    const report = new ClientMetricReport(sample(2000, 1), sample(1000, 0), mapping);
    assert.deepEqual(report.getObservableVideoMetrics(), {
      self: {
        1001: {
          videoUpstreamBitrate: 1_000_000,
          videoUpstreamPacketsSent: 120,
          videoUpstreamFramesEncodedPerSecond: 30,
          videoUpstreamRoundTripTimeMs: 100,
        },
        1002: { videoUpstreamBitrate: 200_000, videoUpstreamPacketsSent: 40, videoUpstreamFrameWidth: 320 },
      },
      bob: {
        2001: {
          videoDownstreamBitrate: 2_000_000,
          videoDownstreamPacketsReceived: 190,
          videoDownstreamPacketLossPercent: 5,
          videoDownstreamFramesDecodedPerSecond: 24,
          videoDownstreamFrameHeight: 720,
        },
      },
    });
    assert.deepEqual(report.getVideoUpstreamSsrcs(), [1001, 1002]);
    assert.equal(report.getObservableVideoMetricValue('videoDownstreamBitrate', 2001), 2_000_000);
  });
});

/** A peer connection whose `getStats()` answers the test queues; none queued: it never answers. */
function fakePeer() {
  const answers: Array<RTCStatsReport | Error> = [];
  let calls = 0;
  const getStats = () => {
    calls++;
    const answer = answers.shift();
    if (answer === undefined) return new Promise(() => {});
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { peer: { getStats } as unknown as RTCPeerConnection, answers, calls: () => calls };
}

/** A collector on a fake interval timer. */
function collector(peer: () => RTCPeerConnection | undefined) {
  const timers: Array<{ fn: () => void; ms: number; cleared: boolean }> = [];
  const reports: ClientMetricReport[] = [];
  const frames: ISdkClientMetricFrame[] = [];
  const logger = new RecordingLogger();
  const stats = new StatsCollector({
    ...mapping,
    peer,
    onReport: (report) => reports.push(report),
    sendClientMetric: (frame) => frames.push(frame),
    now: () => 42,
    setInterval: (fn, ms) => timers.push({ fn, ms, cleared: false }) - 1,
    clearInterval: (handle) => (timers[handle as number]!.cleared = true),
    logger,
  });
  const tick = async () => {
    timers.at(-1)!.fn();
    await flush();
  };
  return { stats, timers, reports, frames, logger, tick };
}

const videoSent = (t: number, bytesSent: number) =>
  statsReport(rtp('outbound-rtp', 'video', 1001, t, { bytesSent }));

describe('ClientMetricReport metric table', () => {
  it('has each SdkMetric type number as its comment names it, each type once', () => {
    const source = readFileSync(new URL('../../src/metrics/ClientMetricReport.ts', import.meta.url), 'utf8');
    const rows = [...source.matchAll(/^ {2}[\w-]+ +\w+ +\w+ +(\d+) +(?:\w+ +)?# (\w+)$/gm)];
    assert.equal(rows.length, 55);
    for (const [, type, name] of rows) {
      assert.equal(Number(type), (SdkMetric.Type as unknown as Record<string, number>)[name!], name);
    }
    assert.equal(new Set(rows.map((row) => row[1])).size, rows.length);
  });
});

describe('StatsCollector', () => {
  it('samples every 1000 ms while there is a peer connection, and skips a failed getStats', async () => {
    const { peer, answers, calls } = fakePeer();
    let current: RTCPeerConnection | undefined = undefined;
    const c = collector(() => current);
    c.stats.start();
    c.stats.start();
    assert.deepEqual(
      c.timers.map((t) => t.ms),
      [1000],
    );
    await c.tick();
    assert.equal(calls(), 0, 'no peer connection yet');
    current = peer;
    answers.push(new Error('closed'), videoSent(1000, 0), videoSent(2000, 1000));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    await c.tick();
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onUnhandled);
    assert.deepEqual(unhandled, []);
    assert.equal(c.reports.length, 0);
    assert.match(c.logger.at(LogLevel.DEBUG).join('\n'), /getStats failed: closed/);
    await c.tick();
    await c.tick();
    assert.equal(c.reports.length, 2);
    assert.equal(c.reports[1]!.getObservableMetrics().videoUpstreamBitrate, 8000);
    assert.equal(c.reports[1]!.currentTimestampMs, 42);
  });

  it('starts rates afresh on a new peer connection and drops a sample pending at stop', async () => {
    const a = fakePeer();
    const b = fakePeer();
    let current = a.peer;
    const c = collector(() => current);
    c.stats.start();
    a.answers.push(videoSent(1000, 0));
    await c.tick();
    current = b.peer;
    b.answers.push(videoSent(2000, 1000));
    await c.tick();
    assert.ok(Number.isNaN(c.reports[1]!.getObservableMetrics().videoUpstreamBitrate));
    let answer: (report: RTCStatsReport) => void = () => {};
    current = {
      getStats: () => new Promise((resolve) => (answer = resolve)),
    } as unknown as RTCPeerConnection;
    await c.tick();
    c.stats.stop();
    assert.equal(c.timers[0]!.cleared, true);
    answer(videoSent(3000, 2000));
    await flush();
    assert.equal(c.reports.length, 2);
  });

  it('sends the CLIENT_METRIC frame with the metric types the official client fills', async () => {
    const { peer, answers } = fakePeer();
    const c = collector(() => peer);
    const sample = (t: number, k: number) =>
      statsReport(
        pair('CP', { timestamp: t, availableOutgoingBitrate: 900_000, currentRoundTripTime: 0.05 }),
        rtp('outbound-rtp', 'audio', 8, t, { bytesSent: 4000 * k, packetsSent: 40 * k }),
        rtp('inbound-rtp', 'video', 2001, t, { bytesReceived: 50_000 * k, decoderImplementation: 'libvpx' }),
        rtp('inbound-rtp', 'video', 2002, t, { bytesReceived: 9 * k }),
      );
    answers.push(sample(1000, 0), sample(2000, 1));
    c.stats.start();
    await c.tick();
    await c.tick();
    const frame = SdkClientMetricFrame.decode(SdkClientMetricFrame.encode(c.frames[1]!).finish());
    const T = SdkMetric.Type;
    assert.deepEqual(
      frame.globalMetrics.map((m) => [m.type, m.value]),
      [
        [T.VIDEO_AVAILABLE_SEND_BANDWIDTH, 900_000],
        [T.STUN_RTT_MS, 50],
      ],
    );
    assert.deepEqual(
      frame.streamMetricFrames.map((s) => ({
        streamId: s.streamId,
        mediaType: s.mediaType,
        metrics: s.metrics.map((m) => [m.type, m.value]),
        dimensions: s.dimensions.map((d) => [d.type, d.value?.stringValue]),
      })),
      [
        {
          streamId: 0,
          mediaType: SdkStreamMediaType.AUDIO,
          metrics: [
            [T.RTC_MIC_PPS, 40],
            [T.RTC_MIC_BITRATE, 32_000],
          ],
          dimensions: [],
        },
        {
          streamId: 21,
          mediaType: SdkStreamMediaType.VIDEO,
          metrics: [
            [T.VIDEO_RECEIVED_BITRATE, 400_000],
            [T.VIDEO_DECODER_IS_HARDWARE, 0],
          ],
          dimensions: [[SdkStreamDimension.Type.VIDEO_DECODER_NAME, 'libvpx']],
        },
      ],
    );
  });
});

interface MeetingSample {
  /** Audio packets received, bytes received on the candidate pair, audio packets sent (this second). */
  audio?: number;
  bytes?: number;
  sent?: number;
  /** Available bitrates (bits/s); none when left out. */
  outgoing?: number;
  incoming?: number;
  /** Video bytes sent; no video send stream when left out. */
  video?: number;
}

/** Successive reports of a meeting, one a second, with cumulative counters. */
function meetingFeed() {
  let previous: RTCStatsReport | undefined;
  const total = { t: 0, audio: 0, bytes: 0, sent: 0, video: 0 };
  return (sample: MeetingSample) => {
    total.t += 1000;
    total.audio += sample.audio ?? 50;
    total.bytes += sample.bytes ?? 5000;
    total.sent += sample.sent ?? 50;
    total.video += sample.video ?? 0;
    const { t } = total;
    const stats = [
      rtp('inbound-rtp', 'audio', 7, t, { packetsReceived: total.audio, packetsLost: 0 }),
      rtp('outbound-rtp', 'audio', 8, t, { packetsSent: total.sent }),
      pair('CP', { bytesReceived: total.bytes }),
    ];
    Object.assign(stats[2]!, {
      availableOutgoingBitrate: sample.outgoing,
      availableIncomingBitrate: sample.incoming,
    });
    if (sample.video !== undefined) {
      const fields = { bytesSent: total.video, packetsSent: total.video / 1000, totalEncodeTime: t / 2000 };
      stats.push(rtp('outbound-rtp', 'video', 1001, t, fields));
    }
    const report = new ClientMetricReport(statsReport(...stats), previous, mapping);
    previous = report.getRTCStatsReport();
    return report;
  };
}

/** A ConnectionHealth on a fake clock, recording every observer call. */
function health(options: Partial<ConnectionHealthOptions> = {}) {
  const clock = { now: 0 };
  const calls: unknown[][] = [];
  const data: ConnectionHealthData[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push([name, ...args]);
  const monitor = new ConnectionHealth({
    observer: {
      connectionHealthDidChange: (snapshot) => data.push(snapshot),
      connectionDidBecomePoor: record('poor'),
      connectionDidBecomeGood: record('good'),
      connectionDidSuggestStopVideo: record('stop-video'),
      videoSendHealthDidChange: record('videoSendHealth'),
      videoSendBandwidthDidChange: record('videoSendBandwidth'),
      videoReceiveBandwidthDidChange: record('videoReceiveBandwidth'),
    },
    reconnectNeeded: record('reconnect'),
    now: () => clock.now,
    logger: new RecordingLogger(),
    ...options,
  });
  const feed = meetingFeed();
  /** `times` reports, the clock advancing `advanceMs` before each. */
  const sample = (s: MeetingSample = {}, times = 1, advanceMs = 1000) => {
    for (let i = 0; i < times; i++) {
      clock.now += advanceMs;
      monitor.report(feed(s));
    }
  };
  const named = (name: string) => calls.filter((call) => call[0] === name);
  return { monitor, clock, calls, data, sample, named };
}

describe('ConnectionHealth', () => {
  it('reports poor audio after 15 lossy samples, good only after the 60 s cooldown, at most twice', () => {
    const h = health();
    h.sample({}, 1); // the first report has no rates and only sets the baseline
    h.sample({ audio: 10 }, 14);
    assert.deepEqual(h.calls, [], 'fewer than 15 samples say nothing');
    h.sample({ audio: 10 });
    assert.deepEqual(h.calls.splice(0), [['poor']]);
    h.sample({ audio: 50 }, 59);
    assert.deepEqual(h.calls, [], 'no change during the cooldown');
    h.sample({ audio: 50 });
    assert.deepEqual(h.calls.splice(0), [['good']]);
    h.sample({ audio: 10 }, 9);
    assert.deepEqual(h.calls, [], '9 of 15 lossy samples: under half the packets missing');
    h.sample({ audio: 10 });
    assert.deepEqual(h.calls.splice(0), [['poor']]);
    h.sample({ audio: 50 }, 60);
    assert.deepEqual(h.calls.splice(0), [['good']]);
    h.sample({ audio: 0 }, 120);
    h.sample({ audio: 50 }, 120);
    assert.deepEqual(h.calls, [], 'no third warning');
  });

  it('suggests stopping video instead while video tiles show streams', () => {
    const h = health({ videoTilesWithStreams: () => true });
    h.sample({ audio: 0 }, 16);
    assert.deepEqual(h.calls, [['stop-video']]);
  });

  it('asks to reconnect after 25 samples without bytes or STUN, not within 10 s of the connection start', () => {
    const h = health();
    h.sample({ bytes: 0 }, 30);
    assert.equal(h.data.at(-1)!.consecutiveStatsWithNoPackets, 0, 'nothing counts before traffic was seen');
    h.sample({ bytes: 100 });
    h.sample({ bytes: 0 }, 24);
    assert.equal(h.monitor.shouldReconnect(), false);
    h.sample({ bytes: 0 });
    assert.deepEqual(h.named('reconnect'), [['reconnect', 'no-packets']]);
    assert.equal(h.monitor.shouldReconnect(), true);
    h.sample({ bytes: 0 }, 3);
    assert.equal(h.named('reconnect').length, 1, 'asked once');
    h.sample({ bytes: 100 });
    assert.equal(h.monitor.shouldReconnect(), false);

    const fresh = health();
    fresh.sample({ bytes: 100 }, 2);
    fresh.monitor.connectionStarted();
    fresh.sample({ bytes: 0 }, 30, 0);
    assert.equal(fresh.data.at(-1)!.consecutiveStatsWithNoPackets, 30);
    assert.deepEqual(fresh.named('reconnect'), [], 'within the grace');
    fresh.clock.now += 10_000;
    fresh.monitor.pongReceived();
    assert.deepEqual(fresh.named('reconnect'), [['reconnect', 'no-packets']]);
  });

  it('asks to reconnect after 4 missed PONGs in a row; a PONG ends it', () => {
    const h = health();
    h.clock.now = 10_000;
    h.monitor.missedPong(3);
    assert.equal(h.monitor.shouldReconnect(), false);
    h.monitor.missedPong(4);
    assert.deepEqual(h.named('reconnect'), [['reconnect', 'missed-pongs']]);
    assert.equal(h.data.at(-1)!.consecutiveMissedPongs, 4);
    h.monitor.pongReceived();
    assert.equal(h.monitor.shouldReconnect(), false);
    assert.equal(h.data.at(-1)!.consecutiveMissedPongs, 0);
  });

  it('makes the Chime 1.x bandwidth calls only on a change, and video send health while sending', () => {
    const h = health();
    h.sample({ outgoing: 1_000_000, incoming: 2_000_000 }, 2);
    h.sample({});
    assert.deepEqual(h.calls, [], 'first values are recorded; same values and missing estimates say nothing');
    h.sample({ outgoing: 800_000, incoming: 2_500_000 });
    assert.deepEqual(h.calls.splice(0), [
      ['videoSendBandwidth', 800, 1000, 0],
      ['videoReceiveBandwidth', 2500, 2000],
    ]);
    h.sample({ video: 0 });
    h.sample({ video: 125_000 });
    assert.deepEqual(h.calls, [
      ['videoSendHealth', 0, 0],
      ['videoSendHealth', 1000, 125],
    ]);
    assert.equal(h.data.at(-1)!.videoEncodingTimeInMs, 500);
  });

  it('keeps the last minute of audio samples, newest first, in each snapshot', () => {
    const h = health();
    h.sample({ audio: 50 }, 60);
    h.sample({ audio: 40, sent: 0 });
    h.sample({ audio: 30, sent: 0 });
    const last = h.data.at(-1)!;
    assert.equal(last.packetsReceivedInLastMinute.length, 60);
    assert.deepEqual(last.packetsReceivedInLastMinute.slice(0, 3), [30, 40, 50]);
    assert.equal(last.lastPacketLossInboundTimestampMs, 0);
    assert.equal(last.consecutiveStatsWithNoAudioPacketsSent, 2);
    assert.notEqual(h.data.at(-2)!.packetsReceivedInLastMinute, last.packetsReceivedInLastMinute);
    h.sample({ audio: 0 });
    assert.equal(h.data.at(-1)!.lastPacketLossInboundTimestampMs, h.clock.now);
  });
});
