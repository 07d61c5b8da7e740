import { css, html, nothing } from 'lit';
import type { CSSResultGroup, SVGTemplateResult, PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { controls } from '../styles/controls.ts';
import { tokens } from '../styles/tokens.ts';
import { LocalizeController } from './localize.ts';
import type { ChimeStringsByElement } from './localize.ts';

/** What one button of the control bar shows. */
export interface BarButton {
  /** What pressing the button does ("Mute microphone"); the visible text and the accessible name. */
  label: string;
  /** The icon's shapes (from `icons.ts`), drawn on a 24×24 grid. */
  icon: SVGTemplateResult | SVGTemplateResult[];
  /** For a toggle: whether it is on (`aria-pressed`). Leave unset for a plain button. */
  pressed?: boolean;
  /** For a button that opens a dialog: whether it is open (`aria-expanded`). */
  expanded?: boolean;
  /** Not usable now (outside a meeting, or while an action runs): the native `disabled`. */
  disabled?: boolean;
  /**
   * Not allowed by the meeting, and why: the button stays focusable with `aria-disabled` and this
   * text as its description (and tooltip), so keyboard and screen reader users learn the reason.
   */
  blockedReason?: string;
  /** Called on click unless disabled or blocked; Lit calls it with the element as `this`. */
  onClick: (event: Event) => void;
  /** Extra classes for the button, e.g. `danger`. */
  className?: string;
}

const REASON_ID = 'reason';

/**
 * Renders a control bar button: `part="button"` with `part="icon"` and `part="label"`, and, when
 * blocked, the reason as `part="reason"` (visually hidden, the button's description). Every
 * button element uses it with {@link barButtonStyles}, so they look and behave as one family.
 */
export function renderBarButton(button: BarButton) {
  const blocked = button.blockedReason;
  const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
  return html`<button
      part="button"
      type="button"
      class=${button.className ?? ''}
      aria-pressed=${ifDefined(flag(button.pressed))}
      aria-haspopup=${ifDefined(button.expanded === undefined ? undefined : 'dialog')}
      aria-expanded=${ifDefined(flag(button.expanded))}
      aria-disabled=${ifDefined(blocked ? 'true' : undefined)}
      aria-describedby=${ifDefined(blocked ? REASON_ID : undefined)}
      title=${ifDefined(blocked)}
      ?disabled=${button.disabled ?? false}
      @click=${blocked ? nothing : button.onClick}
    >
      <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${button.icon}</svg>
      <span part="label">${button.label}</span>
    </button>
    ${blocked
      ? html`<span part="reason" id=${REASON_ID} class="visually-hidden">${blocked}</span>`
      : nothing}`;
}

/**
 * The shared look of the control bar buttons (after `tokens` and `controls`). `compact` on the
 * element shows the icon only; the label stays the accessible name.
 */
export const barButtonStyles = css`
  :host {
    display: inline-block;
  }
  [part='button'] {
    min-block-size: 2.75em;
    white-space: nowrap;
  }
  [part='button'][aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  :host([compact]) [part='button'] {
    padding-inline: 0.7em;
  }
  :host([compact]) [part='label'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;

/**
 * Base of the control bar's button elements: the session, the shared look, `compact`, and the
 * element's strings (English defaults, the registered translation of its language, then the
 * element's own `strings` property).
 */
export class ChimeBarButtonElement<K extends keyof ChimeStringsByElement> extends ChimeSessionElement {
  static override styles: CSSResultGroup = [tokens, controls, barButtonStyles];

  static override properties: PropertyDeclarations = {
    compact: { type: Boolean, reflect: true },
  };

  /** Icon only; the label stays the button's accessible name. */
  compact = false;

  protected readonly localize: LocalizeController<K>;

  constructor(key: K, defaults: ChimeStringsByElement[K]) {
    super();
    // Each element declares its own typed `strings` property (so the manifest shows its type).
    this.localize = new LocalizeController(
      this,
      key,
      defaults,
      () => (this as { strings?: Partial<ChimeStringsByElement[K]> }).strings,
    );
  }
}
