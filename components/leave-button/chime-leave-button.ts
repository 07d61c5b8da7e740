import type { PropertyDeclarations } from 'lit';
import { ChimeBarButtonElement, renderBarButton } from '../shared/bar-button.ts';
import { leaveIcon } from '../shared/icons.ts';
import { inMeeting } from '../shared/session-state.ts';

/** Every user-visible string of `<chime-leave-button>`. */
export interface ChimeLeaveButtonStrings {
  leave: string;
}

export const defaultLeaveButtonStrings: ChimeLeaveButtonStrings = {
  leave: 'Leave meeting',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    leaveButton: ChimeLeaveButtonStrings;
  }
}

/**
 * The leave button: leaves the meeting (the session stops; `<chime-meeting>` then shows its ended
 * screen). The page may veto it, e.g. to ask "Leave the meeting?" first, by cancelling
 * `chime-request-leave`. Disabled outside a meeting.
 *
 * @summary Leaves the meeting.
 *
 * @csspart button - The button.
 * @csspart icon - The hang-up icon.
 * @csspart label - The button's text (visually hidden when `compact`).
 *
 * @cssprop --chime-color-danger - Background of the button.
 * @cssprop --chime-color-on-accent - Text color of the button.
 * @cssprop --chime-radius - Corner radius of the button.
 *
 * @fires chime-request-leave - The user pressed the button. Cancelable: call preventDefault() to stay in the meeting.
 */
export class ChimeLeaveButton extends ChimeBarButtonElement<'leaveButton'> {
  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
  };

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeLeaveButtonStrings> = {};

  constructor() {
    super('leaveButton', defaultLeaveButtonStrings);
  }

  private onClick(): void {
    const session = this.session;
    if (!inMeeting(session)) return;
    if (this.emit('chime-request-leave', {}, { cancelable: true })) session!.audioVideo.stop();
  }

  override render() {
    return renderBarButton({
      label: this.localize.strings.leave,
      icon: leaveIcon,
      disabled: !inMeeting(this.session),
      onClick: this.onClick,
      className: 'danger',
    });
  }
}
