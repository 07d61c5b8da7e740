/**
 * One signaling connection (wire protocol §3, §4, §14): JOIN admits it to the meeting's room,
 * SUBSCRIBE negotiates its media peer, PING/AUDIO_CONTROL/LEAVE do what the official client
 * expects. A frame that cannot be decoded is logged by size and skipped.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RawData, WebSocket } from 'ws';
import {
  type OutgoingFrame,
  FrameDecodeError,
  SdkPingPongType,
  SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
  type ISdkStreamAllocation,
  type ISdkTrackMapping,
  type SdkSubscribeFrame,
  decodeFrame,
  encodeFrame,
} from '../../src/protocol/service-frame.ts';
import { describeError, type Log } from '../log.ts';
import type { MediaPeer, MediaPeerOptions } from '../media/peer.ts';
import { parseSdp } from '../media/sdp.ts';
import {
  AudioStatus,
  CloseCode,
  VIDEO_VIEW_ONLY_STATUS,
  remoteVideoTrackLabel,
} from '../../src/protocol/constants.ts';
import type { RtpPacket } from 'werift';
import { DataMessageLimiter, ingestTimeNs, invalidReason } from './data-messages.ts';
import { PrimaryStandIn } from './primary-member.ts';
import type { MeetingRoom, RoomMember } from './room.ts';

/** How long a connection that was told to go away may take to close by itself. */
const GOODBYE_CLOSE_DELAY_MS = 2000;
/** Bound on a decompressed SDP offer. */
const MAX_OFFER_BYTES = 1024 * 1024;
/** The previous answer serves as the DEFLATE dictionary, cut to this many characters (§6.8). */
const SDP_DICTIONARY_CHARS = 31_744;

export interface SessionIdentity {
  readonly meetingId: string;
  /** `<AttendeeId>` or, for a content share, `<AttendeeId>#content`. */
  readonly attendeeId: string;
  readonly externalUserId: string;
  /** Set for an attendee of a replica meeting: the meeting it replicates (§12). */
  readonly primaryMeetingId?: string;
}

/** PRIMARY_MEETING_JOIN credentials: an attendee of the primary meeting (§12). */
export interface PrimaryCredentials {
  readonly attendeeId: string;
  readonly externalUserId: string;
  readonly joinToken: string;
}

/** Where a promotion goes, or the PRIMARY_MEETING_JOIN_ACK error that refuses it. */
export type Promotion =
  | { readonly room: MeetingRoom; readonly attendeeId: string; readonly externalUserId: string }
  | { readonly status: number; readonly description: string };

export interface SessionDeps {
  readonly identity: SessionIdentity;
  readonly log: Log;
  readonly joinTimeoutMs: number;
  /** How long a connection that ended without LEAVE stays present, waiting for a reconnect (§10.3). */
  readonly reconnectGraceMs?: number;
  /** The meeting's room, or undefined once the meeting has ended. */
  readonly room: () => MeetingRoom | undefined;
  readonly createPeer: (options: MediaPeerOptions) => MediaPeer;
  readonly onClosed: (session: SignalingSession) => void;
  /** Presence changes for meeting events: joined, left (LEAVE or removal), dropped. */
  readonly onPresence?: (session: SignalingSession, change: 'joined' | 'left' | 'dropped') => void;
  /** For video forwarding: call when this session starts (true) or stops (false) sending video. */
  readonly onVideo?: (session: SignalingSession, started: boolean) => void;
  /** Checks PRIMARY_MEETING_JOIN credentials against the primary meeting (§12). */
  readonly promote?: (session: SignalingSession, credentials: PrimaryCredentials) => Promise<Promotion>;
}

type State = 'connected' | 'joined' | 'left' | 'closed';

export class SignalingSession implements RoomMember {
  readonly meetingId: string;
  readonly attendeeId: string;
  readonly externalUserId: string;
  readonly primaryMeetingId: string | undefined;
  audioStreamId = 0;
  muted = false;
  compressedSdp = false;

  readonly #ws: WebSocket;
  readonly #deps: SessionDeps;
  readonly #timers = new Set<NodeJS.Timeout>();
  #joinTimer: NodeJS.Timeout | undefined;
  #state: State = 'connected';
  #room: MeetingRoom | undefined;
  #peer: MediaPeer | undefined;
  /** While promoted: the primary meeting's room and this session's place in it. */
  #primary: { room: MeetingRoom; member: PrimaryStandIn } | undefined;
  #promoting = false;
  #subscribes: Promise<void> = Promise.resolve();
  /** The last SDP answer sent on this connection: the dictionary of the next compressed one. */
  #previousAnswer = '';
  readonly #dataLimiter = new DataMessageLimiter();
  readonly #socketClosed: Promise<void>;

  /** @param early messages that arrived while the connection was being authenticated */
  constructor(ws: WebSocket, deps: SessionDeps, early: ReadonlyArray<[RawData, boolean]> = []) {
    this.#ws = ws;
    this.#deps = deps;
    ({
      meetingId: this.meetingId,
      attendeeId: this.attendeeId,
      externalUserId: this.externalUserId,
      primaryMeetingId: this.primaryMeetingId,
    } = deps.identity);
    this.#socketClosed = new Promise((resolve) => ws.once('close', () => resolve()));
    ws.on('message', (data, isBinary) => this.#onMessage(data, isBinary));
    ws.once('close', () => this.#onSocketClose());
    this.#joinTimer = this.#after(deps.joinTimeoutMs, () => {
      this.#log('signaling join timeout');
      this.#closeSocket(CloseCode.JoinTimeout, 'no JOIN received');
    });
    for (const [data, isBinary] of early) this.#onMessage(data, isBinary);
  }

  /** Sends one frame if the socket is open. */
  send(frame: OutgoingFrame): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.send(encodeFrame(frame), { binary: true });
  }

  /** A replica meeting's attendee sends video only while promoted, into the primary (§12). */
  get receiveOnly(): boolean {
    return this.primaryMeetingId !== undefined && !this.#primary;
  }

  /**
   * The primary meeting ended, or (with `attendeeId`) that attendee of it was deleted: a
   * session promoted as it is demoted and told so with PRIMARY_MEETING_LEAVE.
   */
  primaryGone(primaryMeetingId: string, attendeeId?: string): void {
    const primary = this.#primary;
    if (!primary || primary.room.meetingId !== primaryMeetingId) return;
    if (attendeeId !== undefined && primary.member.attendeeId !== attendeeId) return;
    this.#demote(true);
  }

  get audioReady(): boolean {
    return this.#state === 'joined' && this.#peer?.audioReady === true;
  }

  sendAudioFrame(opus: Uint8Array): void {
    this.#peer?.sendAudioFrame(opus);
  }

  sendVideo(mid: string, packet: RtpPacket, resync: boolean): boolean {
    return this.#peer?.sendVideo(mid, packet, resync) ?? false;
  }

  get mediaConnected(): boolean {
    return this.#peer?.connected ?? false;
  }

  requestKeyframe(): void {
    this.#peer?.requestKeyframe();
  }

  /** The room's video router published or unpublished this session's camera. */
  videoSourceChanged(started: boolean): void {
    this.#deps.onVideo?.(this, started);
  }

  /** Called by the room when the same attendee joined from another connection. */
  replaced(): void {
    if (this.#state !== 'joined') return;
    this.#log('attendee replaced');
    this.#goodbye(AudioStatus.JoinedFromAnotherDevice, 1000, 'joined from another device');
  }

  /** The meeting was deleted: tell a joined client (it then leaves), refuse one that has not joined. */
  /** The attendee was deleted (DeleteAttendee): AUDIO_STATUS 411 to a joined client, 4403 otherwise. */
  attendeeRemoved(): void {
    if (this.#state === 'connected') {
      this.#closeSocket(CloseCode.BadRequest, 'attendee removed');
    } else if (this.#state === 'joined') {
      this.#room?.leave(this, false);
      this.#deps.onPresence?.(this, 'left');
      this.#log('attendee removed');
      this.#goodbye(AudioStatus.AttendeeRemoved, CloseCode.BadRequest, 'attendee removed');
    }
  }

  meetingEnded(): void {
    if (this.#state === 'connected') {
      this.#closeSocket(CloseCode.MeetingEnded, 'meeting ended');
    } else if (this.#state === 'joined') {
      this.#goodbye(AudioStatus.MeetingEnded, CloseCode.MeetingEnded, 'meeting ended');
    }
  }

  /**
   * The service is stopping and closes the socket itself: no presence updates from here on.
   * Resolves when the peer and the socket are closed.
   */
  async shutdown(): Promise<void> {
    this.#state = 'closed';
    this.#clearTimers();
    if (this.#primary) this.#primary.room.audio.remove(this.#primary.member);
    // No presence updates, but the meeting's mixing clock stops once nobody is left in it.
    this.#room?.audio.remove(this);
    await Promise.all([this.#closePeer(), this.#socketClosed]);
  }

  #onMessage(data: RawData, isBinary: boolean): void {
    if (this.#state === 'closed') return;
    const bytes = toBytes(data);
    if (!isBinary) {
      this.#log('signaling text message ignored', `${bytes.byteLength} bytes`);
      return;
    }
    let frame: SdkSignalFrame;
    try {
      frame = decodeFrame(bytes);
    } catch (error) {
      if (!(error instanceof FrameDecodeError)) throw error;
      this.#log('signaling frame undecodable', `${error.byteLength} bytes`);
      return;
    }
    try {
      this.#onFrame(frame);
    } catch (error) {
      // One client's frame must never take the service down.
      this.#log('signaling frame failed', describeError(error));
    }
  }

  #onFrame(frame: SdkSignalFrame): void {
    const Type = SdkSignalFrame.Type;
    switch (frame.type) {
      case Type.JOIN:
        this.#onJoin(frame.join?.wantsCompressedSdp === true);
        break;
      case Type.SUBSCRIBE: {
        const sub = (frame.sub ?? undefined) as SdkSubscribeFrame | undefined;
        this.#subscribes = this.#subscribes
          .then(() => this.#onSubscribe(sub))
          .catch((error: unknown) => this.#log('subscribe failed', describeError(error)));
        break;
      }
      case Type.PING_PONG:
        if (frame.pingPong?.type === SdkPingPongType.PING) {
          this.send({
            type: Type.PING_PONG,
            pingPong: { type: SdkPingPongType.PONG, pingId: frame.pingPong.pingId },
          });
        }
        break;
      case Type.AUDIO_CONTROL:
        if (this.#state === 'joined' && this.#room && frame.audioControl) {
          this.#setMuted(frame.audioControl.muted === true);
        }
        break;
      case Type.DATA_MESSAGE:
        this.#onDataMessage(frame);
        break;
      case Type.LEAVE:
        this.#onLeave();
        break;
      case Type.PRIMARY_MEETING_JOIN:
        void this.#onPrimaryJoin(frame).catch((error: unknown) => {
          this.#log('promotion failed', describeError(error));
          this.#sendPrimaryJoinAck(500, 'promotion failed');
        });
        break;
      case Type.PRIMARY_MEETING_LEAVE:
        // The client has already demoted itself; no answer (§12).
        if (this.#primary) this.#demote(false);
        break;
      case Type.PAUSE:
      case Type.RESUME:
        if (this.#state === 'joined' && this.#room) {
          this.#room.setPaused(this, frame.pause?.streamIds ?? [], frame.type === Type.PAUSE);
        }
        break;
      default:
        // CLIENT_METRIC, MEETING_SESSION_TIMING and frames for features not built yet.
        break;
    }
  }

  /**
   * Relays data messages (§9) to everyone in the meeting, the sender included, stamped with
   * the sender and a non-zero ingest time. Over the soft rate limit a message only goes back
   * to its sender with ingest time 0 (throttled); over the hard limit the session ends.
   * `lifetime_ms` is passed on, and the room keeps a relayed message with a lifetime for
   * attendees who join later (a throttled one is never kept).
   *
   * A primary meeting's messages reach its replicas' members too. A replica attendee's only go
   * back to it (nobody else gets them, §12); while promoted they go into the primary instead,
   * from the primary attendee, and so reach the primary and every replica (the sender's own
   * included) once.
   */
  #onDataMessage(frame: SdkSignalFrame): void {
    const room = this.#room;
    if (this.#state !== 'joined' || !room) return;
    for (const payload of frame.dataMessage?.messages ?? []) {
      const verdict = this.#dataLimiter.check();
      if (verdict === 'disconnect') {
        this.#log('data message rate limit exceeded', 'removing');
        room.leave(this, false);
        this.#deps.onPresence?.(this, 'left');
        this.#goodbye(AudioStatus.AttendeeRemoved, CloseCode.BadRequest, 'data message rate exceeded');
        return;
      }
      const invalid = invalidReason(payload);
      if (invalid) {
        this.#log('data message dropped', invalid);
        continue;
      }
      // Promoted: into the primary meeting, from the primary attendee (§12).
      const { room: target, member: sender } = this.#sendingAs(room);
      const out: OutgoingFrame = {
        type: SdkSignalFrame.Type.DATA_MESSAGE,
        dataMessage: {
          messages: [
            {
              topic: payload.topic,
              data: payload.data ?? new Uint8Array(0),
              ...(Object.hasOwn(payload, 'lifetimeMs') ? { lifetimeMs: payload.lifetimeMs } : {}),
              senderAttendeeId: sender.attendeeId,
              senderExternalUserId: sender.externalUserId,
              ingestTimeNs: verdict === 'relay' ? ingestTimeNs() : 0,
            },
          ],
        },
      };
      if (verdict === 'relay') target.relayDataMessage(sender, out);
      else this.send(out);
    }
  }

  #onJoin(wantsCompressedSdp: boolean): void {
    if (this.#state !== 'connected') {
      this.#log('signaling JOIN ignored (already joined)');
      return;
    }
    this.compressedSdp = wantsCompressedSdp;
    clearTimeout(this.#joinTimer);
    const room = this.#deps.room();
    if (!room) {
      this.#closeSocket(CloseCode.MeetingEnded, 'meeting ended');
      return;
    }
    this.#state = 'joined';
    this.#room = room;
    if (room.join(this)) {
      this.#log('attendee reconnected', `audio stream ${this.audioStreamId}`);
    } else {
      this.#deps.onPresence?.(this, 'joined');
      this.#log('attendee joined', `audio stream ${this.audioStreamId}`);
    }
  }

  async #onSubscribe(sub: SdkSubscribeFrame | undefined): Promise<void> {
    if (this.#state !== 'joined' || !this.#room) {
      this.#log('signaling SUBSCRIBE ignored (not joined)');
      return;
    }
    if (sub && Object.hasOwn(sub, 'audioMuted') && sub.audioMuted !== this.muted) {
      this.#setMuted(sub.audioMuted === true);
    }
    if (!sub) {
      this.#log('subscribe refused', 'no sub-message');
      this.#sendSubscribeError(400, 'SUBSCRIBE without its sub-message');
      return;
    }
    let offer: string;
    try {
      offer = readOffer(sub);
    } catch (error) {
      this.#log('subscribe refused', describeError(error));
      this.#sendSubscribeError(400, 'invalid SDP offer');
      return;
    }
    const room = this.#room;
    // The i-th video section receives receive_stream_ids[i] when it is recvonly (§6.3);
    // a stream no longer published is answered inactive.
    const receiveIds = sub.receiveStreamIds ?? [];
    const forward = new Map<string, number>();
    parseSdp(offer)
      .sections.filter((section) => section.kind === 'video')
      .forEach((section, i) => {
        const streamId = receiveIds[i] ?? 0;
        if (section.port === 0 || section.direction !== 'recvonly' || section.mid === undefined) return;
        if (streamId !== 0 && room.canReceive(this, streamId)) forward.set(section.mid, streamId);
      });
    const peer = (this.#peer ??= this.#createPeer());
    let answer: string;
    try {
      answer = await peer.answer(offer, new Set(forward.keys()));
    } catch (error) {
      if (this.#state !== 'joined') return;
      this.#log('subscribe failed', describeError(error));
      this.#sendSubscribeError(500, 'could not answer the offer');
      return;
    }
    if (this.#state !== 'joined' || this.#room !== room) return;

    // What it receives: one track mapping per forwarded section (§6.5).
    const stillForwarded = new Map([...forward].filter(([, streamId]) => room.canReceive(this, streamId)));
    room.setSubscriptions(this, stillForwarded);
    const tracks: ISdkTrackMapping[] = [...stillForwarded].map(([mid, streamId]) => ({
      streamId,
      ssrc: peer.videoSsrc(mid) ?? 0,
      trackLabel: remoteVideoTrackLabel(mid),
    }));

    // What it sends: its camera when the SUBSCRIBE carries a VIDEO send descriptor (§7.5).
    // Simulcast is not supported: only the first VIDEO descriptor is allocated.
    const videoSend = (sub.sendStreams ?? []).filter(
      (stream) => stream.mediaType === SdkStreamMediaType.VIDEO,
    );
    const sending =
      videoSend.length > 0 && (sub.duplex ?? SdkStreamServiceType.RX) !== SdkStreamServiceType.RX;
    // A promoted session's camera is published in the primary meeting, as the primary attendee.
    const { room: videoRoom, member: videoSender } = this.#sendingAs(room);
    const wasPublishing = videoRoom.video.isPublishing(videoSender);
    const allocations: ISdkStreamAllocation[] = [];
    let atCapacity = false;
    if (sending && this.receiveOnly) {
      atCapacity = true;
    } else if (sending) {
      const descriptor = videoSend[0]!;
      const allocation = videoRoom.video.publish(videoSender, descriptor);
      if (allocation) allocations.push({ trackLabel: descriptor.trackLabel ?? '', ...allocation });
      else atCapacity = true;
    } else {
      videoRoom.video.unpublish(videoSender);
    }

    const suback = { duplex: sub.duplex, ...this.#answerFields(answer), tracks, allocations };
    if (atCapacity) {
      this.#log('video refused', 'meeting at video capacity');
      this.send({
        type: SdkSignalFrame.Type.SUBSCRIBE_ACK,
        suback,
        error: { status: VIDEO_VIEW_ONLY_STATUS, description: 'video send capacity reached' },
      });
    } else {
      this.send({ type: SdkSignalFrame.Type.SUBSCRIBE_ACK, suback });
    }
    if (videoRoom.video.isPublishing(videoSender) !== wasPublishing) {
      this.#log(wasPublishing ? 'video stopped' : 'video started');
      videoRoom.broadcastIndex();
    }
  }

  /**
   * The answer as SUBSCRIBE_ACK carries it: plain, or, when the JOIN asked for it, raw DEFLATE
   * with the previous answer on this connection as dictionary and an empty `sdp_answer` (§6.8).
   */
  #answerFields(answer: string): { sdpAnswer: string; compressedSdpAnswer?: Uint8Array } {
    if (!this.compressedSdp) return { sdpAnswer: answer };
    const dictionary = this.#previousAnswer.slice(0, SDP_DICTIONARY_CHARS);
    this.#previousAnswer = answer;
    const compressed = deflateRawSync(
      answer,
      dictionary ? { dictionary: Buffer.from(dictionary, 'utf8') } : {},
    );
    return { sdpAnswer: '', compressedSdpAnswer: compressed };
  }

  #sendSubscribeError(status: number, description: string): void {
    this.send({
      type: SdkSignalFrame.Type.SUBSCRIBE_ACK,
      suback: {},
      error: { status, description },
    });
  }

  #createPeer(): MediaPeer {
    // While promoted, audio and video go into the primary meeting, as the primary attendee.
    return this.#deps.createPeer({
      onAudioPacket: (packet) => {
        if (!this.#room) return;
        const { room, member } = this.#sendingAs(this.#room);
        room.audio.receive(member, packet);
      },
      onVideoPacket: (packet) => {
        if (!this.#room) return;
        const { room, member } = this.#sendingAs(this.#room);
        room.video.receive(member, packet);
      },
      onKeyframeRequest: (mid) => this.#room?.keyframeRequested(this, mid),
      onStateChange: (state) => {
        if (state === 'connected' || state === 'failed') this.#log(`media ${state}`);
        if (state === 'connected') this.#room?.mediaConnected(this);
      },
    });
  }

  #onLeave(): void {
    this.send({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} });
    if (this.#state === 'closed') return;
    const wasJoined = this.#state === 'joined';
    this.#state = 'left';
    clearTimeout(this.#joinTimer);
    if (wasJoined) {
      this.#demote(false);
      this.#room?.leave(this, false);
      this.#deps.onPresence?.(this, 'left');
      this.#log('attendee left');
    }
    void this.#closePeer();
    this.#after(GOODBYE_CLOSE_DELAY_MS, () => this.#closeSocket(1000, 'left'));
  }

  /** Sends an ending AUDIO_STATUS; the client answers with LEAVE, else the socket is closed. */
  #goodbye(audioStatus: number, closeCode: number, reason: string): void {
    this.send({ type: SdkSignalFrame.Type.AUDIO_STATUS, audioStatus: { audioStatus } });
    this.#state = 'left';
    this.#demote(false);
    void this.#closePeer();
    this.#after(GOODBYE_CLOSE_DELAY_MS, () => this.#closeSocket(closeCode, reason));
  }

  #onSocketClose(): void {
    const wasJoined = this.#state === 'joined';
    this.#state = 'closed';
    this.#clearTimers();
    // A promotion does not survive the connection: a reconnect joins unpromoted (§12).
    this.#demote(false, true);
    if (wasJoined) {
      // Present for a grace period, in case the client reconnects (§10.3).
      this.#room?.drop(this, this.#deps.reconnectGraceMs ?? 0, () => {
        this.#deps.onPresence?.(this, 'dropped');
        this.#log('attendee dropped');
      });
    }
    void this.#closePeer();
    this.#deps.onClosed(this);
  }

  /**
   * Where this session's audio, video and data go, and as whom: into its own meeting as itself,
   * or while promoted into the primary meeting as the primary attendee (§12).
   */
  #sendingAs(room: MeetingRoom): { room: MeetingRoom; member: RoomMember } {
    return this.#primary ?? { room, member: this };
  }

  #setMuted(muted: boolean): void {
    this.#room?.setMuted(this, muted);
    const primary = this.#primary;
    if (primary) primary.room.setMuted(primary.member, muted);
  }

  /**
   * PRIMARY_MEETING_JOIN (§12): on credentials the primary meeting accepts, this session joins
   * it as the primary attendee and gets an ACK without error; otherwise an ACK whose error
   * status the client maps (403 AudioAuthenticationRejected, other 4xx SignalingBadRequest).
   */
  async #onPrimaryJoin(frame: SdkSignalFrame): Promise<void> {
    if (this.#state !== 'joined') return;
    if (!this.#deps.promote) {
      this.#sendPrimaryJoinAck(400, 'not a replica meeting');
      return;
    }
    if (this.#primary || this.#promoting) {
      this.#sendPrimaryJoinAck(400, 'already promoted');
      return;
    }
    const credentials = frame.primaryMeetingJoin?.credentials;
    if (!credentials?.attendeeId || !credentials.joinToken) {
      this.#sendPrimaryJoinAck(400, 'no credentials');
      return;
    }
    this.#promoting = true;
    let promotion: Promotion;
    try {
      promotion = await this.#deps.promote(this, {
        attendeeId: credentials.attendeeId,
        externalUserId: credentials.externalUserId ?? '',
        joinToken: credentials.joinToken,
      });
    } finally {
      this.#promoting = false;
    }
    if (this.#state !== 'joined') return;
    if ('status' in promotion) {
      this.#log('promotion refused', `${promotion.status} ${promotion.description}`);
      this.#sendPrimaryJoinAck(promotion.status, promotion.description);
      return;
    }
    const member = new PrimaryStandIn(promotion.attendeeId, promotion.externalUserId, this, () => {
      if (this.#primary?.member === member) this.#demote(true);
    });
    this.#primary = { room: promotion.room, member };
    this.#sendPrimaryJoinAck();
    promotion.room.join(member);
    // Video send becomes possible (the client's videoAvailabilityDidChange).
    this.#room?.sendIndex(this);
    this.#log('promoted', `${promotion.room.meetingId} ${promotion.attendeeId}`);
  }

  #sendPrimaryJoinAck(status?: number, description?: string): void {
    this.send({
      type: SdkSignalFrame.Type.PRIMARY_MEETING_JOIN_ACK,
      primaryMeetingJoinAck: {},
      ...(status === undefined ? {} : { error: { status, description } }),
    });
  }

  /**
   * Leaves the primary meeting: the others there see the primary attendee leave (dropped when
   * the connection went away, nothing when its place was already taken). `notify` tells the
   * client with PRIMARY_MEETING_LEAVE.
   */
  #demote(notify: boolean, dropped = false): void {
    const primary = this.#primary;
    if (!primary) return;
    this.#primary = undefined;
    primary.room.leave(primary.member, dropped);
    if (this.#state === 'joined') this.#room?.sendIndex(this);
    if (notify) this.send({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    this.#log('demoted', `${primary.room.meetingId} ${primary.member.attendeeId}`);
  }

  #closeSocket(code: number, reason: string): void {
    if (this.#ws.readyState === this.#ws.OPEN || this.#ws.readyState === this.#ws.CONNECTING) {
      this.#ws.close(code, reason);
    }
  }

  async #closePeer(): Promise<void> {
    const peer = this.#peer;
    if (!peer) return;
    try {
      await peer.close();
    } catch (error) {
      this.#log('media close failed', describeError(error));
    }
  }

  #after(ms: number, action: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      action();
    }, ms);
    this.#timers.add(timer);
    return timer;
  }

  #clearTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  /** One line: the event, the meeting and attendee ids, then any detail. */
  #log(event: string, detail?: string): void {
    this.#deps.log(`${event} ${this.meetingId} ${this.attendeeId}${detail ? ` ${detail}` : ''}`);
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** The SDP offer of a SUBSCRIBE, inflating a compressed one (raw DEFLATE, no dictionary, §6.8). */
function readOffer(sub: SdkSubscribeFrame): string {
  let offer = sub.sdpOffer ?? '';
  if (sub.compressedSdpOffer && sub.compressedSdpOffer.length > 0) {
    offer = inflateRawSync(sub.compressedSdpOffer, { maxOutputLength: MAX_OFFER_BYTES }).toString('utf8');
  }
  if (!offer.startsWith('v=0') || !/\r?\nm=/.test(offer))
    throw new Error('SUBSCRIBE without a usable SDP offer');
  return offer;
}
