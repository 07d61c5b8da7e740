import { isContentAttendee } from '../protocol/constants.ts';
import { TypedEventTarget } from '../TypedEventTarget.ts';
import type { VideoTileState } from '../video/types.ts';

/** Events of one {@link Attendee}; each fires only when its value changed. */
export interface AttendeeEventMap {
  /** The attendee joined (`present`) or left; `dropped` when its connection was lost. */
  'presence-change': CustomEvent<{ present: boolean; dropped: boolean }>;
  'mute-change': CustomEvent<{ muted: boolean }>;
  /** Normalized volume 0–1 (5 times a second at most while the attendee is audible). */
  'volume-change': CustomEvent<{ volume: number }>;
  /** Signal strength 0 (none), 0.5 (weak) or 1 (good), as the service measures it. */
  'signal-change': CustomEvent<{ signalStrength: number }>;
  /** The attendee became, or stopped being, one of the active speakers. */
  'speaking-change': CustomEvent<{ speaking: boolean }>;
  /** The attendee's video tile appeared, changed (bound, paused, …) or went away. */
  'video-change': CustomEvent<{ tile: VideoTileState | null }>;
}

/** The Chime SDK's volume indicator values; `null` when not known yet. */
export interface VolumeIndicatorState {
  volume: number | null;
  muted: boolean | null;
  signalStrength: number | null;
}

/**
 * One attendee of the meeting (this session's own, another person, or a content share
 * `<id>#content`), with what the service reports about it. Listen to its events to follow one
 * attendee without looking at the others. The session keeps one object per attendee id for its
 * whole life, so a reference stays valid across leaves, joins and reconnects.
 */
export class Attendee extends TypedEventTarget<AttendeeEventMap> {
  #externalUserId: string;
  #present = false;
  #state: VolumeIndicatorState = { volume: null, muted: null, signalStrength: null };
  #speaking = false;
  #videoTile: VideoTileState | null = null;

  constructor(
    readonly attendeeId: string,
    externalUserId: string,
    /** This session's own attendee (not its content share). */
    readonly local: boolean,
  ) {
    super();
    this.#externalUserId = externalUserId;
  }

  get externalUserId(): string {
    return this.#externalUserId;
  }

  /** A content share (`<attendeeId>#content`). */
  get isContent(): boolean {
    return isContentAttendee(this.attendeeId);
  }

  get present(): boolean {
    return this.#present;
  }

  get muted(): boolean {
    return this.#state.muted ?? false;
  }

  /** Normalized 0–1; 0 while muted, silent, or not reported. */
  get volume(): number {
    return this.#state.volume ?? 0;
  }

  /** 0, 0.5 or 1; 1 until the service reports otherwise. */
  get signalStrength(): number {
    return this.#state.signalStrength ?? 1;
  }

  /** One of the active speakers (Chime's default active-speaker policy). */
  get speaking(): boolean {
    return this.#speaking;
  }

  /** The attendee's video tile (camera or content), if it has one. */
  get videoTile(): VideoTileState | null {
    return this.#videoTile;
  }

  /** The values as the Chime volume indicator knows them (null = not reported yet). */
  volumeIndicatorState(): VolumeIndicatorState {
    return { ...this.#state };
  }

  toJSON(): Record<string, unknown> {
    return {
      attendeeId: this.attendeeId,
      externalUserId: this.#externalUserId,
      local: this.local,
      present: this.#present,
      muted: this.muted,
      volume: this.volume,
      signalStrength: this.signalStrength,
      speaking: this.#speaking,
    };
  }

  /** @internal Returns whether presence changed. */
  setPresent(present: boolean, dropped: boolean, externalUserId?: string): boolean {
    if (externalUserId) this.#externalUserId = externalUserId;
    if (this.#present === present) return false;
    this.#present = present;
    this.emit('presence-change', { present, dropped });
    return true;
  }

  /**
   * @internal Applies a volume indicator update as the Chime SDK does (null = unchanged): muting
   * forces the volume to 0 and volume updates are ignored while muted. Returns what changed.
   */
  updateVolumeIndicator(
    volume: number | null,
    muted: boolean | null,
    signalStrength: number | null,
  ): Partial<VolumeIndicatorState> {
    const state = this.#state;
    const wasMuted = this.muted;
    const changed: Partial<VolumeIndicatorState> = {};
    if (muted !== null && state.muted !== muted) {
      state.muted = changed.muted = muted;
      if (muted && state.volume !== 0) state.volume = changed.volume = 0;
    }
    if (!state.muted && volume !== null) {
      if (state.volume !== volume) state.volume = changed.volume = volume;
      if (state.muted === null) state.muted = changed.muted = false;
    }
    if (signalStrength !== null && state.signalStrength !== signalStrength) {
      state.signalStrength = changed.signalStrength = signalStrength;
    }
    if (changed.muted !== undefined && (changed.muted || wasMuted))
      this.emit('mute-change', { muted: changed.muted! });
    if (changed.volume !== undefined) this.emit('volume-change', { volume: changed.volume! });
    if (changed.signalStrength !== undefined) {
      this.emit('signal-change', { signalStrength: changed.signalStrength! });
    }
    return changed;
  }

  /** @internal */
  setSpeaking(speaking: boolean): void {
    if (this.#speaking === speaking) return;
    this.#speaking = speaking;
    this.emit('speaking-change', { speaking });
  }

  /** @internal */
  setVideoTile(tile: VideoTileState | null): void {
    if (this.#videoTile === tile) return;
    this.#videoTile = tile;
    this.emit('video-change', { tile });
  }

  /** @internal The session stopped: nothing is known any more. */
  reset(): void {
    this.setPresent(false, false);
    this.updateVolumeIndicator(0, null, null);
    this.#state = { volume: null, muted: null, signalStrength: null };
    this.setSpeaking(false);
    this.setVideoTile(null);
  }
}
