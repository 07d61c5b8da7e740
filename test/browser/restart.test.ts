// Two official amazon-chime-sdk-js clients in a call while the meeting service crashes
// (SIGKILL) and is started again on the same port with the same data directory: both
// clients reconnect on their own to the same meeting and see each other again.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { officialSession, startFirstMicrophone } from './helpers/official-client.ts';
import { joinInfoAt, killRestartableServer, startRestartableServer } from './helpers/restartable-server.ts';
import '../../components/index.ts';

interface OfficialPeer {
  name: string;
  session: Official.DefaultMeetingSession;
  meetingId: string;
  attendeeId: string;
  present: Set<string>;
  /** Every presence change seen, in order: `+id` or `-id`. */
  presenceLog: string[];
  starts: number;
  reconnecting: number;
  reconnected: number;
  stopStatus: Official.MeetingSessionStatus | undefined;
  stopped: Promise<Official.MeetingSessionStatus>;
}

async function officialPeer(url: string, meeting: string, name: string): Promise<OfficialPeer> {
  const info = await joinInfoAt(url, meeting, name);
  const session = officialSession(info, name, Official.LogLevel.ERROR);
  let stopped!: (status: Official.MeetingSessionStatus) => void;
  const peer: OfficialPeer = {
    name,
    session,
    meetingId: info.Meeting.MeetingId,
    attendeeId: info.Attendee.AttendeeId,
    present: new Set(),
    presenceLog: [],
    starts: 0,
    reconnecting: 0,
    reconnected: 0,
    stopStatus: undefined,
    stopped: new Promise((resolve) => (stopped = resolve)),
  };
  session.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, isPresent) => {
    peer.presenceLog.push(`${isPresent ? '+' : '-'}${attendeeId}`);
    if (isPresent) peer.present.add(attendeeId);
    else peer.present.delete(attendeeId);
  });
  session.audioVideo.addObserver({
    audioVideoDidStart: () => void peer.starts++,
    audioVideoDidStartConnecting: (reconnecting) => {
      if (reconnecting) peer.reconnecting++;
    },
    audioVideoDidStop: (status) => {
      peer.stopStatus = status;
      stopped(status);
    },
  });
  session.eventController.addObserver({
    eventDidReceive: (name) => {
      if (name === 'meetingReconnected') peer.reconnected++;
    },
  });
  await startFirstMicrophone(session);
  session.audioVideo.start();
  return peer;
}

function notStopped(peer: OfficialPeer): void {
  if (peer.stopStatus) {
    throw new Error(`${peer.name} stopped with status ${peer.stopStatus.statusCode()}`);
  }
}

describe('an official client when the meeting service is killed and restarted mid-call', () => {
  const peers: OfficialPeer[] = [];
  afterEach(async () => {
    for (const peer of peers.splice(0)) {
      if (peer.stopStatus) continue;
      peer.session.audioVideo.stop();
      await Promise.race([peer.stopped, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
  });

  it('comes back after the server is killed and restarted mid-call', async function () {
    this.timeout(60_000);
    const url = await startRestartableServer();
    const meeting = uniqueMeetingName('restart');
    const alice = await officialPeer(url, meeting, 'Alice');
    peers.push(alice);
    const bob = await officialPeer(url, meeting, 'Bob');
    peers.push(bob);
    expect(bob.meetingId, 'one meeting').to.equal(alice.meetingId);

    await waitFor(() => alice.starts === 1 && bob.starts === 1, 'both clients started', 15_000);
    await waitFor(
      () => alice.present.has(bob.attendeeId) && bob.present.has(alice.attendeeId),
      'both clients see each other',
      10_000,
    );

    await killRestartableServer();
    await waitFor(
      () => (notStopped(alice), notStopped(bob), alice.reconnecting > 0 && bob.reconnecting > 0),
      'both clients notice the lost service and start reconnecting',
      10_000,
    );

    const seenBeforeRestart = new Map([
      [alice, alice.presenceLog.length],
      [bob, bob.presenceLog.length],
    ]);
    /** `peer` was told by the restarted service that `other` is present, and still is. */
    const seesAgain = (peer: OfficialPeer, other: OfficialPeer): boolean =>
      peer.present.has(other.attendeeId) &&
      peer.presenceLog.slice(seenBeforeRestart.get(peer)).includes(`+${other.attendeeId}`);
    expect(await startRestartableServer(), 'same address after restart').to.equal(url);
    // The client's backoff is at most 5 s per attempt; allow several attempts.
    await waitFor(
      () => (notStopped(alice), notStopped(bob), alice.starts === 2 && bob.starts === 2),
      'both clients reconnect (audioVideoDidStart again)',
      30_000,
    );
    expect(alice.reconnected, 'Alice got meetingReconnected').to.equal(1);
    expect(bob.reconnected, 'Bob got meetingReconnected').to.equal(1);
    await waitFor(
      () => (notStopped(alice), notStopped(bob), seesAgain(alice, bob) && seesAgain(bob, alice)),
      'both clients see each other again after the restart',
      10_000,
    );
    expect(alice.session.configuration.meetingId).to.equal(bob.session.configuration.meetingId);
    notStopped(alice);
    notStopped(bob);
  });
});

describe('<chime-meeting> while the meeting service crashes and restarts', () => {
  it('shows the reconnecting banner, then the meeting again with the other attendee', async function () {
    this.timeout(90_000);
    const url = await startRestartableServer();
    const meeting = uniqueMeetingName('element-restart');
    const container = document.createElement('div');
    document.body.append(container);
    const ours = document.createElement('chime-meeting');
    ours.noPrejoin = true;
    ours.append(document.createElement('chime-roster'));
    container.append(ours);
    ours.joinInfo = await joinInfoAt(url, meeting, 'Ana');
    const bo = await officialPeer(url, meeting, 'Bo');
    const banner = () => ours.shadowRoot!.querySelector('[part="reconnecting-banner"]');
    const names = () =>
      [...ours.querySelector('chime-roster')!.shadowRoot!.querySelectorAll('[part~="name"]')].map(
        (name) => name.textContent,
      );
    try {
      await ours.join();
      await startFirstMicrophone(bo.session);
      bo.session.audioVideo.start();
      await waitFor(() => ours.status === 'joined' && names().length === 2, 'Ana sees Bo', 20_000);

      await killRestartableServer();
      await waitFor(() => ours.status === 'reconnecting' && banner() !== null, 'the banner shows', 15_000);
      expect(banner()!.textContent!.trim()).to.equal('Connection lost. Reconnecting…');
      await startRestartableServer();
      await waitFor(() => ours.status === 'joined' && banner() === null, 'the meeting is back', 40_000);
      await waitFor(() => names().length === 2, 'Ana sees Bo again', 20_000);
      expect(names()).to.deep.equal(['Ana', 'Bo']);
    } finally {
      bo.session.audioVideo.stop();
      await ours.leave();
      container.remove();
    }
  });
});
