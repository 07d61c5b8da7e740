/**
 * A replica meeting's session promoted into its primary meeting (wire protocol §12), as the
 * primary meeting's room sees it: the primary attendee's identity, the session's mute state,
 * its audio going into the primary's mix and its camera published there. Nothing is sent
 * through it: the session gets the primary's frames, mixed audio and video as a member of
 * its replica meeting, whose room follows the primary's. `standsInFor` keeps that session
 * from hearing itself through the primary's mix and from being offered its own camera.
 */
import type { OutgoingFrame } from '../../src/protocol/service-frame.ts';
import type { RtpPacket } from 'werift';
import type { RoomMember } from './room.ts';

export class PrimaryStandIn implements RoomMember {
  audioStreamId = 0;
  readonly compressedSdp = false;
  readonly audioReady = false;

  constructor(
    readonly attendeeId: string,
    readonly externalUserId: string,
    /** The promoted replica session. */
    readonly standsInFor: RoomMember,
    /** The primary attendee joined again elsewhere: the session is demoted. */
    readonly onReplaced: () => void,
  ) {}

  get muted(): boolean {
    return this.standsInFor.muted;
  }

  set muted(_value: boolean) {
    // The room records mute changes on the member; the session's own state is the truth.
  }

  send(_frame: OutgoingFrame): void {}

  sendAudioFrame(_opus: Uint8Array): void {}

  sendVideo(_mid: string, _packet: RtpPacket, _resync: boolean): boolean {
    return false;
  }

  requestKeyframe(): void {
    this.standsInFor.requestKeyframe();
  }

  replaced(): void {
    this.onReplaced();
  }
}
