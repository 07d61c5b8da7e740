import type { PropertyDeclarations } from 'lit';
import type { SessionEventMap } from '../../src/index.ts';
import { ChimeBarButtonElement, renderBarButton } from '../shared/bar-button.ts';
import { micIcon, slashIcon } from '../shared/icons.ts';
import { inMeeting } from '../shared/session-state.ts';

/** Every user-visible string of `<chime-mute-toggle>`. */
export interface ChimeMuteToggleStrings {
  /** Label while the microphone is on. */
  mute: string;
  /** Label while it is muted. */
  unmute: string;
  /** Why the button is disabled while muted and the meeting does not let you unmute. */
  cannotUnmute: string;
}

export const defaultMuteToggleStrings: ChimeMuteToggleStrings = {
  mute: 'Mute microphone',
  unmute: 'Unmute microphone',
  cannotUnmute: 'The meeting does not let you unmute right now',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    muteToggle: ChimeMuteToggleStrings;
  }
}

/**
 * The microphone button: mutes and unmutes you. Its label says what pressing it does. While you are
 * muted and the meeting does not let you unmute (`realtimeSetCanUnmuteLocalAudio(false)`), it is
 * disabled with the reason as its description.
 *
 * @summary Mutes and unmutes your microphone.
 *
 * @csspart button - The toggle button; `aria-pressed` is true while the microphone is on.
 * @csspart icon - The microphone icon (struck through while muted).
 * @csspart label - The button's text (visually hidden when `compact`).
 * @csspart reason - The visually hidden text saying why the button is disabled.
 *
 * @cssprop --chime-color-accent - Background of the button while the microphone is on.
 * @cssprop --chime-color-surface - Background of the button while muted.
 * @cssprop --chime-radius - Corner radius of the button.
 *
 * @fires chime-request-unmute - The user pressed the button to unmute. Cancelable: call preventDefault() to stay muted (muting is never asked).
 */
export class ChimeMuteToggle extends ChimeBarButtonElement<'muteToggle'> {
  static override properties: PropertyDeclarations = {
    muted: { type: Boolean, reflect: true },
    pressed: { type: Boolean, reflect: true },
    strings: { attribute: false },
  };
  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
    'state-change',
    'stop',
    'mute-change',
    'can-unmute-change',
  ];

  /** Reflected: your microphone is muted. */
  muted = false;

  /** Reflected: your microphone is on (the button's `aria-pressed`). */
  pressed = false;

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeMuteToggleStrings> = {};

  constructor() {
    super('muteToggle', defaultMuteToggleStrings);
  }

  override willUpdate(): void {
    const session = this.session;
    const live = inMeeting(session);
    this.muted = live && session!.muted;
    this.pressed = live && !session!.muted;
  }

  private onClick(): void {
    const audioVideo = this.session?.audioVideo;
    if (!audioVideo) return;
    if (!this.muted) audioVideo.realtimeMuteLocalAudio();
    else if (this.emit('chime-request-unmute', {}, { cancelable: true }))
      audioVideo.realtimeUnmuteLocalAudio();
  }

  override render() {
    const text = this.localize.strings;
    const session = this.session;
    return renderBarButton({
      label: this.muted ? text.unmute : text.mute,
      icon: this.muted ? [micIcon, slashIcon] : micIcon,
      pressed: this.pressed,
      disabled: !inMeeting(session),
      blockedReason: this.muted && !session!.canUnmute ? text.cannotUnmute : undefined,
      onClick: this.onClick,
    });
  }
}
