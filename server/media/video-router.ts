/**
 * The meeting's video SFU (wire protocol §5, §6.5, §7): which members publish a camera, the
 * stream and group ids they were given, which member receives which stream on which mid, and
 * the RTP forwarding between them. No transcoding: every section is negotiated with VP8, so
 * packets are forwarded as they are (the receiving peer rewrites SSRC, payload type and
 * numbering).
 *
 * Keyframes: a new subscription asks the sender for one and forwards nothing until one passes;
 * receivers' PLI/FIR are relayed to the sender, rate-limited by deferring (never dropping).
 * NACKs are answered by each receiving peer from its own send history and not relayed.
 */
import { RtpPacket } from 'werift';
import {
  type ISdkBitrate,
  type ISdkStreamDescriptor,
  SdkStreamMediaType,
} from '../../src/protocol/service-frame.ts';
import { MAX_CONTENT_SHARES, MAX_VIDEO_SENDERS, isContentAttendee } from '../../src/protocol/constants.ts';

/** What the router needs from a joined connection. */
export interface VideoEndpoint {
  readonly attendeeId: string;
  readonly externalUserId: string;
  /**
   * Sends one packet (a copy owned by the callee) on the section `mid`; `resync` when the
   * stream restarts after a gap, so its numbering continues from the last packet sent.
   * Returns false when it could not be sent (no such section, or not connected yet).
   */
  sendVideo(mid: string, packet: RtpPacket, resync: boolean): boolean;
  /** Asks this member's camera for a keyframe. */
  requestKeyframe(): void;
  /**
   * Whether media can reach this member yet. A keyframe asked for before could not reach it,
   * and would make the camera refuse the next request for a while: the router asks when the
   * member connects ({@link VideoRouter.receiverConnected}) instead. Unset means connected.
   */
  readonly mediaConnected?: boolean;
  /** This member's camera started or stopped being published (for meeting events). */
  videoSourceChanged?(started: boolean): void;
  /**
   * Set on a primary meeting's stand-in for a promoted replica session (wire protocol §12):
   * that session is never offered, nor sent, the stand-in's own camera.
   */
  readonly standsInFor?: VideoEndpoint;
}

/** The sender's own description of its camera (a SUBSCRIBE `send_streams` VIDEO entry). */
export interface VideoSendDescriptor {
  readonly maxBitrateKbps?: number | null;
  readonly framerate?: number | null;
  readonly width?: number | null;
  readonly height?: number | null;
}

export interface VideoAllocation {
  readonly streamId: number;
  readonly groupId: number;
}

/** The fewest milliseconds between two keyframe requests sent to one camera. */
export const KEYFRAME_REQUEST_INTERVAL_MS = 500;

interface Source {
  readonly sender: VideoEndpoint;
  readonly streamId: number;
  readonly groupId: number;
  descriptor: VideoSendDescriptor;
  readonly subscriptions: Set<Subscription>;
  lastKeyframeRequest: number;
  deferredRequest: NodeJS.Timeout | undefined;
  /** Payload bytes received since the last {@link VideoRouter.bitrates} call. */
  bytes: number;
}

interface Subscription {
  readonly receiver: VideoEndpoint;
  readonly mid: string;
  readonly source: Source;
  /** Nothing is forwarded until a keyframe passes (after attach and after RESUME). */
  waitingForKeyframe: boolean;
  paused: boolean;
}

/**
 * Stream and group ids, shared by every meeting of the service: non-zero and increasing, and a
 * replica meeting's attendee sees its own meeting's and the primary's sources side by side.
 */
let nextStreamId = 1;

/** True when `source` is `receiver`'s own camera (directly or through its stand-in). */
function isOwn(source: Source, receiver: VideoEndpoint): boolean {
  return source.sender === receiver || source.sender.standsInFor === receiver;
}

export class VideoRouter {
  readonly #sources = new Map<VideoEndpoint, Source>();
  readonly #byStreamId = new Map<number, Source>();
  /** Per receiver, its subscriptions by mid. */
  readonly #subscriptions = new Map<VideoEndpoint, Map<string, Subscription>>();
  #bitratesAt = Date.now();

  get atCapacity(): boolean {
    return this.#sources.size >= MAX_VIDEO_SENDERS;
  }

  /**
   * Publishes (or keeps publishing) the member's camera. Returns its ids, or undefined when
   * the meeting already has {@link MAX_VIDEO_SENDERS} other senders or, for a content share,
   * {@link MAX_CONTENT_SHARES} other content shares.
   */
  publish(sender: VideoEndpoint, descriptor: VideoSendDescriptor): VideoAllocation | undefined {
    const existing = this.#sources.get(sender);
    if (existing) {
      existing.descriptor = descriptor;
      return { streamId: existing.streamId, groupId: existing.groupId };
    }
    if (this.atCapacity) return undefined;
    if (isContent(sender) && this.#contentShares() >= MAX_CONTENT_SHARES) return undefined;
    const id = nextStreamId++; // a restarted camera is a new, higher group
    const source: Source = {
      sender,
      streamId: id,
      groupId: id,
      descriptor,
      subscriptions: new Set(),
      lastKeyframeRequest: 0,
      deferredRequest: undefined,
      bytes: 0,
    };
    this.#sources.set(sender, source);
    this.#byStreamId.set(id, source);
    this.#notify('started', source);
    return { streamId: id, groupId: id };
  }

  /** Stops publishing the member's camera; true when it was published. */
  unpublish(sender: VideoEndpoint): boolean {
    const source = this.#sources.get(sender);
    if (!source) return false;
    this.#sources.delete(sender);
    this.#byStreamId.delete(source.streamId);
    clearTimeout(source.deferredRequest);
    for (const subscription of source.subscriptions) {
      this.#subscriptions.get(subscription.receiver)?.delete(subscription.mid);
    }
    source.subscriptions.clear();
    this.#notify('stopped', source);
    return true;
  }

  #contentShares(): number {
    let count = 0;
    for (const source of this.#sources.values()) if (isContent(source.sender)) count++;
    return count;
  }

  isPublishing(sender: VideoEndpoint): boolean {
    return this.#sources.has(sender);
  }

  /** True when `streamId` is published by someone other than `receiver`. */
  canReceive(receiver: VideoEndpoint, streamId: number): boolean {
    const source = this.#byStreamId.get(streamId);
    return source !== undefined && !isOwn(source, receiver);
  }

  /** INDEX sources for `receiver`: every published camera but its own. */
  indexFor(receiver: VideoEndpoint): ISdkStreamDescriptor[] {
    const sources: ISdkStreamDescriptor[] = [];
    for (const source of this.#sources.values()) {
      if (isOwn(source, receiver)) continue;
      const { maxBitrateKbps, framerate, width, height } = source.descriptor;
      const entry: ISdkStreamDescriptor = {
        streamId: source.streamId,
        groupId: source.groupId,
        attendeeId: source.sender.attendeeId,
        externalUserId: source.sender.externalUserId,
        mediaType: SdkStreamMediaType.VIDEO,
        maxBitrateKbps: maxBitrateKbps || 1400,
      };
      if (framerate) entry.framerate = framerate;
      if (width) entry.width = width;
      if (height) entry.height = height;
      sources.push(entry);
    }
    return sources;
  }

  /**
   * Replaces what `receiver` receives: stream id by mid. A mid that keeps its stream keeps
   * forwarding as it was; a new one waits for a keyframe, which is requested now, or once the
   * receiver's media connects.
   */
  setSubscriptions(receiver: VideoEndpoint, wanted: ReadonlyMap<string, number>): void {
    const current = this.#subscriptions.get(receiver) ?? new Map<string, Subscription>();
    for (const [mid, subscription] of current) {
      if (wanted.get(mid) !== subscription.source.streamId) {
        subscription.source.subscriptions.delete(subscription);
        current.delete(mid);
      }
    }
    for (const [mid, streamId] of wanted) {
      if (current.has(mid)) continue;
      const source = this.#byStreamId.get(streamId);
      if (!source || isOwn(source, receiver)) continue;
      const subscription: Subscription = { receiver, mid, source, waitingForKeyframe: true, paused: false };
      current.set(mid, subscription);
      source.subscriptions.add(subscription);
      if (receiver.mediaConnected !== false) this.#requestKeyframe(source);
    }
    if (current.size > 0) this.#subscriptions.set(receiver, current);
    else this.#subscriptions.delete(receiver);
  }

  /** PAUSE/RESUME from a client: stop or restart forwarding these streams to it. */
  setPaused(receiver: VideoEndpoint, streamIds: readonly number[], paused: boolean): void {
    for (const subscription of this.#subscriptions.get(receiver)?.values() ?? []) {
      if (!streamIds.includes(subscription.source.streamId) || subscription.paused === paused) continue;
      subscription.paused = paused;
      if (!paused) {
        subscription.waitingForKeyframe = true;
        this.#requestKeyframe(subscription.source);
      }
    }
  }

  /** Forwards one packet of `sender`'s camera to everyone subscribed to it. */
  receive(sender: VideoEndpoint, packet: RtpPacket): void {
    const source = this.#sources.get(sender);
    if (!source) return;
    source.bytes += packet.payload.length;
    if (source.subscriptions.size === 0) return;
    const keyframe = isVp8KeyframeStart(packet.payload);
    for (const subscription of source.subscriptions) {
      if (subscription.paused) continue;
      const resync = subscription.waitingForKeyframe;
      if (resync && !keyframe) {
        // The request may have been lost: repeat it, rate-limited, until a keyframe reaches this
        // receiver (once it is connected; its connecting asks by itself).
        if (subscription.receiver.mediaConnected !== false) this.#requestKeyframe(source);
        continue;
      }
      // The receiving peer rewrites the header in place: each receiver gets its own copy.
      const copy = RtpPacket.deSerialize(packet.serialize());
      if (subscription.receiver.sendVideo(subscription.mid, copy, resync)) {
        subscription.waitingForKeyframe = false;
      }
    }
  }

  /**
   * A receiver's media connection came up: ask now for the keyframes it waits for (a request made
   * before could not have reached it), so its first picture comes with its connection.
   */
  receiverConnected(receiver: VideoEndpoint): void {
    for (const subscription of this.#subscriptions.get(receiver)?.values() ?? []) {
      if (subscription.waitingForKeyframe && !subscription.paused)
        this.#requestKeyframe(subscription.source, true);
    }
  }

  /** A receiver asked for a keyframe (PLI/FIR) on one of its sections. */
  keyframeRequested(receiver: VideoEndpoint, mid: string): void {
    const subscription = this.#subscriptions.get(receiver)?.get(mid);
    if (subscription) this.#requestKeyframe(subscription.source);
  }

  /** Forgets a member that left: its camera and its subscriptions. True when INDEX changed. */
  remove(member: VideoEndpoint): boolean {
    this.setSubscriptions(member, new Map());
    return this.unpublish(member);
  }

  /** Average received bitrate per published stream since the previous call (BITRATES). */
  bitrates(now = Date.now()): ISdkBitrate[] {
    const seconds = Math.max((now - this.#bitratesAt) / 1000, 0.001);
    this.#bitratesAt = now;
    return [...this.#sources.values()].map((source) => {
      const avgBitrateBps = Math.round((source.bytes * 8) / seconds);
      source.bytes = 0;
      return { sourceStreamId: source.streamId, avgBitrateBps };
    });
  }

  get publishing(): number {
    return this.#sources.size;
  }

  /** Stops every timer (the meeting ended). */
  close(): void {
    for (const source of this.#sources.values()) clearTimeout(source.deferredRequest);
    this.#sources.clear();
    this.#byStreamId.clear();
    this.#subscriptions.clear();
  }

  /**
   * Asks the camera for a keyframe now, or once the interval has passed (one deferred request);
   * `now` skips the interval (a receiver just connected: once per receiver, so no storm).
   */
  #requestKeyframe(source: Source, now = false): void {
    if (now && source.deferredRequest) {
      clearTimeout(source.deferredRequest);
      source.deferredRequest = undefined;
    }
    if (source.deferredRequest) return; // one is already on its way
    const wait = now ? 0 : source.lastKeyframeRequest + KEYFRAME_REQUEST_INTERVAL_MS - Date.now();
    const send = () => {
      source.deferredRequest = undefined;
      if (this.#sources.get(source.sender) !== source) return;
      source.lastKeyframeRequest = Date.now();
      source.sender.requestKeyframe();
    };
    if (wait <= 0) send();
    else source.deferredRequest = setTimeout(send, wait);
  }

  #notify(change: 'started' | 'stopped', source: Source): void {
    try {
      source.sender.videoSourceChanged?.(change === 'started');
    } catch {
      // A listener's failure must not stop the video path.
    }
  }
}

/**
 * True for the first packet of a VP8 keyframe (RFC 7741): the start of partition 0 whose
 * payload header has the P bit clear.
 */
export function isVp8KeyframeStart(payload: Uint8Array): boolean {
  const first = payload[0] ?? 0;
  const start = (first & 0x10) !== 0;
  const partition = first & 0x07;
  if (!start || partition !== 0) return false;
  let at = 1;
  if (first & 0x80) {
    const extension = payload[at++] ?? 0;
    if (extension & 0x80) at += (payload[at] ?? 0) & 0x80 ? 2 : 1; // PictureID, 7 or 15 bits
    if (extension & 0x40) at += 1; // TL0PICIDX
    if (extension & 0x30) at += 1; // TID/Y/KEYIDX
  }
  return at < payload.length && ((payload[at] ?? 1) & 0x01) === 0;
}

/** A content-share connection: attendee id `<base>#content` (§11). */
function isContent(endpoint: VideoEndpoint): boolean {
  return isContentAttendee(endpoint.attendeeId);
}
