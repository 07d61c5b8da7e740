import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AttendeeJson, MeetingJson } from '../../server/rest/shapes.ts';
import {
  type SdkAudioStreamIdInfo,
  type SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
} from '../../src/protocol/service-frame.ts';
import { AudioPeer, Tone, silence, subscribeFrame, waitFor } from './audio-helpers.ts';
import { VideoPeer, videoSubscribeFrame } from './video-peer.ts';
import {
  SignalingClient,
  Type,
  createAttendee,
  createMeeting,
  fields,
  request,
  serverPerSuite,
} from './helpers.ts';

const RECONNECT_GRACE_MS = 200;

type Entry = SdkAudioStreamIdInfo;

/** Presence entries received until one matches, failing after `timeoutMs`. */
async function presenceUntil(client: SignalingClient, match: (entry: Entry) => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = await client.next(Type.AUDIO_STREAM_ID_INFO, Math.max(1, deadline - Date.now()));
    const found = frame.audioStreamIdInfo!.streams.find(match);
    if (found) return found;
  }
}

/** Every frame of `type` that `client` has or receives within `ms`. */
async function framesWithin(client: SignalingClient, type: SdkSignalFrame.Type, ms: number) {
  const deadline = Date.now() + ms;
  const frames: SdkSignalFrame[] = [];
  for (;;) {
    try {
      frames.push(await client.next(type, Math.max(1, deadline - Date.now())));
    } catch {
      return frames;
    }
  }
}

/** Every presence entry that `client` has or receives within `ms`. */
async function presenceWithin(client: SignalingClient, ms: number): Promise<Entry[]> {
  const frames = await framesWithin(client, Type.AUDIO_STREAM_ID_INFO, ms);
  return frames.flatMap((frame) => frame.audioStreamIdInfo!.streams.map((entry) => ({ ...entry })));
}

/** The audio stream ids that AUDIO_METADATA reaching `client` within `ms` has an entry for. */
async function levelsWithin(client: SignalingClient, ms: number): Promise<Set<number>> {
  const frames = await framesWithin(client, Type.AUDIO_METADATA, ms);
  return new Set(
    frames.flatMap((frame) => frame.audioMetadata!.attendeeStates.map((state) => state.audioStreamId)),
  );
}

/** The audio stream id of `attendeeId` in a roster frame. */
function streamOf(roster: SdkSignalFrame, attendeeId: string): number {
  const entry = roster.audioStreamIdInfo!.streams.find((stream) => stream.attendeeId === attendeeId);
  assert.ok(entry, `${attendeeId} in the roster`);
  return entry.audioStreamId;
}

function promoteFrame(attendee: Pick<AttendeeJson, 'AttendeeId' | 'ExternalUserId' | 'JoinToken'>) {
  return {
    type: Type.PRIMARY_MEETING_JOIN,
    primaryMeetingJoin: {
      credentials: {
        attendeeId: attendee.AttendeeId,
        externalUserId: attendee.ExternalUserId,
        joinToken: attendee.JoinToken,
      },
    },
  };
}

describe('media replication: promote and demote (§12)', () => {
  const suite = serverPerSuite({ reconnectGraceMs: RECONNECT_GRACE_MS });
  const join = (meeting: MeetingJson, externalUserId?: string) => suite.join(meeting, externalUserId);

  /**
   * A primary meeting with one joined attendee (watcher), and a replica of it with two joined
   * attendees: viewer, which may be promoted, and other.
   */
  async function setup() {
    const primary = await createMeeting(suite.server);
    const replica = await createMeeting(suite.server, { PrimaryMeetingId: primary.MeetingId });
    const watcher = await join(primary, 'watcher');
    const viewer = await join(replica, 'viewer');
    const other = await join(replica, 'other');
    const credentials = await createAttendee(suite.server, primary.MeetingId, 'presenter');
    return { primary, replica, watcher, viewer, other, credentials };
  }

  /** Promotes the viewer; resolves with the primary attendee's entry as the watcher saw it. */
  async function promote(s: Awaited<ReturnType<typeof setup>>) {
    s.viewer.client.send(promoteFrame(s.credentials));
    const ack = await s.viewer.client.next(Type.PRIMARY_MEETING_JOIN_ACK);
    assert.equal(ack.error, null, JSON.stringify(ack.error));
    return presenceUntil(s.watcher.client, (entry) => entry.attendeeId === s.credentials.AttendeeId);
  }

  async function expectAckError(client: SignalingClient): Promise<NonNullable<SdkSignalFrame['error']>> {
    const ack = await client.next(Type.PRIMARY_MEETING_JOIN_ACK);
    assert.ok(ack.error, 'the ACK carries an error');
    return ack.error;
  }

  it('says at_capacity in the INDEX of a replica attendee unless it is promoted', async () => {
    const s = await setup();
    assert.equal(s.viewer.index.index!.atCapacity, true);
    assert.equal(s.watcher.index.index!.atCapacity, false);
    await promote(s);
    assert.equal((await s.viewer.client.next(Type.INDEX)).index!.atCapacity, false);
    s.viewer.client.send({ type: Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    assert.equal((await s.viewer.client.next(Type.INDEX)).index!.atCapacity, true);
  });

  it('promotes on valid primary credentials: ACK without error, presence in the primary as the primary attendee', async () => {
    const s = await setup();
    const viewerStream = streamOf(s.viewer.roster, s.viewer.attendee.AttendeeId);
    const entry = await promote(s);
    assert.deepEqual(fields(entry), {
      audioStreamId: entry.audioStreamId,
      attendeeId: s.credentials.AttendeeId,
      externalUserId: 'presenter',
    });
    assert.ok(entry.audioStreamId > 0);
    // The other replica attendee sees it as the primary attendee, never as the replica one.
    const atOther = await presenceUntil(s.other.client, (e) => e.attendeeId === s.credentials.AttendeeId);
    assert.deepEqual(fields(atOther), fields(entry));
    const otherSaw = [
      ...s.other.roster.audioStreamIdInfo!.streams,
      ...(await presenceWithin(s.other.client, 100)),
    ];
    assert.ok(
      otherSaw.every(
        (e) => e.attendeeId !== s.viewer.attendee.AttendeeId && e.audioStreamId !== viewerStream,
      ),
      JSON.stringify(otherSaw),
    );
    // A later joiner of the primary gets it in the roster, and not the replica attendee.
    const late = await join(s.primary, 'late');
    const ids = late.roster.audioStreamIdInfo!.streams.map((stream) => stream.attendeeId);
    assert.ok(ids.includes(s.credentials.AttendeeId), ids.join(', '));
    assert.ok(!ids.includes(s.viewer.attendee.AttendeeId), ids.join(', '));
  });

  it('refuses a forged or mismatched primary join token with 403', async () => {
    const s = await setup();
    s.viewer.client.send(promoteFrame({ ...s.credentials, JoinToken: `${s.credentials.JoinToken}x` }));
    assert.equal((await expectAckError(s.viewer.client)).status, 403);
    // A token of the replica meeting names the right attendee id but the wrong meeting.
    s.viewer.client.send(promoteFrame(s.viewer.attendee));
    assert.equal((await expectAckError(s.viewer.client)).status, 403);
    // Another primary attendee's token with this attendee's id.
    const other = await createAttendee(suite.server, s.primary.MeetingId);
    s.viewer.client.send(promoteFrame({ ...s.credentials, JoinToken: other.JoinToken }));
    assert.equal((await expectAckError(s.viewer.client)).status, 403);
    await s.watcher.client.expectNone(Type.AUDIO_STREAM_ID_INFO, 100);
  });

  it('refuses a deleted primary attendee with 403 and an ended primary meeting with 410', async () => {
    const s = await setup();
    await request(
      `${suite.server.url}/meetings/${s.primary.MeetingId}/attendees/${s.credentials.AttendeeId}`,
      {
        method: 'DELETE',
      },
    );
    s.viewer.client.send(promoteFrame(s.credentials));
    assert.equal((await expectAckError(s.viewer.client)).status, 403);
    const other = await createAttendee(suite.server, s.primary.MeetingId);
    await request(`${suite.server.url}/meetings/${s.primary.MeetingId}`, { method: 'DELETE' });
    s.viewer.client.send(promoteFrame(other));
    assert.equal((await expectAckError(s.viewer.client)).status, 410);
  });

  it('refuses to create a replica of a replica meeting with 400', async () => {
    const primary = await createMeeting(suite.server);
    const replica = await createMeeting(suite.server, { PrimaryMeetingId: primary.MeetingId });
    const response = await request(`${suite.server.url}/meetings`, {
      json: { ExternalMeetingId: 'replica-of-replica', PrimaryMeetingId: replica.MeetingId },
    });
    assert.equal(response.status, 400);
    assert.match(response.body.Message, /PrimaryMeetingId/);
  });

  it('refuses PRIMARY_MEETING_JOIN from a meeting that is not a replica with 400', async () => {
    const primary = await createMeeting(suite.server);
    const other = await createMeeting(suite.server);
    const member = await join(primary);
    const credentials = await createAttendee(suite.server, other.MeetingId);
    member.client.send(promoteFrame(credentials));
    assert.equal((await expectAckError(member.client)).status, 400);
  });

  it('demotes silently on client PRIMARY_MEETING_LEAVE: the primary and the replica see the attendee leave', async () => {
    const s = await setup();
    const entry = await promote(s);
    s.viewer.client.send({ type: Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    const left = await presenceUntil(s.watcher.client, (e) => e.audioStreamId === entry.audioStreamId);
    assert.deepEqual(fields(left), { audioStreamId: entry.audioStreamId });
    const leftAtOther = await presenceUntil(
      s.other.client,
      (e) => e.audioStreamId === entry.audioStreamId && !e.attendeeId,
    );
    assert.deepEqual(fields(leftAtOther), { audioStreamId: entry.audioStreamId });
    await s.viewer.client.expectNone(Type.PRIMARY_MEETING_LEAVE, 100);
    // It may promote again.
    await promote(s);
  });

  it('demotes with S→C PRIMARY_MEETING_LEAVE when the primary attendee is deleted', async () => {
    const s = await setup();
    const entry = await promote(s);
    await request(
      `${suite.server.url}/meetings/${s.primary.MeetingId}/attendees/${s.credentials.AttendeeId}`,
      {
        method: 'DELETE',
      },
    );
    const leave = await s.viewer.client.next(Type.PRIMARY_MEETING_LEAVE);
    assert.equal(leave.error, null);
    await presenceUntil(s.watcher.client, (e) => e.audioStreamId === entry.audioStreamId && !e.attendeeId);
    // The replica session itself stays in its meeting.
    assert.equal(s.viewer.client.ws.readyState, s.viewer.client.ws.OPEN);
    await s.viewer.client.expectNone(Type.AUDIO_STATUS, 100);
  });

  it('demotes with S→C PRIMARY_MEETING_LEAVE when the primary attendee joins the primary itself', async () => {
    const s = await setup();
    await promote(s);
    const direct = await SignalingClient.forAttendee(s.primary, s.credentials);
    suite.client(direct);
    await direct.join();
    await s.viewer.client.next(Type.PRIMARY_MEETING_LEAVE);
    await direct.expectNone(Type.AUDIO_STATUS, 100);
  });

  it('demotes with S→C PRIMARY_MEETING_LEAVE when the primary meeting ends', async () => {
    const s = await setup();
    await promote(s);
    await request(`${suite.server.url}/meetings/${s.primary.MeetingId}`, { method: 'DELETE' });
    await s.viewer.client.next(Type.PRIMARY_MEETING_LEAVE);
    await s.viewer.client.expectNone(Type.AUDIO_STATUS, 100);
  });

  it('drops the promotion with the connection: the primary sees it leave, a reconnect is not promoted', async () => {
    const s = await setup();
    const entry = await promote(s);
    s.viewer.client.ws.terminate();
    const left = await presenceUntil(s.watcher.client, (e) => e.audioStreamId === entry.audioStreamId);
    assert.deepEqual(fields(left), { audioStreamId: entry.audioStreamId, dropped: true });
    // The replica attendee reconnects within its grace period.
    const again = await SignalingClient.forAttendee(s.replica, s.viewer.attendee);
    suite.client(again);
    const rejoined = await again.join();
    assert.equal(rejoined.index.index!.atCapacity, true);
    const late = await join(s.primary, 'late');
    const ids = late.roster.audioStreamIdInfo!.streams.map((stream) => stream.attendeeId);
    assert.ok(!ids.includes(s.credentials.AttendeeId), ids.join(', '));
  });

  it('relays data messages of a promoted session into the primary (and its replicas) as the primary attendee', async () => {
    const s = await setup();
    const data = new TextEncoder().encode('hello primary');
    s.viewer.client.send({
      type: Type.DATA_MESSAGE,
      dataMessage: { messages: [{ topic: 'chat', data, lifetimeMs: 0 }] },
    });
    // Unpromoted, only its own echo comes back: neither the primary nor the replica gets it.
    const echo = (await s.viewer.client.next(Type.DATA_MESSAGE)).dataMessage!.messages[0]!;
    assert.equal(echo.senderAttendeeId, s.viewer.attendee.AttendeeId);
    assert.ok(Number(echo.ingestTimeNs) > 0, 'not throttled');
    await Promise.all([
      s.watcher.client.expectNone(Type.DATA_MESSAGE, 100),
      s.other.client.expectNone(Type.DATA_MESSAGE, 100),
    ]);

    await promote(s);
    s.viewer.client.send({
      type: Type.DATA_MESSAGE,
      dataMessage: { messages: [{ topic: 'chat', data, lifetimeMs: 0 }] },
    });
    // The sender gets it once, through the primary, from the primary attendee.
    const own = (await s.viewer.client.next(Type.DATA_MESSAGE)).dataMessage!.messages[0]!;
    assert.equal(own.senderAttendeeId, s.credentials.AttendeeId);
    await s.viewer.client.expectNone(Type.DATA_MESSAGE, 100);
    for (const client of [s.watcher.client, s.other.client]) {
      const relayed = (await client.next(Type.DATA_MESSAGE)).dataMessage!.messages[0]!;
      assert.equal(relayed.topic, 'chat');
      assert.deepEqual(new Uint8Array(relayed.data), data);
      assert.equal(relayed.senderAttendeeId, s.credentials.AttendeeId);
      assert.equal(relayed.senderExternalUserId, 'presenter');
      assert.ok(Number(relayed.ingestTimeNs) > 0);
    }
  });

  it('mirrors the promoted session mute state into the primary (and its replicas)', async () => {
    const s = await setup();
    const viewerStream = streamOf(s.viewer.roster, s.viewer.attendee.AttendeeId);
    const entry = await promote(s);
    s.viewer.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: true } });
    // The primary and the other replica attendee see the primary attendee muted, and nothing else.
    const [atWatcher, atOther] = await Promise.all([
      presenceWithin(s.watcher.client, 300),
      presenceWithin(s.other.client, 300),
    ]);
    const mute = { audioStreamId: entry.audioStreamId, muted: true };
    assert.deepEqual(atWatcher, [mute]);
    assert.deepEqual(
      atOther.filter((e) => !e.attendeeId),
      [mute],
      'the other replica attendee sees the primary attendee muted, not the replica one',
    );
    // Its own attendee in the replica is muted too, which only it sees.
    const own = await presenceUntil(s.viewer.client, (e) => e.audioStreamId === viewerStream);
    assert.deepEqual(fields(own), { audioStreamId: viewerStream, muted: true });
  });

  it('mixes a promoted session audio into the primary meeting until it is demoted', async () => {
    const s = await setup();
    const peers: AudioPeer[] = [];
    try {
      const connect = async (client: SignalingClient, source: { next(): Int16Array }) => {
        const peer = new AudioPeer(source);
        peers.push(peer);
        client.send(subscribeFrame(await peer.offer()));
        const ack = await client.next(Type.SUBSCRIBE_ACK, 10_000);
        await peer.pc.setRemoteDescription({ type: 'answer', sdp: ack.suback!.sdpAnswer });
        await waitFor(() => peer.pc.connectionState === 'connected', 'connected');
        return peer;
      };
      const listener = await connect(s.watcher.client, { next: silence });
      const speaker = await connect(s.viewer.client, new Tone(440));
      speaker.talk();
      await waitFor(() => listener.heard.length > 30, 'the primary mix');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(listener.energyAt(440) < 1e8, 'the replica is not heard before promotion');

      await promote(s);
      await waitFor(() => listener.energyAt(440) > 1e9, 'the promoted session heard in the primary');

      s.viewer.client.send({ type: Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
      await waitFor(() => listener.energyAt(440) < 1e8, 'silence after demotion');
    } finally {
      await Promise.all(peers.map((peer) => peer.close()));
    }
  });

  it('refuses an unpromoted replica camera with 206; publishes a promoted one in the primary', async () => {
    const s = await setup();
    const template = new AudioPeer({ next: silence });
    try {
      const offer = await template.offer();
      const withCamera = () => {
        const frame = subscribeFrame(offer);
        return {
          ...frame,
          sub: {
            ...frame.sub,
            duplex: SdkStreamServiceType.DUPLEX,
            sendStreams: [
              ...frame.sub.sendStreams,
              { streamId: 2, groupId: 2, trackLabel: 'camera', mediaType: SdkStreamMediaType.VIDEO },
            ],
          },
        };
      };
      s.viewer.client.send(withCamera());
      const refused = await s.viewer.client.next(Type.SUBSCRIBE_ACK, 10_000);
      assert.equal(refused.error?.status, 206);
      assert.deepEqual(refused.suback!.allocations, []);
      await promote(s);
      assert.equal((await s.viewer.client.next(Type.INDEX)).index!.atCapacity, false);
      s.viewer.client.send(withCamera());
      const accepted = await s.viewer.client.next(Type.SUBSCRIBE_ACK, 10_000);
      assert.equal(accepted.error, null);
      assert.equal(accepted.suback!.allocations.length, 1);
      const published = await s.watcher.client.next(Type.INDEX);
      assert.deepEqual(
        published.index!.sources.map((source) => [source.attendeeId, source.externalUserId]),
        [[s.credentials.AttendeeId, 'presenter']],
      );
      // The replica attendee is not offered its own camera; the other one is, as the primary's.
      assert.deepEqual((await s.viewer.client.next(Type.INDEX)).index!.sources, []);
      const atOther = await s.other.client.next(Type.INDEX);
      assert.deepEqual(
        atOther.index!.sources.map((source) => [source.attendeeId, source.externalUserId]),
        [[s.credentials.AttendeeId, 'presenter']],
      );
      // Demoted: the camera leaves the primary meeting, and so the replica.
      s.viewer.client.send({ type: Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
      assert.deepEqual((await s.watcher.client.next(Type.INDEX)).index!.sources, []);
      assert.deepEqual((await s.other.client.next(Type.INDEX)).index!.sources, []);
    } finally {
      await template.close();
    }
  });
});

describe('media replication: a replica receives the primary meeting (§12)', () => {
  const suite = serverPerSuite({ reconnectGraceMs: RECONNECT_GRACE_MS });
  const join = (meeting: MeetingJson, externalUserId?: string) => suite.join(meeting, externalUserId);

  async function meetings() {
    const primary = await createMeeting(suite.server);
    const replica = await createMeeting(suite.server, { PrimaryMeetingId: primary.MeetingId });
    return { primary, replica };
  }

  /** Subscribes `client` with a fresh audio peer and waits until its media is connected. */
  async function withAudio(client: SignalingClient, source: { next(): Int16Array }) {
    const peer = new AudioPeer(source);
    suite.peer(peer);
    client.send(subscribeFrame(await peer.offer()));
    const ack = await client.next(Type.SUBSCRIBE_ACK, 10_000);
    await peer.pc.setRemoteDescription({ type: 'answer', sdp: ack.suback!.sdpAnswer });
    await waitFor(() => peer.pc.connectionState === 'connected', 'connected');
    return peer;
  }

  it("shows the primary's attendees to replica attendees, and none of a replica's attendees to anyone else", async () => {
    const { primary, replica } = await meetings();
    const presenter = await join(primary, 'presenter');
    await presenter.client.expectNone(Type.AUDIO_STREAM_ID_INFO, 0);
    presenter.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: true } });
    await presenter.client.next(Type.AUDIO_STREAM_ID_INFO);
    const viewer = await join(replica, 'viewer');

    // The first frame is the whole roster: the primary's attendees and the joiner itself, with
    // their ids, external ids and mute state, and no audio stream id twice.
    const roster = viewer.roster.audioStreamIdInfo!.streams.map((entry) => ({ ...entry }));
    const presenterEntry = roster.find((entry) => entry.attendeeId === presenter.attendee.AttendeeId);
    const viewerEntry = roster.find((entry) => entry.attendeeId === viewer.attendee.AttendeeId);
    assert.ok(presenterEntry && viewerEntry, JSON.stringify(roster));
    assert.equal(presenterEntry.externalUserId, 'presenter');
    assert.deepEqual(
      roster.filter((entry) => entry.audioStreamId === presenterEntry.audioStreamId && !entry.attendeeId),
      [{ audioStreamId: presenterEntry.audioStreamId, muted: true }],
    );
    assert.notEqual(presenterEntry.audioStreamId, viewerEntry.audioStreamId);
    // The primary does not see the replica attendee.
    await presenter.client.expectNone(Type.AUDIO_STREAM_ID_INFO, 100);

    // Mute changes, joins and drops in the primary reach the replica.
    presenter.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: false } });
    const unmuted = await presenceUntil(
      viewer.client,
      (e) => e.audioStreamId === presenterEntry.audioStreamId,
    );
    assert.deepEqual(fields(unmuted), { audioStreamId: presenterEntry.audioStreamId, muted: false });
    const guest = await join(primary, 'guest');
    const guestEntry = await presenceUntil(viewer.client, (e) => e.attendeeId === guest.attendee.AttendeeId);
    assert.equal(guestEntry.externalUserId, 'guest');
    assert.ok(![presenterEntry.audioStreamId, viewerEntry.audioStreamId].includes(guestEntry.audioStreamId));
    guest.client.ws.terminate();
    const dropped = await presenceUntil(viewer.client, (e) => e.audioStreamId === guestEntry.audioStreamId);
    assert.deepEqual(fields(dropped), { audioStreamId: guestEntry.audioStreamId, dropped: true });

    // Another attendee of the same replica: the two never see each other, nor does the primary
    // see it — not its join, its mute, its content share nor its drop.
    await presenceWithin(presenter.client, 0); // the primary's own changes so far
    const other = await join(replica, 'other');
    const otherIds = other.roster.audioStreamIdInfo!.streams.map((entry) => entry.attendeeId);
    assert.deepEqual(otherIds.sort(), [presenter.attendee.AttendeeId, other.attendee.AttendeeId].sort());
    assert.equal(other.index.index!.numParticipants, 2, 'the primary attendee and itself');
    other.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: true } });
    const otherStream = streamOf(other.roster, other.attendee.AttendeeId);
    const ownMute = await presenceUntil(other.client, (e) => e.audioStreamId === otherStream);
    assert.deepEqual(fields(ownMute), { audioStreamId: otherStream, muted: true });
    // Its own content share it does see (and the share sees it), as in any meeting.
    const share = await SignalingClient.forAttendee(replica, {
      ...other.attendee,
      JoinToken: `${other.attendee.JoinToken}#content`,
    });
    suite.client(share);
    const shareRoster = (await share.join()).roster.audioStreamIdInfo!.streams.flatMap((e) =>
      e.attendeeId ? [e.attendeeId] : [],
    );
    assert.deepEqual(
      shareRoster.sort(),
      [
        presenter.attendee.AttendeeId,
        other.attendee.AttendeeId,
        `${other.attendee.AttendeeId}#content`,
      ].sort(),
    );
    await presenceUntil(other.client, (e) => e.attendeeId === `${other.attendee.AttendeeId}#content`);
    share.ws.terminate();
    other.client.ws.terminate();
    const [atViewer, atPresenter] = await Promise.all([
      presenceWithin(viewer.client, RECONNECT_GRACE_MS + 300),
      presenceWithin(presenter.client, RECONNECT_GRACE_MS + 300),
    ]);
    assert.deepEqual(atViewer, [], 'the replica attendee sees no other replica attendee');
    assert.deepEqual(atPresenter, [], 'the primary sees no replica attendee');
    const late = await join(primary, 'late');
    const primaryIds = late.roster.audioStreamIdInfo!.streams.map((entry) => entry.attendeeId);
    assert.ok(
      !primaryIds.includes(viewer.attendee.AttendeeId) && !primaryIds.includes(other.attendee.AttendeeId),
    );
  });

  it('relays data messages from the primary to replica attendees; a replica attendee’s only echo back to it', async () => {
    const { primary, replica } = await meetings();
    const presenter = await join(primary, 'presenter');
    const viewer = await join(replica, 'viewer');
    const other = await join(replica, 'other');
    const data = new TextEncoder().encode('hello replicas');
    presenter.client.send({ type: Type.DATA_MESSAGE, dataMessage: { messages: [{ topic: 'chat', data }] } });
    for (const client of [viewer.client, other.client]) {
      const message = (await client.next(Type.DATA_MESSAGE)).dataMessage!.messages[0]!;
      assert.equal(message.topic, 'chat');
      assert.deepEqual(new Uint8Array(message.data), data);
      assert.equal(message.senderAttendeeId, presenter.attendee.AttendeeId);
      assert.equal(message.senderExternalUserId, 'presenter');
      assert.ok(Number(message.ingestTimeNs) > 0);
    }
    await presenter.client.next(Type.DATA_MESSAGE); // its own echo

    viewer.client.send({ type: Type.DATA_MESSAGE, dataMessage: { messages: [{ topic: 'chat', data }] } });
    const echo = (await viewer.client.next(Type.DATA_MESSAGE)).dataMessage!.messages[0]!;
    assert.equal(echo.senderAttendeeId, viewer.attendee.AttendeeId);
    assert.ok(Number(echo.ingestTimeNs) > 0, 'not throttled');
    await Promise.all([
      other.client.expectNone(Type.DATA_MESSAGE, 200),
      presenter.client.expectNone(Type.DATA_MESSAGE, 200),
    ]);
  });

  it("lists the primary's video sources in a replica attendee's INDEX and forwards them after a keyframe", async () => {
    const { primary, replica } = await meetings();
    const presenter = await join(primary, 'presenter');
    const viewer = await join(replica, 'viewer');
    assert.deepEqual(viewer.index.index!.sources, []);

    const sender = new VideoPeer({ sendCamera: true });
    suite.peer(sender);
    presenter.client.send(videoSubscribeFrame(await sender.offer(), [0], { sendVideo: true }));
    const ack = await presenter.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.equal(ack.error, null);
    await sender.accept(ack.suback!.sdpAnswer);
    const { streamId, groupId } = ack.suback!.allocations[0]!;

    const index = (await viewer.client.next(Type.INDEX)).index!;
    assert.equal(index.atCapacity, true, 'the replica attendee still may not send video');
    assert.deepEqual(
      index.sources.map((source) => ({ ...source })),
      [
        {
          streamId,
          groupId,
          attendeeId: presenter.attendee.AttendeeId,
          externalUserId: 'presenter',
          mediaType: SdkStreamMediaType.VIDEO,
          maxBitrateKbps: 1400,
          framerate: 15,
        },
      ],
    );

    await waitFor(() => sender.pc.connectionState === 'connected', 'the camera connected');
    sender.startCamera();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const plisBefore = sender.pliCount;
    const receiver = new VideoPeer({ remoteVideos: 1 });
    suite.peer(receiver);
    viewer.client.send(videoSubscribeFrame(await receiver.offer(), [0, streamId!]));
    const viewerAck = await viewer.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.equal(viewerAck.error, null);
    const [track] = viewerAck.suback!.tracks;
    assert.deepEqual(
      { streamId: track?.streamId, trackLabel: track?.trackLabel },
      { streamId, trackLabel: 'v_2' },
    );
    await receiver.accept(viewerAck.suback!.sdpAnswer);
    await waitFor(() => receiver.pc.connectionState === 'connected', 'the replica attendee connected');
    await waitFor(() => receiver.received.length >= 10, "the primary's camera at the replica attendee");
    assert.ok(
      receiver.received.every((packet) => packet.ssrc === track!.ssrc),
      'on the mapped SSRC',
    );
    // werift announces the track after dispatching its first packet: the keyframe or the next one.
    const first = receiver.received[0]!.payload[4]!;
    assert.ok(
      sender.keyframes.some((k) => first === (k & 0xff) || first === ((k + 1) & 0xff)),
      `forwarding starts at a keyframe (first ${first}, keyframes ${sender.keyframes.join()})`,
    );
    assert.ok(sender.pliCount > plisBefore, 'the camera was asked for a keyframe for the replica attendee');

    // The camera stops: it leaves the replica's INDEX.
    presenter.client.send(videoSubscribeFrame(await sender.offer(), [0]));
    await presenter.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.deepEqual((await viewer.client.next(Type.INDEX)).index!.sources, []);
  });

  it("lets replica attendees hear the primary with its speakers' levels, never each other; a promoted one is heard as the primary attendee", async () => {
    const { primary, replica } = await meetings();
    const presenter = await join(primary, 'presenter');
    const viewer = await join(replica, 'viewer');
    const other = await join(replica, 'other');
    const presenterStream = streamOf(viewer.roster, presenter.attendee.AttendeeId);
    const viewerStream = streamOf(viewer.roster, viewer.attendee.AttendeeId);
    const speaker = await withAudio(presenter.client, new Tone(1000));
    const listener = await withAudio(viewer.client, new Tone(440));
    const neighbour = await withAudio(other.client, { next: silence });
    speaker.talk();
    listener.talk();

    // The presenter's level reaches the replica as AUDIO_METADATA, and its voice the mix.
    const deadline = Date.now() + 5000;
    let level: number | undefined;
    while (level === undefined) {
      const frame = await viewer.client.next(Type.AUDIO_METADATA, Math.max(1, deadline - Date.now()));
      level = frame.audioMetadata!.attendeeStates.find(
        (state) => state.audioStreamId === presenterStream,
      )?.volume;
    }
    assert.ok(level >= 1 && level <= 42, `volume ${level}`);
    await waitFor(() => listener.energyAt(1000) > 1e9, "the primary's talker at the replica attendee");
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(
      listener.energyAt(440) * 100 < listener.energyAt(1000),
      'the replica attendee does not hear itself',
    );
    assert.ok(speaker.energyAt(440) < 1e8, 'the primary does not hear an unpromoted replica attendee');
    // The other replica attendee hears the primary, and not the replica attendee talking.
    await waitFor(() => neighbour.energyAt(1000) > 1e9, "the primary's talker at the other replica attendee");
    assert.ok(
      neighbour.energyAt(440) * 100 < neighbour.energyAt(1000),
      'a replica attendee does not hear another one',
    );
    // Levels: the presenter's everywhere; none for the unpromoted replica attendee, anywhere.
    const levels = await Promise.all(
      [viewer.client, other.client, presenter.client].map((client) => levelsWithin(client, 1000)),
    );
    for (const [i, seen] of levels.entries()) {
      assert.ok(seen.has(presenterStream), `the presenter's level at client ${i}`);
      assert.ok(!seen.has(viewerStream), `no level for the unpromoted replica attendee at client ${i}`);
    }

    // Promoted: the primary and the other replica attendee hear it, as the primary attendee; it
    // still hears the primary, and not itself through it.
    const credentials = await createAttendee(suite.server, primary.MeetingId, 'promoted');
    viewer.client.send(promoteFrame(credentials));
    assert.equal((await viewer.client.next(Type.PRIMARY_MEETING_JOIN_ACK)).error, null);
    const promotedStream = (await presenceUntil(other.client, (e) => e.attendeeId === credentials.AttendeeId))
      .audioStreamId;
    await waitFor(() => speaker.energyAt(440) > 1e9, 'the promoted session heard in the primary');
    await waitFor(() => neighbour.energyAt(440) > 1e9, 'the promoted session heard in the replica');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(listener.energyAt(1000) > 1e9, 'the promoted session still hears the primary');
    assert.ok(
      listener.energyAt(440) * 100 < listener.energyAt(1000),
      'the promoted session does not hear itself',
    );
    const promotedLevels = await levelsWithin(other.client, 1000);
    assert.ok(
      promotedLevels.has(promotedStream),
      'the primary attendee’s level at the other replica attendee',
    );
    assert.ok(!promotedLevels.has(viewerStream), 'and none under its replica identity');
  });

  it('goes on when the primary ends: its attendees and sources leave, and the replica attendees still see only themselves', async () => {
    const { primary, replica } = await meetings();
    const presenter = await join(primary, 'presenter');
    const viewer = await join(replica, 'viewer');
    const presenterStream = viewer.roster.audioStreamIdInfo!.streams.find(
      (entry) => entry.attendeeId === presenter.attendee.AttendeeId,
    )!.audioStreamId;
    await request(`${suite.server.url}/meetings/${primary.MeetingId}`, { method: 'DELETE' });
    assert.equal((await presenter.client.next(Type.AUDIO_STATUS)).audioStatus!.audioStatus, 410);
    const left = await presenceUntil(viewer.client, (e) => e.audioStreamId === presenterStream);
    assert.deepEqual(fields(left), { audioStreamId: presenterStream });
    assert.deepEqual((await viewer.client.next(Type.INDEX)).index!.sources, []);
    await viewer.client.expectNone(Type.AUDIO_STATUS, 100);
    // A later joiner sees only itself: no primary attendee, and not the other replica attendee.
    const later = await join(replica, 'later');
    const ids = later.roster.audioStreamIdInfo!.streams.map((entry) => entry.attendeeId);
    assert.deepEqual(ids, [later.attendee.AttendeeId]);
    assert.deepEqual(await presenceWithin(viewer.client, 200), []);
  });
});
