import type { PropertyDeclarations } from 'lit';
import { css, html, nothing } from 'lit';
import type { SessionEventMap } from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { LocalizeController } from '../shared/localize.ts';
import { tokens } from '../styles/tokens.ts';
import '../leave-button/define.ts';
import '../mute-toggle/define.ts';
import '../settings-button/define.ts';
import '../share-toggle/define.ts';
import '../video-toggle/define.ts';

/** Every user-visible string of `<chime-control-bar>` itself (each button has its own). */
export interface ChimeControlBarStrings {
  /** Accessible name of the toolbar. */
  label: string;
}

export const defaultControlBarStrings: ChimeControlBarStrings = {
  label: 'Meeting controls',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    controlBar: ChimeControlBarStrings;
  }
}

const styles = css`
  :host {
    display: block;
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_gap);
  }
  [part~='leave'] {
    margin-inline-start: var(--_gap);
  }
`;

/** The parts each button element exports through the bar: shared names and `<name>-` prefixed ones. */
const buttonParts = (name: string) =>
  `button, icon, label, reason, button:${name}-button, icon:${name}-icon, label:${name}-label`;

/**
 * The meeting's controls in one toolbar: microphone, camera, screen share, device settings and
 * leave. Each is its own element (`<chime-mute-toggle>`, `<chime-video-toggle>`,
 * `<chime-share-toggle>`, `<chime-settings-button>`, `<chime-leave-button>`), which pages may also
 * lay out themselves; their events bubble out of the bar. With `compact` the buttons show icons
 * only (their labels stay their accessible names).
 *
 * @summary A toolbar with the microphone, camera, share, settings and leave buttons.
 *
 * @slot - Extra controls of the page, after the built-in buttons and before leave.
 *
 * @csspart toolbar - The toolbar (`role="toolbar"`) holding the buttons.
 * @csspart mute - The `<chime-mute-toggle>`.
 * @csspart video - The `<chime-video-toggle>`.
 * @csspart share - The `<chime-share-toggle>`.
 * @csspart settings - The `<chime-settings-button>`.
 * @csspart leave - The `<chime-leave-button>`.
 * @csspart button - Every button (also as `mute-button`, `video-button`, `share-button`, `settings-button`, `leave-button`).
 * @csspart icon - Every button's icon (also as `mute-icon`, `video-icon`, …).
 * @csspart label - Every button's text (also as `mute-label`, `video-label`, …).
 * @csspart reason - The visually hidden text saying why a button is disabled.
 * @csspart dialog - The device settings dialog.
 * @csspart dialog-title - Its heading.
 * @csspart device-picker - The `<chime-device-picker>` in it.
 * @csspart close-button - The button that closes it.
 *
 * @cssprop --chime-space - Gap between the buttons.
 * @cssprop --chime-color-accent - Background of the buttons that are on.
 * @cssprop --chime-color-danger - Background of the leave button.
 * @cssprop --chime-radius - Corner radius of the buttons.
 *
 * @fires chime-request-unmute - From the microphone button: the user asked to unmute. Cancelable.
 * @fires chime-request-video - From the camera button; `detail.on`. Cancelable.
 * @fires chime-request-share - From the share button; `detail.on`. Cancelable.
 * @fires chime-request-leave - From the leave button. Cancelable.
 * @fires chime-device-error - The camera could not be opened.
 * @fires chime-content-share-error - The screen could not be captured or shared.
 */
export class ChimeControlBar extends ChimeSessionElement {
  static override styles = [tokens, styles];

  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    compact: { type: Boolean, reflect: true },
    noMute: { type: Boolean, attribute: 'no-mute' },
    noVideo: { type: Boolean, attribute: 'no-video' },
    noShare: { type: Boolean, attribute: 'no-share' },
    noSettings: { type: Boolean, attribute: 'no-settings' },
    noLeave: { type: Boolean, attribute: 'no-leave' },
  };

  // The buttons follow the session themselves; the bar only hands it on.
  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [];

  /** User-visible strings of the bar; each button has its own `strings`. */
  strings: Partial<ChimeControlBarStrings> = {};

  /** Icons only; the labels stay the buttons' accessible names. */
  compact = false;

  /** Leaves out the microphone button. */
  noMute = false;

  /** Leaves out the camera button. */
  noVideo = false;

  /** Leaves out the screen share button. */
  noShare = false;

  /** Leaves out the device settings button. */
  noSettings = false;

  /** Leaves out the leave button. */
  noLeave = false;

  private readonly localize = new LocalizeController(
    this,
    'controlBar',
    defaultControlBarStrings,
    () => this.strings,
  );

  override render() {
    const session = this.session;
    const compact = this.compact;
    return html`<div part="toolbar" role="toolbar" aria-label=${this.localize.strings.label}>
      ${this.noMute
        ? nothing
        : html`<chime-mute-toggle
            part="mute"
            exportparts=${buttonParts('mute')}
            .session=${session}
            ?compact=${compact}
          ></chime-mute-toggle>`}
      ${this.noVideo
        ? nothing
        : html`<chime-video-toggle
            part="video"
            exportparts=${buttonParts('video')}
            .session=${session}
            ?compact=${compact}
          ></chime-video-toggle>`}
      ${this.noShare
        ? nothing
        : html`<chime-share-toggle
            part="share"
            exportparts=${buttonParts('share')}
            .session=${session}
            ?compact=${compact}
          ></chime-share-toggle>`}
      ${this.noSettings
        ? nothing
        : html`<chime-settings-button
            part="settings"
            exportparts="${buttonParts('settings')}, dialog, dialog-title, device-picker, close-button"
            ?compact=${compact}
          ></chime-settings-button>`}
      <slot></slot>
      ${this.noLeave
        ? nothing
        : html`<chime-leave-button
            part="leave"
            exportparts=${buttonParts('leave')}
            .session=${session}
            ?compact=${compact}
          ></chime-leave-button>`}
    </div>`;
  }
}
