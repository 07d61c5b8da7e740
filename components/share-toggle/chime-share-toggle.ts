import type { PropertyDeclarations } from 'lit';
import type { SessionEventMap } from '../../src/index.ts';
import { ChimeBarButtonElement, renderBarButton } from '../shared/bar-button.ts';
import { screenIcon, slashIcon } from '../shared/icons.ts';

/** Every user-visible string of `<chime-share-toggle>`. */
export interface ChimeShareToggleStrings {
  /** Label while not sharing. */
  start: string;
  /** Label while sharing (or while the share is starting). */
  stop: string;
  /** Why the button is disabled while two others share (a meeting carries two shares at once). */
  sharesFull: string;
  /** Why the button is disabled in a meeting that allows no content. */
  notAllowed: string;
}

export const defaultShareToggleStrings: ChimeShareToggleStrings = {
  start: 'Share screen',
  stop: 'Stop sharing',
  sharesFull: 'Two people are sharing already; the meeting cannot show a third share',
  notAllowed: 'The meeting does not allow screen sharing',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    shareToggle: ChimeShareToggleStrings;
  }
}

/** Whether a screen capture failed because the user closed the browser's picker (not an error). */
function cancelledByUser(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  // Chromium says "Permission denied by system" when the operating system refused: a real failure.
  return name === 'NotAllowedError' && !/\bsystem\b/i.test(String(message));
}

/**
 * The screen share button: asks the browser for a screen, window or tab and shares it with the
 * meeting (`startContentShareFromScreenCapture()`), or stops your share. A meeting shows two shares
 * at once: while two others share, the button is disabled with the reason as its description.
 * Closing the browser's picker without choosing is not an error: the button is simply off again.
 *
 * @summary Starts and stops sharing your screen.
 *
 * @csspart button - The toggle button; `aria-pressed` is true while you share.
 * @csspart icon - The screen icon (struck through while sharing, as the button stops it).
 * @csspart label - The button's text (visually hidden when `compact`).
 * @csspart reason - The visually hidden text saying why the button is disabled.
 *
 * @cssprop --chime-color-accent - Background of the button while you share.
 * @cssprop --chime-color-surface - Background of the button while you do not.
 * @cssprop --chime-radius - Corner radius of the button.
 *
 * @fires chime-request-share - The user pressed the button; `detail.on` says whether they asked to start or stop. Cancelable: call preventDefault() to leave the share as it is.
 * @fires chime-content-share-error - The screen could not be captured or shared (`detail.name` is the browser's error name, `detail.message` its message); the button is off again.
 */
export class ChimeShareToggle extends ChimeBarButtonElement<'shareToggle'> {
  static override properties: PropertyDeclarations = {
    pressed: { type: Boolean, reflect: true },
    busy: { state: true, attribute: false },
    strings: { attribute: false },
  };
  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
    'state-change',
    'stop',
    'content-share-change',
    'attendee-join',
    'attendee-leave',
  ];

  /** Reflected: your share is running or starting. */
  pressed = false;

  private busy = false;

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeShareToggleStrings> = {};

  constructor() {
    super('shareToggle', defaultShareToggleStrings);
  }

  override willUpdate(): void {
    const session = this.session;
    this.pressed = session?.state === 'joined' && session.contentShareStatus.local !== 'none';
  }

  private get disabled(): boolean {
    return this.busy || this.session?.state !== 'joined';
  }

  private async onClick(): Promise<void> {
    const session = this.session;
    if (!session || this.disabled) return;
    const on = !this.pressed;
    if (!this.emit('chime-request-share', { on }, { cancelable: true })) return;
    if (!on) {
      session.audioVideo.stopContentShare();
      return;
    }
    this.busy = true;
    try {
      await session.audioVideo.startContentShareFromScreenCapture();
    } catch (error) {
      if (!cancelledByUser(error)) {
        const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
        this.emit('chime-content-share-error', {
          name: typeof name === 'string' ? name : 'Error',
          message: typeof message === 'string' ? message : String(error),
        });
      }
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const text = this.localize.strings;
    const status = this.session?.contentShareStatus;
    // A share of yours can always be stopped.
    const blocked = !this.pressed && !this.disabled && !status!.canStart;
    return renderBarButton({
      label: this.pressed ? text.stop : text.start,
      icon: this.pressed ? [screenIcon, slashIcon] : screenIcon,
      pressed: this.pressed,
      disabled: this.disabled,
      blockedReason: blocked ? (status!.othersSharing > 0 ? text.sharesFull : text.notAllowed) : undefined,
      onClick: this.onClick,
    });
  }
}
