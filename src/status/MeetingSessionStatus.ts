import { SdkSignalFrame } from '../protocol/frame.ts';
import { MeetingSessionStatusCode as Code } from './MeetingSessionStatusCode.ts';

/** The parts of a decoded signaling frame that carry a status. */
export interface StatusBearingFrame {
  type?: number | null;
  error?: { status?: number | null } | null;
  audioStatus?: { audioStatus?: number | null } | null;
}

interface Classification {
  /** The session should try to recover (reconnect) unless the code is also terminal. */
  failure?: true;
  /** The session must not retry. */
  terminal?: true;
  /** The audio connection itself failed. */
  audio?: true;
}

/** The one table that decides retry versus terminal for every status code. */
const classification: Record<Code, Classification> = {
  [Code.OK]: {},
  [Code.Left]: { terminal: true },
  [Code.AudioJoinedFromAnotherDevice]: { terminal: true },
  [Code.AudioAuthenticationRejected]: { failure: true, terminal: true, audio: true },
  [Code.AudioCallAtCapacity]: { failure: true, terminal: true },
  [Code.MeetingEnded]: { terminal: true },
  [Code.AudioInternalServerError]: { failure: true, audio: true },
  [Code.AudioServiceUnavailable]: { failure: true, audio: true },
  [Code.AudioDisconnected]: { failure: true, terminal: true },
  [Code.VideoCallSwitchToViewOnly]: {},
  [Code.VideoCallAtSourceCapacity]: { failure: true, terminal: true },
  [Code.SignalingBadRequest]: { failure: true, terminal: true, audio: true },
  [Code.SignalingInternalServerError]: { failure: true, audio: true },
  [Code.SignalingRequestFailed]: { failure: true, terminal: true, audio: true },
  [Code.SignalingChannelClosedUnexpectedly]: { failure: true },
  [Code.ICEGatheringTimeoutWorkaround]: { failure: true, audio: true },
  [Code.ConnectionHealthReconnect]: { failure: true },
  [Code.RealtimeApiFailed]: { failure: true, terminal: true, audio: true },
  [Code.TaskFailed]: { failure: true },
  [Code.IncompatibleSDP]: {},
  [Code.TURNCredentialsForbidden]: { terminal: true },
  [Code.NoAttendeePresent]: { failure: true, audio: true },
  [Code.AudioAttendeeRemoved]: { terminal: true },
  [Code.AudioVideoWasRemovedFromPrimaryMeeting]: {},
  [Code.AudioVideoDisconnectedWhilePromoted]: {},
  [Code.AudioDisconnectAudio]: {},
  [Code.EncodedTransformManagerFailed]: {},
};

/** A status code with its classification. */
export class MeetingSessionStatus {
  constructor(private readonly code: Code) {}

  statusCode(): Code {
    return this.code;
  }

  /** True when the session should attempt to recover from this status. */
  isFailure(): boolean {
    return classification[this.code]?.failure === true;
  }

  /** True when the session must stop for good (no reconnect). */
  isTerminal(): boolean {
    return classification[this.code]?.terminal === true;
  }

  isAudioConnectionFailure(): boolean {
    return classification[this.code]?.audio === true;
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
