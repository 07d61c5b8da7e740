// The official amazon-chime-sdk-js client and ours in one meeting on the local service.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import '../../components/index.ts';
import type { ChimeMeeting } from '../../components/index.ts';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { officialSession, startFirstMicrophone } from './helpers/official-client.ts';

interface OfficialPeer {
  session: Official.DefaultMeetingSession;
  present: Set<string>;
  started: Promise<void>;
  stopped: Promise<Official.MeetingSessionStatus>;
}

/** Starts an official client session for a new attendee of `meeting`, tracking presence. */
async function officialPeer(meeting: string, name: string): Promise<OfficialPeer> {
  const info = await joinInfo(meeting, name);
  const session = officialSession(info, name);
  const present = new Set<string>();
  session.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, isPresent) => {
    if (isPresent) present.add(attendeeId);
    else present.delete(attendeeId);
  });
  let started!: () => void;
  let stopped!: (status: Official.MeetingSessionStatus) => void;
  const peer: OfficialPeer = {
    session,
    present,
    started: new Promise((resolve) => (started = resolve)),
    stopped: new Promise((resolve) => (stopped = resolve)),
  };
  session.audioVideo.addObserver({
    audioVideoDidStart: () => started(),
    audioVideoDidStop: (s) => stopped(s),
  });
  await startFirstMicrophone(session);
  session.audioVideo.start();
  return peer;
}

describe('the official amazon-chime-sdk-js client as a peer', () => {
  let official: OfficialPeer | undefined;
  afterEach(async () => {
    if (official) {
      official.session.audioVideo.stop();
      await official.stopped;
      official = undefined;
    }
  });

  it('joins the meeting, appears in our roster and sees our attendee', async () => {
    const meeting = uniqueMeetingName('interop');
    const ours = await fixture<ChimeMeeting>(
      html`<chime-meeting no-prejoin><chime-roster></chime-roster></chime-meeting>`,
    );
    ours.joinInfo = await joinInfo(meeting, 'Ours');
    const joined = oneEvent(ours, 'chime-joined');
    await ours.join();
    const { attendeeId: ourAttendeeId } = (await joined).detail;

    const officialJoin = oneEvent(ours, 'chime-attendee-join');
    official = await officialPeer(meeting, 'Official');
    await official.started;
    expect((await officialJoin).detail.name).to.equal('Official');

    const roster = ours.querySelector('chime-roster')!;
    await waitFor(
      () => roster.shadowRoot!.querySelectorAll('[part~="attendee"]').length === 2,
      'roster of two',
    );
    const names = [...roster.shadowRoot!.querySelectorAll('[part="name"]')].map((name) => name.textContent);
    expect(names).to.deep.equal(['Ours', 'Official']);

    await waitFor(() => official!.present.has(ourAttendeeId), 'the official client sees our attendee');
    const officialId = official.session.configuration.credentials!.attendeeId!;
    expect(official.present.has(officialId)).to.equal(true);

    const leaving = oneEvent(ours, 'chime-attendee-leave');
    official.session.audioVideo.stop();
    const status = await official.stopped;
    official = undefined;
    expect(status.statusCode()).to.equal(Official.MeetingSessionStatusCode.Left);
    expect((await leaving).detail.attendeeId).to.equal(officialId);
    await ours.leave();
  });

  it('is refused with a terminal status when its token is forged', async () => {
    const info = await joinInfo(uniqueMeetingName('interop'), 'Forger');
    const token = info.Attendee.JoinToken;
    info.Attendee.JoinToken = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    const session = officialSession(info, 'Forger', Official.LogLevel.ERROR);
    const stopped = new Promise<Official.MeetingSessionStatus>((resolve) =>
      session.audioVideo.addObserver({ audioVideoDidStop: resolve }),
    );
    session.audioVideo.start();
    const status = await stopped;
    expect(status.statusCode()).to.equal(Official.MeetingSessionStatusCode.SignalingBadRequest);
    expect(status.isTerminal()).to.equal(true);
  });
});
