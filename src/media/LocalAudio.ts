import type { AudioInput } from './peer.ts';

/** A microphone input with what it takes to let it go (stop tracks the session opened). */
export interface HeldAudioInput extends AudioInput {
  release(): void;
}

/** The microphone track being sent and the local mute state, which outlives any one track. */
export class LocalAudio {
  private held: HeldAudioInput | undefined;
  private isMuted = false;

  get muted(): boolean {
    return this.isMuted;
  }

  get input(): HeldAudioInput | undefined {
    return this.held;
  }

  /** Switches to another input, releasing the previous one. */
  use(input: HeldAudioInput | undefined): void {
    if (this.held && this.held !== input) this.held.release();
    this.held = input;
    if (input) input.track.enabled = !this.isMuted;
  }

  /** Returns whether the state changed. */
  setMuted(muted: boolean): boolean {
    if (this.isMuted === muted) return false;
    this.isMuted = muted;
    if (this.held) this.held.track.enabled = !muted;
    return true;
  }

  release(): void {
    this.held?.release();
    this.held = undefined;
  }
}
