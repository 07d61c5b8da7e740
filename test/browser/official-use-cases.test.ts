// The numbered use cases of the official amazon-chime-sdk-js README that the other browser tests
// do not exercise, done by official clients against the local service: choosing devices by id,
// the device change observer, mute with can-unmute, remote video sources, tiles bound to chosen
// elements (one and several), a roster, metrics, connection health, screen capture and a video
// file as content share. Beside the purely local steps (device lists, the chosen ids, the
// can-unmute flag), every check is on something the official client can only report when the
// service did its part (relayed media, mute state, the video index, presence, pongs).
//
// Use case 19 (sharing a screen picked by source id, e.g. from Electron's desktopCapturer) is
// not here: such an id is issued only by Electron or a Chrome extension, and Chromium refuses
// `chromeMediaSource: 'desktop'` capture from a web page (AbortError "Error starting tab
// capture"), so there is nothing a page can share that way.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { changingCanvas } from './helpers/media.ts';
import {
  expectTilePlays,
  expectVideoElementPlays,
  joinOfficialPeer,
  officialPeer,
  type OfficialPeer,
  peersStoppedAfterEach,
  startOfficialPeer,
  videoFrame,
} from './helpers/official-client.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Joins `meeting` as `name` with the official client like `joinOfficialPeer`, but lets `setup`
 * (async) choose devices and add observers before `start()`, as the README's device section does.
 */
async function joinWithSetup(
  meeting: string,
  name: string,
  setup: (session: Official.DefaultMeetingSession) => Promise<void>,
): Promise<OfficialPeer> {
  const peer = officialPeer(await joinInfo(meeting, name), name);
  await setup(peer.session);
  return startOfficialPeer(peer);
}

/** One roster entry of use case 24: presence plus the last non-null volume indicator values. */
interface RosterEntry {
  volume: number | null;
  muted: boolean | null;
  signalStrength: number | null;
}

/** Everything the viewer in the video meeting records through the official client's observers. */
interface ViewerWatch {
  roster: Map<string, RosterEntry>;
  /** Attendee ids of each `remoteVideoSourcesDidChange` call, in order. */
  sourceChanges: string[][];
  availability: Official.MeetingSessionVideoAvailability[];
  /** Use cases 15/16: which pool element each remote camera tile is bound to. */
  boundElements: Map<number, HTMLVideoElement>;
  metrics: Official.ClientMetricReport[];
  health: Official.ConnectionHealthData[];
  alerts: string[];
}

/**
 * Sets up the viewer's observers the way the README's use cases do, before it starts: a pool of
 * `<video>` elements it binds remote camera tiles to (16), the remote video sources (17), the
 * roster (24), metrics (25) and alerts (26).
 */
function watchAsViewer(session: Official.DefaultMeetingSession, pool: HTMLVideoElement[]): ViewerWatch {
  const watch: ViewerWatch = {
    roster: new Map(),
    sourceChanges: [],
    availability: [],
    boundElements: new Map(),
    metrics: [],
    health: [],
    alerts: [],
  };
  const av = session.audioVideo;
  const acquire = (tileId: number): HTMLVideoElement => {
    const bound = watch.boundElements.get(tileId);
    if (bound) return bound;
    const taken = new Set(watch.boundElements.values());
    const free = pool.find((element) => !taken.has(element));
    if (!free) throw new Error('no video element is available');
    watch.boundElements.set(tileId, free);
    return free;
  };
  av.addObserver({
    videoTileDidUpdate: (tile) => {
      if (!tile.boundAttendeeId || tile.localTile || tile.isContent || tile.tileId === null) return;
      av.bindVideoElement(tile.tileId, acquire(tile.tileId));
    },
    videoTileWasRemoved: (tileId) => void watch.boundElements.delete(tileId),
    remoteVideoSourcesDidChange: (sources) =>
      watch.sourceChanges.push(sources.map((source) => source.attendee.attendeeId).sort()),
    videoAvailabilityDidChange: (availability) => watch.availability.push(availability),
    metricsDidReceive: (report) => watch.metrics.push(report),
    connectionHealthDidChange: (data) => watch.health.push(data),
    connectionDidBecomePoor: () => watch.alerts.push('poor'),
    connectionDidSuggestStopVideo: () => watch.alerts.push('suggest-stop-video'),
    videoSendDidBecomeUnavailable: () => watch.alerts.push('video-send-unavailable'),
  });
  av.realtimeSubscribeToAttendeeIdPresence((attendeeId, present) => {
    if (new Official.DefaultModality(attendeeId).hasModality(Official.DefaultModality.MODALITY_CONTENT))
      return;
    if (!present) {
      watch.roster.delete(attendeeId);
      return;
    }
    if (watch.roster.has(attendeeId)) return;
    watch.roster.set(attendeeId, { volume: null, muted: null, signalStrength: null });
    av.realtimeSubscribeToVolumeIndicator(attendeeId, (id, volume, muted, signalStrength) => {
      const entry = watch.roster.get(id);
      if (!entry) return;
      // A null field means "unchanged", so only non-null values are taken.
      if (volume !== null) entry.volume = volume;
      if (muted !== null) entry.muted = muted;
      if (signalStrength !== null) entry.signalStrength = signalStrength;
    });
  });
  return watch;
}

/** The latest report's observable video metrics for `attendeeId`'s streams at the reporter. */
function videoMetricsOf(report: Official.ClientMetricReport | undefined, attendeeId: string) {
  const streams = report?.getObservableVideoMetrics()[attendeeId] ?? {};
  return Object.values(streams) as Array<Record<string, number>>;
}

/** The mean red, green and blue of RGBA `pixels`. */
function meanColour(pixels: Uint8ClampedArray): number[] {
  const sums = [0, 0, 0];
  for (let i = 0; i < pixels.length; i += 4) {
    for (let channel = 0; channel < 3; channel++) sums[channel]! += pixels[i + channel]!;
  }
  return sums.map((sum) => sum / (pixels.length / 4));
}

/** Records `ms` of a changing canvas with MediaRecorder as a WebM video file. */
async function recordVideoFile(ms: number): Promise<File> {
  const source = changingCanvas();
  const recorder = new MediaRecorder(source.stream, { mimeType: 'video/webm;codecs=vp8' });
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
  const finished = new Promise((resolve) => recorder.addEventListener('stop', resolve));
  recorder.start(200);
  await sleep(ms);
  recorder.stop();
  await finished;
  source.stop();
  return new File(chunks, 'clip.webm', { type: 'video/webm' });
}

describe('README use cases of the official client against the local service', () => {
  const { peers, cleanups } = peersStoppedAfterEach();

  it('devices by id, mute and can-unmute, remote video sources, tiles, roster, metrics and health (1–4, 6–9, 15–17, 24–26)', async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('use-cases');

    // Use cases 1–4 and 6 at Alice: list all three kinds of devices, register a device change
    // observer, choose a microphone and a speaker by id (not the defaults), and record the
    // session lifecycle.
    const lifecycle: string[] = [];
    const deviceChanges: string[] = [];
    const audioElement = document.createElement('audio');
    document.body.append(audioElement);
    cleanups.push(() => audioElement.remove());
    let microphone!: MediaDeviceInfo;
    let speaker!: MediaDeviceInfo;
    let microphoneStream: MediaStream | undefined;
    const alice = await joinWithSetup(meeting, 'Alice', async (session) => {
      const av = session.audioVideo;
      const audioInputs = await av.listAudioInputDevices();
      const audioOutputs = await av.listAudioOutputDevices();
      const videoInputs = await av.listVideoInputDevices();
      for (const [kind, list] of [
        ['audio inputs', audioInputs],
        ['audio outputs', audioOutputs],
        ['video inputs', videoInputs],
      ] as const) {
        expect(list.length, kind).to.be.greaterThan(0);
        for (const device of list) {
          expect(device.deviceId, `${kind}: deviceId`).to.not.equal('');
          expect(device.label, `${kind}: label (permission granted)`).to.not.equal('');
        }
      }
      av.addDeviceChangeObserver({
        audioInputsChanged: () => deviceChanges.push('audio inputs'),
        audioOutputsChanged: () => deviceChanges.push('audio outputs'),
        videoInputsChanged: () => deviceChanges.push('video inputs'),
      });
      // The last of each list: a device chosen by id rather than the browser's default.
      microphone = audioInputs[audioInputs.length - 1]!;
      speaker = audioOutputs[audioOutputs.length - 1]!;
      microphoneStream = await av.startAudioInput(microphone.deviceId);
      await av.chooseAudioOutput(speaker.deviceId);
      await av.bindAudioElement(audioElement);
      av.addObserver({
        audioVideoDidStartConnecting: (reconnecting) => lifecycle.push(`connecting:${reconnecting}`),
        audioVideoDidStart: () => lifecycle.push('started'),
        audioVideoDidStop: (status) => lifecycle.push(`stopped:${status.statusCode()}`),
      });
    });
    peers.push(alice);
    // Observers are called asynchronously, so this one may still have `started` pending.
    await waitFor(() => lifecycle.length >= 2, 'the lifecycle observer called');
    expect(lifecycle, 'use case 6: connecting (not reconnecting), then started').to.deep.equal([
      'connecting:false',
      'started',
    ]);
    const microphoneTrack = microphoneStream?.getAudioTracks()[0];
    expect(microphoneTrack?.getSettings().deviceId, 'use case 2: the chosen microphone').to.equal(
      microphone.deviceId,
    );
    expect(audioElement.sinkId, 'use case 2: meeting audio plays on the chosen speaker').to.equal(
      speaker.deviceId,
    );

    const pool = [0, 1, 2].map(() => {
      const video = document.createElement('video');
      video.muted = true;
      video.autoplay = true;
      document.body.append(video);
      cleanups.push(() => video.remove());
      return video;
    });
    let watch!: ViewerWatch;
    const bob = await joinOfficialPeer(meeting, 'Bob', ({ session }) => {
      watch = watchAsViewer(session, pool);
    });
    peers.push(bob);
    const bobJoinedAt = performance.now();
    const carol = await joinOfficialPeer(meeting, 'Carol');
    peers.push(carol);

    // Use case 24: Bob's roster lists everyone present, each with a volume indicator; Alice's
    // chosen microphone reaches the service, whose audio levels Bob gets for her.
    await waitFor(() => watch.roster.size === 3, "Bob's roster of three", 15_000);
    expect([...watch.roster.keys()].sort()).to.deep.equal(
      [alice.attendeeId, bob.attendeeId, carol.attendeeId].sort(),
    );
    await waitFor(
      () => (watch.roster.get(alice.attendeeId)?.volume ?? 0) > 0,
      "a volume for Alice's microphone at Bob",
      15_000,
    );
    expect(watch.roster.get(alice.attendeeId)!.signalStrength, 'signal strength for Alice').to.equal(1);

    // Use case 3: Alice starts the camera chosen by id. Use cases 17 and 26 at Bob: the remote
    // video sources name Alice; video becomes available. Use case 15: Bob's tile of Alice is
    // bound to the pool element it acquired and plays live there.
    const camera = (await alice.session.audioVideo.listVideoInputDevices()).at(-1)!;
    const cameraStream = await alice.session.audioVideo.startVideoInput(camera.deviceId);
    expect(
      cameraStream?.getVideoTracks()[0]?.getSettings().deviceId,
      'use case 3: the chosen camera',
    ).to.equal(camera.deviceId);
    alice.session.audioVideo.startLocalVideoTile();
    await waitFor(
      () => watch.sourceChanges.at(-1)?.join() === alice.attendeeId,
      'remoteVideoSourcesDidChange with Alice at Bob',
      20_000,
    );
    const sources = bob.session.audioVideo.getRemoteVideoSources();
    expect(sources.map((source) => source.attendee.externalUserId)).to.deep.equal([
      alice.session.configuration.credentials!.externalUserId,
    ]);
    await waitFor(
      () => watch.availability.at(-1)?.remoteVideoAvailable === true,
      'videoAvailabilityDidChange: remote video available at Bob',
      20_000,
    );
    expect(watch.availability.at(-1)!.canStartLocalVideo, 'Bob can start his video').to.equal(true);
    const cameraTileOf = (peer: OfficialPeer) =>
      [...bob.tiles.values()].find(
        (tile) => tile.boundAttendeeId === peer.attendeeId && tile.boundVideoStream,
      );
    await waitFor(() => cameraTileOf(alice) !== undefined, "Alice's camera tile at Bob", 20_000);
    const aliceTile = cameraTileOf(alice)!.tileId!;
    await waitFor(() => watch.boundElements.has(aliceTile), "Alice's tile bound to a pool element");
    const aliceElement = watch.boundElements.get(aliceTile)!;
    await expectVideoElementPlays(aliceElement, "Alice's camera in Bob's chosen element");

    // Use case 16: with Carol's camera too, Bob shows two remote tiles at once, each in its own
    // element, both live.
    const carolCamera = (await carol.session.audioVideo.listVideoInputDevices())[0]!;
    await carol.session.audioVideo.startVideoInput(carolCamera.deviceId);
    carol.session.audioVideo.startLocalVideoTile();
    const both = [alice.attendeeId, carol.attendeeId].sort().join();
    await waitFor(
      () => watch.sourceChanges.at(-1)?.join() === both,
      'remote video sources Alice and Carol',
      20_000,
    );
    await waitFor(() => cameraTileOf(carol) !== undefined, "Carol's camera tile at Bob", 20_000);
    const carolTile = cameraTileOf(carol)!.tileId!;
    await waitFor(() => watch.boundElements.has(carolTile), "Carol's tile bound to a pool element");
    const carolElement = watch.boundElements.get(carolTile)!;
    expect(carolElement, 'two tiles, two elements').to.not.equal(aliceElement);
    await expectVideoElementPlays(carolElement, "Carol's camera in Bob's second element");
    await expectVideoElementPlays(aliceElement, "Alice's camera, still live beside Carol's");

    // Use case 25: metrics at Bob show the service's audio and Alice's camera arriving (per
    // attendee, which the client maps through the service's video index); at Alice, her camera
    // leaving.
    await waitFor(
      () =>
        videoMetricsOf(watch.metrics.at(-1), alice.attendeeId).some(
          (m) => (m.videoDownstreamBitrate ?? 0) > 0,
        ),
      "Bob's metrics: a downstream bitrate for Alice's video",
      15_000,
    );
    const bobMetrics = watch.metrics.at(-1)!.getObservableMetrics();
    expect(bobMetrics.audioPacketsReceived, 'Bob receives audio packets').to.be.greaterThan(0);
    expect(bobMetrics.audioPacketsSent, 'Bob sends audio packets').to.be.greaterThan(0);
    expect(
      videoMetricsOf(watch.metrics.at(-1), alice.attendeeId).some(
        (m) => (m.videoDownstreamFramesDecodedPerSecond ?? 0) > 0,
      ),
      "Bob decodes Alice's frames",
    ).to.equal(true);
    let aliceMetrics: Record<string, number> | undefined;
    alice.session.audioVideo.addObserver({
      metricsDidReceive: (report) => (aliceMetrics = report.getObservableMetrics()),
    });
    await waitFor(
      () => (aliceMetrics?.videoUpstreamBitrate ?? 0) > 0,
      "Alice's metrics: video upstream bitrate",
      10_000,
    );
    expect(aliceMetrics!.videoPacketSentPerSecond, 'Alice sends video packets').to.be.greaterThan(0);

    // Use cases 7–9: Alice may not unmute herself while can-unmute is off: unmute fails and Bob
    // keeps seeing her muted; once allowed, unmute succeeds and Bob sees it.
    const av = alice.session.audioVideo;
    const canUnmuteChanges: boolean[] = [];
    av.realtimeSubscribeToSetCanUnmuteLocalAudio((canUnmute) => canUnmuteChanges.push(canUnmute));
    av.realtimeSetCanUnmuteLocalAudio(false);
    expect(av.realtimeCanUnmuteLocalAudio()).to.equal(false);
    av.realtimeMuteLocalAudio();
    expect(av.realtimeIsLocalAudioMuted(), 'use case 8: muted').to.equal(true);
    await waitFor(() => watch.roster.get(alice.attendeeId)!.muted === true, 'Alice muted at Bob');
    expect(av.realtimeUnmuteLocalAudio(), 'use case 9: unmute refused').to.equal(false);
    expect(av.realtimeIsLocalAudioMuted(), 'still muted').to.equal(true);
    await sleep(1000);
    expect(watch.roster.get(alice.attendeeId)!.muted, 'Bob still sees Alice muted').to.equal(true);
    av.realtimeSetCanUnmuteLocalAudio(true);
    expect(av.realtimeUnmuteLocalAudio(), 'use case 7: unmute allowed again').to.equal(true);
    expect(av.realtimeIsLocalAudioMuted(), 'use case 8: not muted').to.equal(false);
    expect(canUnmuteChanges).to.deep.equal([false, true]);
    await waitFor(() => watch.roster.get(alice.attendeeId)!.muted === false, 'Alice unmuted at Bob');

    // Use case 26: Bob's connection health is good — the pings he sent (one at the start, then
    // every 10 s) were answered, audio packets arrived in each recent second — and the client
    // raised no alert. Taken once Bob has been in for over 10 s, so a missed pong would show.
    await sleep(Math.max(0, 11_000 - (performance.now() - bobJoinedAt)));
    const health = watch.health.at(-1)!;
    expect(health.consecutiveMissedPongs, 'pongs answered').to.equal(0);
    expect(health.consecutiveStatsWithNoPackets, 'packets in every stats interval').to.equal(0);
    expect(
      health.packetsReceivedInLastMinute.slice(0, 3).every((packets) => packets > 0),
      'audio packets received in each of the last three seconds',
    ).to.equal(true);
    expect(watch.alerts, 'no alert on a healthy connection').to.deep.equal([]);

    // Use cases 14 and 17: Carol stops her tile, Alice stops her camera input (use case 3):
    // the sources shrink to Alice, then empty; the tiles go and their elements are released.
    carol.session.audioVideo.stopLocalVideoTile();
    await waitFor(
      () => watch.sourceChanges.at(-1)?.join() === alice.attendeeId,
      "remote video sources back to Alice's alone",
      20_000,
    );
    await waitFor(() => !watch.boundElements.has(carolTile), "Carol's element released", 20_000);
    await alice.session.audioVideo.stopVideoInput();
    expect(cameraStream?.getVideoTracks()[0]?.readyState, "Alice's camera track stopped").to.equal('ended');
    await waitFor(
      () => watch.sourceChanges.at(-1)?.length === 0,
      'remoteVideoSourcesDidChange with none',
      20_000,
    );
    await waitFor(() => !watch.boundElements.has(aliceTile), "Alice's element released", 20_000);
    expect(bob.session.audioVideo.getRemoteVideoSources()).to.deep.equal([]);

    // Use case 24: Carol leaves, and Bob's roster drops her. Use case 4: headless Chromium's
    // fake devices never change, so the observer can only be shown registered and quiet.
    carol.session.audioVideo.stop();
    await carol.stopped;
    await waitFor(() => !watch.roster.has(carol.attendeeId), 'Carol gone from the roster at Bob');
    expect(deviceChanges).to.deep.equal([]);

    // Use case 6: Alice leaves with the Left status.
    alice.session.audioVideo.stop();
    await alice.stopped;
    await waitFor(() => lifecycle.at(-1)?.startsWith('stopped') === true, 'audioVideoDidStop at Alice');
    expect(lifecycle.at(-1)).to.equal(`stopped:${Official.MeetingSessionStatusCode.Left}`);
  });

  it('shares a screen capture and a video file from an <input type=file> as content (18, 20)', async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('use-cases-content');
    // Each attendee shares once and watches the other's share: each viewer's connection gets
    // its first content section, which keeps this test independent of re-shares.
    const events = new Map<string, string[]>();
    const withContentObserver = (name: string) => (peer: OfficialPeer) => {
      events.set(name, []);
      peer.session.audioVideo.addContentShareObserver({
        contentShareDidStart: () => events.get(name)!.push('started'),
        contentShareDidStop: () => events.get(name)!.push('stopped'),
      });
    };
    const alice = await joinOfficialPeer(meeting, 'Alice', withContentObserver('Alice'));
    peers.push(alice);
    const bob = await joinOfficialPeer(meeting, 'Bob', withContentObserver('Bob'));
    peers.push(bob);
    cleanups.push(
      () => alice.session.audioVideo.stopContentShare(),
      () => bob.session.audioVideo.stopContentShare(),
    );
    const contentTileOf = (viewer: OfficialPeer, sharer: OfficialPeer) =>
      [...viewer.tiles.values()].find(
        (tile) => tile.boundAttendeeId === `${sharer.attendeeId}#content` && tile.boundVideoStream,
      );
    const waitForContentTile = async (viewer: OfficialPeer, sharer: OfficialPeer, what: string) => {
      await waitFor(() => contentTileOf(viewer, sharer) !== undefined, what, 20_000);
      const tile = contentTileOf(viewer, sharer)!;
      expect(tile.isContent).to.equal(true);
      return tile;
    };

    // Use case 18 at Alice: headless Chromium with its fake media UI answers getDisplayMedia
    // with a fake screen and no picker. The capture reaches Bob as a live content tile.
    const screen = await alice.session.audioVideo.startContentShareFromScreenCapture();
    expect(screen.getVideoTracks()[0]!.getSettings().displaySurface, 'a screen capture').to.equal('monitor');
    await waitFor(() => events.get('Alice')!.includes('started'), 'contentShareDidStart at Alice', 20_000);
    const screenTile = await waitForContentTile(bob, alice, "Alice's screen as a content tile at Bob");
    await expectTilePlays(bob, screenTile.tileId!, 'screen share');

    // Use case 20 at Bob: a WebM file (recorded here from a changing canvas) picked in an
    // <input type=file> plays in a <video>, whose captureStream() is shared as content.
    const file = await recordVideoFile(2000);
    const input = document.createElement('input');
    input.type = 'file';
    const player = document.createElement('video') as HTMLVideoElement & { captureStream(): MediaStream };
    player.muted = true;
    player.loop = true;
    document.body.append(input, player);
    cleanups.push(() => {
      player.pause();
      input.remove();
      player.remove();
    });
    const shared = new Promise<void>((resolve, reject) =>
      input.addEventListener('change', () => {
        const url = URL.createObjectURL(input.files![0]!);
        cleanups.push(() => URL.revokeObjectURL(url));
        player.src = url;
        player
          .play()
          .then(() => bob.session.audioVideo.startContentShare(player.captureStream()))
          .then(resolve, reject);
      }),
    );
    const picked = new DataTransfer();
    picked.items.add(file);
    input.files = picked.files;
    input.dispatchEvent(new Event('change'));
    await shared;
    await waitFor(() => events.get('Bob')!.includes('started'), 'contentShareDidStart at Bob', 20_000);
    const fileTile = await waitForContentTile(alice, bob, "Bob's video file as a content tile at Alice");
    // Live and the file's own picture: not just decoded frames (a lossy encoder's refinements
    // alone make consecutive frames of a still picture differ) but the clip's colour cycling.
    const fileView = document.createElement('video');
    fileView.muted = true;
    fileView.autoplay = true;
    document.body.append(fileView);
    cleanups.push(() => fileView.remove());
    alice.session.audioVideo.bindVideoElement(fileTile.tileId!, fileView);
    await expectVideoElementPlays(fileView, 'video file share');
    const colours: number[][] = [];
    for (let i = 0; i < 4; i++) {
      colours.push(meanColour(videoFrame(fileView)));
      await sleep(300);
    }
    const spread = [0, 1, 2].map(
      (channel) =>
        Math.max(...colours.map((c) => c[channel]!)) - Math.min(...colours.map((c) => c[channel]!)),
    );
    expect(Math.max(...spread), "the file's colours cycle at Alice").to.be.greaterThan(40);
    alice.session.audioVideo.unbindVideoElement(fileTile.tileId!);

    // Use case 21 for both: the tiles go at the viewers.
    alice.session.audioVideo.stopContentShare();
    bob.session.audioVideo.stopContentShare();
    await waitFor(
      () => bob.removed.includes(screenTile.tileId!),
      'the screen share tile removed at Bob',
      20_000,
    );
    await waitFor(
      () => alice.removed.includes(fileTile.tileId!),
      'the video file tile removed at Alice',
      20_000,
    );
  });
});
