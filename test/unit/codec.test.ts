import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// The SDK's codec (its own, generated field tables) against the service's (protobufjs, whole schema):
// every frame a client sends through ours then theirs, every frame it receives through theirs
// then ours, with every kind of field, defaults and presence included.
import protobuf from 'protobufjs/minimal.js';
import { BYTES, MESSAGE, REPEATED, decode, encode } from '../../src/protocol/codec.ts';
import type { Fields } from '../../src/protocol/codec.ts';
import {
  FrameDecodeError,
  SdkJoinFlags,
  SdkMetric,
  SdkNotificationFrame,
  SdkPingPongType,
  SdkServerSideNetworkAdaption,
  SdkSignalFrame,
  SdkStreamDimension,
  SdkStreamMediaType,
  SdkStreamServiceType,
  decodeFrame,
  encodeFrame,
  frameTypeName,
} from '../../src/protocol/frame.ts';
import type { OutgoingFrame } from '../../src/protocol/frame.ts';
import { RECEIVED_FRAME, SENT_FRAME } from '../../src/protocol/generated/client-codec.ts';
import * as service from '../../src/protocol/service-frame.ts';

const T = SdkSignalFrame.Type;
const NOW = 1700000000000;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (...values: number[]) => new Uint8Array(values);

/**
 * A message as data, so both codecs' objects compare: own properties only (presence), bytes as
 * hex, empty repeated fields left out (decoders always set them; assertSameReads checks that).
 */
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return `bytes:${hex(value)}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, (value as Record<string, unknown>)[key]] as const)
        .filter(([, item]) => !(Array.isArray(item) && item.length === 0))
        .map(([key, item]) => [key, plain(item)]),
    );
  }
  return value;
}

/**
 * Every field of `fields`, present or not, reads the same in both decoded messages: the same
 * value or default, and the same presence (own property or not).
 */
function assertSameReads(ours: unknown, theirs: unknown, fields: Fields, path: string): void {
  const a = ours as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  for (const [, name, kind, extra] of fields) {
    const where = `${path}.${name}`;
    assert.equal(Object.hasOwn(a, name), Object.hasOwn(b, name), `${where}: presence`);
    if ((kind & 7) === MESSAGE) {
      if (kind & REPEATED) {
        const [x, y] = [a[name] as unknown[], b[name] as unknown[]];
        assert.equal(x.length, y.length, `${where}: length`);
        x.forEach((item, i) => assertSameReads(item, y[i], extra as Fields, `${where}[${i}]`));
      } else if (b[name] === null) {
        assert.equal(a[name], null, `${where}: absent message`);
      } else {
        assertSameReads(a[name], b[name], extra as Fields, where);
      }
    } else {
      assert.deepEqual(plain(a[name]), plain(b[name]), `${where}: value`);
      if ((kind & 7) === BYTES && !(kind & REPEATED)) assert.ok(a[name] instanceof Uint8Array, where);
    }
  }
}

const nonAscii = 'Zoë 🎥 会議 — ñ';
const long = 'x'.repeat(300); // a length that takes two bytes

// Every frame a client sends, each field kind set (explicit false and 0 included).
const sent: Record<string, OutgoingFrame> = {
  JOIN: {
    type: T.JOIN,
    join: {
      protocolVersion: 2,
      maxNumOfVideos: 0,
      flags: SdkJoinFlags.HAS_STREAM_UPDATE | SdkJoinFlags.COMPLETE_VIDEO_SOURCES_LIST,
      clientDetails: {
        appName: nonAscii,
        appVersion: '1.0',
        deviceModel: '',
        deviceMake: 'make',
        platformName: 'chrome',
        platformVersion: '130',
        clientSource: 'chime-elements',
        chimeSdkVersion: '0.1.0',
        clientUtcOffset: '+05:30',
        osName: 'Linux',
        osVersion: long,
      },
      audioSessionId: 2 ** 53 - 1, // uint64 beyond 32 bits
      wantsCompressedSdp: true,
      serverSideNetworkAdaption: SdkServerSideNetworkAdaption.BANDWIDTH_PROBING,
      supportedServerSideNetworkAdaptions: [
        SdkServerSideNetworkAdaption.DEFAULT,
        SdkServerSideNetworkAdaption.BANDWIDTH_PROBING_AND_VIDEO_QUALITY_ADAPTION,
      ],
      wantsAllTemporalLayersInIndex: false,
      disablePeriodicKeyframeRequestOnContentSender: true,
    },
  },
  SUBSCRIBE: {
    type: T.SUBSCRIBE,
    sub: {
      duplex: SdkStreamServiceType.DUPLEX,
      sendStreams: [
        {
          streamId: 1,
          groupId: 1,
          trackLabel: 'AmazonChimeExpressAudio',
          mediaType: SdkStreamMediaType.AUDIO,
        },
        {
          streamId: 2,
          framerate: 15,
          maxBitrateKbps: 1400,
          trackLabel: 'v',
          groupId: 2,
          avgBitrateBps: 4294967295, // uint32 max
          attendeeId: 'a',
          mediaType: SdkStreamMediaType.VIDEO,
          externalUserId: nonAscii,
          width: 1280,
          height: 720,
        },
      ],
      receiveStreamIds: [0, 10, 300, 4294967295],
      sdpOffer: `v=0\r\n${long}`,
      audioHost: 'audio:3478',
      audioCheckin: false,
      audioMuted: true,
      compressedSdpOffer: bytes(0, 1, 127, 128, 255),
      videoSubscriptionConfiguration: [
        { mid: '1', attendeeId: 'b', streamId: 3, priority: 1, targetBitrateKbps: 600, groupId: 3 },
        { mid: '2', qualityAdaptationPreference: 3 },
      ],
    },
  },
  'SUBSCRIBE (empty bytes, no streams)': {
    type: T.SUBSCRIBE,
    sub: {
      duplex: SdkStreamServiceType.RX,
      compressedSdpOffer: bytes(),
      sendStreams: [],
      receiveStreamIds: [],
    },
  },
  PAUSE: { type: T.PAUSE, pause: { streamIds: [10, 20], groupIds: [1] } },
  RESUME: { type: T.RESUME, pause: { streamIds: [10] } },
  LEAVE: { type: T.LEAVE, leave: {} },
  'AUDIO_CONTROL (unmute)': { type: T.AUDIO_CONTROL, audioControl: { muted: false } },
  PING: { type: T.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 4294967295 } },
  PONG: { type: T.PING_PONG, pingPong: { type: SdkPingPongType.PONG, pingId: 0 } },
  CLIENT_METRIC: {
    type: T.CLIENT_METRIC,
    clientMetric: {
      globalMetrics: [
        { type: SdkMetric.Type.STUN_RTT_MS, value: 12.5 },
        { type: SdkMetric.Type.VIDEO_AVAILABLE_SEND_BANDWIDTH, value: 2.5e9 },
        { type: SdkMetric.Type.RTC_MIC_AUDIO_LEVEL, value: -0.001 },
        { type: service.SdkMetric.Type.VIDEO_BACKGROUND_SEGMENTATION_PROCESSOR_CREATION_FAILURE, value: 0 },
      ],
      streamMetricFrames: [
        {
          streamId: 2,
          groupId: 2,
          metrics: [{ type: SdkMetric.Type.VIDEO_SENT_BITRATE, value: 1234567.875 }],
          dimensions: [
            {
              type: SdkStreamDimension.Type.VIDEO_ENCODER_NAME,
              value: { stringValue: 'libvpx', boolValue: false, uintValue: 2 ** 40 },
            },
          ],
          mediaType: SdkStreamMediaType.VIDEO,
        },
      ],
    },
  },
  DATA_MESSAGE: {
    type: T.DATA_MESSAGE,
    dataMessage: {
      messages: [
        { topic: nonAscii, data: new TextEncoder().encode(nonAscii), lifetimeMs: 300000 },
        {
          topic: 't',
          data: bytes(),
          senderAttendeeId: 'a',
          ingestTimeNs: -1234567890123, // int64, negative: ten bytes on the wire
          senderExternalUserId: 'u',
        },
        { topic: 't', data: new Uint8Array(1000).fill(7), ingestTimeNs: 1.7e18 },
      ],
    },
  },
  PRIMARY_MEETING_JOIN: {
    type: T.PRIMARY_MEETING_JOIN,
    primaryMeetingJoin: { credentials: { attendeeId: 'a', externalUserId: nonAscii, joinToken: 't' } },
  },
  PRIMARY_MEETING_LEAVE: { type: T.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} },
};

// Every frame a client receives, as the service sends them (and a few with fields left out).
const received: Record<string, OutgoingFrame> = {
  ERROR: { type: T.JOIN_ACK, error: { status: 403, description: `\uFEFF${nonAscii}` } }, // a byte order mark kept
  JOIN_ACK: {
    type: T.JOIN_ACK,
    joinack: {
      turnCredentials: {
        username: 'user',
        password: long,
        ttl: 86400,
        uris: ['turn:a:3478?transport=udp', 'turns:b:443?transport=tcp', nonAscii],
      },
      videoSubscriptionLimit: 25,
      wantsCompressedSdp: true,
      defaultServerSideNetworkAdaption: SdkServerSideNetworkAdaption.BANDWIDTH_PROBING,
    },
  },
  'JOIN_ACK (empty)': { type: T.JOIN_ACK, joinack: {} },
  SUBSCRIBE_ACK: {
    type: T.SUBSCRIBE_ACK,
    suback: {
      duplex: SdkStreamServiceType.DUPLEX,
      allocations: [
        { trackLabel: 'a', streamId: 1, groupId: 1 },
        { trackLabel: 'v', streamId: 2, groupId: 2 },
      ],
      sdpAnswer: `v=0\r\n${long}`,
      tracks: [{ streamId: 10, ssrc: 4294967295, trackLabel: 'v_2' }, { streamId: 11 }],
      compressedSdpAnswer: bytes(9, 8, 7),
    },
  },
  INDEX: {
    type: T.INDEX,
    index: {
      atCapacity: true,
      sources: [
        {
          streamId: 10,
          framerate: 30,
          maxBitrateKbps: 1500,
          trackLabel: 'v',
          groupId: 10,
          avgBitrateBps: 900000,
          attendeeId: 'a1',
          mediaType: SdkStreamMediaType.VIDEO,
          externalUserId: nonAscii,
          width: 640,
          height: 480,
        },
        { streamId: 12, groupId: 11, attendeeId: 'a2#content' },
      ],
      pausedAtSourceIds: [10, 4000000000],
      numParticipants: 3,
      supportedReceiveCodecIntersection: [1, 3, 11],
    },
  },
  'INDEX (empty)': { type: T.INDEX, index: {} },
  PAUSE: { type: T.PAUSE, pause: { streamIds: [1, 2, 3] } },
  RESUME: { type: T.RESUME, pause: { groupIds: [7] } },
  LEAVE_ACK: { type: T.LEAVE_ACK, leaveAck: {} },
  BITRATES: {
    type: T.BITRATES,
    bitrates: {
      bitrates: [
        { sourceStreamId: 10, avgBitrateBps: 300000 },
        { sourceStreamId: 12, avgBitrateBps: 0 },
      ],
      serverAvailableOutgoingBitrate: 5000,
    },
  },
  AUDIO_METADATA: {
    type: T.AUDIO_METADATA,
    audioMetadata: {
      attendeeStates: [
        { audioStreamId: 1, volume: 10, muted: false, signalStrength: 2 },
        { audioStreamId: 2, muted: true },
        { audioStreamId: 3, signalStrength: 0 },
      ],
    },
  },
  AUDIO_STREAM_ID_INFO: {
    type: T.AUDIO_STREAM_ID_INFO,
    audioStreamIdInfo: {
      streams: [
        { audioStreamId: 1, attendeeId: 'a1', externalUserId: nonAscii },
        { audioStreamId: 1, muted: false },
        { audioStreamId: 2, dropped: true },
        { audioStreamId: 3, attendeeId: 'a3', muted: true, externalUserId: 'u3', dropped: false },
      ],
    },
  },
  PING: { type: T.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 1 } },
  PONG: { type: T.PING_PONG, pingPong: { type: SdkPingPongType.PONG, pingId: 4294967295 } },
  AUDIO_STATUS: { type: T.AUDIO_STATUS, audioStatus: { audioStatus: 410 } },
  'AUDIO_STATUS (no status)': { type: T.AUDIO_STATUS, audioStatus: {} },
  DATA_MESSAGE: {
    type: T.DATA_MESSAGE,
    dataMessage: {
      messages: [
        {
          topic: nonAscii,
          data: new TextEncoder().encode(long),
          lifetimeMs: 1000,
          senderAttendeeId: 'a',
          ingestTimeNs: 1.7e18, // int64 in nanoseconds: a number, as protobufjs decodes it here
          senderExternalUserId: 'u',
        },
        { topic: 't', data: bytes(), ingestTimeNs: -5 },
      ],
    },
  },
  PRIMARY_MEETING_JOIN_ACK: { type: T.PRIMARY_MEETING_JOIN_ACK, primaryMeetingJoinAck: {} },
  PRIMARY_MEETING_LEAVE: { type: T.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} },
  NOTIFICATION: {
    type: T.NOTIFICATION,
    notification: { level: SdkNotificationFrame.NotificationLevel.WARNING, message: nonAscii },
  },
  'NOTIFICATION (no level)': { type: T.NOTIFICATION, notification: { message: 'm' } },
};

describe('the SDK codec and the service codec', () => {
  for (const [name, frame] of Object.entries(sent)) {
    it(`encodes ${name} as the service's codec does and it decodes every field`, () => {
      const ours = encodeFrame(frame, NOW);
      assert.equal(hex(ours), hex(service.encodeFrame(frame, NOW)));
      assert.deepEqual(plain(service.decodeFrame(ours)), plain({ timestampMs: NOW, ...frame }));
    });
  }

  for (const [name, frame] of Object.entries(received)) {
    it(`decodes ${name} from the service's codec, fields, defaults and presence alike`, () => {
      const wire = service.encodeFrame(frame, NOW);
      const ours = decodeFrame(wire);
      assert.deepEqual(plain(ours), plain({ timestampMs: NOW, ...frame }));
      assertSameReads(ours, service.decodeFrame(wire), RECEIVED_FRAME, 'frame');
    });
  }

  it('reads absent fields as their defaults and leaves them unset', () => {
    const frame = decodeFrame(service.encodeFrame(received['NOTIFICATION (no level)']!, NOW));
    assert.equal(frame.notification!.level, SdkNotificationFrame.NotificationLevel.ERROR); // [default=ERROR]
    assert.equal(Object.hasOwn(frame.notification!, 'level'), false);
    assert.equal(frame.joinack, null);
    assert.equal(frame.index, null);
    const index = decodeFrame(service.encodeFrame(received['INDEX (empty)']!, NOW)).index!;
    assert.deepEqual(index.sources, []);
    assert.equal(Object.hasOwn(index, 'sources'), true); // repeated fields are always arrays
    assert.equal(index.atCapacity, false);
    assert.equal(index.numParticipants, 0);
    const joinack = decodeFrame(service.encodeFrame(received['JOIN_ACK (empty)']!, NOW)).joinack!;
    assert.equal(joinack.turnCredentials, null);
    assert.equal(joinack.defaultServerSideNetworkAdaption, SdkServerSideNetworkAdaption.DEFAULT);
    const suback = decodeFrame(service.encodeFrame({ type: T.SUBSCRIBE_ACK, suback: {} }, NOW)).suback!;
    assert.equal(suback.sdpAnswer, '');
    assert.equal(suback.compressedSdpAnswer.length, 0);
    assert.equal(suback.duplex, SdkStreamServiceType.RX);
  });

  it('decodes packed repeated fields, and packed and unpacked mixed', () => {
    // INDEX with paused_at_source_ids (3) packed, then one more unpacked, and packed enums (5).
    const writer = protobuf.Writer.create();
    writer.uint32(8).uint64(NOW).uint32(16).int32(T.INDEX).uint32(66).fork();
    writer.uint32(26).fork().uint32(1).uint32(300).uint32(4000000000).ldelim();
    writer.uint32(24).uint32(7);
    writer.uint32(42).fork().int32(1).int32(11).ldelim();
    writer.ldelim();
    const wire = bytes(5, ...writer.finish());
    const index = decodeFrame(wire).index!;
    assert.deepEqual(index.pausedAtSourceIds, [1, 300, 4000000000, 7]);
    assert.deepEqual(index.supportedReceiveCodecIntersection, [1, 11]);
    assertSameReads(decodeFrame(wire), service.decodeFrame(wire), RECEIVED_FRAME, 'frame');
  });

  it('skips fields it does not know, whatever their wire type', () => {
    const writer = protobuf.Writer.create();
    writer.uint32(8).uint64(NOW).uint32(16).int32(T.AUDIO_STREAM_ID_INFO);
    // Frame fields a client does not receive (JOIN, REMOTE_VIDEO_UPDATE), and unknown numbers.
    writer.uint32(34).fork().uint32(8).uint32(2).ldelim();
    writer.uint32(202).fork().uint32(18).string('mid').ldelim();
    writer.uint32((99 << 3) | 0).uint64(2 ** 40);
    writer.uint32((98 << 3) | 1).fixed64(1);
    writer.uint32((97 << 3) | 5).fixed32(1);
    writer.uint32(154).fork(); // AUDIO_STREAM_ID_INFO
    writer
      .uint32(10)
      .fork()
      .uint32(8)
      .uint32(1)
      .uint32((50 << 3) | 2)
      .string(nonAscii);
    writer
      .uint32(18)
      .string('a1')
      .uint32((51 << 3) | 1)
      .double(1.5)
      .ldelim();
    writer.ldelim();
    const wire = bytes(5, ...writer.finish());
    const frame = decodeFrame(wire);
    assert.deepEqual(plain(frame), {
      timestampMs: NOW,
      type: T.AUDIO_STREAM_ID_INFO,
      audioStreamIdInfo: { streams: [{ audioStreamId: 1, attendeeId: 'a1' }] },
    });
    assertSameReads(frame, service.decodeFrame(wire), RECEIVED_FRAME, 'frame');
  });

  it('skips a known field sent with the wrong wire type', () => {
    // audio_status as a string instead of a varint: protobufjs would misread it, ours skips it.
    const writer = protobuf.Writer.create();
    writer.uint32(8).uint64(NOW).uint32(16).int32(T.AUDIO_STATUS);
    writer.uint32(170).fork().uint32(10).string('410').ldelim();
    const frame = decodeFrame(bytes(5, ...writer.finish()));
    assert.equal(Object.hasOwn(frame.audioStatus!, 'audioStatus'), false);
    assert.equal(frame.audioStatus!.audioStatus, 0);
  });

  it('rejects missing required fields, in the frame and in its messages', () => {
    const pong = protobuf.Writer.create();
    pong.uint32(8).uint64(NOW).uint32(16).int32(T.PING_PONG).uint32(162).fork().uint32(8).int32(2).ldelim();
    assert.throws(() => decodeFrame(bytes(5, ...pong.finish())), FrameDecodeError);
    assert.throws(() => decodeFrame(bytes(5, ...pong.finish())), /pingId/);
    assert.throws(() => service.decodeFrame(bytes(5, ...pong.finish())), /pingId/);
    assert.throws(() => decodeFrame(bytes(5, 8, 1)), /missing required 'type'/);
  });

  it('rejects a length that runs past its message or the data', () => {
    const ok = service.encodeFrame(received.SUBSCRIBE_ACK!, NOW);
    const header = service.encodeFrame({ type: T.SUBSCRIBE_ACK }, NOW).length; // a frame already
    for (let end = header + 1; end < ok.length; end++) {
      assert.throws(() => decodeFrame(ok.subarray(0, end)), FrameDecodeError, `cut at ${end}`);
    }
    // The error frame's length says 3, its description's 5: the description overruns the error.
    assert.throws(() => decodeFrame(bytes(5, 8, 1, 16, 2, 26, 3, 18, 5, 97, 98, 99)), /truncated/);
  });

  it('decodes a view into a larger buffer, doubles included', () => {
    const frame = sent.CLIENT_METRIC!;
    const body = encode(SENT_FRAME, { ...frame, timestampMs: NOW });
    const buffer = new Uint8Array(body.length + 7);
    buffer.set(body, 3);
    const decoded = decode(SENT_FRAME, buffer.subarray(3, 3 + body.length));
    assert.deepEqual(plain(decoded), plain({ timestampMs: NOW, ...frame }));
    // and through decodeFrame, which strips the frame-type byte off a view
    const wire = service.encodeFrame(received.DATA_MESSAGE!, NOW);
    const padded = new Uint8Array(wire.length + 5);
    padded.set(wire, 5);
    assert.deepEqual(plain(decodeFrame(padded.subarray(5))), plain(decodeFrame(wire)));
  });

  it('writes back a decoded message without its defaults, as protobufjs does', () => {
    // A frame both ways: received from the service, then sent by the SDK as it was.
    const wire = service.encodeFrame(received.DATA_MESSAGE!, NOW);
    const again = encodeFrame(decodeFrame(wire));
    assert.equal(hex(again), hex(wire));
    const empty = service.encodeFrame({ type: T.PAUSE, pause: {} }, NOW);
    assert.equal(hex(encodeFrame(decodeFrame(empty))), hex(empty));
  });

  it('encodes only what a client sends and decodes only what it receives', () => {
    const ackOnly = encodeFrame({ type: T.JOIN_ACK, joinack: { videoSubscriptionLimit: 1 } }, NOW);
    assert.equal(service.decodeFrame(ackOnly).joinack, null);
    const joinOnly = service.encodeFrame({ type: T.JOIN, join: { protocolVersion: 2 } }, NOW);
    assert.equal(Object.hasOwn(decodeFrame(joinOnly), 'join'), false);
  });

  it('has the schema enums the SDK reads, name for number, as the service codec', () => {
    const enums: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['SdkSignalFrame.Type', SdkSignalFrame.Type, service.SdkSignalFrame.Type],
      ['SdkMetric.Type', SdkMetric.Type, service.SdkMetric.Type],
      ['SdkStreamDimension.Type', SdkStreamDimension.Type, service.SdkStreamDimension.Type],
      [
        'SdkNotificationFrame.NotificationLevel',
        SdkNotificationFrame.NotificationLevel,
        service.SdkNotificationFrame.NotificationLevel,
      ],
      ['SdkJoinFlags', SdkJoinFlags, service.SdkJoinFlags],
      ['SdkPingPongType', SdkPingPongType, service.SdkPingPongType],
      ['SdkServerSideNetworkAdaption', SdkServerSideNetworkAdaption, service.SdkServerSideNetworkAdaption],
      ['SdkStreamMediaType', SdkStreamMediaType, service.SdkStreamMediaType],
      ['SdkStreamServiceType', SdkStreamServiceType, service.SdkStreamServiceType],
    ];
    for (const [name, ours, theirs] of enums) {
      // protobufjs enums also map numbers back to names; ours only names to numbers.
      let names = Object.entries(theirs).filter(([key]) => !/^\d+$/.test(key));
      // SdkMetric.Type: only the members the SDK names (those of ClientMetricReport's table).
      if (name === 'SdkMetric.Type') names = names.filter(([key]) => Object.hasOwn(ours, key));
      assert.deepEqual(Object.entries(ours), names, name);
    }
    assert.equal(Object.keys(SdkMetric.Type).length, 55);
    for (const [name, value] of Object.entries(SdkSignalFrame.Type)) assert.equal(frameTypeName(value), name);
  });
});
