import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { RtpHeader, RtpPacket } from 'werift';
import { MediaPeer } from '../../server/media/peer.ts';
import type { MeetingJson } from '../../server/rest/shapes.ts';
import { SdkStreamServiceType } from '../../src/protocol/service-frame.ts';
import {
  SignalingClient,
  Type,
  createAttendee,
  createMeeting,
  type SdpSection,
  sdpSections,
  serverPerSuite,
  subscribeFrame,
  waitFor,
} from './helpers.ts';
import { ClientPeer } from './video-peer.ts';

describe('media negotiation over SUBSCRIBE', () => {
  const suite = serverPerSuite();

  async function connectedClient(meeting: MeetingJson, { compressed = false, sendCamera = false } = {}) {
    const joined = await suite.join(meeting);
    const peer = suite.peer(new ClientPeer({ sendCamera }));
    const offer = await peer.offer();
    // The camera's section sends, but no camera is published: DUPLEX with the microphone only.
    const duplex = sendCamera ? SdkStreamServiceType.DUPLEX : SdkStreamServiceType.RX;
    joined.client.send(subscribeFrame(offer, [0], { compressed, duplex }));
    const ack = await joined.client.next(Type.SUBSCRIBE_ACK, 10_000);
    return { ...joined, peer, offer, ack };
  }

  it('answers with an SDP that connects ICE and DTLS', async () => {
    const meeting = await createMeeting(suite.server);
    const { peer, ack } = await connectedClient(meeting);
    assert.equal(ack.error, null, 'no error in SUBSCRIBE_ACK');
    const suback = ack.suback!;
    assert.ok(Object.hasOwn(suback, 'duplex'), 'duplex is echoed');
    assert.equal(suback.duplex, SdkStreamServiceType.RX);
    assert.deepEqual(suback.tracks, []);
    assert.deepEqual(suback.allocations, []);
    assert.equal(Object.hasOwn(suback, 'compressedSdpAnswer'), false);
    await peer.accept(suback.sdpAnswer);
    await waitFor(() => ['connected', 'completed'].includes(peer.pc.iceConnectionState), 'ICE connected');
    await waitFor(() => peer.pc.connectionState === 'connected', 'DTLS connected');
    assert.equal(peer.pc.dtlsTransports[0]!.state, 'connected');
    await waitFor(
      () => suite.server.logs.some((line) => line.startsWith('media connected')),
      'server-side log',
    );
  });

  it('follows the answer rules of §6.4', async () => {
    const meeting = await createMeeting(suite.server);
    const { offer, ack } = await connectedClient(meeting);
    const answer = ack.suback!.sdpAnswer;
    const offered = sdpSections(offer);
    const answered = sdpSections(answer);

    assert.deepEqual(
      answered.map((s) => s.mid),
      offered.map((s) => s.mid),
      'same mids in the same order',
    );
    assert.deepEqual(
      answered.map((s) => s.mid),
      ['0', '1'],
    );
    for (const section of answered)
      assert.notEqual(section.port, '0', `mid ${section.mid} must not be rejected`);
    assert.match(answer, /\r\na=group:BUNDLE 0 1\r\n/);

    const [audio, camera] = answered as [SdpSection, SdpSection];
    assert.ok(audio.lines.includes('a=sendrecv'));
    assert.ok(audio.lines.includes('a=msid:audio audio'));
    assert.ok(audio.lines.some((l) => /^a=ssrc:\d+ cname:\S+$/.test(l)));
    const opus = audio.lines.filter((l) => /^a=rtpmap:\d+ opus\/48000\/2$/i.test(l));
    assert.equal(opus.length, 1, 'Opus offered');
    assert.deepEqual(audio.formats, [opus[0]!.split(/[: ]/)[1]], 'Opus only');
    assert.ok(audio.lines.includes('a=rtcp-mux'));
    assert.ok(
      audio.lines.some((l) => / typ host/.test(l)),
      'host candidates in the answer',
    );
    assert.ok(
      audio.lines.some((l) => / 127\.0\.0\.1 \d+ typ host/.test(l)),
      'a loopback candidate, for machines whose only interface is lo',
    );
    assert.ok(audio.lines.includes('a=end-of-candidates'));
    assert.ok(audio.lines.some((l) => /^a=setup:(passive|active)$/.test(l)));
    assert.doesNotMatch(answer, /typ srflx/);

    assert.equal(camera.port, '9', 'inactive camera answered with port 9, not 0');
    assert.ok(camera.lines.includes('a=inactive'));
  });

  it('accepts a compressed offer (raw DEFLATE, no dictionary) and answers uncompressed', async () => {
    const meeting = await createMeeting(suite.server);
    const { peer, ack } = await connectedClient(meeting, { compressed: true });
    assert.equal(ack.error, null);
    assert.match(ack.suback!.sdpAnswer, /^v=0\r\n/);
    await peer.accept(ack.suback!.sdpAnswer);
    await waitFor(() => peer.pc.connectionState === 'connected', 'connected');
  });

  it('renegotiates the same peer on the next SUBSCRIBE', async () => {
    const meeting = await createMeeting(suite.server);
    // Camera on this time (werift recycles a client section it offered inactive).
    const { client, peer, ack } = await connectedClient(meeting, { sendCamera: true });
    const first = ack.suback!.sdpAnswer;
    assert.equal(ack.suback!.duplex, SdkStreamServiceType.DUPLEX);
    assert.ok(sdpSections(first)[1]!.lines.includes('a=recvonly'), 'the camera is received, not sent back');
    await peer.accept(first);
    await waitFor(() => peer.pc.connectionState === 'connected', 'connected');

    // The client subscribes to a remote video: a third, recvonly section for stream 100.
    peer.pc.addTransceiver('video', { direction: 'recvonly' });
    const offer = await peer.offer();
    client.send(subscribeFrame(offer, [0, 100]));
    const second = (await client.next(Type.SUBSCRIBE_ACK, 10_000)).suback!.sdpAnswer;
    const answered = sdpSections(second);
    assert.deepEqual(
      answered.map((s) => s.mid),
      ['0', '1', '2'],
    );
    assert.ok(answered.every((s) => s.port !== '0'));
    // No video source exists yet, so the requested stream is answered inactive.
    assert.ok(answered[2]!.lines.includes('a=inactive'));
    const ufrag = (sdp: string) => /a=ice-ufrag:(\S+)/.exec(sdp)![1];
    const fingerprint = (sdp: string) => /a=fingerprint:(.+)/.exec(sdp)![1];
    assert.equal(ufrag(second), ufrag(first), 'same ICE credentials: same peer');
    assert.equal(fingerprint(second), fingerprint(first));
    await peer.accept(second);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(peer.pc.connectionState, 'connected');
  });

  it('compresses answers when the JOIN asks: raw DEFLATE with the previous answer as dictionary', async () => {
    const meeting = await createMeeting(suite.server);
    const attendee = await createAttendee(suite.server, meeting.MeetingId);
    const client = await SignalingClient.forAttendee(meeting, attendee);
    suite.client(client);
    client.send({
      type: Type.JOIN,
      join: { protocolVersion: 2, flags: 2, audioSessionId: 7, wantsCompressedSdp: true },
    });
    assert.equal((await client.next(Type.JOIN_ACK)).joinack!.wantsCompressedSdp, true);
    await client.next(Type.INDEX);
    await client.next(Type.AUDIO_STREAM_ID_INFO);

    const peer = suite.peer(new ClientPeer({ sendCamera: true }));
    client.send(subscribeFrame(await peer.offer(), [0], { compressed: true }));
    const firstAck = (await client.next(Type.SUBSCRIBE_ACK, 10_000)).suback!;
    assert.equal(firstAck.sdpAnswer, '');
    // The first answer on a connection has no dictionary.
    const first = inflateRawSync(firstAck.compressedSdpAnswer).toString('utf8');
    assert.match(first, /^v=0\r\n/);
    await peer.accept(first);
    await waitFor(() => peer.pc.connectionState === 'connected', 'connected');

    peer.pc.addTransceiver('video', { direction: 'recvonly' });
    client.send(subscribeFrame(await peer.offer(), [0, 100], { compressed: true }));
    const secondAck = (await client.next(Type.SUBSCRIBE_ACK, 10_000)).suback!;
    assert.equal(secondAck.sdpAnswer, '');
    const compressed = secondAck.compressedSdpAnswer;
    assert.throws(() => inflateRawSync(compressed), 'needs the dictionary');
    const second = inflateRawSync(compressed, { dictionary: Buffer.from(first) }).toString('utf8');
    assert.deepEqual(
      sdpSections(second).map((section) => section.mid),
      ['0', '1', '2'],
    );
    await peer.accept(second);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(peer.pc.connectionState, 'connected');
  });

  it('answers uncompressed when the JOIN does not ask for compression', async () => {
    const meeting = await createMeeting(suite.server);
    const { joinAck, ack } = await connectedClient(meeting, { compressed: true });
    assert.equal(Object.hasOwn(joinAck.joinack!, 'wantsCompressedSdp'), false);
    assert.match(ack.suback!.sdpAnswer, /^v=0\r\n/);
    assert.equal(ack.suback!.compressedSdpAnswer.length, 0);
  });
});

/**
 * Rewrites the offer section `mid` as Chrome does around a stopped remote-video transceiver:
 * `rejected` gives it port 0 and takes it out of BUNDLE; `recycledAs` gives its m-line to a new
 * recvonly transceiver under that mid.
 */
function chromeLike(offer: string, mid: string, change: { rejected: true } | { recycledAs: string }): string {
  const [session, ...media] = offer.split(/\r\n(?=m=)/);
  const sections = media.map((text) => {
    if (!text.includes(`\r\na=mid:${mid}\r\n`)) return text;
    if ('rejected' in change) {
      return text.replace(/^m=video \d+ /, 'm=video 0 ').replace(/\r\na=recvonly\r\n/, '\r\na=inactive\r\n');
    }
    return text.replace(`\r\na=mid:${mid}\r\n`, `\r\na=mid:${change.recycledAs}\r\n`);
  });
  const bundled = media
    .map((text) => /\r\na=mid:(\S+)\r\n/.exec(text)![1]!)
    .flatMap((m) => {
      if (m !== mid) return [m];
      return 'rejected' in change ? [] : [change.recycledAs];
    });
  return [session!.replace(/^a=group:BUNDLE .*$/m, `a=group:BUNDLE ${bundled.join(' ')}`), ...sections].join(
    '\r\n',
  );
}

const ssrcOf = (sdp: string, mid: string): number | undefined => {
  const section = sdpSections(sdp).find((s) => s.mid === mid);
  const line = section?.lines.find((l) => /^a=ssrc:\d+ /.test(l));
  return line === undefined ? undefined : Number(/^a=ssrc:(\d+) /.exec(line)![1]);
};

describe('MediaPeer', () => {
  it('sends on the signalled SSRC of a new mid that recycles the m-line of a rejected section', async () => {
    // The client: audio, an idle camera, and one remote video (mid 2) it receives.
    const client = new ClientPeer({ remoteVideos: 1 });
    const server = new MediaPeer();
    try {
      const first = await client.offer();
      assert.deepEqual(
        sdpSections(first).map((s) => s.mid),
        ['0', '1', '2'],
      );
      const firstAnswer = await server.answer(first, new Set(['2']));
      assert.equal(server.videoSsrc('2'), ssrcOf(firstAnswer, '2'), 'mid 2 is sent on its signalled SSRC');
      await client.accept(firstAnswer);
      await waitFor(() => client.pc.connectionState === 'connected', 'client connected');
      await waitFor(() => server.state === 'connected', 'server connected');

      // The source left INDEX: the client stopped the transceiver, its section is rejected.
      const rejected = chromeLike(first, '2', { rejected: true });
      const secondAnswer = await server.answer(rejected, new Set());
      assert.equal(sdpSections(secondAnswer)[2]!.port, '0', 'the rejected section stays rejected');
      assert.equal(server.videoSsrc('2'), undefined, 'nothing is sent on the rejected section');

      // A new source: Chrome reuses the rejected m-line for a new transceiver, mid 3.
      const recycled = chromeLike(first, '2', { recycledAs: '3' });
      const thirdAnswer = await server.answer(recycled, new Set(['3']));
      assert.deepEqual(
        sdpSections(thirdAnswer).map((s) => s.mid),
        ['0', '1', '3'],
      );
      const signalled = ssrcOf(thirdAnswer, '3');
      assert.ok(signalled !== undefined, 'the answer signals an SSRC for mid 3');
      assert.equal(server.videoSsrc('3'), signalled, 'mid 3 is sent on the SSRC its answer signals');
      assert.equal(server.videoSsrc('2'), undefined, 'no section has mid 2 any more');

      // A forwarded packet goes out on that SSRC (the sender stamps it on the packet).
      const packet = new RtpPacket(
        new RtpHeader({ payloadType: 96, sequenceNumber: 1, timestamp: 3000, ssrc: 1234, marker: true }),
        Buffer.from([0x10, 0x00, 0x00, 0x00, 0x01]),
      );
      assert.equal(server.sendVideo('3', packet, true), true, 'mid 3 can send');
      assert.equal(packet.header.ssrc, signalled, 'the packet carries the signalled SSRC');
    } finally {
      await server.close();
      await client.close();
    }
  });
});
