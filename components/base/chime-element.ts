import { LitElement } from 'lit';

type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * A `chime-*` event as every element dispatches it: bubbling and crossing shadow roots. Made
 * outside the class so the manifest lists only the events each element documents with `@fires`.
 */
function chimeEvent(name: string, detail: unknown, cancelable: boolean): CustomEvent {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}

/** Base of every chime-elements element: one way to dispatch events, so they all look the same. */
export class ChimeElement extends LitElement {
  /**
   * Dispatches a `chime-*` CustomEvent that bubbles and crosses shadow roots.
   * @returns false when the event was cancelable and a listener called preventDefault().
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: EventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(chimeEvent(name, detail, options.cancelable ?? false));
  }
}
