import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LogLevel } from '../../src/logging/LogLevel.ts';
import { SdkSignalFrame } from '../../src/protocol/service-frame.ts';
import type { ISdkDataMessagePayload } from '../../src/protocol/service-frame.ts';
import { DataMessage } from '../../src/realtime/DataMessage.ts';
import { sessionsStoppedAfterEach } from './helpers/fakes.ts';
import type { FakeWebSocket } from './helpers/fakes.ts';
import { fakeSession, joinedSession } from './helpers/session-fakes.ts';

const sessions = sessionsStoppedAfterEach();

async function setup() {
  const ctx = fakeSession(sessions);
  const socket = await joinedSession(ctx);
  const sent = () => socket.framesOfType(SdkSignalFrame.Type.DATA_MESSAGE);
  return { ...ctx, socket, sent };
}

function deliver(socket: FakeWebSocket, ...messages: ISdkDataMessagePayload[]): void {
  socket.deliver({ type: SdkSignalFrame.Type.DATA_MESSAGE, dataMessage: { messages } });
}

const INGEST_NS = 1_700_000_000_123_000_000;

describe('realtimeSendDataMessage', () => {
  it('sends a DATA_MESSAGE with the topic and the UTF-8 bytes of a string', async () => {
    const ctx = await setup();
    ctx.session.audioVideo.realtimeSendDataMessage('chat', 'héllo ☕');
    const frames = ctx.sent();
    assert.equal(frames.length, 1);
    const messages = frames[0]!.dataMessage!.messages;
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.topic, 'chat');
    assert.deepEqual([...messages[0]!.data!], [...Buffer.from('héllo ☕', 'utf8')]);
    assert.equal(Object.hasOwn(messages[0]!, 'lifetimeMs'), false, 'no lifetime unless given');
  });

  it('sends the bytes of a Uint8Array as they are, and JSON of an object', async () => {
    const ctx = await setup();
    ctx.session.audioVideo.realtimeSendDataMessage('bytes', new Uint8Array([0, 1, 254, 255]));
    ctx.session.audioVideo.realtimeSendDataMessage('json', { kind: 'reaction', emoji: '👍', n: [1, 2] });
    const [bytes, json] = ctx.sent().map((frame) => frame.dataMessage!.messages[0]!);
    assert.equal(bytes!.topic, 'bytes');
    assert.deepEqual([...bytes!.data!], [0, 1, 254, 255]);
    assert.equal(json!.topic, 'json');
    assert.equal(
      Buffer.from(json!.data!).toString('utf8'),
      JSON.stringify({ kind: 'reaction', emoji: '👍', n: [1, 2] }),
    );
  });

  it('sends lifetimeMs', async () => {
    const ctx = await setup();
    ctx.session.audioVideo.realtimeSendDataMessage('kept', 'for later joiners', 300_000);
    assert.equal(ctx.sent()[0]!.dataMessage!.messages[0]!.lifetimeMs, 300_000);
  });

  it('accepts a topic of 36 characters and data of exactly 2048 bytes', async () => {
    const ctx = await setup();
    const topic = 'a-Z_0'.repeat(7) + '9';
    assert.equal(topic.length, 36);
    ctx.session.audioVideo.realtimeSendDataMessage(topic, new Uint8Array(2048));
    ctx.session.audioVideo.realtimeSendDataMessage('t', 'é'.repeat(1024));
    assert.deepEqual(
      ctx.sent().map((frame) => frame.dataMessage!.messages[0]!.data!.length),
      [2048, 2048],
    );
  });

  const invalid: Array<[string, string, unknown, number | undefined, RegExp]> = [
    ['an empty topic', '', 'x', undefined, /topic/i],
    ['a topic with a space', 'bad topic', 'x', undefined, /topic/i],
    ['a topic with other characters', 'chat/1', 'x', undefined, /topic/i],
    ['a topic of 37 characters', 'a'.repeat(37), 'x', undefined, /topic/i],
    ['2049 bytes of binary data', 'big', new Uint8Array(2049), undefined, /2048/],
    ['a string of 1025 two-byte characters (2050 bytes)', 'big', 'é'.repeat(1025), undefined, /2048/],
    ['an object whose JSON is over 2048 bytes', 'big', { text: 'x'.repeat(2048) }, undefined, /2048/],
    ['a negative lifetime', 'chat', 'x', -1, /lifetime/i],
    ['a lifetime that is not a number', 'chat', 'x', Number.NaN, /lifetime/i],
  ];
  for (const [what, topic, data, lifetimeMs, message] of invalid) {
    it(`throws an Error for ${what} and sends nothing`, async () => {
      const ctx = await setup();
      assert.throws(
        () => ctx.session.audioVideo.realtimeSendDataMessage(topic, data, lifetimeMs),
        (error: unknown) => error instanceof Error && message.test(error.message),
      );
      assert.equal(ctx.sent().length, 0);
    });
  }

  it('names the size in its message', async () => {
    const ctx = await setup();
    assert.throws(() => ctx.session.audioVideo.realtimeSendDataMessage('big', new Uint8Array(3000)), {
      message: 'Data size has to be at most 2048 bytes (it is 3000)',
    });
  });

  it('sends nothing and logs an error when the session is not connected', async () => {
    const ctx = fakeSession(sessions);
    ctx.session.audioVideo.realtimeSendDataMessage('chat', 'too early');
    assert.equal(ctx.sockets.length, 0);
    assert.ok(
      ctx.logger.at(LogLevel.ERROR).some((line) => /chat not sent/.test(line)),
      'an error naming the topic',
    );
  });
});

describe('receiving data messages', () => {
  it('hands a DataMessage to the callbacks of its topic only, and fires the data-message event', async () => {
    const ctx = await setup();
    const chat: DataMessage[] = [];
    const chat2: DataMessage[] = [];
    const other: DataMessage[] = [];
    const events: DataMessage[] = [];
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (m) => chat.push(m));
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (m) => chat2.push(m));
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('other', (m) => other.push(m));
    ctx.session.addEventListener('data-message', (e) => events.push(e.detail.message));

    deliver(ctx.socket, {
      topic: 'chat',
      data: Buffer.from(JSON.stringify({ text: 'hé ☕' })),
      senderAttendeeId: 'att-bob',
      senderExternalUserId: 'Bob',
      ingestTimeNs: INGEST_NS,
    });

    assert.equal(chat.length, 1);
    assert.equal(chat2.length, 1, 'every callback of the topic');
    assert.equal(other.length, 0, 'not the callbacks of another topic');
    const message = chat[0]!;
    assert.ok(message instanceof DataMessage, 'a DataMessage');
    assert.equal(chat2[0], message);
    assert.equal(message.topic, 'chat');
    assert.equal(message.text(), '{"text":"hé ☕"}');
    assert.deepEqual(message.json(), { text: 'hé ☕' });
    assert.equal(message.senderAttendeeId, 'att-bob');
    assert.equal(message.senderExternalUserId, 'Bob');
    assert.ok(
      Math.abs(message.timestampMs - INGEST_NS / 1e6) < 1e-3,
      `timestampMs ${message.timestampMs} = ingest_time_ns / 1e6`,
    );
    assert.equal(message.throttled, false);
    assert.deepEqual(
      events.map((m) => m.topic),
      ['chat'],
    );
    assert.equal(events[0]!.text(), message.text());
  });

  it('delivers every message of a frame, and the event fires for topics without callbacks', async () => {
    const ctx = await setup();
    const chat: string[] = [];
    const events: string[] = [];
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (m) => chat.push(m.text()));
    ctx.session.addEventListener('data-message', (e) =>
      events.push(`${e.detail.message.topic}:${e.detail.message.text()}`),
    );
    deliver(
      ctx.socket,
      { topic: 'chat', data: Buffer.from('one'), senderAttendeeId: 'a', ingestTimeNs: INGEST_NS },
      { topic: 'nobody', data: Buffer.from('two'), senderAttendeeId: 'a', ingestTimeNs: INGEST_NS },
      { topic: 'chat', data: Buffer.from('three'), senderAttendeeId: 'a', ingestTimeNs: INGEST_NS },
    );
    assert.deepEqual(chat, ['one', 'three']);
    assert.deepEqual(events, ['chat:one', 'nobody:two', 'chat:three']);
  });

  it('marks a message with ingest_time_ns 0 as throttled', async () => {
    const ctx = await setup();
    const received: DataMessage[] = [];
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (m) => received.push(m));
    deliver(ctx.socket, {
      topic: 'chat',
      data: Buffer.from('x'),
      senderAttendeeId: 'att-self',
      ingestTimeNs: 0,
    });
    deliver(ctx.socket, { topic: 'chat', data: Buffer.from('y'), senderAttendeeId: 'att-self' });
    assert.deepEqual(
      received.map((m) => [m.text(), m.throttled, m.timestampMs]),
      [
        ['x', true, 0],
        ['y', true, 0],
      ],
    );
  });

  it('stops the callbacks of a topic on realtimeUnsubscribeFromReceiveDataMessage', async () => {
    const ctx = await setup();
    const chat: string[] = [];
    const other: string[] = [];
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (m) => chat.push(`1:${m.text()}`));
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (m) => chat.push(`2:${m.text()}`));
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('other', (m) => other.push(m.text()));
    deliver(ctx.socket, { topic: 'chat', data: Buffer.from('a'), ingestTimeNs: INGEST_NS });
    ctx.session.audioVideo.realtimeUnsubscribeFromReceiveDataMessage('chat');
    deliver(ctx.socket, { topic: 'chat', data: Buffer.from('b'), ingestTimeNs: INGEST_NS });
    deliver(ctx.socket, { topic: 'other', data: Buffer.from('c'), ingestTimeNs: INGEST_NS });
    assert.deepEqual(chat, ['1:a', '2:a']);
    assert.deepEqual(other, ['c'], 'other topics keep theirs');
  });

  it('goes on to the other callbacks and the event when a callback throws', async () => {
    const ctx = await setup();
    const received: string[] = [];
    let events = 0;
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', () => {
      throw new Error('callback bug');
    });
    ctx.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (m) => received.push(m.text()));
    ctx.session.addEventListener('data-message', () => events++);
    deliver(ctx.socket, { topic: 'chat', data: Buffer.from('still here'), ingestTimeNs: INGEST_NS });
    assert.deepEqual(received, ['still here']);
    assert.equal(events, 1);
    assert.equal(ctx.session.state, 'joined');
    assert.ok(
      ctx.logger.at(LogLevel.ERROR).some((line) => /callback bug/.test(line)),
      'the error is logged',
    );
  });
});
