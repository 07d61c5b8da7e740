import { expect } from '@open-wc/testing';
import { ConsoleLogger, DefaultMeetingSession, LogLevel, MeetingSessionStatusCode } from '../../src/index.ts';
import type { MeetingSessionStatus, RosterAttendee, SessionState } from '../../src/index.ts';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import type { JoinInfo } from './helpers/meeting-server.ts';
import { sdkSession, startSdkSession } from './helpers/sdk-session.ts';

const sessions: DefaultMeetingSession[] = [];

function createSession(info: JoinInfo, level = LogLevel.WARN): DefaultMeetingSession {
  const session = sdkSession(info, new ConsoleLogger(info.Attendee.ExternalUserId, level));
  sessions.push(session);
  return session;
}

/** Resolves with the status of the next audioVideoDidStop. */
function nextStop(session: DefaultMeetingSession): Promise<MeetingSessionStatus> {
  return new Promise((resolve) => {
    const observer = {
      audioVideoDidStop(status: MeetingSessionStatus) {
        session.audioVideo.removeObserver(observer);
        resolve(status);
      },
    };
    session.audioVideo.addObserver(observer);
  });
}

/** A token the service did not issue: one character changed, still a valid sub-protocol. */
function forge(token: string): string {
  const last = token.at(-1);
  return token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

afterEach(async () => {
  await Promise.all(
    sessions.splice(0).map(async (session) => {
      if (session.state === 'left' || session.state === 'idle') return;
      const stopped = nextStop(session);
      session.audioVideo.stop();
      await stopped;
    }),
  );
});

describe('DefaultMeetingSession against the local meeting service', () => {
  it('reports state-change events in the order connecting, joined, left', async () => {
    const session = createSession(await joinInfo(uniqueMeetingName('sdk-state'), 'Ada'));
    const states: SessionState[] = [];
    session.addEventListener('state-change', (event) => states.push(event.detail.state));

    await startSdkSession(session);
    const stopped = nextStop(session);
    session.audioVideo.stop();
    const status = await stopped;

    expect(states).to.deep.equal(['connecting', 'joined', 'left']);
    expect(status.statusCode()).to.equal(MeetingSessionStatusCode.Left);
    expect(session.state).to.equal('left');
  });

  it('lets two attendees join one meeting and see each other present', async () => {
    const meeting = uniqueMeetingName('sdk-two');
    const bobInfo = await joinInfo(meeting, 'Bob');
    const ada = createSession(await joinInfo(meeting, 'Ada'));
    const bob = createSession(bobInfo);
    const presentFor = new Map<DefaultMeetingSession, Set<string>>([
      [ada, new Set()],
      [bob, new Set()],
    ]);
    for (const [session, present] of presentFor) {
      session.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, isPresent) => {
        if (isPresent) present.add(attendeeId);
        else present.delete(attendeeId);
      });
    }

    await Promise.all([startSdkSession(ada), startSdkSession(bob)]);

    const both = [ada.localAttendeeId, bob.localAttendeeId].sort();
    await waitFor(
      () => [...presentFor.values()].every((present) => both.every((id) => present.has(id))),
      'both attendees present in both presence callbacks',
    );
    for (const session of [ada, bob]) {
      await waitFor(() => both.every((id) => session.attendees.has(id)), 'both attendees in the roster');
      expect(session.state).to.equal('joined');
      expect(session.attendees.get(session.localAttendeeId)?.local).to.equal(true);
    }
    expect(ada.attendees.get(bob.localAttendeeId)?.externalUserId).to.equal(bobInfo.Attendee.ExternalUserId);
    expect(bob.attendees.get(ada.localAttendeeId)?.local).to.equal(false);
  });

  it('tells the others when an attendee leaves', async () => {
    const meeting = uniqueMeetingName('sdk-leave');
    const ada = createSession(await joinInfo(meeting, 'Ada'));
    const bob = createSession(await joinInfo(meeting, 'Bob'));
    await Promise.all([startSdkSession(ada), startSdkSession(bob)]);
    await waitFor(() => bob.attendees.has(ada.localAttendeeId), 'Bob sees Ada');

    const presenceChanges: Array<[string, boolean]> = [];
    bob.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, present) =>
      presenceChanges.push([attendeeId, present]),
    );
    const leaves: Array<{ attendee: RosterAttendee; dropped: boolean }> = [];
    bob.addEventListener('attendee-leave', (event) => leaves.push(event.detail));

    const adaStopped = nextStop(ada);
    ada.audioVideo.stop();
    const status = await adaStopped;

    expect(status.statusCode()).to.equal(MeetingSessionStatusCode.Left);
    expect(ada.attendees.size).to.equal(0);
    await waitFor(() => leaves.length > 0, "Bob's attendee-leave event");
    expect(leaves[0]!.attendee.attendeeId).to.equal(ada.localAttendeeId);
    expect(leaves[0]!.dropped).to.equal(false);
    expect(presenceChanges).to.deep.include([ada.localAttendeeId, false]);
    expect(bob.attendees.has(ada.localAttendeeId)).to.equal(false);
    expect(bob.state).to.equal('joined');
  });

  it('shows a local mute to the other attendees', async () => {
    const meeting = uniqueMeetingName('sdk-mute');
    const ada = createSession(await joinInfo(meeting, 'Ada'));
    const bob = createSession(await joinInfo(meeting, 'Bob'));
    await Promise.all([startSdkSession(ada), startSdkSession(bob)]);
    await waitFor(() => bob.attendees.has(ada.localAttendeeId), 'Bob sees Ada');

    ada.audioVideo.realtimeMuteLocalAudio();

    expect(ada.audioVideo.realtimeIsLocalAudioMuted()).to.equal(true);
    await waitFor(() => bob.attendees.get(ada.localAttendeeId)?.muted === true, 'Bob sees Ada muted');
    ada.audioVideo.realtimeUnmuteLocalAudio();
    await waitFor(() => bob.attendees.get(ada.localAttendeeId)?.muted === false, 'Bob sees Ada unmuted');
  });

  it('stops with SignalingBadRequest for a forged token, without ever printing the token', async () => {
    const info = await joinInfo(uniqueMeetingName('sdk-forged'), 'Mallory');
    const forged = forge(info.Attendee.JoinToken);
    const captured: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    methods.forEach((method, i) => {
      console[method] = (...args: unknown[]) => {
        captured.push(args.map(String).join(' '));
        originals[i]!.apply(console, args);
      };
    });
    let status: MeetingSessionStatus;
    let session: DefaultMeetingSession;
    try {
      session = createSession({ ...info, Attendee: { ...info.Attendee, JoinToken: forged } }, LogLevel.DEBUG);
      const states: SessionState[] = [];
      session.addEventListener('state-change', (event) => states.push(event.detail.state));
      const stopped = nextStop(session);
      session.audioVideo.start();
      status = await stopped;
      expect(states).to.deep.equal(['connecting', 'left']);
    } finally {
      methods.forEach((method, i) => (console[method] = originals[i]!));
    }

    expect(status.statusCode()).to.equal(MeetingSessionStatusCode.SignalingBadRequest);
    expect(status.isTerminal()).to.equal(true);
    expect(session.lastStatus).to.equal(status);
    expect(captured.length).to.be.greaterThan(0);
    const output = captured.join('\n');
    expect(output).not.to.include(forged);
    expect(output).not.to.include(info.Attendee.JoinToken);
    expect(JSON.stringify(session)).not.to.include(forged);
  });

  it('binds a live MediaStream with an audio track to the audio element', async () => {
    const session = createSession(await joinInfo(uniqueMeetingName('sdk-audio'), 'Ada'));
    const before = document.createElement('audio');
    expect(await session.audioVideo.bindAudioElement(before)).to.equal(true);

    await startSdkSession(session);

    await waitFor(
      () => before.srcObject instanceof MediaStream,
      'a stream on the element bound before start',
    );
    const stream = before.srcObject as MediaStream;
    const [track] = stream.getAudioTracks();
    expect(track, 'an audio track').to.exist;
    expect(track!.readyState).to.equal('live');

    const after = document.createElement('audio');
    await session.audioVideo.bindAudioElement(after);
    expect(after.srcObject).to.equal(stream);
    session.audioVideo.unbindAudioElement();
    expect(after.srcObject).to.equal(null);
  });
});
