// The seed README's "Screen and content share" use cases (16–20), done by our SDK as the README
// writes them, against the local service, with the official client as the attendee that sees our
// shares and as the sharers whose content ours shows.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import * as ChimeElements from '../../src/index.ts';
import { DefaultModality } from '../../src/index.ts';
import type { VideoTileState } from '../../src/index.ts';
import { changingCanvas } from './helpers/media.ts';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import {
  expectTilePlays,
  expectVideoElementPlays,
  officialSession,
  type OfficialPeer,
  videoFrame,
} from './helpers/official-client.ts';
import {
  everyoneStoppedAfterEach,
  joinOfficial,
  joinOurPeer,
  mediaElement,
  ourPeer,
  sleep,
  type TestPeers,
} from './helpers/sdk-use-cases.ts';

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

/** The mean red, green and blue of RGBA `pixels`. */
function meanColour(pixels: Uint8ClampedArray): number[] {
  const sums = [0, 0, 0];
  for (let i = 0; i < pixels.length; i += 4) {
    for (let channel = 0; channel < 3; channel++) sums[channel]! += pixels[i + channel]!;
  }
  return sums.map((sum) => sum / (pixels.length / 4));
}

/** Binds `viewer`'s tile to a fresh `<video>` (removed after the test) and waits until it plays. */
async function officialView(context: TestPeers, viewer: OfficialPeer, tileId: number, what: string) {
  const video = mediaElement(context, 'video');
  viewer.session.audioVideo.bindVideoElement(tileId, video);
  await expectVideoElementPlays(video, what);
  return video;
}

/** The official viewer's content tile of `attendeeId`'s share, once it has a stream. */
function contentTileAt(viewer: OfficialPeer, attendeeId: string) {
  return [...viewer.tiles.values()].find(
    (tile) => tile.boundAttendeeId === `${attendeeId}#content` && tile.boundVideoStream,
  );
}

describe('seed use cases 16, 18 and 19: share the screen, share a video file, stop sharing', () => {
  const context = everyoneStoppedAfterEach();

  it('the official client sees our screen and our video file as live content tiles, and their end', async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('uc16-19');
    const official = await joinOfficial(context, meeting, 'Bo');
    const ours = await joinOurPeer(context, meeting, 'Ana');
    const meetingSession = ours.session;
    context.cleanups.push(() => meetingSession.audioVideo.stopContentShare());

    // Use case 16: the README's observer, as both kinds of observer.
    const log: string[] = [];
    const observer = {
      videoTileDidUpdate: (tileState: VideoTileState) => {
        if (!tileState.boundAttendeeId || !tileState.isContent) {
          return;
        }
        const yourAttendeeId = meetingSession.configuration.credentials.attendeeId;
        const boundAttendeeId = tileState.boundAttendeeId;
        const baseAttendeeId = new DefaultModality(boundAttendeeId).base();
        if (baseAttendeeId === yourAttendeeId) {
          log.push(
            `own content tile ${tileState.tileId} ${tileState.boundVideoStream ? 'with' : 'without'} stream`,
          );
        }
      },
      contentShareDidStart: () => {
        log.push('Screen share started');
      },
      contentShareDidStop: () => {
        log.push('Screen share stopped');
      },
    };
    meetingSession.audioVideo.addContentShareObserver(observer);
    meetingSession.audioVideo.addObserver(observer);
    // Headless Chromium with its fake media UI answers getDisplayMedia with a screen, no picker.
    const contentShareStream = await meetingSession.audioVideo.startContentShareFromScreenCapture();
    expect(contentShareStream.getVideoTracks()[0]!.getSettings().displaySurface, 'a screen').to.equal(
      'monitor',
    );

    await waitFor(() => log.includes('Screen share started'), 'contentShareDidStart', 20_000);
    await waitFor(() => log.some((line) => line.endsWith('with stream')), "ours' own content tile");
    await waitFor(
      () => contentTileAt(official, ours.attendeeId) !== undefined,
      'our screen at the official client',
      20_000,
    );
    const screenTile = contentTileAt(official, ours.attendeeId)!;
    expect(screenTile.isContent).to.equal(true);
    expect(new Official.DefaultModality(screenTile.boundAttendeeId!).base()).to.equal(ours.attendeeId);
    await expectTilePlays(official, screenTile.tileId!, 'our screen share at the official client');

    // Use case 19.
    const stopObserver = {
      contentShareDidStop: () => {
        log.push('Content share stopped');
      },
    };
    meetingSession.audioVideo.addContentShareObserver(stopObserver);
    await meetingSession.audioVideo.stopContentShare();
    expect(log.slice(-2).sort()).to.deep.equal(['Content share stopped', 'Screen share stopped']);
    expect(contentShareStream.getVideoTracks()[0]!.readyState, 'the capture stopped').to.equal('ended');
    await waitFor(
      () => official.removed.includes(screenTile.tileId!),
      'the screen tile removed at the official client',
      20_000,
    );
    meetingSession.audioVideo.removeContentShareObserver(stopObserver);

    // Use case 18: a WebM file (recorded here from a changing canvas) picked in an <input type=file>.
    const file = await recordVideoFile(1500);
    const videoElement = mediaElement(context, 'video') as HTMLVideoElement & {
      captureStream(): MediaStream;
    };
    videoElement.loop = true;
    const inputElement = document.createElement('input');
    inputElement.type = 'file';
    document.body.append(inputElement);
    context.cleanups.push(() => {
      videoElement.pause();
      inputElement.remove();
    });
    const shared = new Promise<void>((resolve, reject) => {
      inputElement.addEventListener('change', async () => {
        try {
          const file = inputElement.files![0]!;
          const url = URL.createObjectURL(file);
          context.cleanups.push(() => URL.revokeObjectURL(url));
          videoElement.src = url;
          await videoElement.play();

          const mediaStream = videoElement.captureStream();
          await meetingSession.audioVideo.startContentShare(mediaStream);
          inputElement.value = '';
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
    const picked = new DataTransfer();
    picked.items.add(file);
    inputElement.files = picked.files;
    inputElement.dispatchEvent(new Event('change'));
    await shared;
    await waitFor(
      () => log.filter((line) => line === 'Screen share started').length === 2,
      'contentShareDidStart again',
      20_000,
    );
    await waitFor(
      () =>
        contentTileAt(official, ours.attendeeId) !== undefined &&
        contentTileAt(official, ours.attendeeId)!.tileId !== screenTile.tileId,
      'our video file at the official client',
      20_000,
    );
    const fileTile = contentTileAt(official, ours.attendeeId)!;
    // Live, and the file's own picture: its colours cycle.
    const fileView = await officialView(
      context,
      official,
      fileTile.tileId!,
      'our video file at the official client',
    );
    const colours: number[][] = [];
    for (let i = 0; i < 4; i++) {
      colours.push(meanColour(videoFrame(fileView)));
      await sleep(300);
    }
    const spread = [0, 1, 2].map(
      (channel) =>
        Math.max(...colours.map((c) => c[channel]!)) - Math.min(...colours.map((c) => c[channel]!)),
    );
    expect(Math.max(...spread), "the file's colours cycle at the official client").to.be.greaterThan(40);

    // 3.x: pause sends black frames, unpause the picture again; the official client sees both.
    const pauses: string[] = [];
    meetingSession.audioVideo.addContentShareObserver({
      contentShareDidPause: () => pauses.push('paused'),
      contentShareDidUnpause: () => pauses.push('unpaused'),
    });
    const brightness = () => Math.max(...meanColour(videoFrame(fileView)));
    meetingSession.audioVideo.pauseContentShare();
    await waitFor(() => brightness() < 5, 'a black picture at the official client while paused', 10_000);
    meetingSession.audioVideo.unpauseContentShare();
    await waitFor(() => brightness() > 20, 'the picture back at the official client', 10_000);
    expect(pauses).to.deep.equal(['paused', 'unpaused']);

    await meetingSession.audioVideo.stopContentShare();
    await waitFor(
      () => official.removed.includes(fileTile.tileId!),
      'the file tile removed at the official client',
      20_000,
    );
  });

  it("shows the sharer's own stream with DefaultVideoTile.connectVideoStreamToVideoElement (use case 16's last snippet)", async () => {
    // Looked up on the module so that this file still loads while the export is missing.
    const { DefaultVideoTile } = ChimeElements as unknown as {
      DefaultVideoTile?: {
        connectVideoStreamToVideoElement(
          stream: MediaStream,
          element: HTMLVideoElement,
          localTile: boolean,
        ): void;
      };
    };
    expect(DefaultVideoTile, 'DefaultVideoTile exported by the SDK').to.not.equal(undefined);
    const canvas = changingCanvas();
    context.cleanups.push(canvas.stop);
    const videoElement = mediaElement(context, 'video');
    videoElement.autoplay = false;
    DefaultVideoTile!.connectVideoStreamToVideoElement(canvas.stream, videoElement, false);
    expect(videoElement.srcObject === canvas.stream).to.equal(true);
    await expectVideoElementPlays(videoElement, 'the content stream in the local element', {
      unpaused: true,
    });
    expect(videoElement.style.transform, 'not mirrored (not a local camera)').to.equal('');
  });
});

describe('seed use case 17: share a screen by its source id (Electron)', () => {
  const context = everyoneStoppedAfterEach();

  it('asks getUserMedia for the desktop source of that id', async () => {
    // Such an id comes from Electron's desktopCapturer (or a Chrome extension), and Chromium
    // refuses `chromeMediaSource: 'desktop'` capture from a web page. So the test only checks
    // what our SDK asks the browser for, answering that one getUserMedia call with a canvas.
    const { session: meetingSession } = ourPeer(context, await joinInfo(uniqueMeetingName('uc17'), 'Ana'));
    const canvas = changingCanvas();
    context.cleanups.push(canvas.stop);
    const mediaDevices = navigator.mediaDevices;
    const asked: MediaStreamConstraints[] = [];
    mediaDevices.getUserMedia = async (constraints?: MediaStreamConstraints) => {
      delete (mediaDevices as Partial<MediaDevices>).getUserMedia;
      asked.push(constraints!);
      return canvas.stream;
    };
    context.cleanups.push(() => {
      delete (mediaDevices as Partial<MediaDevices>).getUserMedia;
    });
    context.cleanups.push(() => meetingSession.audioVideo.stopContentShare());

    const sourceId = 'screen:1:0';
    const stream = await meetingSession.audioVideo.startContentShareFromScreenCapture(sourceId);

    expect(stream === canvas.stream, 'shares what getUserMedia answered').to.equal(true);
    expect(asked).to.have.length(1);
    const video = asked[0]!.video as { mandatory?: Record<string, unknown> };
    expect(video.mandatory?.['chromeMediaSource']).to.equal('desktop');
    expect(video.mandatory?.['chromeMediaSourceId']).to.equal(sourceId);
    expect(asked[0]!.audio).to.equal(false);
  });
});

/**
 * An official-client session of a new attendee that is never started itself: only its content
 * share connects (one connection instead of two). Its share is stopped after the test.
 */
async function officialContentSharer(context: TestPeers, meeting: string, name: string) {
  const info = await joinInfo(meeting, name);
  const session = officialSession(info, name);
  const canvas = changingCanvas();
  context.cleanups.push(canvas.stop, () => session.audioVideo.stopContentShare());
  await session.audioVideo.startContentShare(canvas.stream);
  return { session, attendeeId: info.Attendee.AttendeeId };
}

describe('seed use case 20: view up to 2 attendee content shares (and a third share refused)', () => {
  const context = everyoneStoppedAfterEach();

  it("ours plays two official clients' shares in its two elements; its own third share is refused with contentShareDidStop", async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('uc20');
    const videoElementStack = [mediaElement(context, 'video'), mediaElement(context, 'video')];
    const stack = [...videoElementStack];
    const tileMap: Record<number, HTMLVideoElement> = {};
    const lines: string[] = [];
    const ours = await joinOurPeer(context, meeting, 'Ana', ({ session: meetingSession }) => {
      // The README's code.
      meetingSession.audioVideo.addObserver({
        videoTileDidUpdate: (tileState) => {
          if (!tileState.boundAttendeeId || !tileState.isContent) {
            return;
          }
          const yourAttendeeId = meetingSession.configuration.credentials.attendeeId;
          const boundAttendeeId = tileState.boundAttendeeId;
          const baseAttendeeId = new DefaultModality(boundAttendeeId).base();
          if (baseAttendeeId !== yourAttendeeId) {
            lines.push(`${baseAttendeeId} is sharing screen now`);
            const videoElement = tileMap[tileState.tileId] || stack.pop();
            if (videoElement) {
              tileMap[tileState.tileId] = videoElement;
              meetingSession.audioVideo.bindVideoElement(tileState.tileId, videoElement);
            } else {
              lines.push('No video element is available');
            }
          }
        },
        videoTileWasRemoved: (tileId) => {
          const videoElement = tileMap[tileId];
          if (videoElement) {
            stack.push(videoElement);
            delete tileMap[tileId];
          }
        },
      });
    });
    const meetingSession = ours.session;

    const bo = await officialContentSharer(context, meeting, 'Bo');
    const cy = await officialContentSharer(context, meeting, 'Cy');
    await waitFor(() => Object.keys(tileMap).length === 2, 'both official shares bound at ours', 20_000);
    const sharerIn = (element: HTMLVideoElement) =>
      [...meetingSession.videoTiles.values()].find((tile) => tile.boundVideoElement === element)
        ?.boundAttendeeId;
    expect([sharerIn(videoElementStack[0]!), sharerIn(videoElementStack[1]!)].sort()).to.deep.equal(
      [`${bo.attendeeId}#content`, `${cy.attendeeId}#content`].sort(),
    );
    await Promise.all(
      videoElementStack.map((element, i) =>
        expectVideoElementPlays(element, `official share in element ${i}`),
      ),
    );
    expect(lines).to.include(`${bo.attendeeId} is sharing screen now`);
    expect(lines).to.include(`${cy.attendeeId} is sharing screen now`);

    // A third share: ours is refused, and told so with contentShareDidStop.
    const events: string[] = [];
    meetingSession.audioVideo.addContentShareObserver({
      contentShareDidStart: () => events.push('started'),
      contentShareDidStop: () => events.push('stopped'),
    });
    const canvas = changingCanvas();
    context.cleanups.push(canvas.stop, () => meetingSession.audioVideo.stopContentShare());
    await meetingSession.audioVideo.startContentShare(canvas.stream);
    await waitFor(() => events.includes('stopped'), 'contentShareDidStop for the refused share', 20_000);
    expect(canvas.stream.getVideoTracks()[0]!.readyState, 'the refused stream stopped').to.equal('ended');
    await waitFor(
      () =>
        ![...meetingSession.videoTiles.values()].some(
          (tile) => tile.boundAttendeeId === `${ours.attendeeId}#content`,
        ),
      "no content tile of ours' own",
    );
    expect(lines, 'no third element wanted').not.to.include('No video element is available');
    expect(Object.keys(tileMap)).to.have.length(2);

    // Bo stops: its element goes back on the stack; Cy's still plays.
    const boElement = videoElementStack.find((element) => sharerIn(element) === `${bo.attendeeId}#content`)!;
    bo.session.audioVideo.stopContentShare();
    await waitFor(() => stack.includes(boElement), "Bo's element released", 20_000);
    const cyElement = videoElementStack.find((element) => element !== boElement)!;
    await expectVideoElementPlays(cyElement, "Cy's share, still");
  });
});
