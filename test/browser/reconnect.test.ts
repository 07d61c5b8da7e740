// Our SDK keeps calls through faults, against the real local service: the service killed and
// restarted mid-call, a signaling connection that goes silent without closing, a network that
// drops and comes back, a terminal status while reconnecting, and stop() while waiting to retry.
// Network faults come from a TCP proxy between the page and the service (signaling only; a
// browser cannot cut its own open WebSocket).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/index.ts';
import type { ChimeMeeting } from '../../components/index.ts';
import {
  ConsoleLogger,
  DefaultDeviceController,
  DefaultMeetingSession,
  LogLevel,
  MeetingSessionConfiguration,
  MeetingSessionStatusCode,
} from '../../src/index.ts';
import type { MeetingSessionStatus, SessionOptions, SessionState } from '../../src/index.ts';
import { changingCanvas } from './helpers/media.ts';
import {
  type JoinInfo,
  joinInfo,
  meetingServerUrl,
  uniqueMeetingName,
  waitFor,
} from './helpers/meeting-server.ts';
import {
  expectVideoElementPlays,
  joinOfficialPeer,
  peersStoppedAfterEach,
} from './helpers/official-client.ts';
import { joinInfoAt, killRestartableServer, startRestartableServer } from './helpers/restartable-server.ts';

/** One of our sessions, with what the tests look at recorded as it happens. */
interface Ours {
  name: string;
  session: DefaultMeetingSession;
  attendeeId: string;
  states: SessionState[];
  starts: number;
  reconnecting: number;
  /** `attendee-leave` events, as `attendeeId`. */
  leaves: string[];
  stopStatus: MeetingSessionStatus | undefined;
  stopped: Promise<MeetingSessionStatus>;
}

const sessions: Ours[] = [];
afterEach(async () => {
  for (const ours of sessions.splice(0)) {
    if (ours.stopStatus) continue;
    ours.session.audioVideo.stop();
    await Promise.race([ours.stopped, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
});
const officials = peersStoppedAfterEach();

function ours(
  info: JoinInfo,
  options: SessionOptions = {},
  signalingPort?: number,
  configure: (configuration: MeetingSessionConfiguration) => void = () => undefined,
): Ours {
  const name = info.Attendee.ExternalUserId;
  const logger = new ConsoleLogger(name, LogLevel.WARN);
  const configuration = new MeetingSessionConfiguration(info.Meeting, info.Attendee);
  configure(configuration);
  if (signalingPort) {
    // Signaling through the proxy: the same service, another port.
    configuration.urls.urlRewriter = (url) => url?.replace(/:\d+\//, `:${signalingPort}/`) ?? null;
  }
  const session = new DefaultMeetingSession(
    configuration,
    logger,
    new DefaultDeviceController(logger),
    options,
  );
  let stopped!: (status: MeetingSessionStatus) => void;
  const entry: Ours = {
    name,
    session,
    attendeeId: info.Attendee.AttendeeId,
    states: [],
    starts: 0,
    reconnecting: 0,
    leaves: [],
    stopStatus: undefined,
    stopped: new Promise((resolve) => (stopped = resolve)),
  };
  session.addEventListener('state-change', (event) => entry.states.push(event.detail.state));
  session.addEventListener('attendee-leave', (event) => entry.leaves.push(event.detail.attendee.attendeeId));
  session.audioVideo.addObserver({
    audioVideoDidStart: () => void entry.starts++,
    audioVideoDidStartConnecting: (reconnecting) => void (reconnecting && entry.reconnecting++),
    audioVideoDidStop: (status) => {
      entry.stopStatus = status;
      stopped(status);
    },
  });
  sessions.push(entry);
  return entry;
}

function running(...all: Ours[]): void {
  for (const entry of all) {
    if (entry.stopStatus) {
      throw new Error(
        `${entry.name} stopped with ${MeetingSessionStatusCode[entry.stopStatus.statusCode()]}`,
      );
    }
  }
}

async function proxy(action: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`/__tcp-proxy/${action}`, { method: 'POST', body: JSON.stringify(body) });
  const result = (await response.json()) as Record<string, unknown>;
  if (result['error']) throw new Error(String(result['error']));
  return result;
}

/** A TCP proxy to the main service; returns its port. */
async function startProxy(): Promise<number> {
  return Number((await proxy('start', { target: await meetingServerUrl() }))['port']);
}

/** Acts on missed PONGs from 1 s after a join (with a PING every 500 ms, a silent connection shows in seconds). */
function quickHealth(configuration: MeetingSessionConfiguration): void {
  configuration.connectionHealthPolicyConfiguration.connectionWaitTimeMs = 1_000;
}

describe('our SDK when the meeting service is killed and restarted mid-call', () => {
  it('comes back by itself as the same attendees within 5 s: no leave, mute, camera, content and tiles resume', async function () {
    this.timeout(90_000);
    const url = await startRestartableServer();
    const meeting = uniqueMeetingName('sdk-restart');
    const ana = ours(await joinInfoAt(url, meeting, 'Ana'));
    const bo = ours(await joinInfoAt(url, meeting, 'Bo'));
    const video = document.createElement('video');
    document.body.append(video);
    bo.session.audioVideo.addObserver({
      videoTileDidUpdate: (tile) => {
        if (tile.boundAttendeeId === ana.attendeeId && !tile.localTile) {
          bo.session.audioVideo.bindVideoElement(tile.tileId, video);
        }
      },
    });
    const canvas = changingCanvas();
    try {
      ana.session.audioVideo.start();
      bo.session.audioVideo.start();
      await waitFor(() => ana.starts === 1 && bo.starts === 1, 'both joined', 15_000);
      ana.session.audioVideo.realtimeMuteLocalAudio();
      ana.session.audioVideo.startLocalVideoTile();
      await ana.session.audioVideo.startContentShare(canvas.stream);
      const contentId = `${ana.attendeeId}#content`;
      await waitFor(
        () => bo.session.attendee(ana.attendeeId).muted && !!bo.session.attendee(contentId).videoTile?.active,
        'Bo sees Ana muted and her content share',
        15_000,
      );
      await expectVideoElementPlays(video, "Ana's camera at Bo");
      const tileBefore = bo.session.attendee(ana.attendeeId).videoTile!.tileId;

      await killRestartableServer();
      await waitFor(
        () => (running(ana, bo), ana.session.state === 'reconnecting' && bo.session.state === 'reconnecting'),
        'both notice the lost service',
        10_000,
      );
      expect(await startRestartableServer(), 'same address').to.equal(url);
      const restarted = performance.now();
      await waitFor(() => (running(ana, bo), ana.starts === 2 && bo.starts === 2), 'both back', 15_000);
      const elapsed = performance.now() - restarted;
      expect(elapsed, 'back within 5 s of the restart').to.be.below(5_000);

      expect(ana.session.localAttendeeId).to.equal(ana.attendeeId);
      expect(ana.reconnecting).to.equal(1);
      expect(bo.reconnecting).to.equal(1);
      await waitFor(
        () => bo.session.attendees.has(ana.attendeeId) && ana.session.attendees.has(bo.attendeeId),
        'each sees the other again',
        10_000,
      );
      await waitFor(() => bo.session.attendee(ana.attendeeId).muted, "Ana's mute state comes back", 10_000);
      expect(ana.session.audioVideo.realtimeIsLocalAudioMuted()).to.equal(true);
      await waitFor(
        () => !!bo.session.attendee(contentId).videoTile?.active,
        "Ana's content share comes back",
        15_000,
      );
      expect(bo.session.attendee(ana.attendeeId).videoTile?.tileId, 'the same tile').to.equal(tileBefore);
      await expectVideoElementPlays(video, "Ana's camera at Bo after the restart");
      expect(ana.leaves, 'Ana saw nobody leave').to.deep.equal([]);
      expect(bo.leaves, 'Bo saw nobody leave').to.deep.equal([]);
    } finally {
      canvas.stop();
      video.remove();
    }
  });
});

describe('our SDK on a network that fails', () => {
  it('notices a signaling connection that goes silent without closing, and replaces it', async function () {
    this.timeout(60_000);
    const port = await startProxy();
    const meeting = uniqueMeetingName('silent');
    const bo = await joinOfficialPeer(meeting, 'Bo');
    officials.peers.push(bo);
    const boSaw: string[] = [];
    bo.session.audioVideo.realtimeSubscribeToAttendeeIdPresence((id, present) =>
      boSaw.push(`${present ? '+' : '-'}${id}`),
    );
    const ana = ours(await joinInfo(meeting, 'Ana'), { pingIntervalMs: 500 }, port, quickHealth);
    ana.session.audioVideo.start();
    await waitFor(() => ana.starts === 1 && ana.session.attendees.has(bo.attendeeId), 'Ana joined', 15_000);

    await proxy('blackhole', { port });
    await waitFor(() => (running(ana), ana.session.state === 'reconnecting'), 'Ana notices', 15_000);
    await waitFor(() => (running(ana), ana.starts === 2), 'Ana back on a new connection', 20_000);
    expect(ana.states.slice(-2)).to.deep.equal(['reconnecting', 'joined']);
    await waitFor(() => ana.session.attendees.has(bo.attendeeId), 'Ana sees Bo', 10_000);
    expect(boSaw, 'Bo never saw Ana leave').to.not.include(`-${ana.attendeeId}`);
    expect(ana.leaves).to.deep.equal([]);
  });

  it('comes back when the network comes back, and the others see no leave', async function () {
    this.timeout(60_000);
    const port = await startProxy();
    const meeting = uniqueMeetingName('drop');
    const bo = ours(await joinInfo(meeting, 'Bo'));
    const ana = ours(await joinInfo(meeting, 'Ana'), {}, port);
    bo.session.audioVideo.start();
    ana.session.audioVideo.start();
    await waitFor(() => ana.starts === 1 && bo.session.attendees.has(ana.attendeeId), 'both joined', 15_000);

    await proxy('reset', { port, refuseMs: 3_000 });
    await waitFor(() => (running(ana), ana.session.state === 'reconnecting'), 'Ana notices the drop', 5_000);
    await waitFor(() => (running(ana), ana.starts === 2), 'Ana back once the network is', 20_000);
    expect(bo.leaves, 'Bo never saw Ana leave').to.deep.equal([]);
    expect(ana.session.attendees.has(bo.attendeeId)).to.equal(true);
  });

  it('stops for good on a terminal status met while reconnecting (the meeting was deleted)', async function () {
    this.timeout(60_000);
    const port = await startProxy();
    const info = await joinInfo(uniqueMeetingName('ended-away'), 'Ana');
    const ana = ours(info, {}, port);
    ana.session.audioVideo.start();
    await waitFor(() => ana.starts === 1, 'Ana joined', 15_000);

    await proxy('reset', { port, refuseMs: 60_000 });
    await waitFor(() => ana.session.state === 'reconnecting', 'reconnecting', 5_000);
    const deleted = await fetch(`${await meetingServerUrl()}/meetings/${info.Meeting.MeetingId}`, {
      method: 'DELETE',
    });
    expect(deleted.status).to.equal(204);
    await proxy('allow', { port });
    const status = await ana.stopped;
    expect(MeetingSessionStatusCode[status.statusCode()]).to.equal('MeetingEnded');
    const attempts = Number((await proxy('stats', { port }))['accepted']);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(Number((await proxy('stats', { port }))['accepted']), 'no attempt after it').to.equal(attempts);
  });

  it('stop() while waiting to reconnect stops at once, with Left, and tries no more', async function () {
    this.timeout(60_000);
    const port = await startProxy();
    const ana = ours(await joinInfo(uniqueMeetingName('stop-away'), 'Ana'), {}, port);
    ana.session.audioVideo.start();
    await waitFor(() => ana.starts === 1, 'Ana joined', 15_000);

    await proxy('reset', { port, refuseMs: 60_000 });
    await waitFor(() => ana.session.state === 'reconnecting', 'reconnecting', 5_000);
    const asked = performance.now();
    ana.session.audioVideo.stop();
    const status = await ana.stopped;
    expect(performance.now() - asked, 'at once').to.be.below(1_000);
    expect(MeetingSessionStatusCode[status.statusCode()]).to.equal('Left');
    expect(ana.session.state).to.equal('left');
    await proxy('allow', { port });
    const attempts = Number((await proxy('stats', { port }))['accepted']);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(Number((await proxy('stats', { port }))['accepted']), 'no attempt after stop()').to.equal(
      attempts,
    );
  });
});

describe('<chime-meeting> on a network that fails', () => {
  it('reflects reconnecting, says so, and is joined again when the network is back', async function () {
    this.timeout(60_000);
    const port = await startProxy();
    const info = await joinInfo(uniqueMeetingName('element-drop'), 'Ana');
    const placement = info.Meeting['MediaPlacement'] as Record<string, string>;
    // Signaling through the proxy: the same service, another port.
    placement['SignalingUrl'] = placement['SignalingUrl']!.replace(/:\d+\//, `:${port}/`);
    const element = await fixture<ChimeMeeting>(html`<chime-meeting no-prejoin></chime-meeting>`);
    element.joinInfo = info;
    const events: string[] = [];
    element.addEventListener('chime-connecting', (e) => events.push(`connecting:${e.detail.reconnecting}`));
    element.addEventListener('chime-joined', () => events.push('joined'));
    element.addEventListener('chime-left', () => events.push('left'));
    const qualities: string[] = [];
    element.addEventListener('chime-connection-quality-change', (e) => qualities.push(e.detail.quality));
    try {
      const joined = oneEvent(element, 'chime-joined');
      await element.join();
      await joined;
      await proxy('reset', { port, refuseMs: 2_000 });
      await waitFor(() => element.getAttribute('status') === 'reconnecting', 'status="reconnecting"', 5_000);
      await element.updateComplete;
      const banner = element.shadowRoot!.querySelector('[part="reconnecting-banner"]')!;
      expect(banner.textContent!.trim()).to.equal('Connection lost. Reconnecting…');
      await expect(element).to.be.accessible();
      const announcer = element.shadowRoot!.querySelector('[part="announcer"]')!;
      await waitFor(
        () => /reconnecting/i.test(announcer.textContent ?? ''),
        'the live region says so',
        5_000,
      );
      await waitFor(() => element.getAttribute('status') === 'joined', 'joined again', 20_000);
      expect(events).to.deep.equal(['connecting:false', 'joined', 'connecting:true', 'joined']);
      expect(qualities).to.deep.equal(['lost', 'good']);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="reconnecting-banner"]')).to.equal(null);
    } finally {
      await element.leave();
    }
  });
});
