import type { MeetingSessionCredentials } from '../config/MeetingSessionCredentials.ts';
import type { Logger } from '../logging/Logger.ts';
import { SdkSignalFrame } from '../protocol/frame.ts';
import type { OutgoingFrame } from '../protocol/frame.ts';
import { MeetingSessionStatus } from '../status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode } from '../status/MeetingSessionStatusCode.ts';

/** What a promotion needs of the session. */
export interface PromotionHost {
  logger: Logger;
  /** How long to wait for PRIMARY_MEETING_JOIN_ACK (the configuration's `connectionTimeoutMs`). */
  timeoutMs(): number;
  /** Sends on the current connection; false when there is none or it is not open. */
  send(frame: OutgoingFrame): boolean;
  /** `audioVideoWasDemotedFromPrimaryMeeting` to the observers. */
  demoted(status: MeetingSessionStatus): void;
}

/**
 * Promotion of a replica meeting's attendee into its primary meeting (wire protocol §12): a
 * PRIMARY_MEETING_JOIN answered by PRIMARY_MEETING_JOIN_ACK on the current connection. A promotion
 * ends when the application demotes, when the service removes it (PRIMARY_MEETING_LEAVE), or with
 * the connection: it never survives a reconnect.
 */
export class PrimaryMeetingPromotion {
  #promoted = false;
  #pending: ((status: MeetingSessionStatus) => void) | undefined;

  constructor(private readonly host: PromotionHost) {}

  get promoted(): boolean {
    return this.#promoted;
  }

  /** Resolves with OK when promoted, else with why not; never rejects (as in the Chime SDK). */
  promote(credentials: MeetingSessionCredentials): Promise<MeetingSessionStatus> {
    this.#pending?.(new MeetingSessionStatus(MeetingSessionStatusCode.SignalingRequestFailed));
    const frame: OutgoingFrame = {
      type: SdkSignalFrame.Type.PRIMARY_MEETING_JOIN,
      primaryMeetingJoin: {
        credentials: {
          attendeeId: credentials.attendeeId,
          externalUserId: credentials.externalUserId,
          joinToken: credentials.joinToken,
        },
      },
    };
    if (!this.host.send(frame)) {
      return Promise.resolve(new MeetingSessionStatus(MeetingSessionStatusCode.SignalingRequestFailed));
    }
    this.host.logger.info('promotion: asked to join the primary meeting');
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => settle(new MeetingSessionStatus(MeetingSessionStatusCode.SignalingRequestFailed)),
        this.host.timeoutMs(),
      );
      const settle = (status: MeetingSessionStatus) => {
        clearTimeout(timer);
        if (this.#pending !== settle) return;
        this.#pending = undefined;
        this.#promoted = status.statusCode() === MeetingSessionStatusCode.OK;
        this.host.logger.info(`promotion: ${status.toString()}`);
        resolve(status);
      };
      this.#pending = settle;
    });
  }

  /** Ends the promotion; observers hear `audioVideoWasDemotedFromPrimaryMeeting(OK)` at once. */
  demote(): void {
    this.host.send({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    this.#end(new MeetingSessionStatus(MeetingSessionStatusCode.OK), true);
  }

  /** PRIMARY_MEETING_JOIN_ACK: no error is OK, else its status. */
  onJoinAck(frame: SdkSignalFrame): void {
    this.#pending?.(MeetingSessionStatus.fromSignalFrame(frame));
  }

  /** The service ended the promotion (PRIMARY_MEETING_LEAVE). */
  onRemoved(): void {
    this.#end(new MeetingSessionStatus(MeetingSessionStatusCode.AudioVideoWasRemovedFromPrimaryMeeting));
  }

  /** The connection went away: a pending request fails, a promotion ends. */
  onConnectionLost(): void {
    this.#pending?.(new MeetingSessionStatus(MeetingSessionStatusCode.SignalingRequestFailed));
    this.#end(new MeetingSessionStatus(MeetingSessionStatusCode.AudioVideoDisconnectedWhilePromoted));
  }

  /** The session stopped: a pending request fails; a promotion simply ends with it. */
  reset(): void {
    this.#pending?.(new MeetingSessionStatus(MeetingSessionStatusCode.SignalingRequestFailed));
    this.#promoted = false;
  }

  #end(status: MeetingSessionStatus, always = false): void {
    if (!this.#promoted && !always) return;
    this.#promoted = false;
    this.host.demoted(status);
  }
}
