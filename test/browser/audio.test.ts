// Meeting audio through the local service's mix-minus mixer, between official
// amazon-chime-sdk-js clients: hearing each other, volume and active speaker from
// AUDIO_METADATA, mute, and data messages.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import {
  officialPeer,
  type OfficialPeer,
  startFirstMicrophone,
  startOfficialPeer,
} from './helpers/official-client.ts';

/** An official peer whose meeting audio plays in `audio`. */
interface ListeningPeer extends OfficialPeer {
  audio: HTMLAudioElement;
}

/** Joins `meeting` as `name` with the fake microphone (it beeps ~30 ms every ~500 ms). */
async function joinListening(
  meeting: string,
  name: string,
  { muted = false, beforeStart = (_: Official.DefaultMeetingSession) => {} } = {},
): Promise<ListeningPeer> {
  const peer = Object.assign(officialPeer(await joinInfo(meeting, name), name), {
    audio: document.createElement('audio'),
  });
  const { session } = peer;
  document.body.append(peer.audio);
  await session.audioVideo.bindAudioElement(peer.audio);
  await startFirstMicrophone(session);
  if (muted) session.audioVideo.realtimeMuteLocalAudio();
  beforeStart(session);
  return startOfficialPeer(peer);
}

/**
 * Samples the RMS of what `peer`'s audio element plays every ~20 ms (the beeps are short)
 * and returns a function giving the loudest sample since it was last called.
 */
function loudness(peer: ListeningPeer): { context: AudioContext; peak: () => number } {
  const context = new AudioContext();
  void context.resume();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  let source: MediaStreamAudioSourceNode | undefined;
  const samples = new Float32Array(analyser.fftSize);
  let peak = 0;
  const timer = setInterval(() => {
    const stream = peer.audio.srcObject as MediaStream | null;
    if (!source && stream && stream.getAudioTracks().length > 0) {
      source = context.createMediaStreamSource(stream);
      source.connect(analyser);
    }
    analyser.getFloatTimeDomainData(samples);
    let energy = 0;
    for (const sample of samples) energy += sample * sample;
    peak = Math.max(peak, Math.sqrt(energy / samples.length));
  }, 20);
  context.addEventListener('statechange', () => {
    if (context.state === 'closed') clearInterval(timer);
  });
  return {
    context,
    peak: () => {
      const value = peak;
      peak = 0;
      return value;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The loudest of several ~1 s windows, so a window that misses a beep does not matter. */
async function loudestOver(meter: { peak: () => number }, ms: number): Promise<number> {
  meter.peak();
  await sleep(ms);
  return meter.peak();
}

describe('meeting audio between official clients through the mixer', () => {
  const peers: ListeningPeer[] = [];
  const contexts: AudioContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    for (const peer of peers.splice(0)) {
      peer.session.audioVideo.stop();
      await peer.stopped;
      peer.audio.remove();
    }
  });

  it('each hears the other, with volume and active speaker; a muted sender goes quiet', async () => {
    const meeting = uniqueMeetingName('audio');
    const alice = await joinListening(meeting, 'Alice');
    peers.push(alice);
    // The detector learns attendees from presence, so it is subscribed before Bob joins.
    const speakers = new Set<string>();
    const bob = await joinListening(meeting, 'Bob', {
      beforeStart: (session) =>
        session.audioVideo.subscribeToActiveSpeakerDetector(
          new Official.DefaultActiveSpeakerPolicy(),
          (ids) => {
            for (const id of ids) speakers.add(id);
          },
        ),
    });
    peers.push(bob);
    // The control: joined muted, so Bob and Alice hear only each other from it.
    const carol = await joinListening(meeting, 'Carol', { muted: true });
    peers.push(carol);

    // Bob's view of Alice: volume and mute from AUDIO_METADATA / AUDIO_STREAM_ID_INFO.
    let aliceLoudest = 0;
    let aliceMuted: boolean | null = null;
    let aliceSignal: number | null = null;
    bob.session.audioVideo.realtimeSubscribeToVolumeIndicator(
      alice.attendeeId,
      (_, volume, muted, signal) => {
        if (volume !== null) aliceLoudest = Math.max(aliceLoudest, volume);
        if (muted !== null) aliceMuted = muted;
        if (signal !== null) aliceSignal = signal;
      },
    );

    const meters = [alice, bob, carol].map(loudness);
    contexts.push(...meters.map((meter) => meter.context));
    const [atAlice, atBob, atCarol] = meters as [
      ReturnType<typeof loudness>,
      ...ReturnType<typeof loudness>[],
    ];

    // Everyone hears beeps: Alice hears Bob, Bob hears Alice, Carol hears both.
    await waitFor(() => aliceLoudest > 0, 'a volume for Alice at Bob', 15_000);
    const heard = { alice: 0, bob: 0, carol: 0 };
    for (let i = 0; i < 3; i++) {
      heard.alice = Math.max(heard.alice, await loudestOver(atAlice, 1000));
      heard.bob = Math.max(heard.bob, atBob!.peak());
      heard.carol = Math.max(heard.carol, atCarol!.peak());
    }
    expect(heard.alice, 'Alice hears Bob').to.be.greaterThan(0.01);
    expect(heard.bob, 'Bob hears Alice').to.be.greaterThan(0.01);
    expect(heard.carol, 'Carol hears both').to.be.greaterThan(0.01);
    expect(aliceLoudest).to.be.greaterThan(0).and.at.most(1);
    expect(aliceSignal).to.equal(1);
    await waitFor(() => speakers.has(alice.attendeeId), 'Alice among the active speakers at Bob');

    // Mute Alice: Bob sees it, and with Carol muted too Bob hears silence.
    alice.session.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => aliceMuted === true, 'Alice muted at Bob');
    await sleep(500);
    const bobWhileAliceMuted = await loudestOver(atBob!, 2000);
    expect(bobWhileAliceMuted, 'Bob hears nothing: Alice and Carol are muted').to.be.lessThan(heard.bob / 10);
    const carolWhileAliceMuted = await loudestOver(atCarol!, 2000);
    expect(carolWhileAliceMuted, 'Carol still hears Bob').to.be.greaterThan(0.01);
  });

  it('delivers a data message with the sender and throttled false', async () => {
    const meeting = uniqueMeetingName('data');
    const alice = await joinListening(meeting, 'Alice');
    peers.push(alice);
    const bob = await joinListening(meeting, 'Bob');
    peers.push(bob);
    const received: Official.DataMessage[] = [];
    bob.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (message) => received.push(message));
    alice.session.audioVideo.realtimeSendDataMessage('chat', 'hi');
    await waitFor(() => received.length > 0, 'the message at Bob');
    const [message] = received as [Official.DataMessage];
    expect(message.text()).to.equal('hi');
    expect(message.topic).to.equal('chat');
    expect(message.senderAttendeeId).to.equal(alice.attendeeId);
    expect(message.throttled).to.equal(false);
    expect(message.timestampMs).to.be.greaterThan(1.6e12);
  });
});
