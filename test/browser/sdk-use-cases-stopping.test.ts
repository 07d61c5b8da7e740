// The seed README's "Stopping a session" use cases (25 and 26), done by our SDK as the README
// writes them, against the local service, with the official client in the same meeting.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { MeetingSessionStatusCode } from '../../src/index.ts';
import type { MeetingSessionStatus } from '../../src/index.ts';
import { joinInfo, meetingServerUrl, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import {
  everyoneStoppedAfterEach,
  joinOfficial,
  joinOurPeer,
  officialPresence,
  ourPeer,
} from './helpers/sdk-use-cases.ts';

describe('seed use case 25: leave a session', () => {
  const context = everyoneStoppedAfterEach();

  it('stops with Left and the official client sees ours leave; an official client that leaves is seen leaving by ours', async function () {
    this.timeout(30_000);
    const meeting = uniqueMeetingName('uc25');
    const bo = await joinOfficial(context, meeting, 'Bo');
    const atBo = officialPresence(bo);
    const present = new Set<string>();
    const ours = await joinOurPeer(context, meeting, 'Ana', ({ session }) =>
      session.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, isPresent) => {
        if (isPresent) present.add(attendeeId);
        else present.delete(attendeeId);
      }),
    );
    const cy = await joinOfficial(context, meeting, 'Cy');
    const meetingSession = ours.session;
    await waitFor(() => atBo.isPresent(ours.attendeeId), 'ours present at Bo');
    await waitFor(() => present.has(cy.attendeeId), 'Cy present at ours');

    // Official → ours: Cy leaves with Left, and ours sees Cy go.
    cy.session.audioVideo.stop();
    expect((await cy.stopped).statusCode(), 'Cy left').to.equal(Official.MeetingSessionStatusCode.Left);
    await waitFor(() => !present.has(cy.attendeeId), 'Cy gone at ours');

    // The README's code.
    const lines: string[] = [];
    const observer = {
      audioVideoDidStop: (sessionStatus: MeetingSessionStatus) => {
        const sessionStatusCode = sessionStatus.statusCode();
        if (sessionStatusCode === MeetingSessionStatusCode.Left) {
          lines.push('You left the session');
        } else {
          lines.push(`Stopped with a session status code: ${sessionStatusCode}`);
        }
      },
    };
    meetingSession.audioVideo.addObserver(observer);
    meetingSession.audioVideo.stop();

    await waitFor(() => lines.length > 0, 'audioVideoDidStop');
    expect(lines).to.deep.equal(['You left the session']);
    // Ours → official: Bo sees ours go (a leave, not a dropped connection).
    await waitFor(() => !atBo.isPresent(ours.attendeeId), 'ours gone at Bo');
    expect(meetingSession.attendees.size, 'ours keeps no roster once stopped').to.equal(0);
  });
});

describe('seed use case 26: get notified when the session has ended', () => {
  const context = everyoneStoppedAfterEach();

  it('stops ours and the official client with AudioCallEnded (1.x) = MeetingEnded (3.x) when the meeting is deleted', async function () {
    this.timeout(30_000);
    const meeting = uniqueMeetingName('uc26');
    const official = await joinOfficial(context, meeting, 'Bo');
    const ours = await joinOurPeer(context, meeting, 'Ana');
    const meetingSession = ours.session;
    // An attendee created before the meeting ends, who tries to join after (3.x README).
    const lateInfo = await joinInfo(meeting, 'Cy');

    // The README's code, with the seed's 1.x name and the 3.x name.
    const lines: string[] = [];
    meetingSession.audioVideo.addObserver({
      audioVideoDidStop: (sessionStatus) => {
        const sessionStatusCode = sessionStatus.statusCode();
        if (sessionStatusCode === MeetingSessionStatusCode.AudioCallEnded) {
          lines.push('The session has ended');
        } else {
          lines.push(`Stopped with a session status code: ${sessionStatusCode}`);
        }
      },
    });
    meetingSession.audioVideo.addObserver({
      audioVideoDidStop: (sessionStatus) => {
        if (sessionStatus.statusCode() === MeetingSessionStatusCode.MeetingEnded) {
          lines.push('3.x: the session has ended');
        }
      },
    });

    // DeleteMeeting, as a server application calls it.
    const response = await fetch(`${await meetingServerUrl()}/meetings/${ours.meetingId}`, {
      method: 'DELETE',
    });
    expect(response.status, 'DeleteMeeting').to.equal(204);

    const status = await ours.stopped;
    expect(lines).to.deep.equal(['The session has ended', '3.x: the session has ended']);
    expect(MeetingSessionStatusCode[status.statusCode()]).to.equal('MeetingEnded');
    expect(status.isTerminal()).to.equal(true);
    expect((await official.stopped).statusCode(), 'the official client too').to.equal(
      Official.MeetingSessionStatusCode.MeetingEnded,
    );

    // Joining the deleted meeting ends the same way.
    const late = ourPeer(context, lateInfo);
    late.session.audioVideo.start();
    expect(MeetingSessionStatusCode[(await late.stopped).statusCode()], 'joining a deleted meeting').to.equal(
      'MeetingEnded',
    );
  });
});
