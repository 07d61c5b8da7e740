import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Attendee, VolumeIndicatorState } from '../../src/attendees/Attendee.ts';
import { Attendees, normalizedSignalStrength, normalizedVolume } from '../../src/attendees/Attendees.ts';
import { SdkSignalFrame, decodeFrame, encodeFrame } from '../../src/protocol/service-frame.ts';
import type { OutgoingFrame } from '../../src/protocol/service-frame.ts';

/** Round-trips through the wire so that absent fields are absent, as in real frames. */
function decoded(frame: OutgoingFrame): SdkSignalFrame {
  return decodeFrame(encodeFrame(frame, 1));
}
const info = (streams: Array<Record<string, unknown>>) =>
  decoded({ type: SdkSignalFrame.Type.AUDIO_STREAM_ID_INFO, audioStreamIdInfo: { streams } })
    .audioStreamIdInfo!;
const metadata = (attendeeStates: Array<Record<string, unknown>>) =>
  decoded({ type: SdkSignalFrame.Type.AUDIO_METADATA, audioMetadata: { attendeeStates } }).audioMetadata!;

function setup(options: { localMuted?: boolean | null } = {}) {
  const log: string[] = [];
  const indicators: Array<[string, Partial<VolumeIndicatorState>]> = [];
  const timers: Array<() => void> = [];
  const attendees = new Attendees(
    {
      presence: (a, present, dropped) => log.push(`presence ${a.attendeeId} ${present} ${dropped}`),
      volumeIndicator: (a, changed) => indicators.push([a.attendeeId, changed]),
      joined: (a: Attendee) => log.push(`joined ${a.attendeeId}`),
      left: (a: Attendee, dropped: boolean) => log.push(`left ${a.attendeeId} ${dropped}`),
      updated: (a: Attendee) => log.push(`updated ${a.attendeeId} muted=${a.muted}`),
    },
    {
      localAttendeeId: 'self',
      localExternalUserId: 'Self',
      localMuted: () => options.localMuted ?? null,
      setTimeout: (callback) => timers.push(callback),
      clearTimeout: () => timers.splice(0),
    },
  );
  return { attendees, log, indicators, timers };
}

describe('Attendees', () => {
  it('normalizes AUDIO_METADATA as the Chime SDK does', () => {
    assert.equal(normalizedVolume(20), 0.7857142857142857);
    assert.equal(normalizedVolume(14), 1);
    assert.equal(normalizedVolume(0), 1, 'volume 0 is the loudest');
    assert.equal(normalizedVolume(42), 0);
    assert.equal(normalizedSignalStrength(2), 1);
    assert.equal(normalizedSignalStrength(1), 0.5);
  });

  it('keeps one object per attendee and reports joins and leaves once per change', () => {
    const { attendees, log } = setup();
    const bob = attendees.attendee('bob');
    attendees.applyStreamIdInfo(info([{ audioStreamId: 2, attendeeId: 'bob', externalUserId: 'Bob' }]));
    attendees.applyStreamIdInfo(info([{ audioStreamId: 2, attendeeId: 'bob', externalUserId: 'Bob' }]));
    assert.equal(attendees.present.get('bob'), bob, 'the object made before the join');
    assert.equal(bob.externalUserId, 'Bob');
    attendees.applyStreamIdInfo(info([{ audioStreamId: 2, dropped: true }]));
    assert.deepEqual(log, [
      'joined bob',
      'presence bob true false',
      'presence bob true false',
      'left bob true',
      'presence bob false true',
    ]);
    assert.equal(bob.present, false);
  });

  it('reports volume and signal as Chime does: changes only, left-out attendees silent and fine', () => {
    const { attendees, indicators } = setup();
    attendees.applyStreamIdInfo(
      info([
        { audioStreamId: 1, attendeeId: 'a' },
        { audioStreamId: 2, attendeeId: 'b' },
      ]),
    );
    attendees.applyMetadata(metadata([{ audioStreamId: 1, volume: 20, signalStrength: 1 }]));
    assert.deepEqual(indicators, [
      ['a', { volume: 0.7857142857142857, muted: false, signalStrength: 0.5 }],
      ['b', { volume: 0, muted: false, signalStrength: 1 }],
    ]);
    indicators.length = 0;
    attendees.applyMetadata(metadata([{ audioStreamId: 1, volume: 20 }]));
    assert.deepEqual(indicators, [], 'nothing changed, nothing reported');
    attendees.applyMetadata(metadata([{ audioStreamId: 99, volume: 1 }]));
    assert.deepEqual(indicators, [['a', { volume: 0 }]], 'an unknown stream id is ignored, a is left out');
  });

  it('forces the volume to 0 while muted and ignores volumes until unmuted', () => {
    const { attendees, indicators, log } = setup();
    attendees.applyStreamIdInfo(info([{ audioStreamId: 2, attendeeId: 'b' }]));
    attendees.applyMetadata(metadata([{ audioStreamId: 2, volume: 14 }]));
    attendees.applyStreamIdInfo(info([{ audioStreamId: 2, muted: true }]));
    attendees.applyMetadata(metadata([{ audioStreamId: 2, volume: 14 }]));
    assert.deepEqual(indicators.slice(1), [['b', { muted: true, volume: 0 }]]);
    assert.equal(attendees.attendee('b').volume, 0);
    assert.ok(log.includes('updated b muted=true'));
  });

  it("takes this client's own mute state over the service's while it sends audio", () => {
    const { attendees, log } = setup({ localMuted: false });
    attendees.applyStreamIdInfo(info([{ audioStreamId: 1, attendeeId: 'self' }]));
    attendees.applyStreamIdInfo(info([{ audioStreamId: 1, muted: true }]));
    assert.equal(attendees.local.muted, false);
    assert.ok(!log.some((line) => line.startsWith('updated')), 'no change to report');
  });

  it('after a reconnect keeps attendees missing from the first roster until the grace ends', () => {
    const { attendees, log, timers } = setup();
    attendees.applyStreamIdInfo(
      info([
        { audioStreamId: 1, attendeeId: 'self' },
        { audioStreamId: 2, attendeeId: 'bob' },
        { audioStreamId: 3, attendeeId: 'cy' },
      ]),
    );
    attendees.reconnected();
    // Stream ids start over after a service restart: lower ids than before.
    attendees.applyStreamIdInfo(info([{ audioStreamId: 1, attendeeId: 'self' }]));
    assert.ok(attendees.present.has('bob') && attendees.present.has('cy'), 'both kept for now');
    attendees.applyStreamIdInfo(info([{ audioStreamId: 2, attendeeId: 'bob' }]));
    assert.equal(timers.length, 1);
    timers[0]!();
    assert.ok(attendees.present.has('bob'), 'Bob came back in time');
    assert.ok(!attendees.present.has('cy'), 'Cy did not');
    assert.deepEqual(
      log.filter((line) => line.startsWith('left')),
      ['left cy false'],
    );
    // Bob's new stream id works: his leave is not taken for an older stream's.
    attendees.applyStreamIdInfo(info([{ audioStreamId: 2 }]));
    assert.ok(!attendees.present.has('bob'));
  });
});
