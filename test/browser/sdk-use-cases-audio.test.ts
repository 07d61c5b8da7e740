// The seed README's "Audio" use cases (7–11), plus the 3.x README's use case 11 (mute-only and
// signal-strength-only volume indicator callbacks), done by our SDK as the README writes them,
// against the local service, with official clients as the other attendees: one that talks and
// listens, and one that joined muted (the control: nobody should hear it).
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { DefaultActiveSpeakerPolicy, DefaultModality } from '../../src/index.ts';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import {
  audioMeter,
  everyoneStoppedAfterEach,
  expectHears,
  expectSilence,
  joinListeningOfficial,
  joinOfficial,
  joinOurPeer,
  mediaElement,
} from './helpers/sdk-use-cases.ts';

/** What a volume indicator callback reported for one attendee: every non-null value, in order. */
interface VolumeLog {
  volumes: number[];
  muted: boolean[];
  signalStrengths: number[];
}

function volumeLog(): VolumeLog {
  return { volumes: [], muted: [], signalStrengths: [] };
}

function record(log: VolumeLog, volume: number | null, muted: boolean | null, signalStrength: number | null) {
  if (volume !== null) log.volumes.push(volume);
  if (muted !== null) log.muted.push(muted);
  if (signalStrength !== null) log.signalStrengths.push(signalStrength);
}

describe('seed use cases 7–11: mute, can-unmute, volume indicators and active speaker', () => {
  const context = everyoneStoppedAfterEach();

  it('ours and the official client see and hear each other mute, unmute and speak', async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('uc7-11');

    // The official client (Bo) detects active speakers from the start (its detector learns the
    // attendees from presence) and follows our volume indicator once we are present.
    const speakersAtOfficial: string[][] = [];
    const official = await joinListeningOfficial(context, meeting, 'Bo', (peer) =>
      peer.session.audioVideo.subscribeToActiveSpeakerDetector(
        new Official.DefaultActiveSpeakerPolicy(),
        (attendeeIds) => speakersAtOfficial.push(attendeeIds),
      ),
    );

    const audioElement = mediaElement(context, 'audio');
    const self = volumeLog();
    const contentVolumes: string[] = [];
    const localSignal: number[] = [];
    const localMute: boolean[] = [];
    const canUnmuteChanges: boolean[] = [];
    const speakersAtOurs: string[][] = [];
    const ours = await joinOurPeer(context, meeting, 'Ana', async ({ session: meetingSession }) => {
      await meetingSession.audioVideo.bindAudioElement(audioElement);

      // Use case 10, for this attendee's own id.
      const presentAttendeeId = meetingSession.configuration.credentials.attendeeId;
      meetingSession.audioVideo.realtimeSubscribeToVolumeIndicator(
        presentAttendeeId,
        (attendeeId, volume, muted, signalStrength) => {
          const baseAttendeeId = new DefaultModality(attendeeId).base();
          if (baseAttendeeId !== attendeeId) contentVolumes.push(attendeeId);
          record(self, volume, muted, signalStrength);
        },
      );

      // Use case 11.
      const activeSpeakerCallback = (attendeeIds: string[]) => {
        if (attendeeIds.length) speakersAtOurs.push(attendeeIds);
      };
      meetingSession.audioVideo.subscribeToActiveSpeakerDetector(
        new DefaultActiveSpeakerPolicy(),
        activeSpeakerCallback,
      );

      // What the other use cases change, as this client's own callbacks report it.
      meetingSession.audioVideo.realtimeSubscribeToLocalSignalStrengthChange((s) => localSignal.push(s));
      meetingSession.audioVideo.realtimeSubscribeToMuteAndUnmuteLocalAudio((m) => localMute.push(m));
      meetingSession.audioVideo.realtimeSubscribeToSetCanUnmuteLocalAudio((c) => canUnmuteChanges.push(c));
    });
    const meetingSession = ours.session;

    // The control: an official client that joined muted.
    const control = await joinOfficial(context, meeting, 'Cy', (peer) =>
      peer.session.audioVideo.realtimeMuteLocalAudio(),
    );

    // Use case 10, for other attendees' ids: ours follows Bo and Cy, Bo follows ours.
    const bo = volumeLog();
    const cy = volumeLog();
    meetingSession.audioVideo.realtimeSubscribeToVolumeIndicator(official.attendeeId, (_, v, m, s) =>
      record(bo, v, m, s),
    );
    meetingSession.audioVideo.realtimeSubscribeToVolumeIndicator(control.attendeeId, (_, v, m, s) =>
      record(cy, v, m, s),
    );
    // The 3.x README's use case 11: one callback for mute changes only, one for signal strength only.
    const boMuteOnly: boolean[] = [];
    const boSignalOnly: number[] = [];
    meetingSession.audioVideo.realtimeSubscribeToVolumeIndicator(
      official.attendeeId,
      (_attendeeId, _volume, muted) => {
        if (muted === null) return;
        boMuteOnly.push(muted);
      },
    );
    meetingSession.audioVideo.realtimeSubscribeToVolumeIndicator(
      official.attendeeId,
      (_attendeeId, _volume, _muted, signalStrength) => {
        if (signalStrength === null) return;
        boSignalOnly.push(signalStrength);
      },
    );
    const ana = volumeLog();
    official.session.audioVideo.realtimeSubscribeToVolumeIndicator(ours.attendeeId, (_, v, m, s) =>
      record(ana, v, m, s),
    );

    // Each hears the other; each sees the other's volume (a fraction in (0, 1]) and a strong signal.
    const atOurs = audioMeter(context, audioElement);
    const atOfficial = audioMeter(context, official.audio);
    const [oursHeard, officialHeard] = await Promise.all([
      expectHears(atOurs, 'ours hears the official client'),
      expectHears(atOfficial, 'the official client hears ours'),
    ]);
    await waitFor(
      () =>
        bo.volumes.some((v) => v > 0) && ana.volumes.some((v) => v > 0) && self.volumes.some((v) => v > 0),
      "volumes: Bo's at ours, ours at Bo, ours at ours",
    );
    for (const [log, what] of [
      [bo, "Bo's volume at ours"],
      [ana, "ours' volume at Bo"],
      [self, "ours' own volume"],
    ] as const) {
      expect(Math.max(...log.volumes), what)
        .to.be.greaterThan(0)
        .and.at.most(1);
      expect(log.signalStrengths, `${what}: a strong signal`).to.include(1);
      expect(log.muted.at(-1), `${what}: not muted`).to.equal(false);
    }
    await waitFor(() => cy.muted.length > 0, "Cy's mute state at ours");
    expect(cy.muted, 'the control joined muted').to.deep.equal([true]);
    expect(
      cy.volumes.every((v) => v === 0),
      'the control has no volume',
    ).to.equal(true);
    // Signal strength: 1 (strong) on loopback, unless the machine is so loaded that packets are late.
    const signalValues = [0, 0.5, 1];
    expect(localSignal[0], 'realtimeSubscribeToLocalSignalStrengthChange').to.equal(1);
    expect(localSignal.every((s) => signalValues.includes(s))).to.equal(true);
    expect(boSignalOnly[0], '3.x use case 11: signal strength only').to.equal(1);
    expect(boSignalOnly.every((s) => signalValues.includes(s))).to.equal(true);

    // Use cases 7 and 8: ours mutes. Bo sees it and hears nothing (the control is muted too);
    // ours' detector has Bo as the most active speaker.
    meetingSession.audioVideo.realtimeMuteLocalAudio();
    expect(meetingSession.audioVideo.realtimeIsLocalAudioMuted(), 'use case 8: muted').to.equal(true);
    expect(localMute).to.deep.equal([true]);
    await waitFor(() => ana.muted.at(-1) === true, 'ours muted at Bo');
    await expectSilence(atOfficial, officialHeard, 'Bo hears nothing while ours is muted');
    await waitFor(
      () => speakersAtOurs.at(-1)?.[0] === official.attendeeId,
      'use case 11: Bo the most active speaker at ours',
    );

    // Use case 9: unmute disallowed; ours stays muted, and Bo keeps seeing and hearing that.
    meetingSession.audioVideo.realtimeSetCanUnmuteLocalAudio(false);
    meetingSession.audioVideo.realtimeMuteLocalAudio();
    const unmuted = meetingSession.audioVideo.realtimeUnmuteLocalAudio();
    expect(unmuted, 'use case 9: you cannot unmute yourself').to.equal(false);
    expect(meetingSession.audioVideo.realtimeIsLocalAudioMuted()).to.equal(true);
    expect(meetingSession.audioVideo.realtimeCanUnmuteLocalAudio()).to.equal(false);
    await expectSilence(atOfficial, officialHeard, 'Bo still hears nothing');
    expect(ana.muted.at(-1), 'Bo still sees ours muted').to.equal(true);

    // Use case 7: allowed again, unmute succeeds; Bo sees and hears ours again.
    meetingSession.audioVideo.realtimeSetCanUnmuteLocalAudio(true);
    expect(meetingSession.audioVideo.realtimeUnmuteLocalAudio(), 'use case 7: unmuted').to.equal(true);
    expect(meetingSession.audioVideo.realtimeIsLocalAudioMuted(), 'use case 8: not muted').to.equal(false);
    expect(localMute).to.deep.equal([true, false]);
    expect(canUnmuteChanges).to.deep.equal([false, true]);
    await waitFor(() => ana.muted.at(-1) === false, 'ours unmuted at Bo');
    await expectHears(atOfficial, 'Bo hears ours again');

    // The official client mutes: ours sees it (both kinds of callbacks) and hears nothing; Bo's
    // detector has ours as the most active speaker.
    official.session.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => bo.muted.at(-1) === true, 'Bo muted at ours');
    expect(boMuteOnly, '3.x use case 11: mute changes only').to.deep.equal([false, true]);
    await expectSilence(atOurs, oursHeard, 'ours hears nothing while Bo and the control are muted');
    await waitFor(
      () => speakersAtOfficial.at(-1)?.[0] === ours.attendeeId,
      'ours the most active speaker at Bo',
    );
    official.session.audioVideo.realtimeUnmuteLocalAudio();
    await waitFor(() => bo.muted.at(-1) === false, 'Bo unmuted at ours');
    expect(boMuteOnly).to.deep.equal([false, true, false]);
    await expectHears(atOurs, 'ours hears Bo again');
    // The control never spoke, and ours' own callback got no content share's volume.
    expect(cy.muted).to.deep.equal([true]);
    expect(self.volumes.length, "ours' own volume reported as it changed").to.be.greaterThan(1);
    expect(contentVolumes).to.deep.equal([]);
  });
});
