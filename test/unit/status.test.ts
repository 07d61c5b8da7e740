import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { MeetingSessionStatus } from '../../src/status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode as Code } from '../../src/status/MeetingSessionStatusCode.ts';
import { SdkSignalFrame, decodeFrame, encodeFrame } from '../../src/protocol/service-frame.ts';

// The official client, used only as an oracle for the mapping functions.
const require = createRequire(import.meta.url);
const official = require('amazon-chime-sdk-js/build/meetingsession/MeetingSessionStatus.js').default as {
  fromAudioStatus(n: number): { statusCode(): number };
  fromSignalingStatus(n: number): { statusCode(): number };
};
const officialCodes = require('amazon-chime-sdk-js/build/meetingsession/MeetingSessionStatusCode.js')
  .default as Record<string, number | string>;

// Section 10.1 of the wire protocol reference: [code, value, failure (retry), terminal].
const table: Array<[keyof typeof Code, number, boolean, boolean]> = [
  ['OK', 0, false, false],
  ['Left', 1, false, true],
  ['AudioJoinedFromAnotherDevice', 2, false, true],
  ['AudioAuthenticationRejected', 3, true, true],
  ['AudioCallAtCapacity', 4, true, true],
  ['MeetingEnded', 5, false, true],
  ['AudioInternalServerError', 6, true, false],
  ['AudioServiceUnavailable', 7, true, false],
  ['AudioDisconnected', 8, true, true],
  ['VideoCallSwitchToViewOnly', 9, false, false],
  ['VideoCallAtSourceCapacity', 10, true, true],
  ['SignalingBadRequest', 11, true, true],
  ['SignalingInternalServerError', 12, true, false],
  ['SignalingRequestFailed', 13, true, true],
  ['SignalingChannelClosedUnexpectedly', 14, true, false],
  ['ICEGatheringTimeoutWorkaround', 15, true, false],
  ['ConnectionHealthReconnect', 16, true, false],
  ['RealtimeApiFailed', 17, true, true],
  ['TaskFailed', 18, true, false],
  ['IncompatibleSDP', 19, false, false],
  ['TURNCredentialsForbidden', 20, false, true],
  ['NoAttendeePresent', 21, true, false],
  ['AudioAttendeeRemoved', 22, false, true],
  ['AudioVideoWasRemovedFromPrimaryMeeting', 23, false, false],
  ['AudioVideoDisconnectedWhilePromoted', 24, false, false],
  ['AudioDisconnectAudio', 25, false, false],
  ['EncodedTransformManagerFailed', 26, false, false],
];

const audioConnectionFailures = new Set([
  Code.AudioAuthenticationRejected,
  Code.AudioInternalServerError,
  Code.AudioServiceUnavailable,
  Code.ICEGatheringTimeoutWorkaround,
  Code.SignalingBadRequest,
  Code.SignalingInternalServerError,
  Code.SignalingRequestFailed,
  Code.RealtimeApiFailed,
  Code.NoAttendeePresent,
]);

const frame = (f: Parameters<typeof encodeFrame>[0]) => decodeFrame(encodeFrame(f, 1));

describe('MeetingSessionStatusCode', () => {
  it('has exactly the numeric values of the Chime SDK', () => {
    const ours = Object.entries(Code).filter(([, v]) => typeof v === 'number');
    // Plus AudioCallEnded, the Chime SDK 1.x name of MeetingEnded.
    assert.equal(ours.length, table.length + 1);
    assert.equal(Code.AudioCallEnded, Code.MeetingEnded);
    assert.equal(Code[Code.MeetingEnded], 'MeetingEnded', 'the reverse mapping keeps the current name');
    for (const [name, value] of table) {
      assert.equal(Code[name], value, name);
      assert.equal(officialCodes[name], value, `official ${name}`);
    }
  });
});

describe('MeetingSessionStatus classification', () => {
  for (const [name, value, failure, terminal] of table) {
    it(`${name} is ${failure ? 'a failure' : 'not a failure'} and ${terminal ? 'terminal' : 'not terminal'}`, () => {
      const status = new MeetingSessionStatus(value);
      assert.equal(status.statusCode(), value);
      assert.equal(status.isFailure(), failure);
      assert.equal(status.isTerminal(), terminal);
      assert.equal(status.isAudioConnectionFailure(), audioConnectionFailures.has(value));
    });
  }
});

describe('MeetingSessionStatus mapping', () => {
  it('maps AUDIO_STATUS values (section 3.12)', () => {
    const expected: Array<[number, Code]> = [
      [200, Code.OK],
      [204, Code.OK],
      [301, Code.AudioJoinedFromAnotherDevice],
      [302, Code.AudioDisconnectAudio],
      [403, Code.AudioAuthenticationRejected],
      [409, Code.AudioCallAtCapacity],
      [410, Code.MeetingEnded],
      [411, Code.AudioAttendeeRemoved],
      [500, Code.AudioInternalServerError],
      [503, Code.AudioServiceUnavailable],
      [404, Code.AudioDisconnected],
      [999, Code.AudioDisconnected],
    ];
    for (const [input, code] of expected) {
      assert.equal(MeetingSessionStatus.fromAudioStatus(input).statusCode(), code, `audio status ${input}`);
    }
  });

  it('maps error.status values (section 3.13)', () => {
    const expected: Array<[number, Code]> = [
      [206, Code.VideoCallSwitchToViewOnly],
      [200, Code.OK],
      [403, Code.AudioAuthenticationRejected],
      [409, Code.AudioCallAtCapacity],
      [400, Code.SignalingBadRequest],
      [404, Code.SignalingBadRequest],
      [509, Code.VideoCallAtSourceCapacity],
      [500, Code.SignalingInternalServerError],
      [503, Code.SignalingInternalServerError],
      [302, Code.SignalingRequestFailed],
      [600, Code.SignalingRequestFailed],
    ];
    for (const [input, code] of expected) {
      assert.equal(
        MeetingSessionStatus.fromSignalingStatus(input).statusCode(),
        code,
        `error status ${input}`,
      );
    }
  });

  it('agrees with the official client for every status from 0 to 999', () => {
    for (let n = 0; n < 1000; n++) {
      assert.equal(
        MeetingSessionStatus.fromAudioStatus(n).statusCode(),
        official.fromAudioStatus(n).statusCode(),
        `audio ${n}`,
      );
      if (n > 0) {
        assert.equal(
          MeetingSessionStatus.fromSignalingStatus(n).statusCode(),
          official.fromSignalingStatus(n).statusCode(),
          `signaling ${n}`,
        );
      }
    }
  });

  it('reads decoded frames: error.status wins over audio_status', () => {
    const both = frame({
      type: SdkSignalFrame.Type.AUDIO_STATUS,
      audioStatus: { audioStatus: 410 },
      error: { status: 503 },
    });
    assert.equal(MeetingSessionStatus.fromSignalFrame(both).statusCode(), Code.SignalingInternalServerError);
    const ended = frame({ type: SdkSignalFrame.Type.AUDIO_STATUS, audioStatus: { audioStatus: 410 } });
    assert.equal(MeetingSessionStatus.fromSignalFrame(ended).statusCode(), Code.MeetingEnded);
  });

  it('treats AUDIO_STATUS without its message as SignalingRequestFailed', () => {
    const empty = frame({ type: SdkSignalFrame.Type.AUDIO_STATUS });
    assert.equal(MeetingSessionStatus.fromSignalFrame(empty).statusCode(), Code.SignalingRequestFailed);
  });

  it('maps PRIMARY_MEETING_LEAVE and ordinary frames', () => {
    const leave = frame({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    assert.equal(
      MeetingSessionStatus.fromSignalFrame(leave).statusCode(),
      Code.AudioVideoWasRemovedFromPrimaryMeeting,
    );
    const index = frame({ type: SdkSignalFrame.Type.INDEX, index: {} });
    assert.equal(MeetingSessionStatus.fromSignalFrame(index).statusCode(), Code.OK);
  });

  it('maps WebSocket close codes during the join (section 1.3)', () => {
    const expected: Array<[number, Code]> = [
      [4410, Code.MeetingEnded],
      [4403, Code.SignalingBadRequest],
      [4500, Code.SignalingInternalServerError],
      [4599, Code.SignalingInternalServerError],
      [4600, Code.SignalingBadRequest],
      [1006, Code.SignalingBadRequest],
      [1000, Code.SignalingBadRequest],
    ];
    for (const [closeCode, code] of expected) {
      assert.equal(
        MeetingSessionStatus.fromCloseCodeDuringJoin(closeCode).statusCode(),
        code,
        `close ${closeCode}`,
      );
    }
  });
});
