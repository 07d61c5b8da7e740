import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import type { MeetingJson } from '../../server/rest/shapes.ts';
import { MemoryMeetingStore } from '../../server/store/memory-store.ts';
import {
  type SdkAudioStreamIdInfo,
  SdkPingPongType,
  SdkSignalFrame,
} from '../../src/protocol/service-frame.ts';
import {
  SignalingClient,
  type TestServer,
  Type,
  createAttendee,
  createMeeting,
  fields,
  joinedAttendee,
  request,
  startTestServer,
} from './helpers.ts';

/** Short, so that a dropped attendee's leave comes quickly. */
const RECONNECT_GRACE_MS = 300;

describe('signaling session', () => {
  let server: TestServer;
  let meeting: MeetingJson;
  const clients: SignalingClient[] = [];

  before(async () => {
    server = await startTestServer({ joinTimeoutMs: 300, reconnectGraceMs: RECONNECT_GRACE_MS });
  });
  after(() => server.close());
  beforeEach(async () => {
    for (const client of clients.splice(0)) client.ws.terminate();
    meeting = await createMeeting(server);
  });

  async function join(externalUserId?: string) {
    const joined = await joinedAttendee(server, meeting, externalUserId);
    clients.push(joined.client);
    return joined;
  }
  /** Two attendees joined; the second's connection then ends without LEAVE. */
  async function twoJoinedThenSecondDrops() {
    const first = await join();
    const second = await join();
    await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    const secondId = second.roster.audioStreamIdInfo!.streams[1]!.audioStreamId;
    second.client.ws.terminate();
    return { first, second, secondId };
  }

  it('answers JOIN with JOIN_ACK, then INDEX, then the roster including self', async () => {
    const attendee = await createAttendee(server, meeting.MeetingId, 'alice');
    const client = await SignalingClient.forAttendee(meeting, attendee);
    clients.push(client);
    client.send({ type: Type.JOIN, join: { protocolVersion: 2, flags: 2, audioSessionId: 99 } });
    const roster = await client.next(Type.AUDIO_STREAM_ID_INFO);
    // Everything has arrived by now; check the order it arrived in.
    assert.deepEqual(client.pendingTypes(), [Type.JOIN_ACK, Type.INDEX]);
    const joinAck = await client.next(Type.JOIN_ACK);
    assert.ok(joinAck.joinack, 'JOIN_ACK carries a joinack sub-message');
    assert.deepEqual(fields(joinAck.joinack), { videoSubscriptionLimit: 25 });
    const index = await client.next(Type.INDEX);
    assert.deepEqual(index.index!.sources, []);
    assert.equal(index.index!.numParticipants, 1);
    const streams = roster.audioStreamIdInfo!.streams;
    assert.equal(streams.length, 1);
    assert.deepEqual(fields(streams[0]!), {
      audioStreamId: streams[0]!.audioStreamId,
      attendeeId: attendee.AttendeeId,
      externalUserId: 'alice',
    });
    assert.ok(streams[0]!.audioStreamId > 0);
    assert.ok(
      server.logs.includes(`attendee joined ${meeting.MeetingId} ${attendee.AttendeeId} audio stream 1`),
    );
  });

  it('tells each attendee about the others, with increasing audio stream ids', async () => {
    const first = await join('alice');
    const second = await join('bob');
    const firstId = first.roster.audioStreamIdInfo!.streams[0]!.audioStreamId;
    assert.equal(second.index.index!.numParticipants, 2);
    const secondRoster = second.roster.audioStreamIdInfo!.streams.map(fields);
    assert.deepEqual(secondRoster, [
      { audioStreamId: firstId, attendeeId: first.attendee.AttendeeId, externalUserId: 'alice' },
      { audioStreamId: firstId + 1, attendeeId: second.attendee.AttendeeId, externalUserId: 'bob' },
    ]);
    const seenByFirst = await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.deepEqual(seenByFirst.audioStreamIdInfo!.streams.map(fields), [secondRoster[1]]);
  });

  it('answers PING with a PONG carrying the same id, even before JOIN', async () => {
    const attendee = await createAttendee(server, meeting.MeetingId);
    const client = await SignalingClient.forAttendee(meeting, attendee);
    clients.push(client);
    client.send({ type: Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 7 } });
    const early = await client.next(Type.PING_PONG);
    assert.deepEqual(fields(early.pingPong!), { type: SdkPingPongType.PONG, pingId: 7 });
    await client.join();
    client.send({ type: Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 4242 } });
    const pong = await client.next(Type.PING_PONG);
    assert.deepEqual(fields(pong.pingPong!), { type: SdkPingPongType.PONG, pingId: 4242 });
  });

  it('turns AUDIO_CONTROL into a mute entry for everyone, the sender included', async () => {
    const first = await join();
    const second = await join();
    await first.client.next(Type.AUDIO_STREAM_ID_INFO); // second's join
    const secondId = second.roster.audioStreamIdInfo!.streams[1]!.audioStreamId;
    second.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: true } });
    for (const client of [first.client, second.client]) {
      const frame = await client.next(Type.AUDIO_STREAM_ID_INFO);
      assert.deepEqual(frame.audioStreamIdInfo!.streams.map(fields), [
        { audioStreamId: secondId, muted: true },
      ]);
    }
    second.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: false } });
    const unmuted = await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.deepEqual(unmuted.audioStreamIdInfo!.streams.map(fields), [
      { audioStreamId: secondId, muted: false },
    ]);
  });

  it('gives a newcomer the mute state of those already muted', async () => {
    const first = await join('alice');
    first.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: true } });
    await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    const second = await join('bob');
    const firstId = first.roster.audioStreamIdInfo!.streams[0]!.audioStreamId;
    assert.deepEqual(second.roster.audioStreamIdInfo!.streams.slice(0, 2).map(fields), [
      { audioStreamId: firstId, attendeeId: first.attendee.AttendeeId, externalUserId: 'alice' },
      { audioStreamId: firstId, muted: true },
    ]);
  });

  it('honours a change of audio_muted in SUBSCRIBE', async () => {
    const first = await join();
    const second = await join();
    await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    const secondId = second.roster.audioStreamIdInfo!.streams[1]!.audioStreamId;
    second.client.send({ type: Type.SUBSCRIBE, sub: { duplex: 1, audioMuted: true, sdpOffer: 'not sdp' } });
    const frame = await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.deepEqual(frame.audioStreamIdInfo!.streams.map(fields), [
      { audioStreamId: secondId, muted: true },
    ]);
  });

  it('answers a SUBSCRIBE without a usable offer with an error SUBSCRIBE_ACK and stays connected', async () => {
    const { client } = await join();
    client.send({ type: Type.SUBSCRIBE, sub: { duplex: 1, sdpOffer: 'garbage' } });
    const ack = await client.next(Type.SUBSCRIBE_ACK);
    assert.equal(ack.error!.status, 400);
    assert.ok(ack.suback, 'the sub-message is present');
    client.send({ type: Type.SUBSCRIBE, sub: { duplex: 1, compressedSdpOffer: deflateRawSync('v=0\r\n') } });
    assert.equal((await client.next(Type.SUBSCRIBE_ACK)).error!.status, 400);
    client.send({ type: Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 1 } });
    await client.next(Type.PING_PONG);
  });

  it('answers LEAVE with LEAVE_ACK and tells the others without dropped', async () => {
    const first = await join();
    const second = await join();
    await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    const secondId = second.roster.audioStreamIdInfo!.streams[1]!.audioStreamId;
    second.client.send({ type: Type.LEAVE, leave: {} });
    const ack = await second.client.next(Type.LEAVE_ACK);
    assert.ok(ack.leaveAck);
    const leave = await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.deepEqual(leave.audioStreamIdInfo!.streams.map(fields), [{ audioStreamId: secondId }]);
    second.client.close();
    assert.equal((await second.client.closedWithin()).code, 1005);
    await first.client.expectNone(Type.AUDIO_STREAM_ID_INFO);
  });

  it('tells the others dropped: true when a connection ends without LEAVE, after the grace period', async () => {
    const { first, second, secondId } = await twoJoinedThenSecondDrops();
    await second.client.closedWithin();
    // Still present while it may reconnect.
    await first.client.expectNone(Type.AUDIO_STREAM_ID_INFO, RECONNECT_GRACE_MS / 2);
    const leave = await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.deepEqual(leave.audioStreamIdInfo!.streams.map(fields), [
      { audioStreamId: secondId, dropped: true },
    ]);
    assert.ok(server.logs.includes(`attendee dropped ${meeting.MeetingId} ${second.attendee.AttendeeId}`));
  });

  it('takes a JOIN within the grace period as a reconnect: a new stream id, no leave, no 301', async () => {
    const first = await join();
    const attendee = await createAttendee(server, meeting.MeetingId, 'bob');
    const before = await SignalingClient.forAttendee(meeting, attendee);
    const firstJoin = await before.join();
    const oldId = firstJoin.roster.audioStreamIdInfo!.streams.at(-1)!.audioStreamId;
    await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    before.ws.terminate();
    await before.closedWithin();
    // Let the service see the close first (well within the grace period).
    await new Promise((resolve) => setTimeout(resolve, 50));

    const after = await SignalingClient.connect(meeting.MediaPlacement.SignalingUrl, [
      '_aws_wt_session',
      attendee.JoinToken,
    ]);
    clients.push(after);
    const { roster } = await after.join();
    const newId = roster.audioStreamIdInfo!.streams.at(-1)!.audioStreamId;
    assert.ok(newId > oldId, 'a higher audio stream id supersedes the old one');
    assert.ok(
      !roster.audioStreamIdInfo!.streams.some((s: SdkAudioStreamIdInfo) => s.audioStreamId === oldId),
      'the roster has only the new connection',
    );

    // The others learn only the new mapping: no leave for the old stream id, then or later.
    const mapping = await first.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.deepEqual(mapping.audioStreamIdInfo!.streams.map(fields), [
      { audioStreamId: newId, attendeeId: attendee.AttendeeId, externalUserId: 'bob' },
    ]);
    await first.client.expectNone(Type.AUDIO_STREAM_ID_INFO, RECONNECT_GRACE_MS * 2);
    await after.expectNone(Type.AUDIO_STATUS, 0);
    assert.equal(after.ws.readyState, after.ws.OPEN);
    assert.ok(
      server.logs.includes(
        `attendee reconnected ${meeting.MeetingId} ${attendee.AttendeeId} audio stream ${newId}`,
      ),
    );
    assert.ok(!server.logs.includes(`attendee dropped ${meeting.MeetingId} ${attendee.AttendeeId}`));
    const joinedLines = server.logs.filter((line) =>
      line.startsWith(`attendee joined ${meeting.MeetingId} ${attendee.AttendeeId} `),
    );
    assert.equal(joinedLines.length, 1, 'the reconnect is not a second join (no AttendeeJoined)');
  });

  it('ends the grace period of a dropped attendee that is deleted: a leave without dropped', async () => {
    const { first, second, secondId } = await twoJoinedThenSecondDrops();
    await second.client.closedWithin();
    // Let the service see the close first (well within the grace period).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const deleted = await request(
      `${server.url}/meetings/${meeting.MeetingId}/attendees/${second.attendee.AttendeeId}`,
      { method: 'DELETE' },
    );
    assert.equal(deleted.status, 204);
    const leave = await first.client.next(Type.AUDIO_STREAM_ID_INFO, RECONNECT_GRACE_MS / 2);
    assert.deepEqual(leave.audioStreamIdInfo!.streams.map(fields), [{ audioStreamId: secondId }]);
    await first.client.expectNone(Type.AUDIO_STREAM_ID_INFO, RECONNECT_GRACE_MS * 2);
  });

  it('gives a rejoining attendee a higher audio stream id', async () => {
    const attendee = await createAttendee(server, meeting.MeetingId);
    const before = await SignalingClient.forAttendee(meeting, attendee);
    const firstJoin = await before.join();
    before.ws.terminate();
    await before.closedWithin();
    const after = await SignalingClient.forAttendee(meeting, attendee);
    clients.push(after);
    const secondJoin = await after.join();
    const id = (j: typeof firstJoin) => j.roster.audioStreamIdInfo!.streams.at(-1)!.audioStreamId;
    assert.ok(id(secondJoin) > id(firstJoin));
  });

  it('keeps a connection usable after a frame that does not decode', async () => {
    const { client, attendee } = await join();
    client.ws.send(Buffer.from([0x05, 0xff, 0xff, 0xff, 0xff]));
    client.ws.send(Buffer.from([0x05]));
    client.ws.send('a text message');
    client.send({ type: Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 3 } });
    const pong = await client.next(Type.PING_PONG);
    assert.equal(pong.pingPong!.pingId, 3);
    assert.ok(
      server.logs.includes(`signaling frame undecodable ${meeting.MeetingId} ${attendee.AttendeeId} 5 bytes`),
    );
    assert.ok(server.logs.some((line) => line.startsWith('signaling text message ignored')));
    assert.ok(!server.logs.some((line) => /ffff|a text message/.test(line)));
  });

  it('ignores telemetry, unknown frame types and frames before JOIN', async () => {
    const attendee = await createAttendee(server, meeting.MeetingId);
    const client = await SignalingClient.forAttendee(meeting, attendee);
    clients.push(client);
    client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: true } });
    client.send({ type: Type.SUBSCRIBE, sub: { duplex: 1, sdpOffer: 'v=0' } });
    client.send({ type: Type.CLIENT_METRIC, clientMetric: {} });
    client.send({ type: 999 as SdkSignalFrame.Type });
    await client.expectNone(Type.SUBSCRIBE_ACK, 100);
    const { roster } = await client.join();
    assert.equal(Object.hasOwn(roster.audioStreamIdInfo!.streams.at(-1)!, 'muted'), false);
    client.send({ type: Type.MEETING_SESSION_TIMING, meetingSessionTiming: {} });
    client.send({ type: Type.JOIN, join: {} });
    await client.expectNone(Type.JOIN_ACK, 100);
    client.send({ type: Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 5 } });
    await client.next(Type.PING_PONG);
  });

  it('closes a connection that sends no JOIN in time', async () => {
    const attendee = await createAttendee(server, meeting.MeetingId);
    const client = await SignalingClient.forAttendee(meeting, attendee);
    const started = Date.now();
    const closed = await client.closedWithin();
    assert.equal(closed.code, 4408);
    assert.ok(Date.now() - started >= 250, 'not before the deadline');
  });

  it('closes a connection that sends an oversized message, and carries on', async () => {
    const { client } = await join();
    client.ws.send(Buffer.alloc(300 * 1024, 5));
    assert.equal((await client.closedWithin()).code, 1009);
    const { joinAck } = await join();
    assert.ok(joinAck.joinack);
  });

  it('sends AUDIO_STATUS 301 to the old connection when the attendee joins again elsewhere', async () => {
    const observer = await join();
    const attendee = await createAttendee(server, meeting.MeetingId);
    const old = await SignalingClient.forAttendee(meeting, attendee);
    clients.push(old);
    const oldJoin = await old.join();
    const oldId = oldJoin.roster.audioStreamIdInfo!.streams.at(-1)!.audioStreamId;
    await observer.client.next(Type.AUDIO_STREAM_ID_INFO);

    const replacement = await SignalingClient.forAttendee(meeting, attendee);
    clients.push(replacement);
    const { roster } = await replacement.join();
    const status = await old.next(Type.AUDIO_STATUS);
    assert.equal(status.audioStatus!.audioStatus, 301);
    const newId = roster.audioStreamIdInfo!.streams.at(-1)!.audioStreamId;
    assert.ok(newId > oldId);
    assert.deepEqual(
      roster.audioStreamIdInfo!.streams.map((s: SdkAudioStreamIdInfo) => s.attendeeId),
      [observer.attendee.AttendeeId, attendee.AttendeeId],
    );
    const joined = await observer.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.equal(joined.audioStreamIdInfo!.streams[0]!.audioStreamId, newId);
    const left = await observer.client.next(Type.AUDIO_STREAM_ID_INFO);
    assert.deepEqual(left.audioStreamIdInfo!.streams.map(fields), [{ audioStreamId: oldId }]);

    // The official client answers 301 with LEAVE; that must not affect the new connection.
    old.send({ type: Type.LEAVE, leave: {} });
    await old.next(Type.LEAVE_ACK);
    old.ws.terminate();
    await observer.client.expectNone(Type.AUDIO_STREAM_ID_INFO);
    replacement.send({ type: Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId: 9 } });
    await replacement.next(Type.PING_PONG);
  });

  it('ends the meeting for everyone on DELETE: AUDIO_STATUS 410, LEAVE_ACK, later joins 4410', async () => {
    const first = await join();
    const second = await join();
    await first.client.next(Type.AUDIO_STREAM_ID_INFO); // second's join
    const waiting = await SignalingClient.forAttendee(
      meeting,
      await createAttendee(server, meeting.MeetingId),
    );
    const deleted = await request(`${server.url}/meetings/${meeting.MeetingId}`, { method: 'DELETE' });
    assert.equal(deleted.status, 204);
    for (const { client } of [first, second]) {
      const status = await client.next(Type.AUDIO_STATUS);
      assert.equal(status.audioStatus!.audioStatus, 410);
      client.send({ type: Type.LEAVE, leave: {} });
      await client.next(Type.LEAVE_ACK);
    }
    assert.equal((await waiting.closedWithin()).code, 4410);
    second.client.close();
    await first.client.expectNone(Type.AUDIO_STREAM_ID_INFO, 100);
    const late = await SignalingClient.forAttendee(meeting, first.attendee);
    assert.equal((await late.closedWithin()).code, 4410);
  });
});

describe('signaling with a slow meeting store', () => {
  it('keeps a JOIN that arrives while the connection is still being authenticated', async () => {
    class SlowStore extends MemoryMeetingStore {
      override async getAttendee(meetingId: string, attendeeId: string) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return super.getAttendee(meetingId, attendeeId);
      }
    }
    const server = await startTestServer({ store: new SlowStore() });
    try {
      const meeting = await createMeeting(server);
      const { client, joinAck } = await joinedAttendee(server, meeting);
      assert.ok(joinAck.joinack);
      client.close();
    } finally {
      await server.close();
    }
  });
});

describe('meeting service shutdown', () => {
  it('closes connected sessions and resolves close()', async () => {
    const server = await startTestServer();
    const meeting = await createMeeting(server);
    const { client } = await joinedAttendee(server, meeting);
    const pending = await SignalingClient.forAttendee(
      meeting,
      await createAttendee(server, meeting.MeetingId),
    );
    await server.close();
    assert.equal((await client.closedWithin()).code, 4503);
    assert.equal((await pending.closedWithin()).code, 4503);
    await assert.rejects(fetch(`${server.url}/meetings`));
  });
});
