// Media replication (wire protocol §12) between official amazon-chime-sdk-js clients: P in a
// primary meeting, R and S in a replica meeting of it (CreateMeeting with PrimaryMeetingId). R
// and S get P's presence, camera, audio and data, and nothing of each other; P nothing of them.
// Promoted with credentials of a primary attendee, R is in the primary meeting as that attendee,
// and so reaches P and S under that identity; demoted, it is gone from it again.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { type JoinInfo, serviceApi, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import {
  expectTilePlays,
  joinOfficialPeer,
  officialPeer,
  type OfficialPeer,
  startFirstMicrophone,
  startOfficialPeer,
  peersStoppedAfterEach,
} from './helpers/official-client.ts';

/** What the test watches at R besides the tiles. */
interface ReplicaWatch {
  present: Set<string>;
  audio: HTMLAudioElement;
  messages: Official.DataMessage[];
  canStartLocalVideo: boolean | undefined;
  demotions: Official.MeetingSessionStatus[];
  /** Attendees the active speaker detector has named. */
  speakers: Set<string>;
}

/** CreateAttendee in `meetingId`. */
function createAttendee(meetingId: string, externalUserId: string): Promise<Pick<JoinInfo, 'Attendee'>> {
  return serviceApi(`/meetings/${meetingId}/attendees`, { ExternalUserId: externalUserId });
}

/** Creates a replica meeting of `primaryMeetingId`. */
async function createReplica(primaryMeetingId: string): Promise<JoinInfo['Meeting']> {
  const { Meeting } = await serviceApi<Pick<JoinInfo, 'Meeting'>>('/meetings', {
    ExternalMeetingId: uniqueMeetingName('replica'),
    PrimaryMeetingId: primaryMeetingId,
  });
  expect(Meeting.PrimaryMeetingId).to.equal(primaryMeetingId);
  return Meeting;
}

/**
 * Creates an attendee of the replica meeting and joins it with the official client (microphone
 * on, meeting audio bound to an <audio> element).
 */
async function joinReplica(
  Meeting: JoinInfo['Meeting'],
  name: string,
): Promise<[OfficialPeer, ReplicaWatch]> {
  const { Attendee } = await createAttendee(Meeting.MeetingId, `${name}-id#${name}`);
  const peer = officialPeer({ Meeting, Attendee }, name);
  const { session } = peer;
  const watch: ReplicaWatch = {
    present: new Set(),
    audio: document.createElement('audio'),
    messages: [],
    canStartLocalVideo: undefined,
    demotions: [],
    speakers: new Set(),
  };
  session.audioVideo.addObserver({
    videoAvailabilityDidChange: (availability) =>
      (watch.canStartLocalVideo = availability.canStartLocalVideo),
    audioVideoWasDemotedFromPrimaryMeeting: (status) => watch.demotions.push(status),
  });
  session.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, present) => {
    if (present) watch.present.add(attendeeId);
    else watch.present.delete(attendeeId);
  });
  session.audioVideo.realtimeSubscribeToReceiveDataMessage('chat', (message) => watch.messages.push(message));
  // The detector learns attendees from presence, so it is subscribed before the session starts.
  session.audioVideo.subscribeToActiveSpeakerDetector(new Official.DefaultActiveSpeakerPolicy(), (ids) => {
    for (const id of ids) watch.speakers.add(id);
  });
  document.body.append(watch.audio);
  await session.audioVideo.bindAudioElement(watch.audio);
  await startFirstMicrophone(session);
  return [await startOfficialPeer(peer), watch];
}

/** The loudest RMS that `audio` played over `ms` (the fake microphone beeps every ~500 ms). */
async function loudestOver(context: AudioContext, audio: HTMLAudioElement, ms: number): Promise<number> {
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  const source = context.createMediaStreamSource(audio.srcObject as MediaStream);
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let peak = 0;
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    let energy = 0;
    for (const sample of samples) energy += sample * sample;
    peak = Math.max(peak, Math.sqrt(energy / samples.length));
  }, 20);
  await new Promise((resolve) => setTimeout(resolve, ms));
  clearInterval(timer);
  source.disconnect();
  return peak;
}

describe('a replica meeting with official clients', () => {
  const { peers, cleanups } = peersStoppedAfterEach();

  it("R and S in the replica see, hear and get data from P and not each other; promoted, P and S see R's primary attendee; demoted, it leaves", async () => {
    const presentAtP = new Set<string>();
    const presenter = await joinOfficialPeer(uniqueMeetingName('primary'), 'Presenter', ({ session }) =>
      session.audioVideo.realtimeSubscribeToAttendeeIdPresence((attendeeId, present) => {
        if (present) presentAtP.add(attendeeId);
        else presentAtP.delete(attendeeId);
      }),
    );
    peers.push(presenter);
    const camera = (await presenter.session.audioVideo.listVideoInputDevices())[0]!;
    await presenter.session.audioVideo.startVideoInput(camera.deviceId);
    presenter.session.audioVideo.startLocalVideoTile();

    const replicaMeeting = await createReplica(presenter.meetingId);
    const [replica, watch] = await joinReplica(replicaMeeting, 'Rita');
    peers.push(replica);
    cleanups.push(() => watch.audio.remove());
    const [second, secondWatch] = await joinReplica(replicaMeeting, 'Sam');
    peers.push(second);
    cleanups.push(() => secondWatch.audio.remove());

    // Presence: R and S each see P and themselves, never each other; P sees neither.
    await waitFor(() => watch.present.has(presenter.attendeeId), 'P present at R');
    await waitFor(() => secondWatch.present.has(presenter.attendeeId), 'P present at S');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...watch.present].sort(), 'at R').to.deep.equal(
      [presenter.attendeeId, replica.attendeeId].sort(),
    );
    expect([...secondWatch.present].sort(), 'at S').to.deep.equal(
      [presenter.attendeeId, second.attendeeId].sort(),
    );
    expect(presentAtP.has(replica.attendeeId) || presentAtP.has(second.attendeeId), 'P sees R or S').to.equal(
      false,
    );
    await waitFor(() => watch.canStartLocalVideo === false, 'R may not start video in the replica');

    // P's camera plays at R.
    const tileOf = (attendeeId: string, viewer: OfficialPeer) => () =>
      [...viewer.tiles.values()].find((tile) => tile.boundAttendeeId === attendeeId);
    const presenterTile = tileOf(presenter.attendeeId, replica);
    await waitFor(() => presenterTile()?.boundVideoStream != null, "a tile for P's camera at R", 20_000);
    await expectTilePlays(replica, presenterTile()!.tileId!, "P's camera at R");

    // R hears P's beeps, with P's volume and P as an active speaker (from AUDIO_METADATA).
    let presenterLoudest = 0;
    replica.session.audioVideo.realtimeSubscribeToVolumeIndicator(presenter.attendeeId, (_, volume) => {
      if (volume !== null) presenterLoudest = Math.max(presenterLoudest, volume);
    });
    await waitFor(() => presenterLoudest > 0, 'a volume for P at R', 15_000);
    await waitFor(() => watch.speakers.has(presenter.attendeeId), 'P among the active speakers at R');
    const context = new AudioContext();
    cleanups.push(() => context.close());
    await context.resume();
    let heard = 0;
    for (let i = 0; i < 3 && heard <= 0.01; i++) heard = await loudestOver(context, watch.audio, 1000);
    expect(heard, 'R hears P').to.be.greaterThan(0.01);

    // P's data message reaches R and S.
    presenter.session.audioVideo.realtimeSendDataMessage('chat', 'hello replica');
    await waitFor(() => watch.messages.length > 0, "P's message at R");
    await waitFor(() => secondWatch.messages.length > 0, "P's message at S");
    for (const [message] of [watch.messages, secondWatch.messages] as Array<[Official.DataMessage]>) {
      expect(message.text()).to.equal('hello replica');
      expect(message.senderAttendeeId).to.equal(presenter.attendeeId);
    }
    // R's comes back to R only: S does not get it.
    replica.session.audioVideo.realtimeSendDataMessage('chat', 'hello from the replica');
    await waitFor(() => watch.messages.length > 1, "R's own message back at R");
    expect(watch.messages[1]!.senderAttendeeId).to.equal(replica.attendeeId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      secondWatch.messages.map((message) => message.senderAttendeeId),
      "S gets only P's message",
    ).to.deep.equal([presenter.attendeeId]);

    // Promotion with credentials of a new primary attendee.
    const { Attendee } = await createAttendee(presenter.meetingId, 'rita-primary#Rita');
    const credentials = new Official.MeetingSessionCredentials();
    credentials.attendeeId = Attendee.AttendeeId;
    credentials.externalUserId = Attendee.ExternalUserId;
    credentials.joinToken = Attendee.JoinToken;
    const status = await replica.session.audioVideo.promoteToPrimaryMeeting(credentials);
    expect(status.statusCode()).to.equal(Official.MeetingSessionStatusCode.OK);
    await waitFor(() => presentAtP.has(Attendee.AttendeeId), "R's primary attendee present at P");
    await waitFor(() => secondWatch.present.has(Attendee.AttendeeId), "R's primary attendee present at S");
    expect(secondWatch.present.has(replica.attendeeId), 'S still does not see R as itself').to.equal(false);
    await waitFor(() => watch.canStartLocalVideo === true, 'R may start video once promoted');
    // R's microphone reaches S, under the primary attendee's id.
    let promotedLoudest = 0;
    second.session.audioVideo.realtimeSubscribeToVolumeIndicator(Attendee.AttendeeId, (_, volume) => {
      if (volume !== null) promotedLoudest = Math.max(promotedLoudest, volume);
    });
    await waitFor(() => promotedLoudest > 0, "a volume for R's primary attendee at S", 15_000);

    // R's camera reaches P as the primary attendee's.
    const replicaCamera = (await replica.session.audioVideo.listVideoInputDevices())[0]!;
    await replica.session.audioVideo.startVideoInput(replicaCamera.deviceId);
    replica.session.audioVideo.startLocalVideoTile();
    const promotedTile = tileOf(Attendee.AttendeeId, presenter);
    await waitFor(() => promotedTile()?.boundVideoStream != null, "a tile for R's camera at P", 20_000);
    expect(promotedTile()!.boundExternalUserId).to.equal('rita-primary#Rita');

    // Demotion: P sees the primary attendee leave, R is told.
    replica.session.audioVideo.demoteFromPrimaryMeeting();
    await waitFor(() => !presentAtP.has(Attendee.AttendeeId), "R's primary attendee gone at P");
    await waitFor(() => !secondWatch.present.has(Attendee.AttendeeId), "R's primary attendee gone at S");
    await waitFor(() => watch.demotions.length > 0, 'audioVideoWasDemotedFromPrimaryMeeting at R');
    expect(watch.demotions[0]!.statusCode()).to.equal(Official.MeetingSessionStatusCode.OK);
    await waitFor(() => watch.canStartLocalVideo === false, 'R may not start video once demoted');
    // Still a replica attendee: P stays present at R.
    expect(watch.present.has(presenter.attendeeId)).to.equal(true);
  });
});
