// The seed README's "Starting a session" use cases (5 and 6), done by our SDK as the README writes
// them, against the local service, with the official client as the other attendee.
import { expect } from '@open-wc/testing';
import { MeetingSessionStatusCode } from '../../src/index.ts';
import type { MeetingSessionStatus } from '../../src/index.ts';
import { joinInfo, meetingServerUrl, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import {
  audioMeter,
  everyoneStoppedAfterEach,
  expectHears,
  expectSilence,
  joinListeningOfficial,
  joinOfficial,
  mediaElement,
  officialPresence,
  ourPeer,
} from './helpers/sdk-use-cases.ts';

/** Calls the TCP proxy plugin of the test runner (see scripts/tcp-proxy-plugin.mjs). */
async function proxy(action: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`/__tcp-proxy/${action}`, { method: 'POST', body: JSON.stringify(body) });
  const result = (await response.json()) as Record<string, unknown>;
  if (result['error']) throw new Error(String(result['error']));
  return result;
}

describe('seed use case 5: start a session (bind an <audio> element, observe, start)', () => {
  const context = everyoneStoppedAfterEach();

  it('starts, and each attendee hears the other (ours ↔ official), silent when the other mutes', async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('uc5');
    const official = await joinListeningOfficial(context, meeting, 'Bo');
    const { session: meetingSession } = ourPeer(context, await joinInfo(meeting, 'Ana'));

    // The README's code.
    const audioElement = mediaElement(context, 'audio');
    void meetingSession.audioVideo.bindAudioElement(audioElement);
    const log: string[] = [];
    const observer = {
      audioVideoDidStart: () => {
        log.push('Started');
      },
    };
    meetingSession.audioVideo.addObserver(observer);
    meetingSession.audioVideo.start();

    await waitFor(() => log.includes('Started'), 'audioVideoDidStart', 15_000);
    expect(log).to.deep.equal(['Started']);
    const atOurs = audioMeter(context, audioElement);
    const atOfficial = audioMeter(context, official.audio);
    const [oursHeard, officialHeard] = await Promise.all([
      expectHears(atOurs, "ours hears the official client's microphone in the bound <audio>"),
      expectHears(atOfficial, 'the official client hears our microphone'),
    ]);
    // The control: with two attendees each hears only the other (the service mixes everyone but
    // the listener), so once both mute, both hear silence.
    official.session.audioVideo.realtimeMuteLocalAudio();
    meetingSession.audioVideo.realtimeMuteLocalAudio();
    await Promise.all([
      expectSilence(atOurs, oursHeard, 'ours hears nothing once the official client muted'),
      expectSilence(atOfficial, officialHeard, 'the official client hears nothing once ours muted'),
    ]);
  });
});

describe('seed use case 6: observe the session lifecycle (connecting, start, stop)', () => {
  const context = everyoneStoppedAfterEach();

  it('connecting(false) → started → connecting(true) on a network drop → started → stopped(Left); the official client sees no leave until the stop', async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('uc6');
    const official = await joinOfficial(context, meeting, 'Bo');
    const presence = officialPresence(official);
    const peer = ourPeer(context, await joinInfo(meeting, 'Ana'));
    const meetingSession = peer.session;
    // Our signaling goes through a TCP proxy of the test runner, so that the test can drop the
    // network under it (the WiFi of the README's comment).
    const port = Number((await proxy('start', { target: await meetingServerUrl() }))['port']);
    context.cleanups.push(() => void proxy('stop', { port }));
    meetingSession.configuration.urls.urlRewriter = (url) => url?.replace(/:\d+\//, `:${port}/`) ?? null;

    // The README's observer.
    const lifecycle: string[] = [];
    const observer = {
      audioVideoDidStart: () => {
        lifecycle.push('started');
      },
      audioVideoDidStop: (sessionStatus: MeetingSessionStatus) => {
        lifecycle.push(`stopped:${MeetingSessionStatusCode[sessionStatus.statusCode()]}`);
      },
      audioVideoDidStartConnecting: (reconnecting: boolean) => {
        lifecycle.push(reconnecting ? 'reconnecting' : 'connecting');
      },
    };
    meetingSession.audioVideo.addObserver(observer);
    // The README's note: a removed observer is called no more.
    const removedCalls: string[] = [];
    const removed = {
      audioVideoDidStart: () => removedCalls.push('started'),
      audioVideoDidStop: () => removedCalls.push('stopped'),
    };
    meetingSession.audioVideo.addObserver(removed);
    meetingSession.audioVideo.removeObserver(removed);
    meetingSession.audioVideo.start();

    await waitFor(() => lifecycle.includes('started'), 'audioVideoDidStart', 15_000);
    expect(lifecycle).to.deep.equal(['connecting', 'started']);
    await waitFor(() => presence.isPresent(peer.attendeeId), 'the official client sees ours present');

    await proxy('reset', { port, refuseMs: 500 });
    await waitFor(() => lifecycle.length >= 4, 'reconnecting, then started again', 20_000);
    expect(lifecycle).to.deep.equal(['connecting', 'started', 'reconnecting', 'started']);
    expect(presence.seen, 'the official client never saw ours leave').not.to.deep.include([
      peer.attendeeId,
      false,
    ]);
    // Back for real: what ours does reaches the official client again.
    let mutedAtOfficial: boolean | null = null;
    official.session.audioVideo.realtimeSubscribeToVolumeIndicator(peer.attendeeId, (_, __, muted) => {
      if (muted !== null) mutedAtOfficial = muted;
    });
    meetingSession.audioVideo.realtimeMuteLocalAudio();
    await waitFor(() => mutedAtOfficial === true, 'ours muted at the official client after the reconnect');

    meetingSession.audioVideo.stop();
    await waitFor(() => lifecycle.length >= 5, 'audioVideoDidStop');
    expect(lifecycle.at(-1)).to.equal('stopped:Left');
    expect(lifecycle).to.have.length(5);
    await waitFor(() => !presence.isPresent(peer.attendeeId), 'the official client sees ours leave');
    expect(removedCalls, 'the removed observer').to.deep.equal([]);
  });
});
