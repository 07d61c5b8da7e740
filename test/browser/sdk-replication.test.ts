// Our SDK in a replica meeting (CreateMeeting with PrimaryMeetingId) of the local service: it
// gets the primary meeting, is promoted into it with CreateAttendee credentials of the primary
// (the official client there sees it arrive and gets its data messages), is refused with bad
// credentials, and is demoted again.
import { expect } from '@open-wc/testing';
import { MeetingSessionCredentials, MeetingSessionStatusCode } from '../../src/index.ts';
import type { MeetingSessionStatus } from '../../src/index.ts';
import { type JoinInfo, serviceApi, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { joinOfficialPeer, peersStoppedAfterEach } from './helpers/official-client.ts';
import { sdkSession, startSdkSession } from './helpers/sdk-session.ts';

describe('our SDK in a replica meeting', () => {
  const { peers, cleanups } = peersStoppedAfterEach();

  it('is promoted into the primary meeting, refused with bad credentials, and demoted', async function () {
    this.timeout(60_000);
    const primaryName = uniqueMeetingName('primary');
    const host = await joinOfficialPeer(primaryName, 'Host');
    peers.push(host);
    const hostSees = new Set<string>();
    host.session.audioVideo.realtimeSubscribeToAttendeeIdPresence((id, present) =>
      present ? hostSees.add(id) : hostSees.delete(id),
    );
    const hostGot: string[] = [];
    host.session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (message) =>
      hostGot.push(`${message.senderAttendeeId}:${message.text()}`),
    );

    const { Meeting } = await serviceApi<Pick<JoinInfo, 'Meeting'>>('/meetings', {
      ExternalMeetingId: uniqueMeetingName('replica'),
      PrimaryMeetingId: host.meetingId,
    });
    const { Attendee } = await serviceApi<Pick<JoinInfo, 'Attendee'>>(
      `/meetings/${Meeting.MeetingId}/attendees`,
      {
        ExternalUserId: 'ana-id#Ana',
      },
    );
    const ana = sdkSession({ Meeting, Attendee });
    cleanups.push(() => ana.audioVideo.stop());
    const demotions: MeetingSessionStatus[] = [];
    ana.audioVideo.addObserver({
      audioVideoWasDemotedFromPrimaryMeeting: (status) => demotions.push(status),
    });
    await startSdkSession(ana);
    await waitFor(
      () => ana.attendees.has(host.attendeeId),
      'the replica attendee sees the primary host',
      10_000,
    );
    expect(hostSees.has(Attendee.AttendeeId), 'the host does not see a replica attendee').to.equal(false);

    const forged = await ana.audioVideo.promoteToPrimaryMeeting(
      new MeetingSessionCredentials('nobody', 'nobody', 'not-a-token'),
    );
    expect(MeetingSessionStatusCode[forged.statusCode()]).to.not.equal('OK');

    const primary = await serviceApi<Pick<JoinInfo, 'Attendee'>>(`/meetings/${host.meetingId}/attendees`, {
      ExternalUserId: 'ana-primary#Ana',
    });
    const promoted = await ana.audioVideo.promoteToPrimaryMeeting(
      new MeetingSessionCredentials(
        primary.Attendee.AttendeeId,
        primary.Attendee.ExternalUserId,
        primary.Attendee.JoinToken,
      ),
    );
    expect(MeetingSessionStatusCode[promoted.statusCode()]).to.equal('OK');
    await waitFor(
      () => hostSees.has(primary.Attendee.AttendeeId),
      'the host sees the promoted attendee',
      10_000,
    );
    ana.audioVideo.realtimeSendDataMessage('chat', 'hello from the replica');
    await waitFor(
      () => hostGot.includes(`${primary.Attendee.AttendeeId}:hello from the replica`),
      'the host gets its message, from the primary attendee',
      10_000,
    );

    ana.audioVideo.demoteFromPrimaryMeeting();
    expect(demotions.map((status) => MeetingSessionStatusCode[status.statusCode()])).to.deep.equal(['OK']);
    await waitFor(() => !hostSees.has(primary.Attendee.AttendeeId), 'gone from the primary again', 10_000);
    expect(ana.state, 'the replica session goes on').to.equal('joined');
  });
});
