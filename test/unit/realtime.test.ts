import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DefaultActiveSpeakerPolicy } from '../../src/activespeaker/DefaultActiveSpeakerPolicy.ts';
import { SdkSignalFrame } from '../../src/protocol/service-frame.ts';
import type { ISdkAudioAttendeeState } from '../../src/protocol/service-frame.ts';
import { sessionsStoppedAfterEach, streamInfo } from './helpers/fakes.ts';
import type { FakeWebSocket } from './helpers/fakes.ts';
import { fakeSession, joinedSession } from './helpers/session-fakes.ts';

const sessions = sessionsStoppedAfterEach();

/** Active speaker subscriptions of the application outlive a session (as in the Chime SDK): end them. */
const unsubscribes: Array<() => void> = [];
afterEach(() => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
});

/** Volume 20 (attenuation, dB) as the Chime SDK normalizes it: 1 − (−20 + 14) / (−42 + 14). */
const VOLUME_20 = 0.7857142857142857;

function metadata(socket: FakeWebSocket, ...attendeeStates: ISdkAudioAttendeeState[]): void {
  socket.deliver({ type: SdkSignalFrame.Type.AUDIO_METADATA, audioMetadata: { attendeeStates } });
}

type Call = [string, number | null, boolean | null, number | null, string | undefined];

/** Joined, with Bob on audio stream 2 (this attendee is stream 1). */
async function setup() {
  const ctx = fakeSession(sessions);
  const socket = await joinedSession(ctx);
  socket.deliver(streamInfo([{ audioStreamId: 2, attendeeId: 'att-bob', externalUserId: 'Bob' }]));
  const calls: Call[] = [];
  const record = (...args: Call) => void calls.push(args);
  const av = ctx.session.audioVideo;
  /** subscribeToActiveSpeakerDetector with the default policy, ended after the test. */
  const subscribeToActiveSpeakers = (callback: (attendeeIds: string[]) => void) => {
    av.subscribeToActiveSpeakerDetector(new DefaultActiveSpeakerPolicy(), callback);
    unsubscribes.push(() => av.unsubscribeFromActiveSpeakerDetector(callback));
  };
  return { ...ctx, socket, calls, record, av, subscribeToActiveSpeakers };
}

describe('realtimeSubscribeToVolumeIndicator', () => {
  it('reports only what changed, null for the rest, with the external user id', async () => {
    const ctx = await setup();
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', ctx.record);
    assert.deepEqual(ctx.calls, [], 'nothing known yet, nothing reported');

    metadata(ctx.socket, { audioStreamId: 2, volume: 20, signalStrength: 1 });
    // The first volume also makes "muted" known (false), as in the Chime SDK.
    assert.deepEqual(ctx.calls, [['att-bob', VOLUME_20, false, 0.5, 'Bob']]);

    ctx.calls.length = 0;
    metadata(ctx.socket, { audioStreamId: 2, volume: 20, signalStrength: 1 });
    assert.deepEqual(ctx.calls, [], 'an unchanged frame reports nothing');

    metadata(ctx.socket, { audioStreamId: 2, volume: 20, signalStrength: 2 });
    metadata(ctx.socket, { audioStreamId: 2, volume: 14, signalStrength: 2 });
    assert.deepEqual(ctx.calls, [
      ['att-bob', null, null, 1, 'Bob'],
      ['att-bob', 1, null, null, 'Bob'],
    ]);

    ctx.calls.length = 0;
    ctx.socket.deliver(streamInfo([{ audioStreamId: 2, muted: true }]));
    metadata(ctx.socket, { audioStreamId: 2, volume: 20 });
    ctx.socket.deliver(streamInfo([{ audioStreamId: 2, muted: false }]));
    metadata(ctx.socket, { audioStreamId: 2, volume: 20 });
    assert.deepEqual(ctx.calls, [
      ['att-bob', 0, true, null, 'Bob'],
      // The volume of a muted attendee is ignored …
      ['att-bob', null, false, null, 'Bob'],
      // … until unmuted.
      ['att-bob', VOLUME_20, null, null, 'Bob'],
    ]);

    ctx.calls.length = 0;
    // A frame that reports volumes reports everyone it leaves out as silent.
    metadata(ctx.socket, { audioStreamId: 1, volume: 30 });
    assert.deepEqual(ctx.calls, [['att-bob', 0, null, null, 'Bob']]);
  });

  it("calls only that attendee's callbacks", async () => {
    const ctx = await setup();
    const self: Call[] = [];
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', ctx.record);
    ctx.av.realtimeSubscribeToVolumeIndicator('att-self', (...args: Call) => void self.push(args));
    metadata(ctx.socket, { audioStreamId: 1, volume: 20, signalStrength: 2 });
    assert.deepEqual(self, [['att-self', VOLUME_20, false, 1, 'Self']]);
    // Bob is left out of the frame: silent and fine.
    assert.deepEqual(ctx.calls, [['att-bob', 0, false, 1, 'Bob']]);
  });

  it('gives a subscriber added later what is known at once', async () => {
    const ctx = await setup();
    const first: Call[] = [];
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', (...args: Call) => void first.push(args));
    metadata(ctx.socket, { audioStreamId: 2, volume: 20, signalStrength: 1 });
    ctx.socket.deliver(streamInfo([{ audioStreamId: 2, muted: true }]));
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', ctx.record);
    assert.deepEqual(ctx.calls, [['att-bob', 0, true, 0.5, 'Bob']]);
    assert.equal(first.length, 2, 'the earlier subscriber is not called again');
  });

  it('reports this attendee muting itself', async () => {
    const ctx = await setup();
    ctx.av.realtimeSubscribeToVolumeIndicator('att-self', ctx.record);
    ctx.av.realtimeMuteLocalAudio();
    ctx.av.realtimeUnmuteLocalAudio();
    assert.deepEqual(ctx.calls, [
      ['att-self', 0, true, null, 'Self'],
      ['att-self', null, false, null, 'Self'],
    ]);
  });

  it('realtimeUnsubscribeFromVolumeIndicator removes that callback, or all of the attendee without one', async () => {
    const ctx = await setup();
    const other: Call[] = [];
    const self: Call[] = [];
    const otherCallback = (...args: Call) => void other.push(args);
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', ctx.record);
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', otherCallback);
    ctx.av.realtimeSubscribeToVolumeIndicator('att-self', (...args: Call) => void self.push(args));

    ctx.av.realtimeUnsubscribeFromVolumeIndicator('att-bob', ctx.record);
    metadata(ctx.socket, { audioStreamId: 2, volume: 20 }, { audioStreamId: 1, volume: 20 });
    assert.deepEqual(ctx.calls, [], 'the removed callback');
    assert.equal(other.length, 1, 'the other callback of Bob stays');

    ctx.av.realtimeUnsubscribeFromVolumeIndicator('att-bob');
    metadata(ctx.socket, { audioStreamId: 2, volume: 14 }, { audioStreamId: 1, volume: 14 });
    assert.equal(other.length, 1, 'every callback of Bob is gone');
    assert.equal(self.length, 2, "another attendee's callbacks stay");
    assert.deepEqual(ctx.calls, []);
  });

  it('a callback that throws does not stop the others or the session', async () => {
    const ctx = await setup();
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', () => {
      throw new Error('indicator bug');
    });
    ctx.av.realtimeSubscribeToVolumeIndicator('att-bob', ctx.record);
    metadata(ctx.socket, { audioStreamId: 2, volume: 20 });
    assert.equal(ctx.calls.length, 1);
    assert.equal(ctx.session.state, 'joined');
    assert.match(ctx.logger.text(), /indicator bug/);
  });
});

describe('realtimeSubscribeToLocalSignalStrengthChange', () => {
  it("fires for this attendee's signal strength changes only", async () => {
    const ctx = await setup();
    const local: number[] = [];
    ctx.av.realtimeSubscribeToLocalSignalStrengthChange((s) => local.push(s));
    metadata(ctx.socket, { audioStreamId: 1, signalStrength: 2 }, { audioStreamId: 2, signalStrength: 0 });
    metadata(ctx.socket, { audioStreamId: 1, signalStrength: 1 }, { audioStreamId: 2, signalStrength: 2 });
    metadata(ctx.socket, { audioStreamId: 1, signalStrength: 1 }, { audioStreamId: 2, signalStrength: 0 });
    metadata(ctx.socket, { audioStreamId: 1, volume: 20 }, { audioStreamId: 2, volume: 20 });
    // Left out of a frame that reports signal strengths: fine (1).
    metadata(ctx.socket, { audioStreamId: 2, signalStrength: 1 });
    assert.deepEqual(local, [1, 0.5, 1]);
    assert.equal(ctx.session.localAttendee.signalStrength, 1);

    const removedCalls: number[] = [];
    const removed = (s: number) => removedCalls.push(s);
    ctx.av.realtimeSubscribeToLocalSignalStrengthChange(removed);
    ctx.av.realtimeUnsubscribeToLocalSignalStrengthChange(removed);
    const before = removedCalls.length;
    metadata(ctx.socket, { audioStreamId: 1, signalStrength: 0 });
    assert.deepEqual(local.slice(3), [0]);
    assert.equal(removedCalls.length, before, 'an unsubscribed callback is not called');
  });

  it('gives a subscriber added later the known signal strength at once, as the Chime SDK does', async () => {
    // Chime's DefaultRealtimeController.realtimeSubscribeToLocalSignalStrengthChange calls
    // sendLocalSignalStrengthChange(localAttendeeId, true): a known value is reported at once.
    const ctx = await setup();
    metadata(ctx.socket, { audioStreamId: 1, signalStrength: 1 });
    const local: number[] = [];
    ctx.av.realtimeSubscribeToLocalSignalStrengthChange((s) => local.push(s));
    assert.deepEqual(local, [0.5]);
  });
});

describe('realtimeSetCanUnmuteLocalAudio', () => {
  it('keeps realtimeUnmuteLocalAudio from unmuting while false', async () => {
    const ctx = await setup();
    const changes: boolean[] = [];
    const mutes: boolean[] = [];
    ctx.av.realtimeSubscribeToSetCanUnmuteLocalAudio((canUnmute) => changes.push(canUnmute));
    ctx.av.realtimeSubscribeToMuteAndUnmuteLocalAudio((muted) => mutes.push(muted));
    assert.equal(ctx.av.realtimeCanUnmuteLocalAudio(), true);

    ctx.av.realtimeMuteLocalAudio();
    ctx.av.realtimeSetCanUnmuteLocalAudio(false);
    ctx.av.realtimeSetCanUnmuteLocalAudio(false);
    assert.equal(ctx.av.realtimeCanUnmuteLocalAudio(), false);
    assert.equal(ctx.session.canUnmute, false);
    assert.equal(ctx.av.realtimeUnmuteLocalAudio(), false);
    assert.equal(ctx.av.realtimeIsLocalAudioMuted(), true, 'still muted');
    assert.equal(ctx.media.opened[0]!.getAudioTracks()[0]!.enabled, false, 'the microphone stays off');

    ctx.av.realtimeSetCanUnmuteLocalAudio(true);
    ctx.av.realtimeSetCanUnmuteLocalAudio(true);
    assert.equal(ctx.av.realtimeUnmuteLocalAudio(), true);
    assert.equal(ctx.av.realtimeIsLocalAudioMuted(), false);
    assert.deepEqual(changes, [false, true], 'once per change');
    assert.deepEqual(mutes, [true, false]);
    assert.deepEqual(
      ctx.socket.framesOfType(SdkSignalFrame.Type.AUDIO_CONTROL).map((f) => f.audioControl!.muted),
      [true, false],
      'the refused unmute told the service nothing',
    );
  });

  it('still lets the attendee mute, and an unmuted attendee "unmutes" fine, as in the Chime SDK', async () => {
    const ctx = await setup();
    ctx.av.realtimeSetCanUnmuteLocalAudio(false);
    assert.equal(ctx.av.realtimeUnmuteLocalAudio(), true, 'not muted: nothing to refuse');
    ctx.av.realtimeMuteLocalAudio();
    assert.equal(ctx.av.realtimeIsLocalAudioMuted(), true);
    assert.equal(ctx.av.realtimeUnmuteLocalAudio(), false);
  });

  it('emits can-unmute-change once per change and removes unsubscribed callbacks', async () => {
    const ctx = await setup();
    const events: boolean[] = [];
    const calls: boolean[] = [];
    const callback = (canUnmute: boolean) => calls.push(canUnmute);
    ctx.session.addEventListener('can-unmute-change', (e) => events.push(e.detail.canUnmute));
    ctx.av.realtimeSubscribeToSetCanUnmuteLocalAudio(callback);
    ctx.av.realtimeSetCanUnmuteLocalAudio(false);
    ctx.av.realtimeUnsubscribeToSetCanUnmuteLocalAudio(callback);
    ctx.av.realtimeSetCanUnmuteLocalAudio(true);
    ctx.av.realtimeSetCanUnmuteLocalAudio(true);
    assert.deepEqual(calls, [false]);
    assert.deepEqual(events, [false, true]);
  });
});

describe('active speaker through the session', () => {
  it('reports an attendee who is loud in AUDIO_METADATA; Attendee.speaking and the event follow', async () => {
    const ctx = await setup();
    const lists: string[][] = [];
    const events: string[][] = [];
    const speaking: boolean[] = [];
    const callback = (attendeeIds: string[]) => lists.push(attendeeIds);
    ctx.subscribeToActiveSpeakers(callback);
    ctx.session.addEventListener('active-speakers-change', (e) => events.push(e.detail.attendeeIds));
    const bob = ctx.session.attendee('att-bob');
    bob.addEventListener('speaking-change', (e) => speaking.push(e.detail.speaking));
    assert.equal(bob.speaking, false);

    // Volume 14 dB of attenuation is the loudest (1), well above the policy's silence threshold.
    metadata(ctx.socket, { audioStreamId: 2, volume: 14 });
    assert.deepEqual(lists.at(-1), ['att-bob']);
    assert.deepEqual(events.at(-1), ['att-bob']);
    assert.equal(bob.speaking, true);
    assert.equal(ctx.session.localAttendee.speaking, false);
    assert.deepEqual(speaking, [true]);

    // Quiet (changing, so each frame is scored) until the score falls under the cutoff.
    for (let i = 0; i < 60 && bob.speaking; i++) {
      metadata(ctx.socket, { audioStreamId: 2, volume: 39 + (i % 2) });
    }
    assert.equal(bob.speaking, false);
    assert.deepEqual(lists.at(-1), []);
    assert.deepEqual(events.at(-1), []);
    assert.deepEqual(speaking, [true, false]);

    ctx.av.unsubscribeFromActiveSpeakerDetector(callback);
    const count = lists.length;
    metadata(ctx.socket, { audioStreamId: 2, volume: 14 });
    assert.equal(lists.length, count, 'no call after unsubscribing');
    assert.equal(bob.speaking, true, "the session's own scoring goes on");
  });

  it('drops an attendee who leaves while speaking: the lists, the event and Attendee.speaking', async () => {
    const ctx = await setup();
    const lists: string[][] = [];
    const events: string[][] = [];
    const speaking: boolean[] = [];
    ctx.subscribeToActiveSpeakers((ids) => lists.push(ids));
    ctx.session.addEventListener('active-speakers-change', (e) => events.push(e.detail.attendeeIds));
    const bob = ctx.session.attendee('att-bob');
    bob.addEventListener('speaking-change', (e) => speaking.push(e.detail.speaking));
    metadata(ctx.socket, { audioStreamId: 2, volume: 14 });
    assert.equal(bob.speaking, true);
    ctx.socket.deliver(streamInfo([{ audioStreamId: 2 }]));
    assert.equal(bob.present, false);
    assert.deepEqual(lists.at(-1), []);
    assert.deepEqual(events.at(-1), [], 'the session says nobody speaks');
    assert.equal(bob.speaking, false, 'an attendee who left is not speaking');
    assert.deepEqual(speaking, [true, false]);
  });

  it('a muted attendee is not loud', async () => {
    const ctx = await setup();
    const lists: string[][] = [];
    ctx.subscribeToActiveSpeakers((ids) => lists.push(ids));
    ctx.socket.deliver(streamInfo([{ audioStreamId: 2, muted: true }]));
    metadata(ctx.socket, { audioStreamId: 2, volume: 14 });
    assert.ok(!lists.some((ids) => ids.includes('att-bob')), 'Bob never listed');
    assert.equal(ctx.session.attendee('att-bob').speaking, false);
  });
});
