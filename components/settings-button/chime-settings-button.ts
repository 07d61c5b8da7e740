import type { PropertyDeclarations } from 'lit';
import { css, html, nothing } from 'lit';
import { ChimeBarButtonElement, renderBarButton } from '../shared/bar-button.ts';
import { settingsIcon } from '../shared/icons.ts';
// The dialog shows a device picker: defining this element defines it too.
import '../device-picker/define.ts';

/** Every user-visible string of `<chime-settings-button>`. */
export interface ChimeSettingsButtonStrings {
  /** Label of the button. */
  open: string;
  /** Heading (and accessible name) of the dialog. */
  title: string;
  /** The dialog's close button. */
  close: string;
}

export const defaultSettingsButtonStrings: ChimeSettingsButtonStrings = {
  open: 'Device settings',
  title: 'Device settings',
  close: 'Done',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    settingsButton: ChimeSettingsButtonStrings;
  }
}

const styles = css`
  [part='dialog'] {
    inline-size: min(32rem, 100vw - 2rem);
    padding: calc(var(--_gap) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  [part='dialog']::backdrop {
    background: color-mix(in srgb, #000 45%, transparent);
  }
  [part='dialog-title'] {
    margin-block: 0 var(--_gap);
    font-size: 1.15em;
  }
  form {
    display: flex;
    justify-content: flex-end;
    margin-block-start: var(--_gap);
  }
`;

/**
 * The device settings button: opens a modal dialog with a `<chime-device-picker>` to choose the
 * microphone, speaker and camera (during the meeting or before joining). Escape or the dialog's
 * button closes it and focus returns to the button. The picker is on the page only while the
 * dialog is open, so it holds no device while closed.
 *
 * @summary Opens a dialog to choose the microphone, speaker and camera.
 *
 * @csspart button - The button; carries `aria-haspopup="dialog"` and `aria-expanded`.
 * @csspart icon - The gear icon.
 * @csspart label - The button's text (visually hidden when `compact`).
 * @csspart dialog - The dialog.
 * @csspart dialog-title - The dialog's heading.
 * @csspart device-picker - The `<chime-device-picker>` in the dialog.
 * @csspart close-button - The button that closes the dialog.
 *
 * @cssprop --chime-color-surface - Background of the button and the dialog.
 * @cssprop --chime-color-border - Border of the button and the dialog.
 * @cssprop --chime-radius - Corner radius of the button and the dialog.
 */
export class ChimeSettingsButton extends ChimeBarButtonElement<'settingsButton'> {
  static override styles = [ChimeBarButtonElement.styles, styles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
  };

  /** Reflected: the dialog is open. Set it to open or close the dialog, as the buttons do. */
  open = false;

  private get dialog(): HTMLDialogElement {
    return ((this.renderRoot as ParentNode | undefined)?.querySelector<HTMLDialogElement>(
      '[part="dialog"]',
    ) ?? null)!;
  }
  private get button(): HTMLButtonElement {
    return ((this.renderRoot as ParentNode | undefined)?.querySelector<HTMLButtonElement>(
      '[part="button"]',
    ) ?? null)!;
  }

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeSettingsButtonStrings> = {};

  constructor() {
    super('settingsButton', defaultSettingsButtonStrings);
  }

  override updated(): void {
    if (this.open && !this.dialog.open) this.dialog.showModal();
    else if (!this.open && this.dialog.open) this.dialog.close();
  }

  private onClick(): void {
    this.open = true;
  }

  /** Closed by Escape, by its button or by `open = false`: focus returns to the button. */
  private onClose(): void {
    this.open = false;
    if (this.isConnected) this.button.focus();
  }

  override render() {
    const text = this.localize.strings;
    return html`${renderBarButton({
        label: text.open,
        icon: settingsIcon,
        expanded: this.open,
        onClick: this.onClick,
      })}
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onClose}>
        <h2 part="dialog-title" id="dialog-title">${text.title}</h2>
        ${this.open ? html`<chime-device-picker part="device-picker"></chime-device-picker>` : nothing}
        <form method="dialog">
          <button part="close-button" class="primary">${text.close}</button>
        </form>
      </dialog>`;
  }
}
