import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import '../device-picker/define.ts';
import { cameraIcon, micIcon, slashIcon as slash } from '../shared/icons.ts';

/** Strings of the pre-join screen (part of `<chime-meeting>`'s strings). */
export interface PrejoinStrings {
  prejoinTitle: string;
  yourName: string;
  meetingName: string;
  microphoneOn: string;
  microphoneOff: string;
  cameraOn: string;
  cameraOff: string;
  join: string;
}

export const defaultPrejoinStrings: PrejoinStrings = {
  prejoinTitle: 'Ready to join?',
  yourName: 'Your name',
  meetingName: 'Meeting',
  microphoneOn: 'Turn microphone off',
  microphoneOff: 'Turn microphone on',
  cameraOn: 'Turn camera off',
  cameraOff: 'Turn camera on',
  join: 'Join',
};

/** What the pre-join screen needs from the meeting element. */
export interface PrejoinHost extends ReactiveControllerHost {
  /** Whether the name and meeting are set already (by attributes or join information). */
  readonly needsName: boolean;
  readonly needsMeeting: boolean;
  readonly prejoinStrings: PrejoinStrings;
  /** The user pressed Join with these choices. */
  prejoinDone(choices: PrejoinChoices): void;
}

export interface PrejoinChoices {
  name?: string;
  meeting?: string;
  muted: boolean;
  camera: boolean;
}

/**
 * The pre-join screen of `<chime-meeting>`: a camera preview, a microphone level meter and device
 * choice (an embedded `<chime-device-picker>`), the name (and meeting) when not given, and whether
 * to join muted or with the camera off.
 */
export class Prejoin implements ReactiveController {
  muted = false;
  camera = true;

  constructor(private readonly host: PrejoinHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  // Arrow functions: Lit calls event listeners with the host element as `this`.
  private readonly toggleMicrophone = (): void => {
    this.muted = !this.muted;
    this.host.requestUpdate();
  };

  private readonly toggleCamera = (): void => {
    this.camera = !this.camera;
    this.host.requestUpdate();
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : undefined;
    };
    this.host.prejoinDone({
      name: field('name'),
      meeting: field('meeting'),
      muted: this.muted,
      camera: this.camera,
    });
  };

  render(busy: boolean) {
    const text = this.host.prejoinStrings;
    return html`<section part="prejoin" aria-labelledby="prejoin-title">
      <h2 part="prejoin-title" id="prejoin-title">${text.prejoinTitle}</h2>
      <form part="prejoin-form" @submit=${this.onSubmit}>
        <chime-device-picker
          part="device-picker"
          exportparts="preview, level, error"
          ?no-preview=${!this.camera}
        ></chime-device-picker>
        <div part="prejoin-choices">
          <div part="prejoin-toggles">
            <button
              part="prejoin-microphone"
              type="button"
              aria-pressed=${this.muted ? 'false' : 'true'}
              @click=${this.toggleMicrophone}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">${micIcon}${this.muted ? slash : nothing}</svg>
              ${this.muted ? text.microphoneOff : text.microphoneOn}
            </button>
            <button
              part="prejoin-camera"
              type="button"
              aria-pressed=${this.camera ? 'true' : 'false'}
              @click=${this.toggleCamera}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">${cameraIcon}${this.camera ? nothing : slash}</svg>
              ${this.camera ? text.cameraOn : text.cameraOff}
            </button>
          </div>
          ${this.host.needsName
            ? html`<label part="prejoin-field"
                >${text.yourName} <input name="name" required maxlength="64" autocomplete="name"
              /></label>`
            : nothing}
          ${this.host.needsMeeting
            ? html`<label part="prejoin-field"
                >${text.meetingName} <input name="meeting" required maxlength="64" autocomplete="off"
              /></label>`
            : nothing}
          <button part="join-button" class="primary" type="submit" ?disabled=${busy}>${text.join}</button>
        </div>
      </form>
    </section>`;
  }
}
