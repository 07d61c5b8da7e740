import type { ISdkAudioMetadataFrame } from '../protocol/frame.ts';
import { Attendee } from './Attendee.ts';
import type { VolumeIndicatorState } from './Attendee.ts';
import { AudioStreamPresence } from './AudioStreamPresence.ts';
import type { AudioStreamIdInfoMessage, PositionInFrame } from './AudioStreamPresence.ts';

/** AUDIO_METADATA volume: attenuation in dB, mapped from this range onto 0–1 (wire protocol §8.2). */
const MIN_VOLUME_DECIBELS = -42;
const MAX_VOLUME_DECIBELS = -14;
const MAX_SIGNAL_STRENGTH_LEVELS = 2;
/** A frame that reports volumes reports everyone it leaves out as silent … */
const IMPLICIT_VOLUME = 0;
/** … and, when it reports signal strengths, everyone it leaves out as fine. */
const IMPLICIT_SIGNAL_STRENGTH = 1;
/**
 * After this session reconnects, attendees missing from the service's first roster are kept this
 * long before they count as gone: after a service restart the others come back one by one.
 */
export const ROSTER_RECONNECT_GRACE_MS = 10_000;

/** Where the registry reports to: the session's events and the Chime realtime callbacks. */
export interface AttendeesHooks {
  /** Every presence entry, changed or not (the Chime presence callback is called for each). */
  presence(attendee: Attendee, present: boolean, dropped: boolean, posInFrame: PositionInFrame | null): void;
  /** What changed in an attendee's volume indicator. */
  volumeIndicator(attendee: Attendee, changed: Partial<VolumeIndicatorState>): void;
  /** An attendee became present. */
  joined(attendee: Attendee): void;
  /** A present attendee left. */
  left(attendee: Attendee, dropped: boolean): void;
  /** A present attendee muted or unmuted. */
  updated(attendee: Attendee): void;
}

export interface AttendeesOptions {
  localAttendeeId: string;
  localExternalUserId: string;
  /** This client's mute state while it sends audio (it overrides the service's), else null. */
  localMuted(): boolean | null;
  graceMs?: number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export function normalizedVolume(attenuationDb: number): number {
  const normalized = 1 - (-attenuationDb - MAX_VOLUME_DECIBELS) / (MIN_VOLUME_DECIBELS - MAX_VOLUME_DECIBELS);
  return Math.min(Math.max(normalized, 0), 1);
}

export function normalizedSignalStrength(level: number): number {
  return Math.min(Math.max(level / MAX_SIGNAL_STRENGTH_LEVELS, 0), 1);
}

/**
 * The attendees of a session: who is present (AUDIO_STREAM_ID_INFO), muted, how loud and how
 * well connected (AUDIO_METADATA). The one owner of these facts; the session's events, the Chime
 * realtime callbacks and the elements all read them from here.
 */
export class Attendees {
  readonly #all = new Map<string, Attendee>();
  readonly #present = new Map<string, Attendee>();
  readonly #streams = new AudioStreamPresence();
  #confirmAfterReconnect = false;
  readonly #unconfirmed = new Set<string>();
  #graceTimer: unknown;

  constructor(
    private readonly hooks: AttendeesHooks,
    private readonly options: AttendeesOptions,
  ) {}

  /** Present attendees by id, this session's own and content shares included. */
  get present(): ReadonlyMap<string, Attendee> {
    return this.#present;
  }

  /** This session's own attendee. */
  get local(): Attendee {
    return this.attendee(this.options.localAttendeeId, this.options.localExternalUserId);
  }

  /** The object of an attendee id, created (not present) if the session has not seen it yet. */
  attendee(attendeeId: string, externalUserId?: string): Attendee {
    let attendee = this.#all.get(attendeeId);
    if (!attendee) {
      const local = attendeeId === this.options.localAttendeeId;
      attendee = new Attendee(attendeeId, externalUserId || attendeeId, local);
      this.#all.set(attendeeId, attendee);
    }
    return attendee;
  }

  /** AUDIO_STREAM_ID_INFO: joins, leaves and mute changes (wire protocol §8.1). */
  applyStreamIdInfo(info: AudioStreamIdInfoMessage): void {
    for (const update of this.#streams.apply(info)) {
      const attendee = this.attendee(update.attendeeId, update.externalUserId);
      if (update.kind === 'mute') {
        this.#updateVolumeIndicator(attendee, null, update.muted, null);
        continue;
      }
      if (update.present) this.#unconfirmed.delete(attendee.attendeeId);
      this.#setPresence(attendee, update.present, update.dropped, update.externalUserId);
      this.hooks.presence(attendee, update.present, update.dropped, update.posInFrame);
    }
    if (this.#confirmAfterReconnect) {
      this.#confirmAfterReconnect = false;
      this.#holdMissing(info);
    }
  }

  /** AUDIO_METADATA: volume and signal strength of the audio streams (wire protocol §8.2). */
  applyMetadata(metadata: ISdkAudioMetadataFrame): void {
    let volumes: Map<string, number> | undefined;
    let signals: Map<string, number> | undefined;
    for (const state of metadata.attendeeStates ?? []) {
      const attendeeId = state.audioStreamId ? this.#streams.attendeeOf(state.audioStreamId) : undefined;
      // Field presence matters: an absent field is not an own property of a decoded message.
      if (Object.hasOwn(state, 'volume')) {
        volumes ??= new Map();
        if (attendeeId) volumes.set(attendeeId, normalizedVolume(state.volume ?? 0));
      }
      if (Object.hasOwn(state, 'signalStrength')) {
        signals ??= new Map();
        if (attendeeId) signals.set(attendeeId, normalizedSignalStrength(state.signalStrength ?? 0));
      }
    }
    if (!volumes && !signals) return;
    for (const attendeeId of this.#streams.mappedAttendees()) {
      const volume = volumes ? (volumes.get(attendeeId) ?? IMPLICIT_VOLUME) : null;
      const signal = signals ? (signals.get(attendeeId) ?? IMPLICIT_SIGNAL_STRENGTH) : null;
      this.#updateVolumeIndicator(this.attendee(attendeeId), volume, null, signal);
    }
  }

  /** This client muted or unmuted itself: its own attendee follows at once. */
  localMuteChanged(): void {
    this.#updateVolumeIndicator(this.local, null, null, null);
  }

  /** This session reconnected: the service's next roster is complete, and stream ids start over. */
  reconnected(): void {
    this.#streams.clear();
    this.#confirmAfterReconnect = true;
  }

  /** The session stopped: nobody is present and nothing is known. */
  reset(): void {
    this.#stopGraceTimer();
    this.#unconfirmed.clear();
    this.#confirmAfterReconnect = false;
    this.#streams.clear();
    this.#present.clear();
    for (const attendee of this.#all.values()) attendee.reset();
  }

  #setPresence(attendee: Attendee, present: boolean, dropped: boolean, externalUserId?: string): void {
    if (!attendee.setPresent(present, dropped, externalUserId)) return;
    if (present) {
      this.#present.set(attendee.attendeeId, attendee);
      this.hooks.joined(attendee);
    } else {
      this.#present.delete(attendee.attendeeId);
      this.hooks.left(attendee, dropped);
    }
  }

  #updateVolumeIndicator(
    attendee: Attendee,
    volume: number | null,
    muted: boolean | null,
    signalStrength: number | null,
  ): void {
    const localMuted = attendee.local ? this.options.localMuted() : null;
    const wasMuted = attendee.muted;
    const changed = attendee.updateVolumeIndicator(volume, localMuted ?? muted, signalStrength);
    if (Object.keys(changed).length === 0) return;
    this.hooks.volumeIndicator(attendee, changed);
    if (attendee.muted !== wasMuted && attendee.present) this.hooks.updated(attendee);
  }

  /** Attendees present before the reconnect but not in the service's first roster after it. */
  #holdMissing(info: AudioStreamIdInfoMessage): void {
    const listed = new Set((info.streams ?? []).map((stream) => stream.attendeeId).filter(Boolean));
    for (const attendeeId of this.#present.keys()) {
      if (!listed.has(attendeeId) && attendeeId !== this.options.localAttendeeId) {
        this.#unconfirmed.add(attendeeId);
      }
    }
    if (this.#unconfirmed.size === 0) return;
    this.#stopGraceTimer();
    const setTimer = this.options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
    this.#graceTimer = setTimer(
      () => this.#dropUnconfirmed(),
      this.options.graceMs ?? ROSTER_RECONNECT_GRACE_MS,
    );
  }

  #dropUnconfirmed(): void {
    this.#graceTimer = undefined;
    for (const attendeeId of [...this.#unconfirmed]) {
      const attendee = this.attendee(attendeeId);
      // Whether it left or dropped while this session was away is not known: report a leave.
      this.#setPresence(attendee, false, false);
      this.hooks.presence(attendee, false, false, null);
    }
    this.#unconfirmed.clear();
  }

  #stopGraceTimer(): void {
    if (this.#graceTimer === undefined) return;
    const clear =
      this.options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    clear(this.#graceTimer);
    this.#graceTimer = undefined;
  }
}
