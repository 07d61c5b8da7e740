import type { PropertyDeclarations } from 'lit';
import type { DefaultMeetingSession, SessionEventMap, VideoInputDevice } from '../../src/index.ts';
import { ChimeBarButtonElement, renderBarButton } from '../shared/bar-button.ts';
import { deviceErrorDetail } from '../shared/device-error.ts';
import { cameraIcon, slashIcon } from '../shared/icons.ts';

/** Every user-visible string of `<chime-video-toggle>`. */
export interface ChimeVideoToggleStrings {
  /** Label while the camera is off. */
  turnOn: string;
  /** Label while the camera is on. */
  turnOff: string;
  /** Why the button is disabled while the camera is off and the meeting carries as many cameras as it can. */
  atCapacity: string;
}

export const defaultVideoToggleStrings: ChimeVideoToggleStrings = {
  turnOn: 'Turn camera on',
  turnOff: 'Turn camera off',
  atCapacity: 'The meeting cannot show another camera right now',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    videoToggle: ChimeVideoToggleStrings;
  }
}

/** The camera asked for when no `device-id` is set: 640×360 suits tiles and keeps the load small. */
export const defaultVideoConstraints: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 360 },
};

/**
 * The camera button: turns your camera on (opening it and sending your video) and off again.
 * Disabled until the meeting is joined; while the meeting cannot take another camera it is
 * disabled with the reason as its description.
 *
 * @summary Turns your camera on and off.
 *
 * @csspart button - The toggle button; `aria-pressed` is true while the camera is on.
 * @csspart icon - The camera icon in the button (struck through while off).
 * @csspart label - The button's text (visually hidden when `compact`).
 * @csspart reason - The visually hidden text saying why the button is disabled.
 *
 * @cssprop --chime-color-accent - Background of the button while the camera is on.
 * @cssprop --chime-color-surface - Background of the button while the camera is off.
 * @cssprop --chime-radius - Corner radius of the button.
 *
 * @fires chime-request-video - The user pressed the button; `detail.on` says what they asked for. Cancelable: call preventDefault() to leave the camera as it is.
 * @fires chime-device-error - The camera could not be opened (`detail.kind` is `videoinput`, `detail.name` the browser's error name, e.g. `NotAllowedError`, `detail.reason` why: `denied-by-browser`, `denied-by-system`, `in-use`, `not-found` or `other`); the camera stays off.
 */
export class ChimeVideoToggle extends ChimeBarButtonElement<'videoToggle'> {
  static override properties: PropertyDeclarations = {
    deviceId: { attribute: 'device-id' },
    pressed: { type: Boolean, reflect: true },
    busy: { state: true, attribute: false },
    strings: { attribute: false },
  };
  /** The camera to open (a `deviceId` from `enumerateDevices()`); the default camera when unset. */
  deviceId = '';

  /** Reflected: your camera is on and sending. */
  pressed = false;

  private busy = false;

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeVideoToggleStrings> = {};

  constructor() {
    super('videoToggle', defaultVideoToggleStrings);
  }

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
    return this.busy || this.session?.state !== 'joined';
  }

  /** The meeting carries as many cameras as it can; a camera that is on can always be turned off. */
  private get atCapacity(): boolean {
    return !this.pressed && !this.disabled && !this.session!.videoAvailability.canStartLocalVideo;
  }

  private async onClick(): Promise<void> {
    const session = this.session;
    if (!session || this.disabled || this.atCapacity) return;
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
    this.emit('chime-device-error', deviceErrorDetail('videoinput', error));
  }

  override render() {
    const text = this.localize.strings;
    return renderBarButton({
      label: this.pressed ? text.turnOff : text.turnOn,
      icon: this.pressed ? cameraIcon : [cameraIcon, slashIcon],
      pressed: this.pressed,
      disabled: this.disabled,
      blockedReason: this.atCapacity ? text.atCapacity : undefined,
      onClick: this.onClick,
    });
  }
}
