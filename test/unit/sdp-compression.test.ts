import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { AnswerDecompressor, compressOffer } from '../../src/connection/sdpCompression.ts';
import { LogLevel } from '../../src/logging/LogLevel.ts';
import { SdkSignalFrame, SdkStreamServiceType } from '../../src/protocol/service-frame.ts';
import type { ISdkSubscribeFrame } from '../../src/protocol/service-frame.ts';
import { MeetingSessionStatusCode as Code } from '../../src/status/MeetingSessionStatusCode.ts';
import { FakeStream, FakeTrack, sessionsStoppedAfterEach, streamInfo } from './helpers/fakes.ts';
import type { FakeWebSocket } from './helpers/fakes.ts';
import { eventually, fakeSession, joinedSession } from './helpers/session-fakes.ts';

/** The dictionary limit of the service (server/signaling/session.ts, wire protocol §6.8). */
const DICTIONARY_CHARS = 31_744;

/** An answer-like SDP: a header, then `lines` numbered candidate lines, all distinct. */
function sdp(lines: number, tag: string, header = 's=-'): string {
  let text = `v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\n${header}\r\nt=0 0\r\n`;
  for (let i = 0; i < lines; i++) {
    text += `a=candidate:${i} 1 udp 2122194687 10.0.${i % 250}.${i % 7} ${40000 + i} typ host ${tag}\r\n`;
  }
  return text;
}

/** Compresses answers exactly as the service does (server/signaling/session.ts `#answerFields`). */
class ServiceCompressor {
  previous = '';
  compress(answer: string): Uint8Array {
    const dictionary = this.previous.slice(0, DICTIONARY_CHARS);
    this.previous = answer;
    return deflateRawSync(answer, dictionary ? { dictionary: Buffer.from(dictionary, 'utf8') } : {});
  }
}

describe('compressOffer', () => {
  it('is raw DEFLATE without a dictionary: zlib inflateRawSync gives the offer back', async () => {
    for (const offer of [sdp(3, 'offer'), sdp(1200, 'long-offer'), sdp(2, 'x', 's=Réunion ☕')]) {
      const compressed = await compressOffer(offer);
      assert.ok(compressed instanceof Uint8Array, 'bytes');
      assert.equal(inflateRawSync(Buffer.from(compressed)).toString('utf8'), offer);
    }
    const long = sdp(1200, 'long-offer');
    assert.ok((await compressOffer(long)).length < long.length / 4, 'it actually compresses');
  });
});

describe('AnswerDecompressor', async () => {
  it('inflates a sequence of answers, each with the previous one as dictionary, the first without', async () => {
    const service = new ServiceCompressor();
    const client = new AnswerDecompressor();
    const answers = [sdp(40, 'first'), sdp(45, 'second'), sdp(45, 'second'), sdp(10, 'third')];
    for (const answer of answers) assert.equal(await client.inflate(service.compress(answer)), answer);
  });

  it('uses only the first 31 744 characters of a longer answer as the next dictionary', async () => {
    const service = new ServiceCompressor();
    const client = new AnswerDecompressor();
    const long = sdp(700, 'long');
    assert.ok(long.length > DICTIONARY_CHARS + 5000, `a long answer (${long.length} characters)`);
    // The next answers repeat most of the long one, so their DEFLATE streams point into the
    // dictionary: with the whole long answer as dictionary those references would land elsewhere.
    const next = sdp(650, 'long') + 'a=end-of-candidates\r\n';
    const after = sdp(680, 'long');
    assert.equal(await client.inflate(service.compress(long)), long);
    const compressed = service.compress(next);
    assert.ok(compressed.length < 2000, 'the next answer is mostly references into the dictionary');
    assert.equal(await client.inflate(compressed), next);
    assert.equal(await client.inflate(service.compress(after)), after);
  });

  it('cuts the dictionary in characters, not bytes, as the service does', async () => {
    const service = new ServiceCompressor();
    const client = new AnswerDecompressor();
    // Two-byte characters at the start: 31 744 characters are more than 31 744 bytes.
    const previous = sdp(600, 'é', 's=Réunion ☕ ' + 'é'.repeat(2000));
    assert.ok(previous.length > DICTIONARY_CHARS, 'a previous answer over the limit');
    const next = sdp(590, 'é', 's=Réunion ☕ ' + 'é'.repeat(2000));
    assert.equal(await client.inflate(service.compress(previous)), previous);
    assert.equal(await client.inflate(service.compress(next)), next);
  });

  it('takes an answer that arrived plain (received) as the next dictionary', async () => {
    const client = new AnswerDecompressor();
    const plain = sdp(800, 'plain');
    client.received(plain);
    const next = sdp(790, 'plain');
    const compressed = deflateRawSync(next, { dictionary: Buffer.from(plain.slice(0, DICTIONARY_CHARS)) });
    assert.equal(await client.inflate(compressed), next);
    // … and that answer in turn is the dictionary of the one after.
    const third = sdp(30, 'plain');
    assert.equal(
      await client.inflate(
        deflateRawSync(third, { dictionary: Buffer.from(next.slice(0, DICTIONARY_CHARS)) }),
      ),
      third,
    );
  });

  it('throws on bytes that are not a DEFLATE stream', async () => {
    for (const garbage of [
      [0xff, 0xff, 0xff, 0xff],
      [1, 2, 3],
      [0x05, 0x08, 0xff, 0x00],
    ]) {
      await assert.rejects(new AnswerDecompressor().inflate(new Uint8Array(garbage)), Error, `${garbage}`);
    }
  });

  it('throws on an answer compressed with a dictionary it does not have', async () => {
    const answer = sdp(40, 'x');
    const compressed = deflateRawSync(answer, { dictionary: Buffer.from(sdp(40, 'x')) });
    await assert.rejects(new AnswerDecompressor().inflate(compressed));
  });
});

const sessions = sessionsStoppedAfterEach();

/**
 * A service that answers SUBSCRIBE with `answers[n]` (the last one repeated), compressed as the
 * service does when `compressed`, else plain; `plainFirst` sends the first answer plain anyway.
 */
function compressingService(options: {
  wantsCompressedSdp: boolean;
  answers: string[];
  plainFirst?: boolean;
  corrupt?: boolean;
}) {
  const subscribes: ISdkSubscribeFrame[] = [];
  const compressor = new ServiceCompressor();
  const serve = (socket: FakeWebSocket) => {
    socket.onFrame = (frame) => {
      switch (frame.type) {
        case SdkSignalFrame.Type.JOIN:
          queueMicrotask(() => {
            socket.deliver({
              type: SdkSignalFrame.Type.JOIN_ACK,
              joinack: options.wantsCompressedSdp ? { wantsCompressedSdp: true } : {},
            });
            socket.deliver({ type: SdkSignalFrame.Type.INDEX, index: { sources: [] } });
            socket.deliver(
              streamInfo([{ audioStreamId: 1, attendeeId: 'att-self', externalUserId: 'Self' }]),
            );
          });
          break;
        case SdkSignalFrame.Type.SUBSCRIBE: {
          const answer = options.answers[Math.min(subscribes.length, options.answers.length - 1)]!;
          subscribes.push(frame.sub!);
          let suback;
          if (options.corrupt) {
            suback = { sdpAnswer: '', compressedSdpAnswer: new Uint8Array([0xff, 0xff, 0xff, 0xff]) };
          } else if (!options.wantsCompressedSdp || (options.plainFirst && subscribes.length === 1)) {
            // The service's #answerFields keeps no dictionary for plain answers; the client must.
            compressor.previous = answer;
            suback = { sdpAnswer: answer };
          } else {
            suback = { sdpAnswer: '', compressedSdpAnswer: compressor.compress(answer) };
          }
          queueMicrotask(() =>
            socket.deliver({
              type: SdkSignalFrame.Type.SUBSCRIBE_ACK,
              suback: { ...suback, tracks: [], allocations: [] },
            }),
          );
          break;
        }
        case SdkSignalFrame.Type.LEAVE:
          queueMicrotask(() => socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} }));
          break;
        default:
          break;
      }
    };
    queueMicrotask(() => socket.open());
  };
  return { subscribes, serve };
}

/** Sends a camera: a second negotiation on the same connection. */
async function renegotiateWithCamera(ctx: ReturnType<typeof fakeSession>, subscribes: unknown[]) {
  await ctx.session.audioVideo.startVideoInput(
    new FakeStream([new FakeTrack('video')]) as unknown as MediaStream,
  );
  ctx.session.audioVideo.startLocalVideoTile();
  await eventually(() => subscribes.length === 2, 'a second SUBSCRIBE');
}

describe('SDP compression through the session', () => {
  it('sends the offer compressed when JOIN_ACK wants it, and applies the compressed answers', async () => {
    const first = sdp(700, 'answer-1');
    const second = sdp(690, 'answer-1') + 'a=mid:1\r\na=sendrecv\r\n';
    const service = compressingService({ wantsCompressedSdp: true, answers: [first, second] });
    const ctx = fakeSession(sessions);
    ctx.serve = service.serve;
    await joinedSession(ctx);
    const peer = ctx.peers[0]!;

    const sub = service.subscribes[0]!;
    assert.equal(sub.sdpOffer, '', 'the plain offer is left empty');
    assert.ok(sub.compressedSdpOffer && sub.compressedSdpOffer.length > 0, 'a compressed offer');
    const offer = inflateRawSync(Buffer.from(sub.compressedSdpOffer)).toString('utf8');
    assert.equal(offer, peer.localDescription!.sdp);
    assert.match(offer, /a=candidate:/, 'the offer with its gathered candidates');
    assert.deepEqual(peer.remoteDescription, { type: 'answer', sdp: first });

    // A renegotiation: its answer is compressed with the first (long) answer as dictionary.
    await renegotiateWithCamera(ctx, service.subscribes);
    const sub2 = service.subscribes[1]!;
    assert.equal(sub2.duplex, SdkStreamServiceType.DUPLEX);
    assert.equal(sub2.sdpOffer, '');
    assert.equal(
      inflateRawSync(Buffer.from(sub2.compressedSdpOffer!)).toString('utf8'),
      peer.localDescription!.sdp,
    );
    await eventually(() => peer.remoteDescription?.sdp === second, 'the second answer applied');
    assert.equal(ctx.session.state, 'joined');
  });

  it('takes a plain answer as the dictionary of the next compressed one', async () => {
    const first = sdp(300, 'plain');
    const second = sdp(290, 'plain') + 'a=mid:1\r\n';
    const service = compressingService({
      wantsCompressedSdp: true,
      answers: [first, second],
      plainFirst: true,
    });
    const ctx = fakeSession(sessions);
    ctx.serve = service.serve;
    await joinedSession(ctx);
    const peer = ctx.peers[0]!;
    assert.equal(peer.remoteDescription!.sdp, first);
    await renegotiateWithCamera(ctx, service.subscribes);
    await eventually(() => peer.remoteDescription?.sdp === second, 'the second answer applied');
    assert.equal(ctx.session.state, 'joined');
  });

  it('sends the offer plain when JOIN_ACK does not ask for compression', async () => {
    const answer = sdp(5, 'plain');
    const service = compressingService({ wantsCompressedSdp: false, answers: [answer] });
    const ctx = fakeSession(sessions);
    ctx.serve = service.serve;
    await joinedSession(ctx);
    const peer = ctx.peers[0]!;
    const sub = service.subscribes[0]!;
    assert.equal(sub.sdpOffer, peer.localDescription!.sdp);
    assert.match(sub.sdpOffer!, /a=candidate:/);
    assert.equal(Object.hasOwn(sub, 'compressedSdpOffer'), false, 'no compressed offer');
    assert.deepEqual(peer.remoteDescription, { type: 'answer', sdp: answer });
  });

  it('fails the join with TaskFailed when the compressed answer does not inflate', async () => {
    const service = compressingService({ wantsCompressedSdp: true, answers: ['unused'], corrupt: true });
    const ctx = fakeSession(sessions);
    ctx.serve = service.serve;
    ctx.session.audioVideo.start();
    const status = await ctx.stopped;
    assert.equal(status.statusCode(), Code.TaskFailed);
    assert.equal(ctx.session.state, 'left');
    assert.ok(!ctx.events.includes('didStart'), 'never joined');
    assert.equal(ctx.peers[0]!.remoteDescription, null, 'no answer applied');
    assert.ok(
      ctx.logger.at(LogLevel.ERROR).some((line) => /does not inflate/.test(line)),
      'an error saying the answer does not inflate',
    );
    assert.equal(ctx.sockets.length, 1, 'no retry with reconnectTimeoutMs = 0');
  });
});
