// Data messages kept for attendees who join later (`lifetime_ms`, wire protocol §9): what a
// later joiner gets after its JOIN_ACK, INDEX and roster, and what it never gets.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MeetingJson } from '../../server/rest/shapes.ts';
import { MAX_KEPT_MESSAGES, MAX_LIFETIME_MS } from '../../server/signaling/data-messages.ts';
import type { ISdkDataMessagePayload, SdkDataMessagePayload } from '../../src/protocol/service-frame.ts';
import { SignalingClient, Type, createAttendee, createMeeting, serverPerSuite, sleep } from './helpers.ts';

const RECONNECT_GRACE_MS = 1500;

const text = (value: string) => new TextEncoder().encode(value);
const textOf = (message: SdkDataMessagePayload) => new TextDecoder().decode(message.data);

function dataFrame(messages: ISdkDataMessagePayload[]) {
  return { type: Type.DATA_MESSAGE, dataMessage: { messages } };
}

/** The next `count` data messages `client` receives, over however many frames they come in. */
async function messages(client: SignalingClient, count: number, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  const received: SdkDataMessagePayload[] = [];
  while (received.length < count) {
    const frame = await client.next(Type.DATA_MESSAGE, Math.max(1, deadline - Date.now()));
    received.push(...frame.dataMessage!.messages);
  }
  assert.equal(received.length, count, 'no more messages than expected');
  return received;
}

describe('data messages kept for later joiners (lifetime_ms)', () => {
  const suite = serverPerSuite({ reconnectGraceMs: RECONNECT_GRACE_MS });
  const join = (meeting: MeetingJson, externalUserId?: string) => suite.join(meeting, externalUserId);

  async function connect(meeting: MeetingJson, externalUserId?: string) {
    const attendee = await createAttendee(suite.server, meeting.MeetingId, externalUserId);
    const client = suite.client(await SignalingClient.forAttendee(meeting, attendee));
    return { attendee, client };
  }

  it('sends a later joiner the unexpired kept messages after its roster, oldest first, as they were relayed', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting, 'alice');
    alice.client.send(dataFrame([{ topic: 'chat', data: text('first'), lifetimeMs: 10_000 }]));
    alice.client.send(dataFrame([{ topic: 'news_2', data: text('second'), lifetimeMs: 3_600_000 }]));
    const relayed = await messages(alice.client, 2);

    await sleep(50);
    const bob = await connect(meeting, 'bob');
    bob.client.send({ type: Type.JOIN, join: { protocolVersion: 2, flags: 2, audioSessionId: 1 } });
    const frame = await bob.client.next(Type.DATA_MESSAGE);
    // What came before it, in order: the join sequence (§4, §14 rule 4), then the kept messages.
    assert.deepEqual(bob.client.pendingTypes(), [Type.JOIN_ACK, Type.INDEX, Type.AUDIO_STREAM_ID_INFO]);
    const kept = frame.dataMessage!.messages;
    assert.deepEqual(kept.map(textOf), ['first', 'second']);
    for (const [i, message] of kept.entries()) {
      assert.equal(message.topic, relayed[i]!.topic);
      assert.equal(message.senderAttendeeId, alice.attendee.AttendeeId);
      assert.equal(message.senderExternalUserId, 'alice');
      assert.equal(
        Number(message.ingestTimeNs),
        Number(relayed[i]!.ingestTimeNs),
        'the original ingest time',
      );
      assert.ok(Number(message.ingestTimeNs) > 0);
    }
    // What is left of the lifetime, the second capped at the SDK's documented maximum.
    assert.ok(kept[0]!.lifetimeMs > 5_000 && kept[0]!.lifetimeMs < 10_000, `left ${kept[0]!.lifetimeMs}`);
    assert.ok(
      kept[1]!.lifetimeMs > MAX_LIFETIME_MS - 5_000 && kept[1]!.lifetimeMs < MAX_LIFETIME_MS,
      `left ${kept[1]!.lifetimeMs}`,
    );
    await bob.client.expectNone(Type.DATA_MESSAGE, 200);
  });

  it('keeps nothing sent without a lifetime or with lifetime 0', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting, 'alice');
    alice.client.send(
      dataFrame([
        { topic: 'chat', data: text('no lifetime') },
        { topic: 'chat', data: text('lifetime 0'), lifetimeMs: 0 },
      ]),
    );
    await messages(alice.client, 2);
    const bob = await join(meeting, 'bob');
    await bob.client.expectNone(Type.DATA_MESSAGE, 300);
  });

  it('stops sending a message once its lifetime is over', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting, 'alice');
    alice.client.send(
      dataFrame([
        { topic: 'chat', data: text('short'), lifetimeMs: 1000 },
        { topic: 'chat', data: text('long'), lifetimeMs: 10_000 },
      ]),
    );
    const sentAt = Date.now();
    await messages(alice.client, 2);
    // Kept while it lives...
    const early = await join(meeting, 'early');
    assert.deepEqual((await messages(early.client, 2)).map(textOf), ['short', 'long']);
    // ...and not after.
    await sleep(sentAt + 1200 - Date.now());
    const late = await join(meeting, 'late');
    assert.deepEqual((await messages(late.client, 1)).map(textOf), ['long']);
    await late.client.expectNone(Type.DATA_MESSAGE, 200);
  });

  it(`keeps the newest ${MAX_KEPT_MESSAGES} messages of a meeting`, async () => {
    const meeting = await createMeeting(suite.server);
    // Several senders, each within its burst of 200, so that none is throttled.
    const senders = await Promise.all(Array.from({ length: 6 }, (_, i) => join(meeting, `sender-${i}`)));
    const perSender = 175;
    const total = senders.length * perSender;
    const sent: string[] = [];
    for (const [s, sender] of senders.entries()) {
      const batch = Array.from({ length: perSender }, (_, i) => {
        const label = `${s}:${i}:`;
        sent.push(label);
        return { topic: 'bulk', data: text(label.padEnd(1000, '.')), lifetimeMs: 60_000 };
      });
      sender.client.send(dataFrame(batch));
      // The earlier senders' messages, then its own echoes.
      const own = (await messages(sender.client, (s + 1) * perSender)).slice(s * perSender);
      assert.deepEqual(
        own.map((message) => textOf(message).replace(/\.+$/, '')),
        sent.slice(s * perSender),
      );
      assert.ok(
        own.every((message) => Number(message.ingestTimeNs) > 0),
        'not throttled',
      );
    }
    assert.equal(sent.length, total);
    const late = await join(meeting, 'late');
    const kept = await messages(late.client, MAX_KEPT_MESSAGES, 10_000);
    await late.client.expectNone(Type.DATA_MESSAGE, 300);
    assert.deepEqual(
      kept.map((message) => textOf(message).replace(/\.+$/, '')),
      sent.slice(total - MAX_KEPT_MESSAGES),
    );
    const times = kept.map((message) => Number(message.ingestTimeNs));
    assert.ok(
      times.every((time, i) => i === 0 || time > times[i - 1]!),
      'oldest first',
    );
  });

  it('never keeps a throttled message', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting, 'alice');
    const count = 230;
    alice.client.send(
      dataFrame(
        Array.from({ length: count }, (_, i) => ({ topic: 't', data: text(String(i)), lifetimeMs: 60_000 })),
      ),
    );
    const echoes = await messages(alice.client, count);
    const relayed = echoes.filter((message) => Number(message.ingestTimeNs) !== 0).map(textOf);
    const throttled = echoes.filter((message) => Number(message.ingestTimeNs) === 0).map(textOf);
    assert.ok(throttled.length > 0 && relayed.length >= 200, `${relayed.length} relayed`);
    const bob = await join(meeting, 'bob');
    const kept = await messages(bob.client, relayed.length);
    await bob.client.expectNone(Type.DATA_MESSAGE, 300);
    assert.deepEqual(kept.map(textOf), relayed);
    assert.ok(kept.every((message) => Number(message.ingestTimeNs) > 0));
  });

  it("sends a replica meeting's later joiner the primary's kept messages, never a replica attendee's", async () => {
    const primary = await createMeeting(suite.server);
    const replica = await createMeeting(suite.server, { PrimaryMeetingId: primary.MeetingId });
    const presenter = await join(primary, 'presenter');
    const viewer = await join(replica, 'viewer');
    presenter.client.send(dataFrame([{ topic: 'chat', data: text('from the primary'), lifetimeMs: 60_000 }]));
    const [original] = await messages(presenter.client, 1);
    await messages(viewer.client, 1);
    viewer.client.send(dataFrame([{ topic: 'chat', data: text('from a replica'), lifetimeMs: 60_000 }]));
    const [echo] = await messages(viewer.client, 1);
    assert.ok(Number(echo!.ingestTimeNs) > 0, 'relayed, not throttled');

    const late = await join(replica, 'late');
    const [kept] = await messages(late.client, 1);
    await late.client.expectNone(Type.DATA_MESSAGE, 200);
    assert.equal(textOf(kept!), 'from the primary');
    assert.equal(kept!.senderAttendeeId, presenter.attendee.AttendeeId);
    assert.equal(kept!.senderExternalUserId, 'presenter');
    assert.equal(Number(kept!.ingestTimeNs), Number(original!.ingestTimeNs));
    assert.ok(kept!.lifetimeMs > 0 && kept!.lifetimeMs <= 60_000);

    const primaryLate = await join(primary, 'primary-late');
    assert.deepEqual((await messages(primaryLate.client, 1)).map(textOf), ['from the primary']);
    await primaryLate.client.expectNone(Type.DATA_MESSAGE, 200);
  });

  it('sends a reconnect within the grace period only what was kept after its connection dropped', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting, 'alice');
    alice.client.send(dataFrame([{ topic: 'chat', data: text('before'), lifetimeMs: 60_000 }]));
    await messages(alice.client, 1);
    const bob = await join(meeting, 'bob');
    assert.deepEqual((await messages(bob.client, 1)).map(textOf), ['before']);
    bob.client.ws.terminate();
    await bob.client.closed;
    await sleep(200); // the service notices the connection is gone
    alice.client.send(dataFrame([{ topic: 'chat', data: text('while away'), lifetimeMs: 60_000 }]));
    await messages(alice.client, 1);

    const again = suite.client(await SignalingClient.forAttendee(meeting, bob.attendee));
    await again.join();
    assert.deepEqual((await messages(again, 1)).map(textOf), ['while away']);
    await again.expectNone(Type.DATA_MESSAGE, 200);
    assert.ok(
      suite.server.logs.some((line) =>
        line.startsWith(`attendee reconnected ${meeting.MeetingId} ${bob.attendee.AttendeeId}`),
      ),
      'a reconnect, not a new join',
    );
  });
});
