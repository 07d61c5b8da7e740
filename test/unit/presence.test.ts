import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AudioStreamPresence } from '../../src/attendees/AudioStreamPresence.ts';
import { SdkSignalFrame, decodeFrame, encodeFrame } from '../../src/protocol/service-frame.ts';

/** Round-trips through the wire so that absent fields are absent, as in real frames. */
function info(streams: Array<Record<string, unknown>>) {
  const frame = decodeFrame(
    encodeFrame({ type: SdkSignalFrame.Type.AUDIO_STREAM_ID_INFO, audioStreamIdInfo: { streams } }, 1),
  );
  return frame.audioStreamIdInfo!;
}

describe('AudioStreamPresence', () => {
  it('reports a join for every entry with an attendee id, with its position in the frame', () => {
    const presence = new AudioStreamPresence();
    const updates = presence.apply(
      info([
        { audioStreamId: 1, attendeeId: 'a', externalUserId: 'Alice' },
        { audioStreamId: 2, attendeeId: 'b' },
      ]),
    );
    assert.deepEqual(updates, [
      {
        kind: 'presence',
        attendeeId: 'a',
        externalUserId: 'Alice',
        present: true,
        dropped: false,
        posInFrame: { attendeeIndex: 0, attendeesInFrame: 2 },
      },
      {
        kind: 'presence',
        attendeeId: 'b',
        externalUserId: 'b',
        present: true,
        dropped: false,
        posInFrame: { attendeeIndex: 1, attendeesInFrame: 2 },
      },
    ]);
  });

  it('reports presence again when an entry repeats', () => {
    const presence = new AudioStreamPresence();
    presence.apply(info([{ audioStreamId: 1, attendeeId: 'a' }]));
    const again = presence.apply(info([{ audioStreamId: 1, attendeeId: 'a' }]));
    assert.equal(again.length, 1);
    assert.equal(again[0]!.kind, 'presence');
  });

  it('treats an entry with muted as a mute change, including muted: false', () => {
    const presence = new AudioStreamPresence();
    presence.apply(info([{ audioStreamId: 1, attendeeId: 'a', externalUserId: 'A' }]));
    assert.deepEqual(presence.apply(info([{ audioStreamId: 1, muted: true }])), [
      { kind: 'mute', attendeeId: 'a', externalUserId: 'A', muted: true },
    ]);
    assert.deepEqual(presence.apply(info([{ audioStreamId: 1, muted: false }])), [
      { kind: 'mute', attendeeId: 'a', externalUserId: 'A', muted: false },
    ]);
  });

  it('treats an entry with neither attendee id nor muted as a leave, with dropped', () => {
    const presence = new AudioStreamPresence();
    presence.apply(
      info([
        { audioStreamId: 1, attendeeId: 'a' },
        { audioStreamId: 2, attendeeId: 'b' },
      ]),
    );
    const updates = presence.apply(info([{ audioStreamId: 1, dropped: true }, { audioStreamId: 2 }]));
    assert.deepEqual(
      updates.map((u) => u.kind === 'presence' && [u.attendeeId, u.present, u.dropped]),
      [
        ['a', false, true],
        ['b', false, false],
      ],
    );
  });

  it('ignores the leave of a stream it never saw', () => {
    assert.deepEqual(new AudioStreamPresence().apply(info([{ audioStreamId: 9 }])), []);
  });

  it('keeps an attendee present when a stale (lower) stream of it leaves', () => {
    const presence = new AudioStreamPresence();
    presence.apply(info([{ audioStreamId: 1, attendeeId: 'a' }]));
    presence.apply(info([{ audioStreamId: 5, attendeeId: 'a' }])); // reconnected with a new stream
    assert.deepEqual(presence.apply(info([{ audioStreamId: 1, dropped: true }])), []);
    const leave = presence.apply(info([{ audioStreamId: 5 }]));
    assert.equal(leave.length, 1);
    assert.equal(leave[0]!.kind === 'presence' && leave[0]!.present, false);
  });

  it('forgets everything on clear', () => {
    const presence = new AudioStreamPresence();
    presence.apply(info([{ audioStreamId: 1, attendeeId: 'a' }]));
    presence.clear();
    assert.deepEqual(presence.apply(info([{ audioStreamId: 1 }])), []);
  });
});
