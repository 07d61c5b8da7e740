// The seed README's "Attendees" use cases (21 and 22), done by our SDK as the README writes them,
// against the local service, with official clients as the other attendees; and data messages
// (the realtime API's realtimeSendDataMessage / realtimeSubscribeToReceiveDataMessage, which the
// seed README has no use case for) in both directions, also for an attendee who joins later.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { DataMessage, DefaultModality } from '../../src/index.ts';
import { changingCanvas } from './helpers/media.ts';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { type OfficialPeer } from './helpers/official-client.ts';
import {
  everyoneStoppedAfterEach,
  joinOfficial,
  joinOurPeer,
  officialPresence,
  type OurPeer,
} from './helpers/sdk-use-cases.ts';

describe('seed use case 21: subscribe to attendee presence', () => {
  const context = everyoneStoppedAfterEach();

  it('ours sees official attendees come and go, and an official client sees ours come and go', async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('uc21');
    const bo = await joinOfficial(context, meeting, 'Bo');
    const atBo = officialPresence(bo);

    // The README's code.
    const log: string[] = [];
    const attendeePresenceSet = new Set<string>();
    const ours = await joinOurPeer(context, meeting, 'Ana', ({ session: meetingSession }) => {
      const callback = (presentAttendeeId: string, present: boolean) => {
        log.push(`Attendee ID: ${presentAttendeeId} Present: ${present}`);
        if (present) {
          attendeePresenceSet.add(presentAttendeeId);
        } else {
          attendeePresenceSet.delete(presentAttendeeId);
        }
      };
      meetingSession.audioVideo.realtimeSubscribeToAttendeeIdPresence(callback);
    });
    const cy = await joinOfficial(context, meeting, 'Cy');

    const everyone = [ours.attendeeId, bo.attendeeId, cy.attendeeId].sort();
    await waitFor(() => attendeePresenceSet.size === 3, 'three attendees present at ours');
    expect([...attendeePresenceSet].sort()).to.deep.equal(everyone);
    await waitFor(() => atBo.isPresent(ours.attendeeId), 'ours present at Bo');

    // An official client leaves: ours sees it go.
    cy.session.audioVideo.stop();
    await cy.stopped;
    await waitFor(() => !attendeePresenceSet.has(cy.attendeeId), 'Cy gone at ours');
    expect(log).to.include(`Attendee ID: ${cy.attendeeId} Present: false`);
    expect([...attendeePresenceSet].sort()).to.deep.equal([ours.attendeeId, bo.attendeeId].sort());

    // Ours leaves: the official client sees it go.
    ours.session.audioVideo.stop();
    await ours.stopped;
    await waitFor(() => !atBo.isPresent(ours.attendeeId), 'ours gone at Bo');
    expect(atBo.seen).to.deep.include([ours.attendeeId, false]);
  });
});

/** One roster entry of use case 22, as the README's code keeps it. */
interface RosterEntry {
  attendeeId: string;
  volume: number | null;
  muted: boolean | null;
  signalStrength: number | null;
}

/** What use case 22 needs of `audioVideo`, the same in both SDKs. */
interface RosterSource {
  realtimeSubscribeToAttendeeIdPresence(callback: (attendeeId: string, present: boolean) => void): void;
  realtimeSubscribeToVolumeIndicator(
    attendeeId: string,
    callback: (
      attendeeId: string,
      volume: number | null,
      muted: boolean | null,
      signalStrength: number | null,
    ) => void,
  ): void;
}

/**
 * Use case 22's roster, kept by the README's code on `audioVideo` (ours or the official one),
 * with every non-null value seen per attendee beside it (the README's code also writes the null
 * "unchanged" values into the roster), and the attendees that were present.
 */
function simpleRoster(
  audioVideo: RosterSource,
  Modality: typeof DefaultModality | typeof Official.DefaultModality,
) {
  const roster: Record<string, RosterEntry> = {};
  const seen: Record<string, { volumes: number[]; muted: boolean[]; signalStrengths: number[] }> = {};
  const present: string[] = [];
  audioVideo.realtimeSubscribeToAttendeeIdPresence((presentAttendeeId, isPresent) => {
    if (isPresent) present.push(presentAttendeeId);
    if (!isPresent) {
      delete roster[presentAttendeeId];
      return;
    }
    audioVideo.realtimeSubscribeToVolumeIndicator(
      presentAttendeeId,
      (attendeeId: string, volume: number | null, muted: boolean | null, signalStrength: number | null) => {
        const baseAttendeeId = new Modality(attendeeId).base();
        if (baseAttendeeId !== attendeeId) {
          return;
        }
        const values = (seen[attendeeId] ??= { volumes: [], muted: [], signalStrengths: [] });
        if (volume !== null) values.volumes.push(volume);
        if (muted !== null) values.muted.push(muted);
        if (signalStrength !== null) values.signalStrengths.push(signalStrength);

        if (Object.prototype.hasOwnProperty.call(roster, attendeeId)) {
          roster[attendeeId]!.volume = volume;
          roster[attendeeId]!.muted = muted;
          roster[attendeeId]!.signalStrength = signalStrength;
        } else {
          roster[attendeeId] = {
            attendeeId,
            volume,
            muted,
            signalStrength,
          };
        }
      },
    );
  });
  return { roster, seen, present };
}

describe('seed use case 22: a simple roster from presence and volume indicators', () => {
  const context = everyoneStoppedAfterEach();

  it('lists the present people with volume, mute and signal, never a content share, at ours and at the official client', async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('uc22');
    let atOurs!: ReturnType<typeof simpleRoster>;
    const ours = await joinOurPeer(context, meeting, 'Ana', ({ session }) => {
      atOurs = simpleRoster(session.audioVideo, DefaultModality);
    });
    let atBo!: ReturnType<typeof simpleRoster>;
    const bo = await joinOfficial(context, meeting, 'Bo', ({ session }) => {
      atBo = simpleRoster(session.audioVideo, Official.DefaultModality);
    });
    // Bo also shares content: its `#content` attendee is present, and never in either roster.
    const canvas = changingCanvas();
    context.cleanups.push(canvas.stop, () => bo.session.audioVideo.stopContentShare());
    await bo.session.audioVideo.startContentShare(canvas.stream);
    const boContent = `${bo.attendeeId}#content`;
    await waitFor(
      () => atOurs.present.includes(boContent) && atBo.present.includes(boContent),
      "Bo's content present at ours and at Bo",
      20_000,
    );

    const people = [ours.attendeeId, bo.attendeeId].sort();
    const expectRoster = async (at: ReturnType<typeof simpleRoster>, where: string) => {
      await waitFor(
        () => people.every((id) => (at.seen[id]?.volumes ?? []).some((volume) => volume > 0)),
        `a volume for both people at ${where}`,
        15_000,
      );
      expect(Object.keys(at.roster).sort(), `the roster at ${where}`).to.deep.equal(people);
      for (const id of people) {
        expect(at.seen[id]!.muted.at(-1), `${where}: ${id} not muted`).to.equal(false);
        expect(at.seen[id]!.signalStrengths, `${where}: ${id} strong signal`).to.include(1);
        expect(Math.max(...at.seen[id]!.volumes)).to.be.at.most(1);
      }
    };
    await expectRoster(atOurs, 'ours');
    await expectRoster(atBo, 'Bo');

    // Each mutes: the other's roster shows it.
    ours.session.audioVideo.realtimeMuteLocalAudio();
    bo.session.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => atBo.roster[ours.attendeeId]!.muted === true, "ours muted in Bo's roster");
    await waitFor(() => atOurs.roster[bo.attendeeId]!.muted === true, "Bo muted in ours' roster");
    expect(atOurs.roster[bo.attendeeId]!.volume, 'a muted attendee has no volume').to.equal(0);

    // Bo leaves: ours' roster drops Bo (and Bo's content never entered it).
    bo.session.audioVideo.stop();
    await bo.stopped;
    await waitFor(() => !(bo.attendeeId in atOurs.roster), "Bo gone from ours' roster");
    expect(Object.keys(atOurs.roster)).to.deep.equal([ours.attendeeId]);
    expect(Object.keys(atBo.roster), "Bo's content never in Bo's roster").not.to.include(boContent);
  });
});

/** Collects the data messages `audioVideo` receives on `topic`. */
function received<M>(
  audioVideo: { realtimeSubscribeToReceiveDataMessage(topic: string, callback: (message: M) => void): void },
  topic: string,
): M[] {
  const messages: M[] = [];
  audioVideo.realtimeSubscribeToReceiveDataMessage(topic, (message) => messages.push(message));
  return messages;
}

/** What a received message says, the same for both SDKs' DataMessage. */
function describeMessage(message: DataMessage | Official.DataMessage) {
  return {
    topic: message.topic,
    text: message.text(),
    senderAttendeeId: message.senderAttendeeId,
    senderExternalUserId: message.senderExternalUserId,
    throttled: message.throttled,
  };
}

describe('data messages (realtime API; no seed use case)', () => {
  const context = everyoneStoppedAfterEach();

  it('go both ways as text and JSON with sender and ingest time, and reach later joiners of both SDKs when kept', async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('data');
    let atOurs!: DataMessage[];
    const ours = await joinOurPeer(context, meeting, 'Ana', ({ session }) => {
      atOurs = received<DataMessage>(session.audioVideo, 'chat');
    });
    let atBo!: Official.DataMessage[];
    const bo = await joinOfficial(context, meeting, 'Bo', ({ session }) => {
      atBo = received<Official.DataMessage>(session.audioVideo, 'chat');
    });
    const from = (peer: OurPeer | OfficialPeer) => ({
      senderAttendeeId: peer.attendeeId,
      senderExternalUserId:
        'externalUserId' in peer
          ? peer.externalUserId
          : peer.session.configuration.credentials!.externalUserId!,
    });
    const sentAt = Date.now();

    // Ours → official: text, then JSON.
    ours.session.audioVideo.realtimeSendDataMessage('chat', 'hello from ours');
    ours.session.audioVideo.realtimeSendDataMessage('chat', { from: 'ours', n: 1 });
    // Official → ours: text, then JSON.
    bo.session.audioVideo.realtimeSendDataMessage('chat', 'hello from the official client');
    bo.session.audioVideo.realtimeSendDataMessage('chat', { from: 'official', n: 2 });
    // Each also gets its own messages back, as Chime does.
    await waitFor(() => atOurs.length === 4 && atBo.length === 4, 'four messages at each');

    const bySender = <M extends DataMessage | Official.DataMessage>(
      messages: M[],
      peer: { attendeeId: string },
    ) => messages.filter((message) => message.senderAttendeeId === peer.attendeeId);
    const [oursText, oursJson] = bySender(atBo, ours) as [Official.DataMessage, Official.DataMessage];
    expect(describeMessage(oursText)).to.deep.equal({
      topic: 'chat',
      text: 'hello from ours',
      ...from(ours),
      throttled: false,
    });
    expect(oursJson.json()).to.deep.equal({ from: 'ours', n: 1 });
    const [boText, boJson] = bySender(atOurs, bo) as [DataMessage, DataMessage];
    expect(describeMessage(boText)).to.deep.equal({
      topic: 'chat',
      text: 'hello from the official client',
      ...from(bo),
      throttled: false,
    });
    expect(boJson.json()).to.deep.equal({ from: 'official', n: 2 });
    expect(boJson.throttled).to.equal(false);
    for (const message of [...atOurs, ...atBo]) {
      expect(message.timestampMs, 'the ingest time').to.be.within(sentAt - 5_000, Date.now() + 5_000);
    }
    // Both clients see the same message with the same ingest time.
    expect(bySender(atOurs, ours)[0]!.timestampMs).to.equal(oursText.timestampMs);

    // Kept messages: each sends one with a lifetime and one without, before two more join.
    const keptAtOurs = received<DataMessage>(ours.session.audioVideo, 'notes');
    const keptAtBo = received<Official.DataMessage>(bo.session.audioVideo, 'notes');
    ours.session.audioVideo.realtimeSendDataMessage('notes', 'kept by ours', 10_000);
    ours.session.audioVideo.realtimeSendDataMessage('notes', 'not kept by ours');
    bo.session.audioVideo.realtimeSendDataMessage('notes', { kept: 'by the official client' }, 10_000);
    bo.session.audioVideo.realtimeSendDataMessage('notes', 'not kept by the official client');
    await waitFor(() => keptAtOurs.length === 4 && keptAtBo.length === 4, 'the notes back at both');

    let laterAtOurs!: DataMessage[];
    await joinOurPeer(context, meeting, 'Cy', ({ session }) => {
      laterAtOurs = received<DataMessage>(session.audioVideo, 'notes');
    });
    let laterAtOfficial!: Official.DataMessage[];
    await joinOfficial(context, meeting, 'Di', ({ session }) => {
      laterAtOfficial = received<Official.DataMessage>(session.audioVideo, 'notes');
    });
    await waitFor(
      () => laterAtOurs.length >= 2 && laterAtOfficial.length >= 2,
      'the kept notes at the later joiners',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const [later, where] of [
      [laterAtOurs, 'a later joiner with ours'],
      [laterAtOfficial, 'a later joiner with the official client'],
    ] as const) {
      const messages = later as Array<DataMessage | Official.DataMessage>;
      expect(messages.map((message) => message.text()).sort(), where).to.deep.equal(
        ['kept by ours', JSON.stringify({ kept: 'by the official client' })].sort(),
      );
      const fromOurs = messages.find((message) => message.senderAttendeeId === ours.attendeeId)!;
      const fromBo = messages.find((message) => message.senderAttendeeId === bo.attendeeId)!;
      expect(describeMessage(fromOurs), where).to.deep.equal({
        topic: 'notes',
        text: 'kept by ours',
        ...from(ours),
        throttled: false,
      });
      expect(fromBo.json(), where).to.deep.equal({ kept: 'by the official client' });
      expect(fromBo.senderExternalUserId).to.equal(from(bo).senderExternalUserId);
      // The ingest time of the original message.
      expect(fromOurs.timestampMs, where).to.equal(keptAtOurs[0]!.timestampMs);
    }
  });
});
