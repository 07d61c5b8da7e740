import { html, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeviceAccessError } from '../../src/index.ts';
import type { DefaultMeetingSession, SessionEventMap, VideoInputDevice } from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { tokens } from '../styles/tokens.ts';
import { styles } from './chime-video-toggle.styles.ts';

/** Every user-visible string of `<chime-video-toggle>`. */
export interface ChimeVideoToggleStrings {
  /** Label while the camera is off. */
  turnOn: string;
  /** Label while the camera is on. */
  turnOff: string;
}

export const defaultVideoToggleStrings: ChimeVideoToggleStrings = {
  turnOn: 'Turn camera on',
  turnOff: 'Turn camera off',
};

/** The camera asked for when no `device-id` is set: 640×360 suits tiles and keeps the load small. */
export const defaultVideoConstraints: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 360 },
};

const cameraIcon = svg`<path d="M3 7h11a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zm13 4 5-3v8l-5-3z" fill="currentColor"/>`;
const cameraOffIcon = svg`${cameraIcon}<path d="M3 3l18 18" stroke="currentColor" stroke-width="2"/>`;

/**
 * The camera button: turns your camera on (opening it and sending your video) and off again.
 * Disabled until the meeting is joined, and while the meeting cannot take another camera.
 *
 * @summary Turns your camera on and off.
 *
 * @csspart button - The toggle button; carries `aria-pressed`.
 * @csspart icon - The camera icon in the button.
 * @csspart label - The button's text.
 *
 * @cssprop --chime-color-accent - Background of the button while the camera is on.
 * @cssprop --chime-color-surface - Background of the button while the camera is off.
 * @cssprop --chime-radius - Corner radius of the button.
 *
 * @fires chime-request-video - The user pressed the button; `detail.on` says what they asked for. Cancelable: call preventDefault() to leave the camera as it is.
 * @fires chime-device-error - The camera could not be opened (`detail.kind` is `videoinput`, `detail.name` the browser's error name, e.g. `NotAllowedError`, `detail.reason` why: `denied-by-browser`, `denied-by-system`, `in-use`, `not-found` or `other`); the camera stays off.
 */
export class ChimeVideoToggle extends ChimeSessionElement {
  static override styles = [tokens, styles];

  /** The camera to open (a `deviceId` from `enumerateDevices()`); the default camera when unset. */
  @property({ attribute: 'device-id' }) deviceId = '';

  /** User-visible strings; replace some or all for another language. */
  @property({ attribute: false }) strings: Partial<ChimeVideoToggleStrings> = {};

  /** Reflected: your camera is on and sending. */
  @property({ type: Boolean, reflect: true }) pressed = false;

  @state() private busy = false;

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
    'state-change',
    'stop',
    'video-tile-update',
    'video-tile-remove',
    'video-availability-change',
  ];

  override willUpdate(): void {
    const session = this.session;
    this.pressed = session?.state === 'joined' && session.audioVideo.hasStartedLocalVideoTile();
  }

  private get disabled(): boolean {
    const session = this.session;
    if (this.busy || session?.state !== 'joined') return true;
    // A camera that is on can always be turned off.
    return !this.pressed && !session.videoAvailability.canStartLocalVideo;
  }

  private async onClick(): Promise<void> {
    const session = this.session;
    if (!session || this.disabled) return;
    const on = !this.pressed;
    if (!this.emit('chime-request-video', { on }, { cancelable: true })) return;
    this.busy = true;
    try {
      if (on) await this.turnOn(session);
      else await this.turnOff(session);
    } finally {
      this.busy = false;
    }
  }

  private async turnOn(session: DefaultMeetingSession): Promise<void> {
    const device: VideoInputDevice = this.deviceId || defaultVideoConstraints;
    try {
      await session.audioVideo.startVideoInput(device);
      // The meeting may have ended while the camera was opening.
      if (session.state !== 'joined' || session !== this.session) {
        await session.audioVideo.stopVideoInput();
        return;
      }
      session.audioVideo.startLocalVideoTile();
    } catch (error) {
      this.reportError(error);
      await session.audioVideo.stopVideoInput().catch(() => undefined);
    }
  }

  private async turnOff(session: DefaultMeetingSession): Promise<void> {
    try {
      session.audioVideo.stopLocalVideoTile();
      await session.audioVideo.stopVideoInput();
    } catch (error) {
      this.reportError(error);
    }
  }

  private reportError(error: unknown): void {
    // The SDK rejects with a DeviceAccessError (the browser's error name, and why).
    const described = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
    const name = typeof described.name === 'string' ? described.name : 'Error';
    const message = typeof described.message === 'string' ? described.message : String(error);
    const reason = error instanceof DeviceAccessError ? error.reason : 'other';
    this.emit('chime-device-error', { kind: 'videoinput', name, reason, message });
  }

  override render() {
    const text = { ...defaultVideoToggleStrings, ...this.strings };
    return html`
      <button
        part="button"
        type="button"
        aria-pressed=${this.pressed ? 'true' : 'false'}
        ?disabled=${this.disabled}
        @click=${this.onClick}
      >
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${this.pressed ? cameraIcon : cameraOffIcon}
        </svg>
        <span part="label">${this.pressed ? text.turnOff : text.turnOn}</span>
      </button>
    `;
  }
}
