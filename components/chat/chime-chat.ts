import type { PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DefaultMeetingSession, SessionEventMap } from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { displayName } from '../shared/display-name.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { sendIcon } from '../shared/icons.ts';
import { LocalizeController } from '../shared/localize.ts';
import { controls } from '../styles/controls.ts';
import { tokens } from '../styles/tokens.ts';
import { ChatLog } from './chat-log.ts';
import type { ChatEntry } from './chat-log.ts';
import { styles } from './chime-chat.styles.ts';

/** Every user-visible string of `<chime-chat>`. */
export interface ChimeChatStrings {
  heading: string;
  /** Label of the message field. */
  message: string;
  send: string;
  /** Shown as the sender of your own messages. */
  you: string;
  empty: string;
  /** Shown on a message of yours the service throttled, or that could not be sent. */
  notDelivered: string;
}

export const defaultChatStrings: ChimeChatStrings = {
  heading: 'Chat',
  message: 'Message',
  send: 'Send',
  you: 'You',
  empty: 'No messages yet',
  notDelivered: 'Not delivered',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    chat: ChimeChatStrings;
  }
}

/**
 * A chat over the meeting's data messages on one topic: messages as text with their sender and
 * time, a field to write in (Enter sends, Shift+Enter starts a new line), and the number of
 * messages that arrived while the panel was out of sight.
 *
 * @summary Sends and shows chat messages between the attendees of a meeting.
 *
 * @csspart heading - The heading that names the chat.
 * @csspart log - The message history (`role="log"`, polite), scrollable.
 * @csspart list - The list of messages.
 * @csspart message - One message; also `own` for yours and `failed` for one not delivered.
 * @csspart sender - The sender's name.
 * @csspart time - When it was sent (`<time>`).
 * @csspart text - The message text (shown as text, line breaks kept).
 * @csspart status - "Not delivered", on a message that was not.
 * @csspart empty - The text shown before the first message.
 * @csspart form - The form with the field and the send button.
 * @csspart label - The field's label (visually hidden).
 * @csspart input - The message field (`<textarea>`).
 * @csspart send - The send button.
 *
 * @cssprop --chime-chat-max-height - Height of the history before it scrolls (default `20rem`).
 * @cssprop --chime-color-accent - Background of the send button and of your own messages' edge.
 * @cssprop --chime-color-muted-text - Color of times and the empty text.
 * @cssprop --chime-color-danger - Color of "Not delivered".
 * @cssprop --chime-space - Spacing.
 *
 * @fires chime-chat-send - The user sends a message (`detail.topic`, `detail.text`). Cancelable: call preventDefault() to keep it from being sent.
 */
export class ChimeChat extends ChimeSessionElement {
  static override styles = [tokens, controls, styles];

  static override properties: PropertyDeclarations = {
    topic: {},
    lifetimeMs: { type: Number, attribute: 'lifetime-ms' },
    maxLength: { type: Number, attribute: 'max-length' },
    unread: { type: Number, reflect: true },
    strings: { attribute: false },
    nameFor: { attribute: false },
    draft: { state: true, attribute: false },
  };

  /** The data message topic of this chat (1–36 letters, digits, `-` or `_`). */
  topic = 'chat';

  /** How long the service keeps each message for people who join later, in ms (0: not kept; at most 300000). */
  lifetimeMs = 0;

  /** The longest message that can be typed, in characters (a message is at most 2 KiB of UTF-8). */
  maxLength = 500;

  /**
   * Reflected: messages from others that arrived while the chat was out of sight (hidden, scrolled
   * away or in a background tab). Back to 0 when it comes into sight, or on {@link markRead}.
   */
  unread = 0;

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeChatStrings> = {};

  /** How sender names are shown; defaults to the ExternalUserId convention (`prefix#Name` → `Name`). */
  nameFor: NameResolver = displayName;

  private draft = '';

  private get logElement(): HTMLElement {
    return ((this.renderRoot as ParentNode | undefined)?.querySelector<HTMLElement>('[part="log"]') ?? null)!;
  }
  private get input(): HTMLTextAreaElement {
    return ((this.renderRoot as ParentNode | undefined)?.querySelector<HTMLTextAreaElement>('textarea') ??
      null)!;
  }

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = ['state-change', 'stop'];

  private readonly localize = new LocalizeController(this, 'chat', defaultChatStrings, () => this.strings);
  private readonly log = new ChatLog();
  private listeningTo: DefaultMeetingSession | undefined;
  private inView = false;
  private visibility: IntersectionObserver | undefined;
  private stickToEnd = true;
  private timeFormat: { lang: string; format: Intl.DateTimeFormat } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.visibility = new IntersectionObserver(([entry]) => {
      this.inView = !!entry?.isIntersecting;
      this.readIfSeen();
    });
    this.visibility.observe(this);
    document.addEventListener('visibilitychange', this.readIfSeen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.visibility?.disconnect();
    document.removeEventListener('visibilitychange', this.readIfSeen);
    this.listen(undefined);
  }

  /** Counts every message as read (`unread` goes back to 0). */
  markRead(): void {
    this.log.markRead();
    this.unread = 0;
  }

  /** The messages shown, oldest first (at most the 200 newest). */
  get messages(): readonly ChatEntry[] {
    return this.log.entries;
  }

  private get seen(): boolean {
    return this.inView && document.visibilityState === 'visible';
  }

  private readonly readIfSeen = (): void => {
    if (this.seen) this.markRead();
  };

  private listen(session: DefaultMeetingSession | undefined): void {
    if (session === this.listeningTo) return;
    this.listeningTo?.removeEventListener('data-message', this.onDataMessage);
    this.listeningTo = session;
    session?.addEventListener('data-message', this.onDataMessage);
  }

  /*
   * The session's data-message event rather than realtimeSubscribeToReceiveDataMessage: the Chime
   * API can only unsubscribe every callback of a topic at once, which would cut off the page's own.
   */
  private readonly onDataMessage = (event: SessionEventMap['data-message']): void => {
    const { message } = event.detail;
    const session = this.listeningTo;
    if (!session || message.topic !== this.topic) return;
    const received = {
      senderAttendeeId: message.senderAttendeeId,
      senderExternalUserId: message.senderExternalUserId,
      text: message.text(),
      timestampMs: message.timestampMs,
      throttled: message.throttled,
    };
    this.log.receive(received, session.localAttendeeId, this.seen);
    this.unread = this.log.unread;
    this.requestUpdate();
  };

  override willUpdate(): void {
    if (this.isConnected) this.listen(this.session);
    const log = this.logElement;
    // Follow new messages only when the reader is at the end already.
    this.stickToEnd = !log || log.scrollHeight - log.scrollTop - log.clientHeight < 24;
  }

  override updated(): void {
    if (this.stickToEnd && this.logElement) this.logElement.scrollTop = this.logElement.scrollHeight;
  }

  private get joined(): boolean {
    return this.session?.state === 'joined';
  }

  private send(): void {
    const session = this.session;
    const text = this.draft.trim();
    if (!session || !this.joined || !text) return;
    if (!this.emit('chime-chat-send', { topic: this.topic, text }, { cancelable: true })) return;
    const local = session.localAttendee;
    const entry = this.log.addOwn(local.attendeeId, local.externalUserId, text, Date.now());
    try {
      session.audioVideo.realtimeSendDataMessage(this.topic, text, this.lifetimeMs || undefined);
    } catch {
      // A topic or size the service refuses.
      entry.status = 'failed';
    }
    this.draft = '';
    // The field's value changed without the draft (typed): clear it directly.
    if (this.input) this.input.value = '';
    this.stickToEnd = true;
    // After a click on Send, back to the field for the next message.
    if (this.shadowRoot?.activeElement !== this.input) this.input?.focus();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.send();
  }

  private time(timestampMs: number): string {
    const lang = this.localize.lang;
    if (this.timeFormat?.lang !== lang) {
      this.timeFormat = {
        lang,
        format: new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }),
      };
    }
    return this.timeFormat.format.format(timestampMs);
  }

  override render() {
    const text = this.localize.strings;
    const entries = this.log.entries;
    const disabled = !this.joined;
    return html`
      <h2 part="heading" id="heading">${text.heading}</h2>
      <div part="log" role="log" aria-live="polite" aria-labelledby="heading" tabindex="0">
        ${entries.length === 0
          ? html`<p part="empty">${text.empty}</p>`
          : html`<ol part="list">
              ${repeat(
                entries,
                (entry) => entry.key,
                (entry) => this.renderMessage(entry, text),
              )}
            </ol>`}
      </div>
      <form
        part="form"
        @submit=${(event: Event) => {
          event.preventDefault();
          this.send();
        }}
      >
        <label part="label" class="visually-hidden" for="input">${text.message}</label>
        <textarea
          part="input"
          id="input"
          rows="2"
          maxlength=${this.maxLength}
          placeholder=${text.message}
          ?disabled=${disabled}
          .value=${this.draft}
          @input=${(event: Event) => (this.draft = (event.target as HTMLTextAreaElement).value)}
          @keydown=${this.onKeydown}
        ></textarea>
        <button part="send" class="primary" type="submit" ?disabled=${disabled}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${sendIcon}</svg>
          <span class="visually-hidden">${text.send}</span>
        </button>
      </form>
    `;
  }

  private renderMessage(entry: ChatEntry, text: ChimeChatStrings) {
    const failed = entry.status === 'failed';
    const parts = ['message', entry.own && 'own', failed && 'failed'].filter(Boolean).join(' ');
    const sender = entry.own
      ? text.you
      : this.nameFor({
          attendeeId: entry.senderAttendeeId,
          externalUserId: entry.senderExternalUserId,
          muted: false,
          local: false,
        });
    return html`<li part=${parts}>
      <span part="sender">${sender}</span>
      <time part="time" datetime=${new Date(entry.timestampMs).toISOString()}
        >${this.time(entry.timestampMs)}</time
      >
      <p part="text">${entry.text}</p>
      ${failed ? html`<span part="status">${text.notDelivered}</span>` : nothing}
    </li>`;
  }
}
