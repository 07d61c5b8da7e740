import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The active speaker is announced at most this often, and only when it changes. */
export const SPEAKER_ANNOUNCEMENT_INTERVAL_MS = 10_000;

/**
 * The meeting's one polite live region: joins, leaves, mute changes, the active speaker
 * (throttled) and reconnects are read out by screen readers without moving the focus.
 */
export class Announcer implements ReactiveController {
  #message = '';
  #speaker: string | undefined;
  #lastSpeakerAnnouncement = -Infinity;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What the live region says now. */
  get message(): string {
    return this.#message;
  }

  announce(message: string): void {
    // A repeated message must still change the region's text to be read again.
    this.#message = message === this.#message.trim() ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }

  /** Announces the active speaker if it changed and none was announced recently. */
  announceSpeaker(name: string, message: string): void {
    const now = performance.now();
    if (name === this.#speaker || now - this.#lastSpeakerAnnouncement < SPEAKER_ANNOUNCEMENT_INTERVAL_MS)
      return;
    this.#speaker = name;
    this.#lastSpeakerAnnouncement = now;
    this.announce(message);
  }

  /** Forgets the last speaker (a new meeting starts afresh). */
  reset(): void {
    this.#speaker = undefined;
    this.#lastSpeakerAnnouncement = -Infinity;
  }

  hostConnected(): void {}

  render() {
    return html`<div part="announcer" class="visually-hidden" role="status" aria-live="polite">
      ${this.#message}
    </div>`;
  }
}
