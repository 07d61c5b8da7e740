/**
 * Shared pieces of the `sdk-use-cases-*.test.ts` files, which run each use case of the Amazon Chime
 * SDK README with our SDK against the local service, with the official client as the other
 * attendee: the peers of a test (ours and official ones, stopped after each test even when it
 * failed), a meter of the audio a peer receives, and waits for sound and silence.
 */
import { expect } from '@open-wc/testing';
import {
  ConsoleLogger,
  DefaultDeviceController,
  DefaultMeetingSession,
  LogLevel,
  MeetingSessionConfiguration,
  MeetingSessionStatusCode,
} from '../../../src/index.ts';
import type { MeetingSessionStatus } from '../../../src/index.ts';
import { type JoinInfo, joinInfo, waitFor } from './meeting-server.ts';
import {
  officialPeer,
  type OfficialPeer,
  startFirstMicrophone,
  startOfficialPeer,
  stopOfficialPeers,
} from './official-client.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One of our sessions in a test, like `OfficialPeer` for the official client. */
export interface OurPeer {
  session: DefaultMeetingSession;
  meetingId: string;
  attendeeId: string;
  externalUserId: string;
  /** True once `audioVideoDidStop` fired. */
  done: boolean;
  started: Promise<void>;
  stopped: Promise<MeetingSessionStatus>;
}

/** The peers and cleanups of the tests of a `describe` (see {@link everyoneStoppedAfterEach}). */
export interface TestPeers {
  ours: OurPeer[];
  peers: OfficialPeer[];
  cleanups: Array<() => Promise<void> | void>;
}

/**
 * The peers (ours and official) and cleanup functions of the tests of a `describe`. After each
 * test, pass or fail: the cleanups run (in order), then our sessions and the official ones stop.
 */
export function everyoneStoppedAfterEach(): TestPeers {
  const context: TestPeers = { ours: [], peers: [], cleanups: [] };
  afterEach(async () => {
    for (const cleanup of context.cleanups.splice(0)) {
      try {
        await cleanup();
      } catch (error) {
        console.warn('cleanup failed', error);
      }
    }
    await Promise.all(
      context.ours.splice(0).map(async (peer) => {
        if (peer.done) return;
        peer.session.audioVideo.stop();
        await Promise.race([peer.stopped, sleep(5_000)]);
      }),
    );
    await stopOfficialPeers(context.peers);
  });
  return context;
}

/**
 * A session of our SDK for the attendee of `info` (not started), made as the README's setup makes
 * one, its start and stop recorded; stopped after the test. `configure` may change the
 * configuration before the session is made of it.
 */
export function ourPeer(
  context: TestPeers,
  info: JoinInfo,
  configure: (configuration: MeetingSessionConfiguration) => void = () => undefined,
): OurPeer {
  const logger = new ConsoleLogger(info.Attendee.ExternalUserId, LogLevel.WARN);
  const configuration = new MeetingSessionConfiguration(
    { Meeting: info.Meeting },
    { Attendee: info.Attendee },
  );
  configure(configuration);
  const session = new DefaultMeetingSession(configuration, logger, new DefaultDeviceController(logger));
  let started!: () => void;
  let stopped!: (status: MeetingSessionStatus) => void;
  const peer: OurPeer = {
    session,
    meetingId: info.Meeting.MeetingId,
    attendeeId: info.Attendee.AttendeeId,
    externalUserId: info.Attendee.ExternalUserId,
    done: false,
    started: new Promise((resolve) => (started = resolve)),
    stopped: new Promise((resolve) => (stopped = resolve)),
  };
  session.audioVideo.addObserver({
    audioVideoDidStart: () => started(),
    audioVideoDidStop: (status) => {
      peer.done = true;
      stopped(status);
    },
  });
  context.ours.push(peer);
  return peer;
}

/** Starts `peer`'s session; resolves once it started, rejects if it stopped first. */
export async function startOurPeer(peer: OurPeer): Promise<OurPeer> {
  peer.session.audioVideo.start();
  await Promise.race([
    peer.started,
    peer.stopped.then((status) => {
      throw new Error(`stopped with ${MeetingSessionStatusCode[status.statusCode()]} before it started`);
    }),
  ]);
  return peer;
}

/** Joins `meeting` as `name` with our SDK; `prepare` runs before `start()`. */
export async function joinOurPeer(
  context: TestPeers,
  meeting: string,
  name: string,
  prepare: (peer: OurPeer) => void | Promise<void> = () => undefined,
): Promise<OurPeer> {
  const peer = ourPeer(context, await joinInfo(meeting, name));
  await prepare(peer);
  return startOurPeer(peer);
}

/**
 * Joins `meeting` as `name` with the official client, using its first microphone; `prepare` runs
 * before `start()`. Stopped after the test.
 */
export async function joinOfficial(
  context: TestPeers,
  meeting: string,
  name: string,
  prepare: (peer: OfficialPeer) => void | Promise<void> = () => undefined,
): Promise<OfficialPeer> {
  const peer = officialPeer(await joinInfo(meeting, name), name);
  context.peers.push(peer);
  await prepare(peer);
  await startFirstMicrophone(peer.session);
  return startOfficialPeer(peer);
}

/** An official peer whose meeting audio plays in `audio`. */
export interface ListeningOfficialPeer extends OfficialPeer {
  audio: HTMLAudioElement;
}

/** {@link joinOfficial}, with the meeting audio bound to an `<audio>` element before `start()`. */
export async function joinListeningOfficial(
  context: TestPeers,
  meeting: string,
  name: string,
  prepare: (peer: OfficialPeer) => void | Promise<void> = () => undefined,
): Promise<ListeningOfficialPeer> {
  const audio = mediaElement(context, 'audio');
  const peer = await joinOfficial(context, meeting, name, async (peer) => {
    await peer.session.audioVideo.bindAudioElement(audio);
    await prepare(peer);
  });
  return Object.assign(peer, { audio });
}

/** A `<video>` (muted) or `<audio>` element on the page, autoplaying; removed after the test. */
export function mediaElement<K extends 'video' | 'audio'>(
  context: TestPeers,
  tag: K,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.autoplay = true;
  if (tag === 'video') element.muted = true;
  document.body.append(element);
  context.cleanups.push(() => {
    element.srcObject = null;
    element.remove();
  });
  return element;
}

/** Loudness of received audio: the RMS peak of a stream, sampled every 20 ms. */
export interface AudioMeter {
  /** The loudest sample since the last call. */
  peak(): number;
}

/**
 * Samples what `element` plays (its `srcObject`, once it has an audio track) with a WebAudio
 * analyser every ~20 ms: the fake microphone beeps ~30 ms every ~500 ms, so slower sampling
 * misses beeps. The analyser works whether or not the element itself is muted. Closed after the
 * test.
 */
export function audioMeter(context: TestPeers, element: HTMLMediaElement): AudioMeter {
  const audioContext = new AudioContext();
  void audioContext.resume();
  const analyser = audioContext.createAnalyser();
  analyser.fftSize = 1024;
  const samples = new Float32Array(analyser.fftSize);
  let source: MediaStreamAudioSourceNode | undefined;
  let sourceStream: MediaStream | undefined;
  let peak = 0;
  const timer = setInterval(() => {
    const stream = element.srcObject as MediaStream | null;
    if (stream && stream !== sourceStream && stream.getAudioTracks().length > 0) {
      source?.disconnect();
      source = audioContext.createMediaStreamSource(stream);
      source.connect(analyser);
      sourceStream = stream;
    }
    if (!source) return;
    analyser.getFloatTimeDomainData(samples);
    let energy = 0;
    for (const sample of samples) energy += sample * sample;
    peak = Math.max(peak, Math.sqrt(energy / samples.length));
  }, 20);
  context.cleanups.push(async () => {
    clearInterval(timer);
    if (audioContext.state !== 'closed') await audioContext.close();
  });
  return {
    peak: () => {
      const value = peak;
      peak = 0;
      return value;
    },
  };
}

/** The loudness above which a received stream carries the fake microphone's beeps. */
export const AUDIBLE = 0.01;

/**
 * Waits until `meter` hears the beeps (a peak over {@link AUDIBLE}); resolves with the loudest
 * peak of the next second too, the reference for {@link expectSilence}.
 */
export async function expectHears(meter: AudioMeter, what: string, timeoutMs = 10_000): Promise<number> {
  meter.peak();
  let loudest = 0;
  await waitFor(() => (loudest = meter.peak()) > AUDIBLE, what, timeoutMs);
  await sleep(1000);
  return Math.max(loudest, meter.peak());
}

/**
 * Waits until `meter` hears (next to) nothing for a whole second — below a tenth of `reference`,
 * the level it heard while the sound was on: the control of {@link expectHears}.
 */
export async function expectSilence(
  meter: AudioMeter,
  reference: number,
  what: string,
  timeoutMs = 6_000,
): Promise<void> {
  const quiet = Math.min(reference / 10, AUDIBLE);
  const deadline = performance.now() + timeoutMs;
  let loudest = Infinity;
  while (performance.now() < deadline) {
    meter.peak();
    await sleep(1000);
    loudest = meter.peak();
    if (loudest < quiet) return;
  }
  expect(loudest, what).to.be.lessThan(quiet);
}

/** Records the presence callbacks of `peer`'s official session: who came and went, who is present. */
export function officialPresence(peer: OfficialPeer): {
  seen: Array<[string, boolean]>;
  isPresent(attendeeId: string): boolean;
} {
  const seen: Array<[string, boolean]> = [];
  const present = new Set<string>();
  peer.session.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, isPresent) => {
    seen.push([attendeeId, isPresent]);
    if (isPresent) present.add(attendeeId);
    else present.delete(attendeeId);
  });
  return { seen, isPresent: (attendeeId) => present.has(attendeeId) };
}

/** `waitFor` with an asynchronous predicate (e.g. one that reads statistics). */
export async function waitForAsync(
  predicate: () => Promise<boolean>,
  message: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await predicate())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for: ${message}`);
    await sleep(100);
  }
}
