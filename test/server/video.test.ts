import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MeetingJson } from '../../server/rest/shapes.ts';
import { isVp8KeyframeStart } from '../../server/media/video-router.ts';
import { MAX_CONTENT_SHARES, MAX_VIDEO_SENDERS } from '../../src/protocol/constants.ts';
import { type SdkSignalFrame, SdkStreamMediaType } from '../../src/protocol/service-frame.ts';
import {
  SignalingClient,
  Type,
  createAttendee,
  createMeeting,
  randomUserId,
  sdpSections,
  serverPerSuite,
  sleep,
  subscribeFrame,
  waitFor,
} from './helpers.ts';
import { VP8_PAYLOAD_TYPE, VideoPeer } from './video-peer.ts';

/** The answer section with this mid, as lines. */
function sectionOf(sdp: string, mid: string): string[] {
  const section = sdpSections(sdp).find((candidate) => candidate.mid === mid);
  assert.ok(section, `answer has mid ${mid}`);
  return section.lines;
}

const sourcesOf = (index: SdkSignalFrame) => index.index!.sources;

describe('VP8 keyframe detection', () => {
  it('reads the payload descriptor (RFC 7741) before the P bit', () => {
    // Chrome: X=1 S=1 PID=0, I=1, 15-bit picture id, then the VP8 header.
    assert.equal(isVp8KeyframeStart(Buffer.from([0x90, 0x80, 0x81, 0x23, 0x50, 0x12])), true);
    assert.equal(isVp8KeyframeStart(Buffer.from([0x90, 0x80, 0x81, 0x23, 0x51, 0x12])), false);
    // With TL0PICIDX and TID bytes.
    assert.equal(isVp8KeyframeStart(Buffer.from([0x90, 0xe0, 0x05, 0x07, 0x20, 0x10])), true);
    assert.equal(isVp8KeyframeStart(Buffer.from([0x90, 0xe0, 0x05, 0x07, 0x20, 0x11])), false);
    // Not the start of partition 0.
    assert.equal(isVp8KeyframeStart(Buffer.from([0x00, 0x10])), false);
    assert.equal(isVp8KeyframeStart(Buffer.from([0x11, 0x10])), false);
    assert.equal(isVp8KeyframeStart(Buffer.from([])), false);
  });
});

describe('video forwarding (SFU)', () => {
  const suite = serverPerSuite();
  const join = (meeting: MeetingJson) => suite.join(meeting);
  const peer = (options: ConstructorParameters<typeof VideoPeer>[0]) => suite.peer(new VideoPeer(options));

  /** A subscribes DUPLEX with its camera; returns its peer and SUBSCRIBE_ACK. */
  async function startSender(client: SignalingClient) {
    const sender = peer({ sendCamera: true });
    client.send(subscribeFrame(await sender.offer(), [0], { sendVideo: true }));
    const ack = await client.next(Type.SUBSCRIBE_ACK, 10_000);
    return { sender, ack };
  }

  it('publishes a camera in INDEX, forwards it to a subscriber, and unpublishes it', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting);
    const bob = await join(meeting);

    const { sender, ack } = await startSender(alice.client);
    assert.equal(ack.error, null);
    const allocations = ack.suback!.allocations;
    assert.equal(allocations.length, 1);
    const { streamId, groupId } = allocations[0]!;
    assert.ok(streamId! > 0 && groupId! > 0, 'non-zero ids');
    assert.equal(allocations[0]!.trackLabel, 'AmazonChimeExpressVideo');
    const aliceCamera = sectionOf(ack.suback!.sdpAnswer, '1');
    assert.ok(aliceCamera.includes('a=recvonly'), 'the camera is received');
    assert.match(aliceCamera[0]!, new RegExp(`^m=video 9 \\S+ ${VP8_PAYLOAD_TYPE}( |$)`), 'VP8 first');
    await sender.accept(ack.suback!.sdpAnswer);

    // Bob is told about Alice's camera; Alice's own INDEX does not list it.
    const index = await bob.client.next(Type.INDEX);
    assert.equal(sourcesOf(index).length, 1);
    const source = sourcesOf(index)[0]!;
    assert.equal(source.streamId, streamId);
    assert.equal(source.groupId, groupId);
    assert.ok(Object.hasOwn(source, 'mediaType'), 'media_type on the wire');
    assert.equal(source.mediaType, SdkStreamMediaType.VIDEO);
    assert.equal(source.attendeeId, alice.attendee.AttendeeId);
    assert.equal(source.externalUserId, alice.attendee.ExternalUserId);
    assert.equal(source.maxBitrateKbps, 1400);
    assert.equal(index.index!.atCapacity, false);
    const aliceIndex = await alice.client.next(Type.INDEX);
    assert.deepEqual(sourcesOf(aliceIndex), [], 'own camera not listed');

    // Alice's camera is running before Bob subscribes: Bob's slot must wait for a keyframe,
    // which the server requests.
    await waitFor(() => sender.pc.connectionState === 'connected', 'Alice connected');
    sender.startCamera();
    await sleep(300);
    const plisBefore = sender.pliCount;

    // Bob subscribes to it on his third section.
    const receiver = peer({ remoteVideos: 1 });
    bob.client.send(subscribeFrame(await receiver.offer(), [0, streamId!]));
    const bobAck = await bob.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.equal(bobAck.error, null);
    const forwarded = sectionOf(bobAck.suback!.sdpAnswer, '2');
    assert.ok(forwarded.includes('a=sendonly'), forwarded.join('\n'));
    assert.ok(
      forwarded.some((line) => /^a=msid:v_2 \S+$/.test(line)),
      'a=msid:v_<mid>',
    );
    const ssrcLine = forwarded.find((line) => /^a=ssrc:\d+ cname:/.test(line));
    assert.ok(ssrcLine, 'a=ssrc with cname');
    const ssrc = Number(/^a=ssrc:(\d+)/.exec(ssrcLine)![1]);
    assert.deepEqual(
      bobAck.suback!.tracks.map((t) => ({ ...t })),
      [{ streamId, ssrc, trackLabel: 'v_2' }],
    );
    assert.ok(sectionOf(bobAck.suback!.sdpAnswer, '1').includes('a=inactive'));
    await receiver.accept(bobAck.suback!.sdpAnswer);
    await waitFor(
      () => sender.pc.connectionState === 'connected' && receiver.pc.connectionState === 'connected',
      'both connected',
    );

    await waitFor(() => receiver.received.length >= 10, 'video at the receiver');
    assert.ok(
      receiver.received.every((packet) => packet.ssrc === ssrc),
      'sent on the mapped SSRC',
    );
    // werift announces the receiver's track on its first packet, after dispatching that packet,
    // so the test sees forwarding from the keyframe or from the packet right after it.
    const first = receiver.received[0]!.payload[4]!;
    assert.ok(
      sender.keyframes.some((k) => first === (k & 0xff) || first === ((k + 1) & 0xff)),
      `forwarding starts at a keyframe (first ${first}, keyframes ${sender.keyframes.join()})`,
    );
    assert.ok(sender.keyframes.length >= 2, 'a keyframe was sent for Bob');
    assert.ok(sender.pliCount > plisBefore, 'the sender was asked for a keyframe when Bob subscribed');

    // BITRATES reports what the server receives from the camera.
    const bitrates = (await bob.client.next(Type.BITRATES, 6000)).bitrates!.bitrates;
    const reported = bitrates.find((b) => b.sourceStreamId === streamId);
    assert.ok(reported && reported.avgBitrateBps! > 0, JSON.stringify(bitrates));

    // Alice stops her camera: RX, no video descriptor.
    alice.client.send(subscribeFrame(await sender.offer(), [0]));
    const stopAck = await alice.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.deepEqual(stopAck.suback!.allocations, []);
    const after = await bob.client.next(Type.INDEX);
    assert.deepEqual(sourcesOf(after), []);
    const count = receiver.received.length;
    await sleep(300);
    assert.ok(receiver.received.length - count <= 2, 'forwarding stopped');

    // Restarting the camera is a new, higher group.
    const restart = await startSender(alice.client);
    const again = restart.ack.suback!.allocations[0]!;
    assert.ok(again.groupId! > groupId!, 'group ids increase across restarts');
    assert.equal(sourcesOf(await bob.client.next(Type.INDEX))[0]!.groupId, again.groupId);
  });

  it('honours PAUSE and RESUME, and relays PLI from the receiver', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting);
    const bob = await join(meeting);
    const { sender, ack } = await startSender(alice.client);
    await sender.accept(ack.suback!.sdpAnswer);
    const streamId = ack.suback!.allocations[0]!.streamId!;
    await bob.client.next(Type.INDEX);

    const receiver = peer({ remoteVideos: 1 });
    bob.client.send(subscribeFrame(await receiver.offer(), [0, streamId]));
    const bobAck = await bob.client.next(Type.SUBSCRIBE_ACK, 10_000);
    await receiver.accept(bobAck.suback!.sdpAnswer);
    sender.startCamera();
    await waitFor(() => receiver.received.length >= 5, 'video at the receiver');

    bob.client.send({ type: Type.PAUSE, pause: { streamIds: [streamId] } });
    await sleep(200);
    const paused = receiver.received.length;
    await sleep(500);
    assert.equal(receiver.received.length, paused, 'nothing forwarded while paused');

    const plisBefore = sender.pliCount;
    bob.client.send({ type: Type.RESUME, pause: { streamIds: [streamId] } });
    await waitFor(() => receiver.received.length >= paused + 5, 'video again after RESUME');
    assert.ok(isVp8KeyframeStart(receiver.received[paused]!.payload), 'resumes on a keyframe');
    assert.ok(sender.pliCount > plisBefore, 'RESUME asked for a keyframe');

    // A PLI from the receiver reaches the sender (rate-limited, deferred but not dropped).
    const plis = sender.pliCount;
    const transceiver = receiver.pc.getTransceivers().find((t) => t.mid === '2')!;
    await transceiver.receiver.sendRtcpPLI(receiver.received.at(-1)!.ssrc);
    await waitFor(() => sender.pliCount > plis, 'PLI relayed to the sender', 3000);
  });

  it('forwards the camera of a promoted replica attendee to the primary meeting (§12)', async () => {
    const primary = await createMeeting(suite.server);
    const replica = await createMeeting(suite.server, { PrimaryMeetingId: primary.MeetingId });
    const watcher = await join(primary);
    const viewer = await join(replica);
    const credentials = await createAttendee(suite.server, primary.MeetingId);
    viewer.client.send({
      type: Type.PRIMARY_MEETING_JOIN,
      primaryMeetingJoin: {
        credentials: {
          attendeeId: credentials.AttendeeId,
          externalUserId: credentials.ExternalUserId,
          joinToken: credentials.JoinToken,
        },
      },
    });
    assert.equal((await viewer.client.next(Type.PRIMARY_MEETING_JOIN_ACK)).error, null);

    const { sender, ack } = await startSender(viewer.client);
    assert.equal(ack.error, null);
    await sender.accept(ack.suback!.sdpAnswer);
    const source = sourcesOf(await watcher.client.next(Type.INDEX))[0]!;
    assert.equal(source.attendeeId, credentials.AttendeeId);
    // Running before the watcher subscribes: its keyframe request reaches the replica camera.
    await waitFor(() => sender.pc.connectionState === 'connected', 'the replica camera connected');
    sender.startCamera();
    await sleep(300);
    const plisBefore = sender.pliCount;

    const receiver = peer({ remoteVideos: 1 });
    watcher.client.send(subscribeFrame(await receiver.offer(), [0, source.streamId!]));
    const watcherAck = await watcher.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.equal(watcherAck.suback!.tracks.length, 1);
    await receiver.accept(watcherAck.suback!.sdpAnswer);
    await waitFor(() => receiver.pc.connectionState === 'connected', 'the watcher connected');
    await waitFor(() => receiver.received.length >= 10, 'the replica camera in the primary meeting');
    assert.ok(sender.pliCount > plisBefore, 'the replica camera was asked for a keyframe');
  });

  it(`refuses the ${MAX_VIDEO_SENDERS + 1}th camera with 206 and reports at_capacity`, async () => {
    const meeting = await createMeeting(suite.server);
    // The offer does not need to connect: one offer text serves every sender.
    const template = peer({ sendCamera: true });
    const offer = await template.offer();
    const senders: SignalingClient[] = [];
    for (let i = 0; i < MAX_VIDEO_SENDERS; i++) {
      const { client } = await join(meeting);
      client.send(subscribeFrame(offer, [0], { sendVideo: true }));
      const ack = await client.next(Type.SUBSCRIBE_ACK, 10_000);
      assert.equal(ack.error, null, `sender ${i + 1} accepted`);
      assert.equal(ack.suback!.allocations.length, 1);
      senders.push(client);
    }
    const last = await join(meeting);
    assert.equal(last.index.index!.atCapacity, true, 'INDEX at_capacity once full');
    assert.equal(sourcesOf(last.index).length, MAX_VIDEO_SENDERS);
    last.client.send(subscribeFrame(offer, [0], { sendVideo: true }));
    const refused = await last.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.equal(refused.error?.status, 206);
    assert.deepEqual(refused.suback!.allocations, []);
    assert.match(refused.suback!.sdpAnswer, /^v=0/, 'still an answer for the offer');

    // A sender that leaves frees a slot and everyone learns it.
    senders[0]!.ws.terminate();
    const index = await last.client.next(Type.INDEX);
    assert.equal(sourcesOf(index).length, MAX_VIDEO_SENDERS - 1);
    assert.equal(index.index!.atCapacity, false);
  });

  it(`refuses a content share's video with 206 once ${MAX_CONTENT_SHARES} are shared`, async () => {
    const meeting = await createMeeting(suite.server);
    const template = peer({ sendCamera: true });
    const offer = await template.offer();
    const viewer = await join(meeting);
    const contentOf = async () => {
      const attendee = await createAttendee(suite.server, meeting.MeetingId, randomUserId());
      const client = await SignalingClient.connect(meeting.MediaPlacement.SignalingUrl, [
        '_aws_wt_session',
        `${attendee.JoinToken}#content`,
      ]);
      suite.client(client);
      await client.join();
      return { attendee, client };
    };
    const shares = [];
    for (let i = 0; i < MAX_CONTENT_SHARES; i++) {
      const share = await contentOf();
      share.client.send(subscribeFrame(offer, [0], { sendVideo: true }));
      const ack = await share.client.next(Type.SUBSCRIBE_ACK, 10_000);
      assert.equal(ack.error, null, `content share ${i + 1} accepted`);
      assert.equal(ack.suback!.allocations.length, 1);
      shares.push(share);
    }
    let index = sourcesOf(await viewer.client.next(Type.INDEX));
    while (index.length < MAX_CONTENT_SHARES) index = sourcesOf(await viewer.client.next(Type.INDEX));
    assert.deepEqual(
      index.map((source) => source.attendeeId).sort(),
      shares.map((share) => `${share.attendee.AttendeeId}#content`).sort(),
      'content shares are published like cameras',
    );

    const third = await contentOf();
    third.client.send(subscribeFrame(offer, [0], { sendVideo: true }));
    const refused = await third.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.equal(refused.error?.status, 206);
    assert.deepEqual(refused.suback!.allocations, []);
    assert.match(refused.suback!.sdpAnswer, /^v=0/, 'still an answer for the offer');

    // A camera is not a content share: it is still accepted.
    const camera = await join(meeting);
    camera.client.send(subscribeFrame(offer, [0], { sendVideo: true }));
    assert.equal((await camera.client.next(Type.SUBSCRIBE_ACK, 10_000)).error, null);

    // A content share that stops frees its slot.
    shares[0]!.client.send({ type: Type.LEAVE, leave: {} });
    await shares[0]!.client.next(Type.LEAVE_ACK);
    third.client.send(subscribeFrame(offer, [0], { sendVideo: true }));
    const accepted = await third.client.next(Type.SUBSCRIBE_ACK, 10_000);
    assert.equal(accepted.error, null);
    assert.equal(accepted.suback!.allocations.length, 1);
  });
});
