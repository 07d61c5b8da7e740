/**
 * The meeting's audio (wire protocol §5, §8.2): the official client receives exactly one
 * downstream audio stream, so the service mixes. Every sender's Opus is decoded into a small
 * per-sender jitter queue; every 20 ms one timer for the whole meeting takes one frame from
 * each unmuted sender, sums them, and for each listener subtracts that listener's own
 * contribution (mix-minus), clips, encodes and sends the result on the listener's audio
 * section. Every 200 ms it reports each attendee's decoded level and receive quality as
 * AUDIO_METADATA entries.
 *
 * A replica meeting's mixer is listen-only and follows its primary meeting's mixer (wire
 * protocol §12): its members' own audio is neither decoded, mixed nor reported; it runs on the
 * primary's clock, right after the primary's frame, and gives each of its listeners the
 * primary's talkers. A member of the primary that stands in for one of its listeners (a
 * promoted replica session) is left out of that listener's mix, so nobody hears themselves
 * through the primary. Levels are the primary's to report (its AUDIO_METADATA reaches the
 * replica's members too).
 */
import type { RtpPacket } from 'werift';
import { FRAME_MS, FRAME_SAMPLES, OpusDecoder, OpusEncoder } from './opus.ts';

/** What the mixer needs from a member of the meeting. */
export interface AudioMember {
  readonly audioStreamId: number;
  /** Muted members are left out of every mix and of the volume report. */
  readonly muted: boolean;
  /** Whether this member's downstream audio can be sent now (no encoding otherwise). */
  readonly audioReady: boolean;
  /** Sends one encoded 20 ms Opus frame on this member's downstream audio stream. */
  sendAudioFrame(opus: Uint8Array): void;
  /**
   * Set on a member of a primary meeting that stands in for a member of a replica meeting (a
   * promoted session): the replica member never hears it.
   */
  readonly standsInFor?: AudioMember;
}

/** One `SdkAudioAttendeeState`; which fields are present is what it means (§8.2). */
export interface AudioLevelEntry {
  audioStreamId: number;
  /** Positive attenuation in dB: 0 would mean full scale, so it is never below 1. */
  volume?: number;
  /** 0 (no signal), 1 (weak) or 2 (good). */
  signalStrength?: number;
}

export interface AudioMixerOptions {
  /** Called about every 200 ms with the entries to send; never with an empty list. */
  readonly onMetadata?: (entries: AudioLevelEntry[]) => void;
  /** Called when a packet could not be decoded (for a log line). */
  readonly onDecodeError?: (member: AudioMember, error: unknown) => void;
  /** A replica meeting's mixer: its members only listen, and what they send is dropped. */
  readonly listenOnly?: boolean;
}

/** Frames between two AUDIO_METADATA reports (10 × 20 ms = 200 ms). */
const METADATA_EVERY_FRAMES = 10;
/** A decoded level below this is silence and gets no volume entry. */
export const AUDIBLE_DBFS = -50;
/** Attenuation reported once for an attendee that just fell silent (see {@link levelEntries}). */
const SILENT_ATTENUATION_DB = 96;
/** Packets a sender must have queued before its audio is mixed (40 ms of jitter buffer). */
const PRIME_PACKETS = 2;
/** Above this many queued packets (160 ms) the oldest are dropped to keep latency bounded. */
const MAX_QUEUED_PACKETS = 8;
/** The queue is cut back to this many packets when it overflows. */
const TRIMMED_PACKETS = 3;
/** After falling this many frames behind (event loop stall), the clock skips ahead instead. */
const MAX_CATCH_UP_FRAMES = 3;
/** No packet for this long while unmuted: no signal. */
const NO_SIGNAL_MS = 1000;
/** Interarrival jitter above this lowers the signal strength by one step. */
const HIGH_JITTER_MS = 60;

/**
 * Sums frames and gives each listener the sum without its own frame, clipped to 16 bits.
 * `alsoOwn` names further frames that are the listener's own voice (its stand-in elsewhere).
 */
export function mixMinus<K>(
  frames: ReadonlyMap<K, Int16Array>,
  listeners: Iterable<K>,
  length = FRAME_SAMPLES,
  alsoOwn: (listener: K) => readonly K[] = () => [],
): Map<K, Int16Array> {
  const sum = new Int32Array(length);
  for (const frame of frames.values()) {
    for (let i = 0; i < length; i++) sum[i]! += frame[i] ?? 0;
  }
  const mixes = new Map<K, Int16Array>();
  for (const listener of listeners) {
    const own = [listener, ...alsoOwn(listener)].flatMap((key) => frames.get(key) ?? []);
    const out = new Int16Array(length);
    for (let i = 0; i < length; i++) {
      let value = sum[i]!;
      for (const frame of own) value -= frame[i] ?? 0;
      out[i] = value > 32767 ? 32767 : value < -32768 ? -32768 : value;
    }
    mixes.set(listener, out);
  }
  return mixes;
}

/** RMS level of a frame in dBFS (full-scale square wave = 0); -Infinity for digital silence. */
export function levelDbfs(samples: Int16Array): number {
  if (samples.length === 0) return -Infinity;
  let energy = 0;
  for (const sample of samples) energy += sample * sample;
  return 10 * Math.log10(energy / samples.length / (32768 * 32768));
}

/** Signal strength from the loss fraction, jitter and time since the last packet. */
export function signalStrength(loss: number, jitterMs: number, sinceLastPacketMs: number): number {
  if (sinceLastPacketMs > NO_SIGNAL_MS) return 0;
  let strength = loss < 0.02 ? 2 : loss < 0.1 ? 1 : 0;
  if (jitterMs > HIGH_JITTER_MS) strength = Math.max(strength - 1, 0);
  return strength;
}

/** What one report says about one attendee. */
export interface AttendeeAudioState {
  readonly audioStreamId: number;
  readonly muted: boolean;
  /** Loudest decoded 20 ms frame since the previous report, in dBFS. */
  readonly levelDbfs: number;
  /** Undefined until packets have arrived from this attendee. */
  readonly signalStrength: number | undefined;
}

/**
 * The AUDIO_METADATA entries for one report (§8.2): a volume for each audible, unmuted
 * attendee (silent ones are omitted, since any volume in a frame makes the client treat the
 * absent attendees as silent), and a signal strength for those with a volume or with a
 * signal worse than good (absent means good to the client).
 *
 * The client keeps the last volume when a frame carries none, so when everyone has just
 * fallen silent, the ones that were audible in the previous report are reported once with
 * their (silent) attenuation, which the client maps to volume 0.
 */
export function levelEntries(
  states: readonly AttendeeAudioState[],
  previouslyAudible: ReadonlySet<number>,
): { entries: AudioLevelEntry[]; audible: Set<number> } {
  const entries: AudioLevelEntry[] = [];
  const audible = new Set<number>();
  for (const state of states) {
    const entry: AudioLevelEntry = { audioStreamId: state.audioStreamId };
    if (!state.muted && state.levelDbfs >= AUDIBLE_DBFS) {
      entry.volume = Math.max(1, Math.round(-state.levelDbfs));
      audible.add(state.audioStreamId);
    }
    if (state.signalStrength !== undefined && (entry.volume !== undefined || state.signalStrength < 2)) {
      entry.signalStrength = state.signalStrength;
    }
    if (entry.volume !== undefined || entry.signalStrength !== undefined) entries.push(entry);
  }
  if (audible.size === 0) {
    for (const state of states) {
      if (!previouslyAudible.has(state.audioStreamId) || state.muted) continue;
      const volume = Math.min(SILENT_ATTENUATION_DB, Math.max(1, Math.round(-state.levelDbfs)));
      const existing = entries.find((entry) => entry.audioStreamId === state.audioStreamId);
      if (existing) existing.volume = volume;
      else entries.push({ audioStreamId: state.audioStreamId, volume });
    }
  }
  return { entries, audible };
}

interface QueuedPacket {
  readonly seq: number;
  readonly payload: Uint8Array;
}

/**
 * One sender's received packets in sequence order, decoded one frame at a time when the mixer
 * asks. Late and duplicate packets are dropped; a queue that grows too long is trimmed.
 */
export class JitterQueue {
  readonly #decoder = new OpusDecoder();
  readonly #packets: QueuedPacket[] = [];
  /** Extended (unwrapped) sequence number of the highest packet seen. */
  #highest: number | undefined;
  /** Extended sequence number of the next packet to decode. */
  #next: number | undefined;
  #playing = false;
  /** Decoded samples not mixed yet (a packet longer than 20 ms leaves some). */
  #pending = new Int16Array(0);

  // Receive statistics for the signal strength.
  #received = 0;
  #windowStart: number | undefined;
  #lastArrival = 0;
  #lastTransit: number | undefined;
  #jitterTicks = 0;
  #lossEstimate = 0;

  /** Adds a received packet; `arrivalMs` is the local receive time. */
  push(sequenceNumber: number, timestamp: number, payload: Uint8Array, arrivalMs: number): void {
    const seq = this.#extend(sequenceNumber);
    this.#received++;
    this.#trackArrival(timestamp, arrivalMs);
    if (this.#next !== undefined && seq < this.#next) return; // too late, already skipped
    let at = this.#packets.length;
    while (at > 0 && this.#packets[at - 1]!.seq > seq) at--;
    if (at > 0 && this.#packets[at - 1]!.seq === seq) return; // duplicate
    this.#packets.splice(at, 0, { seq, payload });
    if (this.#packets.length > MAX_QUEUED_PACKETS) {
      this.#packets.splice(0, this.#packets.length - TRIMMED_PACKETS);
      this.#next = this.#packets[0]!.seq;
    }
  }

  /** The next 20 ms of this sender, or undefined while it is priming or has nothing. */
  take(onError?: (error: unknown) => void): Int16Array | undefined {
    if (!this.#playing) {
      if (this.#packets.length < PRIME_PACKETS) return undefined;
      this.#playing = true;
    }
    while (this.#pending.length < FRAME_SAMPLES) {
      const packet = this.#packets.shift();
      if (!packet) break;
      this.#next = packet.seq + 1;
      try {
        const decoded = this.#decoder.decode(packet.payload);
        const joined = new Int16Array(this.#pending.length + decoded.length);
        joined.set(this.#pending);
        joined.set(decoded, this.#pending.length);
        this.#pending = joined;
      } catch (error) {
        onError?.(error);
      }
    }
    if (this.#pending.length === 0) {
      this.#playing = false; // underrun: wait for the queue to fill again
      return undefined;
    }
    const frame = new Int16Array(FRAME_SAMPLES);
    frame.set(this.#pending.subarray(0, FRAME_SAMPLES));
    this.#pending = this.#pending.slice(Math.min(FRAME_SAMPLES, this.#pending.length));
    if (this.#packets.length === 0 && this.#pending.length === 0) this.#playing = false;
    return frame;
  }

  /** Signal strength over the time since the previous call; undefined before any packet. */
  signalStrength(nowMs: number): number | undefined {
    if (this.#highest === undefined) return undefined;
    const start = this.#windowStart;
    const expected = start === undefined ? 0 : this.#highest - start;
    if (expected > 0) {
      const loss = Math.max(0, 1 - this.#received / expected);
      this.#lossEstimate = this.#lossEstimate * 0.5 + loss * 0.5;
    }
    this.#windowStart = this.#highest;
    this.#received = 0;
    const jitterMs = this.#jitterTicks / (FRAME_SAMPLES / FRAME_MS);
    return signalStrength(this.#lossEstimate, jitterMs, nowMs - this.#lastArrival);
  }

  #extend(sequenceNumber: number): number {
    if (this.#highest === undefined) {
      this.#highest = sequenceNumber;
      this.#windowStart = sequenceNumber - 1;
      return sequenceNumber;
    }
    let delta = (sequenceNumber - (this.#highest & 0xffff)) & 0xffff;
    if (delta >= 0x8000) delta -= 0x10000;
    const seq = this.#highest + delta;
    if (seq > this.#highest) this.#highest = seq;
    return seq;
  }

  /** RFC 3550 interarrival jitter, in RTP ticks (48 per ms). */
  #trackArrival(timestamp: number, arrivalMs: number): void {
    this.#lastArrival = arrivalMs;
    const transit = arrivalMs * (FRAME_SAMPLES / FRAME_MS) - timestamp;
    if (this.#lastTransit !== undefined) {
      let difference = Math.abs(transit - this.#lastTransit);
      if (difference > 2 ** 31) difference = 0; // timestamp wrap
      this.#jitterTicks += (difference - this.#jitterTicks) / 16;
    }
    this.#lastTransit = transit;
  }
}

interface MemberState {
  /** What the member sends; none in a listen-only mixer. */
  readonly queue: JitterQueue | undefined;
  readonly encoder: OpusEncoder;
  /** Loudest frame since the last report. */
  peakDbfs: number;
}

export class AudioMixer {
  readonly #options: AudioMixerOptions;
  readonly #members = new Map<AudioMember, MemberState>();
  #timer: NodeJS.Timeout | undefined;
  /** When the next frame is due (performance.now() time). */
  #due = 0;
  #frames = 0;
  #previouslyAudible = new Set<number>();
  /** The primary meeting's mixer this replica's mixer follows. */
  #upstream: AudioMixer | undefined;
  /** Replica meetings' mixers that follow this one. */
  readonly #followers = new Set<AudioMixer>();
  /** The unmuted frames of this mixer's latest tick, which followers mix. */
  #lastFrames: ReadonlyMap<AudioMember, Int16Array> = new Map();

  constructor(options: AudioMixerOptions = {}) {
    this.#options = options;
  }

  /** Whether the meeting's mixing timer is running (a follower runs on its upstream's). */
  get running(): boolean {
    return this.#timer !== undefined || (this.#upstream?.running === true && this.#members.size > 0);
  }

  add(member: AudioMember): void {
    if (this.#members.has(member)) return;
    this.#members.set(member, {
      queue: this.#options.listenOnly === true ? undefined : new JitterQueue(),
      encoder: new OpusEncoder(),
      peakDbfs: -Infinity,
    });
    this.#syncClock();
  }

  remove(member: AudioMember): void {
    this.#members.delete(member);
    this.#syncClock();
  }

  /**
   * Follows the primary meeting's mixer (or, with undefined, stops following): its talkers
   * are heard in this mixer's mixes, on its clock.
   */
  follow(upstream: AudioMixer | undefined): void {
    if (upstream === this) throw new Error('a mixer cannot follow itself');
    const previous = this.#upstream;
    if (previous === upstream) return;
    if (previous) previous.#followers.delete(this);
    this.#upstream = upstream;
    if (upstream) upstream.#followers.add(this);
    if (previous) previous.#syncClock();
    this.#syncClock();
  }

  /** A packet received from `from`'s microphone (dropped by a listen-only mixer). */
  receive(from: AudioMember, packet: RtpPacket): void {
    const queue = this.#members.get(from)?.queue;
    if (!queue || packet.payload.length === 0) return;
    const { sequenceNumber, timestamp } = packet.header;
    queue.push(sequenceNumber, timestamp, packet.payload, performance.now());
  }

  /**
   * Mixes and sends one 20 ms frame, then the same frame of every follower (the timer calls
   * this; tests may too).
   */
  mixFrame(): void {
    this.#mixOwnFrame();
    for (const follower of this.#followers) follower.#mixOwnFrame();
  }

  #mixOwnFrame(): void {
    const frames = new Map<AudioMember, Int16Array>();
    for (const [member, state] of this.#members) {
      const frame = state.queue?.take((error) => this.#options.onDecodeError?.(member, error));
      // A muted sender's queue is still drained.
      if (!frame || member.muted) continue;
      frames.set(member, frame);
      state.peakDbfs = Math.max(state.peakDbfs, levelDbfs(frame));
    }
    this.#lastFrames = new Map(frames);
    // A listener promoted into the primary is heard there through its stand-in: not by itself.
    const standIns = new Map<AudioMember, AudioMember[]>();
    const upstream = this.#upstream ? this.#upstream.#lastFrames : new Map<AudioMember, Int16Array>();
    for (const [member, frame] of upstream) {
      frames.set(member, frame);
      const listener = member.standsInFor;
      if (listener && this.#members.has(listener)) standIns.set(listener, [member]);
    }
    const listeners = [...this.#members.keys()].filter((member) => member.audioReady);
    const alsoOwn = (listener: AudioMember) => standIns.get(listener) ?? [];
    for (const [listener, mix] of mixMinus(frames, listeners, FRAME_SAMPLES, alsoOwn)) {
      const state = this.#members.get(listener)!;
      listener.sendAudioFrame(state.encoder.encode(mix));
    }
    if (++this.#frames % METADATA_EVERY_FRAMES === 0) this.#report();
  }

  #report(): void {
    const now = performance.now();
    const states: AttendeeAudioState[] = [];
    for (const [member, state] of this.#members) {
      if (!state.queue) continue;
      states.push({
        audioStreamId: member.audioStreamId,
        muted: member.muted,
        levelDbfs: state.peakDbfs,
        signalStrength: state.queue.signalStrength(now),
      });
      state.peakDbfs = -Infinity;
    }
    const { entries, audible } = levelEntries(states, this.#previouslyAudible);
    this.#previouslyAudible = audible;
    if (entries.length > 0) this.#options.onMetadata?.(entries);
  }

  /** Whether this mixer or a follower has anyone to mix for. */
  #busy(): boolean {
    return this.#members.size > 0 || [...this.#followers].some((follower) => follower.#members.size > 0);
  }

  /** Runs the timer while there is work, unless an upstream mixer's timer does it. */
  #syncClock(): void {
    if (this.#upstream) {
      this.#stop();
      this.#upstream.#syncClock();
      return;
    }
    if (this.#busy()) this.#start();
    else this.#stop();
  }

  #start(): void {
    if (this.#timer) return;
    this.#due = performance.now() + FRAME_MS;
    this.#schedule();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** One timer per meeting, kept on a 20 ms grid so frames do not drift. */
  #schedule(): void {
    this.#timer = setTimeout(() => this.#onTimer(), Math.max(0, this.#due - performance.now()));
    // Meetings end through their members leaving; the mixing clock never keeps a process alive.
    this.#timer.unref();
  }

  #onTimer(): void {
    let behind = 0;
    while (performance.now() >= this.#due && this.#busy()) {
      if (++behind > MAX_CATCH_UP_FRAMES) {
        this.#due = performance.now() + FRAME_MS; // a long stall: skip ahead
        break;
      }
      this.#due += FRAME_MS;
      try {
        this.mixFrame();
      } catch {
        // One bad frame must not stop the meeting's audio.
      }
    }
    if (this.#busy()) this.#schedule();
    else this.#timer = undefined;
  }
}
