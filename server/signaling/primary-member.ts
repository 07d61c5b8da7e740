/**
 * A replica meeting's session promoted into its primary meeting (wire protocol §12), as the
 * primary meeting's room sees it: the primary attendee's identity, the session's mute state,
 * its audio going into the primary's mix and its camera published there. Nothing is sent
 * back through it: frames, mixed audio and video of the primary meeting do not reach the
 * replica session.
 */
import type { OutgoingFrame } from '../../src/protocol/frame.ts';
import type { RtpPacket } from 'werift';
import type { RoomMember } from './room.ts';

export class PrimaryStandIn implements RoomMember {
  audioStreamId = 0;
  readonly compressedSdp = false;
  readonly audioReady = false;

  constructor(
    readonly attendeeId: string,
    readonly externalUserId: string,
    readonly session: { readonly muted: boolean; requestKeyframe(): void },
    /** The primary attendee joined again elsewhere: the session is demoted. */
    readonly onReplaced: () => void,
  ) {}

  get muted(): boolean {
    return this.session.muted;
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
    this.session.requestKeyframe();
  }

  replaced(): void {
    this.onReplaced();
  }
}
