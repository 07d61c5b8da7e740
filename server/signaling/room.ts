/**
 * The live part of one meeting: who is joined, their audio stream ids and presence, and the
 * meeting's audio routing. Presence follows wire protocol §8.1, where field presence is the
 * message: join `{audio_stream_id, attendee_id, external_user_id}`, mute
 * `{audio_stream_id, muted}`, leave `{audio_stream_id, dropped?}`.
 *
 * A replica meeting's room follows its primary meeting's room (§12): each of its members sees
 * the primary's attendees (presence, mute, joins and leaves) and itself, hears the primary's
 * talkers with their levels, is offered the primary's cameras and content shares in INDEX, and
 * gets the primary's data messages (on joining, those the primary keeps for later joiners); and
 * nothing else. A replica's members never see, hear or get messages from each other (nor from
 * the members of any other replica), and the primary's members never see a replica's members.
 * A promoted replica session is in the primary room itself, as a stand-in with the primary
 * attendee's identity, and so reaches the primary and every replica under that identity.
 */
import { VIDEO_SUBSCRIPTION_LIMIT, sharerOf } from '../../src/protocol/constants.ts';
import { type OutgoingFrame, SdkSignalFrame } from '../../src/protocol/service-frame.ts';
import { AudioMixer, type AudioMember } from '../media/audio-mixer.ts';
import { VideoRouter, type VideoEndpoint } from '../media/video-router.ts';
import { KeptDataMessages } from './data-messages.ts';

/** What the room needs from a joined connection. */
export interface RoomMember extends AudioMember, VideoEndpoint {
  readonly attendeeId: string;
  readonly externalUserId: string;
  audioStreamId: number;
  muted: boolean;
  /** The client asked for compressed SDP in its JOIN; JOIN_ACK agrees (§6.8). */
  readonly compressedSdp: boolean;
  /** An unpromoted replica meeting's attendee (§12): its INDEX always says at video capacity. */
  readonly receiveOnly?: boolean;
  /** Set on a primary meeting's stand-in for a promoted replica session (§12). */
  readonly standsInFor?: RoomMember;
  send(frame: OutgoingFrame): void;
  /** The same attendee joined from another connection: tell this one and let it go. */
  replaced(): void;
}

/**
 * A member whose connection ended without LEAVE, in its grace period (§10.3), and the kept data
 * messages it had been sent by then: a reconnect gets only the ones kept since.
 */
interface DroppedMember {
  readonly member: RoomMember;
  readonly timer: NodeJS.Timeout;
  readonly kept: { readonly from: KeptDataMessages; readonly upTo: number } | undefined;
}

/** One `SdkAudioStreamIdInfo` entry; which fields are present is what it means. */
interface PresenceEntry {
  audioStreamId: number;
  attendeeId?: string;
  externalUserId?: string;
  muted?: boolean;
  dropped?: boolean;
}

/** BITRATES cadence while cameras are published (the SDK's own hint is 4 s, §3.8). */
const BITRATES_INTERVAL_MS = 4000;

/**
 * Audio stream ids, shared by every meeting of the service: non-zero and increasing across
 * joins and rejoins, and never the same for a replica's own attendee and a primary attendee
 * that one client sees side by side.
 */
let nextAudioStreamId = 1;

export class MeetingRoom {
  /**
   * The meeting's mix-minus audio; its levels go to everyone as AUDIO_METADATA (§8.2), the
   * members of its replicas included. A replica's members only listen: its mixer mixes the
   * primary's talkers for them and reports nothing of its own.
   */
  readonly audio: AudioMixer;
  /** The meeting's video SFU: published cameras and who receives them (none in a replica). */
  readonly video = new VideoRouter();
  #bitratesTimer: NodeJS.Timeout | undefined;
  /** Joined members by attendee id (`<id>#content` for a content share). */
  readonly #members = new Map<string, RoomMember>();
  /** Members whose connection ended without LEAVE, still present until their grace ends (§10.3). */
  readonly #dropped = new Map<string, DroppedMember>();
  /** Data messages kept for attendees who join later (§9); a replica meeting keeps none. */
  readonly #kept = new KeptDataMessages();
  /** For a replica meeting: the primary meeting's room it follows. */
  #primary: MeetingRoom | undefined;
  /** For a primary meeting: the rooms of its replica meetings. */
  readonly #replicas = new Set<MeetingRoom>();

  /**
   * @param replica a replica meeting's room (§12): its members are isolated from each other,
   *   whether or not it follows a live primary meeting's room.
   */
  constructor(
    readonly meetingId: string,
    readonly replica = false,
  ) {
    this.audio = new AudioMixer({
      listenOnly: replica,
      onMetadata: (attendeeStates) =>
        this.#broadcastWithReplicas({
          type: SdkSignalFrame.Type.AUDIO_METADATA,
          audioMetadata: { attendeeStates },
        }),
    });
  }

  get size(): number {
    return this.#members.size;
  }

  /**
   * Makes this replica meeting's room follow its primary's: members present now are sent the
   * primary's roster and an INDEX with its sources, and hear its talkers from now on.
   */
  follow(primary: MeetingRoom): void {
    if (!this.replica || primary.replica) throw new Error('only a replica follows, and only a primary');
    if (this.#primary === primary) return;
    this.unfollow();
    this.#primary = primary;
    primary.#replicas.add(this);
    this.audio.follow(primary.audio);
    const roster = primary.#roster();
    if (roster.length > 0) this.#broadcast(presenceFrame(roster));
    this.broadcastIndex();
  }

  /**
   * Stops following the primary (it ended): its attendees leave this meeting's view, its
   * sources leave INDEX, and its audio and data stop reaching this meeting.
   */
  unfollow(): void {
    const primary = this.#primary;
    if (!primary) return;
    this.#primary = undefined;
    primary.#replicas.delete(this);
    this.audio.follow(undefined);
    for (const member of this.#members.values()) primary.video.setSubscriptions(member, new Map());
    const leaves = [...primary.#members.values()].map((member) => ({ audioStreamId: member.audioStreamId }));
    if (leaves.length > 0) this.#broadcast(presenceFrame(leaves));
    this.broadcastIndex();
  }

  /**
   * Admits a member after its JOIN: JOIN_ACK, then INDEX, then the complete roster to the
   * joiner, then the unexpired data messages kept for later joiners (in a replica meeting the
   * primary's), and its presence to everyone else who sees it. Replaces an earlier connection of
   * the same attendee, which is told it joined from another device. Returns true when this is a
   * reconnect: the attendee's earlier connection had dropped and was still in its grace
   * period, so the others only learn the new audio stream id, which supersedes the old one
   * (§8.1), and see no leave; of the kept data messages it gets only those kept after its
   * earlier connection dropped (that connection had been sent the older ones).
   */
  join(member: RoomMember): boolean {
    const previous = this.#members.get(member.attendeeId);
    const pending = this.#dropped.get(member.attendeeId);
    const reconnect = pending !== undefined && pending.member === previous;
    if (pending) {
      clearTimeout(pending.timer);
      this.#dropped.delete(member.attendeeId);
    }
    member.audioStreamId = nextAudioStreamId++;
    this.#members.set(member.attendeeId, member);

    member.send({
      type: SdkSignalFrame.Type.JOIN_ACK,
      joinack: {
        videoSubscriptionLimit: VIDEO_SUBSCRIPTION_LIMIT,
        ...(member.compressedSdp ? { wantsCompressedSdp: true } : {}),
      },
    });
    member.send(this.#indexFor(member));
    // One complete first frame: the client takes it as the whole roster (§8.1).
    const primaryRoster = this.#primary ? this.#primary.#roster() : [];
    member.send(presenceFrame([...this.#visibleTo(member).flatMap(presenceOf), ...primaryRoster]));
    const kept = this.#keptSource();
    const alreadySent = reconnect && kept && pending.kept?.from === kept ? pending.kept.upTo : 0;
    for (const frame of kept?.frames(alreadySent) ?? []) member.send(frame);
    this.#tell(member, presenceFrame(presenceOf(member)), member);

    if (previous && !reconnect) {
      if (this.#removeMedia(previous)) this.broadcastIndex();
      previous.replaced();
      // After the new entry: the client ignores a leave for an attendee's older stream id.
      this.#tell(previous, presenceFrame([{ audioStreamId: previous.audioStreamId }]), previous);
    }
    this.audio.add(member);
    return reconnect;
  }

  /**
   * A member's connection ended without LEAVE. With a grace period it stays present (without
   * media) until it reconnects or the grace ends; then `expired` runs after the others were
   * told it dropped. Without one it leaves at once, dropped.
   */
  drop(member: RoomMember, graceMs: number, expired: () => void): void {
    if (this.#members.get(member.attendeeId) !== member) return;
    if (graceMs <= 0) {
      this.leave(member, true);
      expired();
      return;
    }
    if (this.#removeMedia(member)) this.broadcastIndex();
    const timer = setTimeout(() => {
      this.#dropped.delete(member.attendeeId);
      this.leave(member, true);
      expired();
    }, graceMs);
    timer.unref();
    const kept = this.#keptSource();
    this.#dropped.set(member.attendeeId, {
      member,
      timer,
      kept: kept && { from: kept, upTo: kept.lastSeq },
    });
  }

  /** Ends the grace period of a dropped attendee now (it was deleted): the others see it leave. */
  forgetDropped(attendeeId: string): void {
    const pending = this.#dropped.get(attendeeId);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#dropped.delete(attendeeId);
    this.leave(pending.member, false);
  }

  /** Stops waiting for dropped attendees, without presence updates (the service is stopping). */
  cancelDrops(): void {
    for (const { timer } of this.#dropped.values()) clearTimeout(timer);
    this.#dropped.clear();
  }

  /** Removes a member; `dropped` when its connection ended without LEAVE. */
  leave(member: RoomMember, dropped: boolean): void {
    if (this.#members.get(member.attendeeId) !== member) return; // replaced, or never joined
    this.#members.delete(member.attendeeId);
    if (this.#removeMedia(member)) this.broadcastIndex();
    const entry: PresenceEntry = { audioStreamId: member.audioStreamId };
    if (dropped) entry.dropped = true;
    this.#tell(member, presenceFrame([entry]));
  }

  /** Tells everyone who sees the member (itself included) its mute state. */
  setMuted(member: RoomMember, muted: boolean): void {
    if (this.#members.get(member.attendeeId) !== member) return;
    member.muted = muted;
    this.#tell(member, presenceFrame([{ audioStreamId: member.audioStreamId, muted }]));
  }

  /**
   * Relays a data message (§9) from `sender`: to every member, the sender included, and to the
   * members of this meeting's replicas; one with a lifetime is kept for those who join later.
   * In a replica meeting it goes back to its sender only, and is not kept: nobody else gets a
   * replica attendee's messages (§12).
   */
  relayDataMessage(sender: RoomMember, frame: OutgoingFrame): void {
    if (this.replica) {
      sender.send(frame);
      return;
    }
    this.#broadcastWithReplicas(frame);
    for (const payload of frame.dataMessage?.messages ?? []) this.#kept.keep(payload);
  }

  /** True when `member` may receive `streamId`, a source it is offered in INDEX. */
  canReceive(member: RoomMember, streamId: number): boolean {
    return this.#videoSources()?.canReceive(member, streamId) === true;
  }

  /** Replaces what `member` receives (stream id by mid). */
  setSubscriptions(member: RoomMember, wanted: ReadonlyMap<string, number>): void {
    this.#videoSources()?.setSubscriptions(member, wanted);
  }

  /** A member asked for a keyframe on the section `mid`. */
  keyframeRequested(member: RoomMember, mid: string): void {
    this.#videoSources()?.keyframeRequested(member, mid);
  }

  /** A member's media connection came up: keyframes it waits for are asked for now. */
  mediaConnected(member: RoomMember): void {
    this.#videoSources()?.receiverConnected(member);
  }

  /** PAUSE/RESUME from a member. */
  setPaused(member: RoomMember, streamIds: readonly number[], paused: boolean): void {
    this.#videoSources()?.setPaused(member, streamIds, paused);
  }

  members(): RoomMember[] {
    return [...this.#members.values()];
  }

  /**
   * Forgets every member and every kept data message, without presence updates (the meeting
   * ended for all of them). Its replicas stop following it and see its attendees leave.
   */
  clear(): void {
    for (const replica of [...this.#replicas]) replica.unfollow();
    const primary = this.#primary;
    if (primary) {
      this.#primary = undefined;
      primary.#replicas.delete(this);
      this.audio.follow(undefined);
      for (const member of this.#members.values()) primary.video.setSubscriptions(member, new Map());
    }
    this.cancelDrops();
    for (const member of this.#members.values()) this.audio.remove(member);
    this.video.close();
    this.#updateBitrates();
    this.#members.clear();
    this.#kept.clear();
  }

  /**
   * Sends every member (but `except`) the current INDEX: all cameras except its own (§3.5);
   * the members of replica meetings too, whose INDEX lists this meeting's sources.
   */
  broadcastIndex(except?: RoomMember): void {
    for (const member of this.#members.values()) {
      if (member !== except) member.send(this.#indexFor(member));
    }
    for (const replica of this.#replicas) replica.broadcastIndex();
    this.#updateBitrates();
  }

  /** Sends one member the current INDEX. */
  sendIndex(member: RoomMember): void {
    if (this.#members.get(member.attendeeId) === member) member.send(this.#indexFor(member));
  }

  /** BITRATES (received bitrate per published camera) every few seconds while there are any. */
  #updateBitrates(): void {
    if (this.video.publishing > 0 && !this.#bitratesTimer) {
      this.video.bitrates(); // start measuring now
      this.#bitratesTimer = setInterval(() => {
        const bitrates = this.video.bitrates();
        this.#broadcastWithReplicas({ type: SdkSignalFrame.Type.BITRATES, bitrates: { bitrates } });
      }, BITRATES_INTERVAL_MS);
      this.#bitratesTimer.unref();
    } else if (this.video.publishing === 0 && this.#bitratesTimer) {
      clearInterval(this.#bitratesTimer);
      this.#bitratesTimer = undefined;
    }
  }

  /** Where this meeting's members get kept data messages from: its own, or the primary's. */
  #keptSource(): KeptDataMessages | undefined {
    if (!this.replica) return this.#kept;
    return this.#primary ? this.#primary.#kept : undefined;
  }

  /**
   * Where this meeting's members get video from: its own router, or in a replica the primary's
   * (none once the primary has ended).
   */
  #videoSources(): VideoRouter | undefined {
    return this.replica ? this.#primary?.video : this.video;
  }

  /**
   * The full INDEX snapshot for one member: the sources it may receive and the attendees it
   * sees. A promoted replica session sends video into the primary: the primary's capacity counts.
   */
  #indexFor(member: RoomMember): OutgoingFrame {
    const sources = this.#videoSources();
    return {
      type: SdkSignalFrame.Type.INDEX,
      index: {
        atCapacity: member.receiveOnly === true || sources?.atCapacity === true,
        sources: sources?.indexFor(member) ?? [],
        numParticipants: this.#visibleTo(member).length + (this.#primary?.size ?? 0),
      },
    };
  }

  /** Stops a member's audio and video; true when INDEX changed. */
  #removeMedia(member: RoomMember): boolean {
    this.audio.remove(member);
    if (!this.replica) return this.video.remove(member);
    // A replica attendee publishes nothing here; what it receives comes from the primary.
    this.#primary?.video.setSubscriptions(member, new Map());
    return false;
  }

  /** Every member's join entry, each followed by a mute entry when that member is muted. */
  #roster(): PresenceEntry[] {
    return [...this.#members.values()].flatMap(presenceOf);
  }

  /**
   * The members of this meeting that `viewer` sees: all of them, or in a replica only the
   * viewer's own attendee (its camera connection and its content share, `<id>#content`).
   */
  #visibleTo(viewer: RoomMember): RoomMember[] {
    const members = [...this.#members.values()];
    if (!this.replica) return members;
    return members.filter((member) => sameAttendee(member, viewer));
  }

  /**
   * Sends presence about `subject` to every member (but `except`) who sees it: in a primary
   * meeting everyone, its replicas' members included; in a replica only the subject's own
   * attendee.
   */
  #tell(subject: RoomMember, frame: OutgoingFrame, except?: RoomMember): void {
    if (!this.replica) {
      this.#broadcastWithReplicas(frame, except);
      return;
    }
    for (const member of this.#members.values()) {
      if (member !== except && sameAttendee(member, subject)) member.send(frame);
    }
  }

  #broadcast(frame: OutgoingFrame, except?: RoomMember): void {
    for (const member of this.#members.values()) {
      if (member !== except) member.send(frame);
    }
  }

  /** What this meeting's members see, its replicas' members see too. */
  #broadcastWithReplicas(frame: OutgoingFrame, except?: RoomMember): void {
    this.#broadcast(frame, except);
    for (const replica of this.#replicas) replica.#broadcast(frame);
  }
}

/** Both members are the same attendee: its camera connection and its content share count as one. */
function sameAttendee(a: RoomMember, b: RoomMember): boolean {
  return sharerOf(a.attendeeId) === sharerOf(b.attendeeId);
}

function presenceOf(member: RoomMember): PresenceEntry[] {
  const entries: PresenceEntry[] = [
    {
      audioStreamId: member.audioStreamId,
      attendeeId: member.attendeeId,
      externalUserId: member.externalUserId,
    },
  ];
  if (member.muted) entries.push({ audioStreamId: member.audioStreamId, muted: true });
  return entries;
}

function presenceFrame(streams: PresenceEntry[]): OutgoingFrame {
  return { type: SdkSignalFrame.Type.AUDIO_STREAM_ID_INFO, audioStreamIdInfo: { streams } };
}
