import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// The SDK's codec (what a client sends and receives) against the service's (the whole schema).
import {
  FRAME_TYPE_RTC,
  FrameDecodeError,
  SdkPingPongType,
  SdkSignalFrame,
  SdkStreamMediaType,
  decodeFrame,
  encodeFrame,
  frameTypeName,
} from '../../src/protocol/frame.ts';
import type { OutgoingFrame } from '../../src/protocol/frame.ts';
import * as service from '../../src/protocol/service-frame.ts';

// Server-side test vectors from the wire protocol reference, section 1.2 (timestamp 1700000000000),
// produced with the official client's encoder and verified decodable by it.
const vectors: Record<string, string> = {
  'JOIN_ACK (empty joinack)': '050880d095ffbc3110022a00',
  'JOIN_ACK (video_subscription_limit=25)': '050880d095ffbc3110022a021019',
  INDEX: '050880d095ffbc31100542151211080a18dc0b300a420261314802520275312002',
  SUBSCRIBE_ACK: '050880d095ffbc3110043a131a05763d300d0a220a080a10d2091a03765f32',
  'AUDIO_STREAM_ID_INFO join': '050880d095ffbc3110129a010c0a0a08011202613122027531',
  'AUDIO_STREAM_ID_INFO mute': '050880d095ffbc3110129a01060a0408011801',
  'AUDIO_STREAM_ID_INFO leave': '050880d095ffbc3110129a01060a0408012801',
  AUDIO_METADATA: '050880d095ffbc3110119201080a06080110142002',
  'PING_PONG (PONG)': '050880d095ffbc311013a2010408021007',
  'AUDIO_STATUS 410': '050880d095ffbc311014aa0103089a03',
  LEAVE_ACK: '050880d095ffbc31100a6200',
};

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

describe('signaling frames', () => {
  for (const [name, vector] of Object.entries(vectors)) {
    it(`decodes ${name} in the SDK as the service encodes it, byte for byte`, () => {
      const frame = decodeFrame(fromHex(vector));
      assert.equal(frame.timestampMs, 1700000000000);
      assert.equal(hex(service.encodeFrame(frame)), vector);
      assert.equal(hex(service.encodeFrame(service.decodeFrame(fromHex(vector)))), vector);
    });
  }

  // Every kind of frame a client sends, with the fields the SDK fills.
  const clientFrames: Record<string, OutgoingFrame> = {
    JOIN: {
      type: SdkSignalFrame.Type.JOIN,
      join: {
        protocolVersion: 2,
        flags: 2,
        clientDetails: { platformName: 'chrome', chimeSdkVersion: '0.1.0', clientUtcOffset: '+00:00' },
        audioSessionId: 3079188725,
        wantsCompressedSdp: true,
        serverSideNetworkAdaption: 1,
      },
    },
    SUBSCRIBE: {
      type: SdkSignalFrame.Type.SUBSCRIBE,
      sub: {
        duplex: 3,
        sdpOffer: '',
        compressedSdpOffer: new Uint8Array([1, 2, 3]),
        receiveStreamIds: [0, 10],
        sendStreams: [{ streamId: 1, groupId: 1, trackLabel: 'AmazonChimeExpressAudio', mediaType: 1 }],
        audioHost: 'audio:3478',
        audioCheckin: false,
        audioMuted: true,
      },
    },
    PAUSE: { type: SdkSignalFrame.Type.PAUSE, pause: { streamIds: [10] } },
    LEAVE: { type: SdkSignalFrame.Type.LEAVE, leave: {} },
    AUDIO_CONTROL: { type: SdkSignalFrame.Type.AUDIO_CONTROL, audioControl: { muted: true } },
    PING: { type: SdkSignalFrame.Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 3 } },
    CLIENT_METRIC: {
      type: SdkSignalFrame.Type.CLIENT_METRIC,
      clientMetric: {
        globalMetrics: [{ type: 1, value: 2 }],
        streamMetricFrames: [{ streamId: 1, groupId: 1, metrics: [{ type: 3, value: 4 }] }],
      },
    },
    DATA_MESSAGE: {
      type: SdkSignalFrame.Type.DATA_MESSAGE,
      dataMessage: { messages: [{ topic: 'chat', data: new Uint8Array([104, 105]), lifetimeMs: 1000 }] },
    },
    PRIMARY_MEETING_JOIN: {
      type: SdkSignalFrame.Type.PRIMARY_MEETING_JOIN,
      primaryMeetingJoin: { credentials: { attendeeId: 'a', externalUserId: 'u', joinToken: 't' } },
    },
    PRIMARY_MEETING_LEAVE: { type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} },
  };
  for (const [name, frame] of Object.entries(clientFrames)) {
    it(`encodes ${name} in the SDK exactly as the whole schema does`, () => {
      const ours = encodeFrame(frame, 1700000000000);
      assert.equal(hex(ours), hex(service.encodeFrame(frame, 1700000000000)));
      assert.equal(service.decodeFrame(ours).type, frame.type);
    });
  }

  it('decodes the fields of each vector as the official client reads them', () => {
    const index = decodeFrame(fromHex(vectors.INDEX!)).index!;
    assert.equal(index.numParticipants, 2);
    assert.deepEqual(
      { ...index.sources[0] },
      {
        streamId: 10,
        maxBitrateKbps: 1500,
        groupId: 10,
        attendeeId: 'a1',
        mediaType: SdkStreamMediaType.VIDEO,
        externalUserId: 'u1',
      },
    );
    const suback = decodeFrame(fromHex(vectors.SUBSCRIBE_ACK!)).suback!;
    assert.equal(suback.sdpAnswer, 'v=0\r\n');
    assert.deepEqual({ ...suback.tracks[0] }, { streamId: 10, ssrc: 1234, trackLabel: 'v_2' });
    const leave = decodeFrame(fromHex(vectors['AUDIO_STREAM_ID_INFO leave']!)).audioStreamIdInfo!;
    // Field presence carries meaning: a leave has neither attendee id nor muted.
    assert.equal(Object.hasOwn(leave.streams[0]!, 'attendeeId'), false);
    assert.equal(Object.hasOwn(leave.streams[0]!, 'muted'), false);
    assert.equal(leave.streams[0]!.dropped, true);
    const pong = decodeFrame(fromHex(vectors['PING_PONG (PONG)']!)).pingPong!;
    assert.deepEqual({ ...pong }, { type: SdkPingPongType.PONG, pingId: 7 });
    assert.equal(decodeFrame(fromHex(vectors['AUDIO_STATUS 410']!)).audioStatus!.audioStatus, 410);
  });

  it('prefixes every encoded frame with the 0x05 frame type and stamps the time', () => {
    const bytes = encodeFrame({ type: SdkSignalFrame.Type.LEAVE, leave: {} }, 42);
    assert.equal(bytes[0], FRAME_TYPE_RTC);
    assert.equal(service.decodeFrame(bytes).timestampMs, 42);
  });

  it('accepts the legacy 0x02 frame type byte', () => {
    const bytes = fromHex(vectors.LEAVE_ACK!);
    bytes[0] = 0x02;
    assert.equal(decodeFrame(bytes).type, SdkSignalFrame.Type.LEAVE_ACK);
  });

  it('rejects empty, truncated and garbage messages with a FrameDecodeError', () => {
    const truncated = fromHex(vectors.INDEX!).subarray(0, 12);
    for (const bad of [new Uint8Array(0), new Uint8Array([5]), truncated, fromHex('05ffffffff')]) {
      assert.throws(() => decodeFrame(bad), FrameDecodeError);
    }
  });

  it('rejects a frame missing a required field', () => {
    // type only, no timestamp_ms: proto2 required fields must be present.
    assert.throws(() => decodeFrame(fromHex('051009')), /timestampMs/);
  });

  it('never throws anything but FrameDecodeError on random input', () => {
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 5000; i++) {
      const bytes = new Uint8Array(1 + Math.floor(random() * 64)).map(() => Math.floor(random() * 256));
      try {
        decodeFrame(bytes);
      } catch (error) {
        assert.ok(error instanceof FrameDecodeError, `unexpected ${String(error)}`);
      }
    }
  });

  it('names frame types for logs', () => {
    assert.equal(frameTypeName(SdkSignalFrame.Type.JOIN_ACK), 'JOIN_ACK');
    assert.equal(frameTypeName(999), 'UNKNOWN(999)');
  });
});
