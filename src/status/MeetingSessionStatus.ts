import { SdkSignalFrame } from '../protocol/frame.ts';
import { MeetingSessionStatusCode as Code } from './MeetingSessionStatusCode.ts';

/** The parts of a decoded signaling frame that carry a status. */
export interface StatusBearingFrame {
  type?: number | null;
  error?: { status?: number | null } | null;
  audioStatus?: { audioStatus?: number | null } | null;
}

/** Flags of a status code: the session should try to recover (reconnect) unless also terminal. */
const FAILURE = 1;
/** The session must not retry. */
const TERMINAL = 2;
/** The audio connection itself failed. */
const AUDIO = 4;

/** The one table that decides retry versus terminal for every status code, by code. */
const classification: readonly number[] = [
  0, // OK
  TERMINAL, // Left
  TERMINAL, // AudioJoinedFromAnotherDevice
  FAILURE | TERMINAL | AUDIO, // AudioAuthenticationRejected
  FAILURE | TERMINAL, // AudioCallAtCapacity
  TERMINAL, // MeetingEnded (AudioCallEnded)
  FAILURE | AUDIO, // AudioInternalServerError
  FAILURE | AUDIO, // AudioServiceUnavailable
  FAILURE | TERMINAL, // AudioDisconnected
  0, // VideoCallSwitchToViewOnly
  FAILURE | TERMINAL, // VideoCallAtSourceCapacity
  FAILURE | TERMINAL | AUDIO, // SignalingBadRequest
  FAILURE | AUDIO, // SignalingInternalServerError
  FAILURE | TERMINAL | AUDIO, // SignalingRequestFailed
  FAILURE, // SignalingChannelClosedUnexpectedly
  FAILURE | AUDIO, // ICEGatheringTimeoutWorkaround
  FAILURE, // ConnectionHealthReconnect
  FAILURE | TERMINAL | AUDIO, // RealtimeApiFailed
  FAILURE, // TaskFailed
  0, // IncompatibleSDP
  TERMINAL, // TURNCredentialsForbidden
  FAILURE | AUDIO, // NoAttendeePresent
  TERMINAL, // AudioAttendeeRemoved
  0, // AudioVideoWasRemovedFromPrimaryMeeting
  0, // AudioVideoDisconnectedWhilePromoted
  0, // AudioDisconnectAudio
  0, // EncodedTransformManagerFailed
];

/** A status code with its classification. */
export class MeetingSessionStatus {
  constructor(private readonly code: Code) {}

  statusCode(): Code {
    return this.code;
  }

  /** True when the session should attempt to recover from this status. */
  isFailure(): boolean {
    return !!(classification[this.code]! & FAILURE);
  }

  /** True when the session must stop for good (no reconnect). */
  isTerminal(): boolean {
    return !!(classification[this.code]! & TERMINAL);
  }

  isAudioConnectionFailure(): boolean {
    return !!(classification[this.code]! & AUDIO);
  }

  toString(): string {
    return `${Code[this.code] ?? 'Unknown'} (${this.code})`;
  }

  toJSON(): { statusCode: Code; name: string } {
    return { statusCode: this.code, name: Code[this.code] ?? 'Unknown' };
  }

  /** The status a received frame carries: `error.status` first, then AUDIO_STATUS. */
  static fromSignalFrame(frame: StatusBearingFrame): MeetingSessionStatus {
    if (frame.error?.status) {
      return MeetingSessionStatus.fromSignalingStatus(frame.error.status);
    }
    if (frame.type === SdkSignalFrame.Type.AUDIO_STATUS) {
      if (frame.audioStatus) {
        return MeetingSessionStatus.fromAudioStatus(frame.audioStatus.audioStatus ?? 0);
      }
      return new MeetingSessionStatus(Code.SignalingRequestFailed);
    }
    if (frame.type === SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE) {
      return new MeetingSessionStatus(Code.AudioVideoWasRemovedFromPrimaryMeeting);
    }
    return new MeetingSessionStatus(Code.OK);
  }

  /** Maps the `audio_status` of an AUDIO_STATUS frame. */
  static fromAudioStatus(status: number): MeetingSessionStatus {
    const known: Record<number, Code> = {
      200: Code.OK,
      301: Code.AudioJoinedFromAnotherDevice,
      302: Code.AudioDisconnectAudio,
      403: Code.AudioAuthenticationRejected,
      409: Code.AudioCallAtCapacity,
      410: Code.MeetingEnded,
      411: Code.AudioAttendeeRemoved,
      500: Code.AudioInternalServerError,
      503: Code.AudioServiceUnavailable,
    };
    const code = known[status] ?? (Math.floor(status / 100) === 2 ? Code.OK : Code.AudioDisconnected);
    return new MeetingSessionStatus(code);
  }

  /** Maps the `error.status` that any frame may carry. */
  static fromSignalingStatus(status: number): MeetingSessionStatus {
    const known: Record<number, Code> = {
      206: Code.VideoCallSwitchToViewOnly,
      509: Code.VideoCallAtSourceCapacity,
      403: Code.AudioAuthenticationRejected,
      409: Code.AudioCallAtCapacity,
    };
    const byClass: Record<number, Code> = {
      2: Code.OK,
      4: Code.SignalingBadRequest,
      5: Code.SignalingInternalServerError,
    };
    const code = known[status] ?? byClass[Math.floor(status / 100)] ?? Code.SignalingRequestFailed;
    return new MeetingSessionStatus(code);
  }

  /**
   * Status for a WebSocket closed by the server before the session joined: 4410 = the meeting
   * ended, 4500-4599 = retry, anything else = the request was refused.
   */
  static fromCloseCodeDuringJoin(closeCode: number): MeetingSessionStatus {
    if (closeCode === 4410) return new MeetingSessionStatus(Code.MeetingEnded);
    if (closeCode >= 4500 && closeCode < 4600)
      return new MeetingSessionStatus(Code.SignalingInternalServerError);
    return new MeetingSessionStatus(Code.SignalingBadRequest);
  }

  /**
   * Status for a WebSocket closed by the server after the session joined: 4410 = the meeting
   * ended, 4500-4599 = retry, other 4xxx = refused (terminal), anything else (1006 when the
   * network or the service went away) = closed unexpectedly, which reconnects.
   */
  static fromCloseCodeAfterJoin(closeCode: number): MeetingSessionStatus {
    if (closeCode === 4410) return new MeetingSessionStatus(Code.MeetingEnded);
    if (closeCode >= 4500 && closeCode < 4600)
      return new MeetingSessionStatus(Code.SignalingInternalServerError);
    if (closeCode >= 4000 && closeCode < 4500) return new MeetingSessionStatus(Code.SignalingBadRequest);
    return new MeetingSessionStatus(Code.SignalingChannelClosedUnexpectedly);
  }
}
