import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MeetingJson } from '../../server/rest/shapes.ts';
import { FRAME_SAMPLES } from '../../server/media/opus.ts';
import type { SdkSignalFrame } from '../../src/protocol/service-frame.ts';
import { AudioPeer, Tone, silence } from './audio-helpers.ts';
import {
  Type,
  createMeeting,
  type joinedAttendee,
  serverPerSuite,
  subscribeFrame,
  waitFor,
} from './helpers.ts';

type Attendee = Awaited<ReturnType<typeof joinedAttendee>>;

describe('meeting audio over real peers', () => {
  const suite = serverPerSuite();

  async function participant(meeting: MeetingJson, source: { next(): Int16Array }) {
    const joined = await suite.join(meeting);
    const peer = suite.peer(new AudioPeer(source));
    joined.client.send(subscribeFrame(await peer.offer()));
    const ack = await joined.client.next(Type.SUBSCRIBE_ACK, 10_000);
    await peer.accept(ack.suback!.sdpAnswer);
    await waitFor(() => peer.pc.connectionState === 'connected', 'connected');
    return { ...joined, peer };
  }

  it('mixes minus each listener: both hear the other, neither hears itself, with continuous RTP', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await participant(meeting, new Tone(440));
    const bob = await participant(meeting, new Tone(1000));
    const carol = await participant(meeting, { next: silence });
    for (const { peer } of [alice, bob, carol]) peer.talk();
    await waitFor(
      () => alice.peer.energyAt(1000) > 1e9 && bob.peer.energyAt(440) > 1e9 && carol.peer.energyAt(440) > 1e9,
      'everyone hearing the others',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(alice.peer.energyAt(440) * 100 < alice.peer.energyAt(1000), 'alice does not hear herself');
    assert.ok(bob.peer.energyAt(1000) * 100 < bob.peer.energyAt(440), 'bob does not hear himself');
    assert.ok(carol.peer.energyAt(1000) > 1e9, 'the silent listener hears bob too');

    const { received } = alice.peer;
    const tail = received.slice(-20);
    for (let i = 1; i < tail.length; i++) {
      assert.equal((tail[i]!.seq - tail[i - 1]!.seq) & 0xffff, 1, 'consecutive sequence numbers');
      assert.equal((tail[i]!.ts - tail[i - 1]!.ts) >>> 0, FRAME_SAMPLES, 'timestamps 20 ms apart');
    }
  });

  it('declines RED offered ahead of Opus (as Chrome offers it) and answers Opus only', async () => {
    const meeting = await createMeeting(suite.server);
    const joined = await suite.join(meeting);
    const peer = suite.peer(new AudioPeer({ next: silence }));
    const offer = (await peer.offer())
      .replace(/^(m=audio \d+ \S+) (\d+)/m, (_, head: string, opus: string) => `${head} 63 ${opus}`)
      .replace(/^(a=rtpmap:(\d+) opus\/48000\/2)$/m, (line: string, _: string, opus: string) =>
        [line, `a=rtpmap:63 red/48000/2`, `a=fmtp:63 ${opus}/${opus}`].join('\r\n'),
      );
    assert.match(offer, /^m=audio \d+ \S+ 63 \d+/m, 'RED first in the offer');
    joined.client.send(subscribeFrame(offer));
    const answer = (await joined.client.next(Type.SUBSCRIBE_ACK, 10_000)).suback!.sdpAnswer;
    const audioLine = /^m=audio \d+ \S+ (.+)$/m.exec(answer)![1]!.trim().split(' ');
    assert.equal(audioLine.length, 1, audioLine.join(' '));
    assert.match(answer, new RegExp(`a=rtpmap:${audioLine[0]} opus/48000/2`, 'i'));
    assert.doesNotMatch(answer, /red\/48000/i);
  });

  it('sends AUDIO_METADATA: loud sender with a small volume, silent and muted ones omitted', async () => {
    const meeting = await createMeeting(suite.server);
    const loud = await participant(meeting, new Tone(440, 16000));
    const quiet = await participant(meeting, { next: silence });
    const muted = await participant(meeting, new Tone(1000, 16000));
    muted.client.send({ type: Type.AUDIO_CONTROL, audioControl: { muted: true } });
    for (const { peer } of [loud, quiet, muted]) peer.talk();
    const id = (attendee: Attendee) =>
      attendee.roster.audioStreamIdInfo!.streams.find((s) => s.attendeeId === attendee.attendee.AttendeeId)!
        .audioStreamId;

    // Skip frames from before everyone was sending, then look at the next few.
    await new Promise((resolve) => setTimeout(resolve, 600));
    while (quiet.client.pendingTypes().includes(Type.AUDIO_METADATA))
      await quiet.client.next(Type.AUDIO_METADATA);
    const started = Date.now();
    const frames: SdkSignalFrame[] = [];
    for (let i = 0; i < 4; i++) frames.push(await quiet.client.next(Type.AUDIO_METADATA, 2000));
    const elapsed = Date.now() - started;
    assert.ok(elapsed > 400 && elapsed < 1400, `about every 200 ms (4 frames in ${elapsed} ms)`);
    for (const frame of frames) {
      const states = frame.audioMetadata!.attendeeStates.map((state) => ({ ...state }));
      assert.deepEqual(
        states.map((state) => state.audioStreamId),
        [id(loud)],
        JSON.stringify(states),
      );
      const [state] = states as [(typeof states)[0]];
      assert.ok(state.volume >= 1 && state.volume <= 14, `volume ${state.volume}`);
      assert.equal(state.signalStrength, 2);
      assert.equal(Object.hasOwn(state, 'muted'), false);
    }
    // Everyone gets it, the speaker too.
    await loud.client.next(Type.AUDIO_METADATA, 2000);
    await muted.client.next(Type.AUDIO_METADATA, 2000);
  });
});

describe('DATA_MESSAGE relay', () => {
  const suite = serverPerSuite();
  const join = (meeting: MeetingJson) => suite.join(meeting);

  const dataFrame = (messages: Array<{ topic: string; data: Uint8Array; lifetimeMs?: number }>) => ({
    type: Type.DATA_MESSAGE,
    dataMessage: { messages },
  });
  const text = (value: string) => new TextEncoder().encode(value);

  it('relays to everyone, sender included, stamped with the sender and a non-zero ingest time', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting);
    const bob = await join(meeting);
    alice.client.send(dataFrame([{ topic: 'chat', data: text('hi'), lifetimeMs: 1000 }]));
    alice.client.send(dataFrame([{ topic: 'chat', data: text('again') }]));
    const times: number[] = [];
    for (const client of [bob.client, alice.client]) {
      for (const expected of ['hi', 'again']) {
        const [message] = (await client.next(Type.DATA_MESSAGE)).dataMessage!.messages;
        assert.equal(message!.topic, 'chat');
        assert.equal(new TextDecoder().decode(message!.data), expected);
        assert.equal(message!.senderAttendeeId, alice.attendee.AttendeeId);
        assert.equal(message!.senderExternalUserId, alice.attendee.ExternalUserId);
        assert.ok(Number(message!.ingestTimeNs) > 1.6e18, `ingest time ${message!.ingestTimeNs}`);
        times.push(Number(message!.ingestTimeNs));
      }
    }
    assert.ok(times[1]! > times[0]!, 'ingest times increase');
  });

  it('drops an invalid topic or oversized data with a log line', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting);
    const bob = await join(meeting);
    alice.client.send(
      dataFrame([
        { topic: 'no spaces', data: text('x') },
        { topic: 'x'.repeat(37), data: text('x') },
        { topic: '', data: text('x') },
        { topic: 'big', data: new Uint8Array(2049) },
        { topic: 'just-right_2', data: new Uint8Array(2048) },
      ]),
    );
    const [message] = (await bob.client.next(Type.DATA_MESSAGE)).dataMessage!.messages;
    assert.equal(message!.topic, 'just-right_2');
    await bob.client.expectNone(Type.DATA_MESSAGE, 200);
    const dropped = suite.server.logs.filter((line) => line.startsWith('data message dropped'));
    assert.equal(dropped.length, 4, dropped.join('\n'));
  });

  it('over the soft limit echoes to the sender with ingest time 0 and relays nothing', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting);
    const bob = await join(meeting);
    const messages = Array.from({ length: 230 }, (_, i) => ({ topic: 't', data: text(String(i)) }));
    alice.client.send(dataFrame(messages));
    let relayed = 0;
    let throttled = 0;
    for (let i = 0; i < 230; i++) {
      const [message] = (await alice.client.next(Type.DATA_MESSAGE)).dataMessage!.messages;
      if (Number(message!.ingestTimeNs) === 0) throttled++;
      else relayed++;
    }
    assert.ok(relayed >= 200 && relayed < 210, `relayed ${relayed}`);
    assert.equal(throttled, 230 - relayed);
    for (let i = 0; i < relayed; i++) {
      const [message] = (await bob.client.next(Type.DATA_MESSAGE)).dataMessage!.messages;
      assert.notEqual(Number(message!.ingestTimeNs), 0);
    }
    await bob.client.expectNone(Type.DATA_MESSAGE, 200);
  });

  it('over the hard limit removes the sender', async () => {
    const meeting = await createMeeting(suite.server);
    const alice = await join(meeting);
    const bob = await join(meeting);
    // Burst 10 000 plus what refills (500/s) while the service works through them.
    const messages = Array.from({ length: 12_000 }, () => ({ topic: 't', data: new Uint8Array(0) }));
    alice.client.send(dataFrame(messages));
    const status = await alice.client.next(Type.AUDIO_STATUS, 5000);
    assert.equal(status.audioStatus!.audioStatus, 411);
    await waitFor(
      () => suite.server.logs.some((line) => line.startsWith('data message rate limit exceeded')),
      'log',
    );
    const left = await bob.client.next(Type.AUDIO_STREAM_ID_INFO, 5000);
    assert.equal(Object.hasOwn(left.audioStreamIdInfo!.streams[0]!, 'attendeeId'), false, 'alice left');
  });
});
