import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventStreamClient } from './event-stream-client.ts';
import {
  SignalingClient,
  type TestServer,
  Type,
  createAttendee,
  createMeeting,
  joinedAttendee,
  request,
  startTestServer,
  subscribeFrame,
} from './helpers.ts';
import { ClientPeer } from './video-peer.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('meeting events (Server-Sent Events)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      corsOrigins: ['http://app.example'],
      eventKeepAliveMs: 100,
      reconnectGraceMs: 100,
    });
  });
  after(() => server.close());

  it('streams a join, leave, drop and delete sequence in order with the Chime detail fields', async () => {
    const stream = await EventStreamClient.open(`${server.url}/events`);
    assert.equal(stream.response.status, 200);
    assert.match(stream.response.headers.get('content-type')!, /^text\/event-stream/);
    const meeting = await createMeeting(server, { MediaRegion: 'eu-central-1' });
    const ann = await joinedAttendee(server, meeting, 'ann-1');
    const bob = await joinedAttendee(server, meeting, 'bob-2');
    bob.client.send({ type: Type.LEAVE, leave: {} });
    await bob.client.next(Type.LEAVE_ACK);
    await ann.client.next(Type.AUDIO_STREAM_ID_INFO); // bob's join
    await ann.client.next(Type.AUDIO_STREAM_ID_INFO); // bob's leave
    ann.client.ws.terminate();
    await ann.client.closed;
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the reconnect grace period
    await request(`${server.url}/meetings/${meeting.MeetingId}`, { method: 'DELETE' });

    const events = await stream.take(8);
    assert.deepEqual(
      events.map((e) => [e.type, e.data.externalUserId]),
      [
        ['AttendeeAdded', 'ann-1'],
        ['MeetingStarted', undefined],
        ['AttendeeJoined', 'ann-1'],
        ['AttendeeAdded', 'bob-2'],
        ['AttendeeJoined', 'bob-2'],
        ['AttendeeLeft', 'bob-2'],
        ['AttendeeDropped', 'ann-1'],
        ['MeetingEnded', undefined],
      ],
    );
    for (const { type, data } of events) {
      assert.equal(data.eventType, `chime:${type}`);
      assert.equal(data.version, '0');
      assert.equal(data.meetingId, meeting.MeetingId);
      assert.equal(data.externalMeetingId, meeting.ExternalMeetingId);
      assert.equal(data.mediaRegion, 'eu-central-1');
      assert.equal(typeof data.timestamp, 'number');
      assert.match(data.time, ISO);
      assert.equal(new Date(data.time).getTime(), data.timestamp);
    }
    assert.equal(events[2]!.data.attendeeId, ann.attendee.AttendeeId);
    stream.close();
  });

  it('reports a content share as AttendeeContentJoined and AttendeeContentLeft', async () => {
    const meeting = await createMeeting(server);
    const stream = await EventStreamClient.open(`${server.url}/meetings/${meeting.MeetingId}/events`);
    const attendee = await createAttendee(server, meeting.MeetingId, 'sharer-1');
    const content = await SignalingClient.connect(meeting.MediaPlacement.SignalingUrl, [
      '_aws_wt_session',
      `${attendee.JoinToken}#content`,
    ]);
    await content.join();
    content.send({ type: Type.LEAVE, leave: {} });
    await content.next(Type.LEAVE_ACK);
    const events = await stream.take(4);
    assert.deepEqual(
      events.map((e) => [e.type, e.data.attendeeId]),
      [
        ['AttendeeAdded', attendee.AttendeeId],
        ['MeetingStarted', undefined],
        ['AttendeeContentJoined', `${attendee.AttendeeId}#content`],
        ['AttendeeContentLeft', `${attendee.AttendeeId}#content`],
      ],
    );
    stream.close();
  });

  it('reports a published camera as AttendeeVideoStarted and its end as AttendeeVideoStopped', async () => {
    const meeting = await createMeeting(server);
    const stream = await EventStreamClient.open(`${server.url}/meetings/${meeting.MeetingId}/events`);
    const { attendee, client } = await joinedAttendee(server, meeting, 'camera-1');
    const peer = new ClientPeer({ sendCamera: true });
    try {
      client.send(subscribeFrame(await peer.offer(), [0], { sendVideo: true }));
      await client.next(Type.SUBSCRIBE_ACK, 8000);
      client.send({ type: Type.LEAVE, leave: {} });
      await client.next(Type.LEAVE_ACK);
      const events = await stream.take(6);
      assert.deepEqual(
        events.map((e) => e.type),
        [
          'AttendeeAdded',
          'MeetingStarted',
          'AttendeeJoined',
          'AttendeeVideoStarted',
          'AttendeeVideoStopped',
          'AttendeeLeft',
        ],
      );
      assert.equal(events[3]!.data.attendeeId, attendee.AttendeeId);
      assert.equal(events[3]!.data.externalUserId, 'camera-1');
    } finally {
      await peer.close();
      stream.close();
    }
  });

  it('filters /meetings/{id}/events to that meeting, 404s unknown meetings, and sends keep-alives', async () => {
    const mine = await createMeeting(server);
    const stream = await EventStreamClient.open(`${server.url}/meetings/${mine.MeetingId}/events`);
    const other = await createMeeting(server);
    await createAttendee(server, other.MeetingId, 'elsewhere');
    await createAttendee(server, mine.MeetingId, 'here-1');
    const [event] = await stream.take(1);
    assert.equal(event!.data.meetingId, mine.MeetingId);
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.ok(stream.comments.includes('keep-alive'), stream.comments.join());
    stream.close();
    const missing = await request(`${server.url}/meetings/00000000-0000-4000-8000-000000000000/events`);
    assert.equal(missing.status, 404);
  });

  it('follows the CORS rules', async () => {
    const stream = await EventStreamClient.open(`${server.url}/events`, { origin: 'http://app.example' });
    assert.equal(stream.response.headers.get('access-control-allow-origin'), 'http://app.example');
    stream.close();
    const other = await EventStreamClient.open(`${server.url}/events`, { origin: 'http://evil.example' });
    assert.equal(other.response.headers.get('access-control-allow-origin'), null);
    other.close();
  });

  it('ends open streams when the service closes, and closes promptly', async () => {
    const own = await startTestServer();
    const stream = await EventStreamClient.open(`${own.url}/events`);
    const started = Date.now();
    await own.close();
    assert.ok(Date.now() - started < 2000, `close took ${Date.now() - started} ms`);
    await stream.endedWithin();
  });
});

describe('idle meetings', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ idleMeetingTimeoutMs: 300 });
  });
  after(() => server.close());

  it('ends a meeting nobody joined, with MeetingEnded', async () => {
    const stream = await EventStreamClient.open(`${server.url}/events`);
    const meeting = await createMeeting(server);
    const [ended] = await stream.take(1, 3000);
    assert.equal(ended!.type, 'MeetingEnded');
    assert.equal(ended!.data.meetingId, meeting.MeetingId);
    assert.equal((await request(`${server.url}/meetings/${meeting.MeetingId}`)).status, 404);
    assert.ok(server.logs.some((line) => line.includes(`meeting ended ${meeting.MeetingId}`)));
    stream.close();
  });

  it('keeps a meeting while someone is in it and ends it once everyone has left', async () => {
    const meeting = await createMeeting(server);
    const { client } = await joinedAttendee(server, meeting);
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal((await request(`${server.url}/meetings/${meeting.MeetingId}`)).status, 200);
    client.send({ type: Type.LEAVE, leave: {} });
    await client.next(Type.LEAVE_ACK);
    const leftAt = Date.now();
    for (;;) {
      const status = (await request(`${server.url}/meetings/${meeting.MeetingId}`)).status;
      if (status === 404) break;
      assert.ok(Date.now() - leftAt < 3000, 'meeting still active 3 s after everyone left');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(Date.now() - leftAt >= 250, 'ended before the idle timeout');
  });

  it('ends a meeting at its maximum duration even with people in it (AUDIO_STATUS 410)', async () => {
    const own = await startTestServer({ maxMeetingDurationMs: 400 });
    try {
      const meeting = await createMeeting(own);
      const { client } = await joinedAttendee(own, meeting);
      const status = await client.next(Type.AUDIO_STATUS, 3000);
      assert.equal(status.audioStatus?.audioStatus, 410);
    } finally {
      await own.close();
    }
  });
});
