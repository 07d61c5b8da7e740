import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ConsoleLogger,
  DefaultDeviceController,
  DefaultMeetingSession,
  LogLevel,
  MeetingSessionConfiguration,
} from '../../src/index.ts';
import type { RosterAttendee, SessionEventMap } from '../../src/index.ts';
import { ChimeElement } from '../base/chime-element.ts';
import { sessionContext } from '../context.ts';
import type { ChimeErrorDetail } from '../events.ts';
import { displayName } from '../shared/display-name.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { tokens } from '../styles/tokens.ts';
import { styles } from './chime-meeting.styles.ts';

/** What `<chime-meeting>` shows, as its `status` attribute says. */
export type MeetingStatus = 'idle' | 'connecting' | 'joined' | 'reconnecting' | 'left';

/** The `{Meeting, Attendee}` pair an app's server gets from CreateMeeting and CreateAttendee. */
export interface JoinInfo {
  Meeting: unknown;
  Attendee: unknown;
}

/** Every user-visible string of `<chime-meeting>`; `{name}` is replaced by an attendee's name. */
export interface ChimeMeetingStrings {
  join: string;
  leave: string;
  status: Record<MeetingStatus, string>;
  attendeeJoined: string;
  attendeeLeft: string;
  /** Announced when the session stops for a reason other than leaving, e.g. the meeting ended. */
  stopped: string;
}

export const defaultMeetingStrings: ChimeMeetingStrings = {
  join: 'Join',
  leave: 'Leave',
  status: {
    idle: 'Not joined',
    connecting: 'Connecting…',
    joined: 'In the meeting',
    reconnecting: 'Reconnecting…',
    left: 'You left the meeting',
  },
  attendeeJoined: '{name} joined',
  attendeeLeft: '{name} left',
  stopped: 'The meeting connection ended',
};

const logLevels: Record<string, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  off: LogLevel.OFF,
};

const sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
  'state-change',
  'attendee-join',
  'attendee-leave',
  'stop',
  'video-tile-update',
  'video-tile-remove',
];

/**
 * A meeting: joins it, plays everyone's audio, and provides its session to the elements inside.
 *
 * @summary Joins a Chime meeting and shares the session with the elements it contains.
 *
 * @slot - Elements that show the meeting, such as `<chime-roster>`, `<chime-video-grid>` and `<chime-video-toggle>`.
 * @csspart header - The row holding the status text and the join/leave button.
 * @csspart status - The status text.
 * @csspart join-button - The button that joins the meeting.
 * @csspart leave-button - The button that leaves the meeting.
 * @csspart announcer - The visually hidden live region that announces joins, leaves and reconnects.
 *
 * @cssprop --chime-color-accent - Background of the join button and focus rings.
 * @cssprop --chime-color-danger - Background of the leave button.
 * @cssprop --chime-space - Gap between items.
 * @cssprop --chime-radius - Corner radius of buttons.
 *
 * @fires chime-connecting - The session started connecting; `detail.reconnecting` is true on a reconnect.
 * @fires chime-joined - The session is connected and media flows; `detail` has the meeting and attendee ids.
 * @fires chime-left - The session stopped; `detail.statusCode` says why, `detail.terminal` whether it can resume.
 * @fires chime-attendee-join - An attendee (including you) became present.
 * @fires chime-attendee-leave - An attendee left; `detail.dropped` is true when its connection dropped.
 * @fires chime-error - Join information could not be fetched or read; nothing was joined.
 * @fires chime-request-leave - The user pressed Leave. Cancelable: call preventDefault() to stay.
 * @fires chime-tile-update - A video tile was added or changed; `detail.tile` is a snapshot of its `VideoTileState`.
 * @fires chime-tile-remove - A video tile is gone; `detail` has its `tileId` and `attendeeId`.
 */
export class ChimeMeeting extends ChimeElement {
  static override styles = [tokens, styles];

  /** URL of an endpoint that takes `POST {meeting, name}` and answers `{Meeting, Attendee}`. */
  @property({ attribute: 'join-url' }) joinUrl = '';

  /** Meeting name sent to `join-url`. */
  @property() meeting = '';

  /** Your name, sent to `join-url`. */
  @property() name = '';

  /** Join as soon as the element is on the page and has join information. */
  @property({ type: Boolean, attribute: 'auto-join' }) autoJoin = false;

  /** Console log level of the session: `debug`, `info`, `warn` (default), `error` or `off`. */
  @property({ attribute: 'log-level' }) logLevel = 'warn';

  /** Join information from your own server; used instead of `join-url` when set. */
  @property({ attribute: false }) joinInfo: JoinInfo | undefined;

  /** User-visible strings; replace some or all for another language. */
  @property({ attribute: false }) strings: Partial<ChimeMeetingStrings> = {};

  /** How attendee names are shown in announcements; defaults to the ExternalUserId convention. */
  @property({ attribute: false }) nameFor: NameResolver = displayName;

  /** The meeting's state, reflected for styling. */
  @property({ reflect: true }) status: MeetingStatus = 'idle';

  @state() private announcement = '';
  @state() private busy = false;

  @query('audio') private audioElement!: HTMLAudioElement;

  private readonly provider = new ContextProvider(this, { context: sessionContext });
  private currentSession: DefaultMeetingSession | undefined;
  private cameraReleased: Promise<void> = Promise.resolve();

  /** The session of the current (or last) join, if any. */
  get session(): DefaultMeetingSession | undefined {
    return this.currentSession;
  }

  private get text(): ChimeMeetingStrings {
    return { ...defaultMeetingStrings, ...this.strings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.autoJoin && this.canJoin()) {
      void this.updateComplete.then(() => this.join().catch(() => undefined));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // An element taken off the page (a route change, a closed widget) must not leave a live call behind.
    void this.leave();
  }

  /**
   * Joins the meeting, from `joinInfo` or else from `join-url` + `meeting` + `name`.
   * Resolves once joining has started; `chime-joined` tells when it succeeded.
   * @throws Error when join information cannot be fetched or read (a `chime-error` is dispatched too).
   */
  async join(): Promise<void> {
    if (
      this.busy ||
      this.status === 'connecting' ||
      this.status === 'joined' ||
      this.status === 'reconnecting'
    ) {
      return;
    }
    this.busy = true;
    try {
      const info = this.joinInfo ?? (await this.fetchJoinInfo());
      const session = this.createSession(info);
      await this.updateComplete;
      await session.audioVideo.bindAudioElement(this.audioElement);
      session.audioVideo.start();
    } finally {
      this.busy = false;
    }
  }

  /**
   * Leaves the meeting; resolves when the session has stopped and the camera is released. Does
   * nothing when not in one.
   */
  async leave(): Promise<void> {
    const session = this.currentSession;
    if (!session || session.state === 'left' || session.state === 'idle') return;
    const stopped = new Promise<void>((resolve) =>
      session.addEventListener('stop', () => resolve(), { once: true }),
    );
    session.audioVideo.stop();
    await stopped;
    await this.cameraReleased;
  }

  private canJoin(): boolean {
    return this.joinInfo !== undefined || (this.joinUrl !== '' && this.meeting !== '' && this.name !== '');
  }

  private async fetchJoinInfo(): Promise<JoinInfo> {
    if (!this.joinUrl || !this.meeting || !this.name) {
      throw this.fail('configuration', 'set joinInfo, or the join-url, meeting and name attributes');
    }
    let response: Response;
    try {
      response = await fetch(this.joinUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ meeting: this.meeting, name: this.name }),
      });
    } catch (error) {
      throw this.fail('fetch-join-info', `could not reach ${this.joinUrl}: ${String(error)}`);
    }
    if (!response.ok) {
      throw this.fail(
        'fetch-join-info',
        `${this.joinUrl} answered ${response.status} ${await safeText(response)}`,
      );
    }
    try {
      return (await response.json()) as JoinInfo;
    } catch {
      throw this.fail('fetch-join-info', `${this.joinUrl} did not answer JSON`);
    }
  }

  private createSession(info: JoinInfo): DefaultMeetingSession {
    const logger = new ConsoleLogger('chime-meeting', logLevels[this.logLevel] ?? LogLevel.WARN);
    let configuration: MeetingSessionConfiguration;
    try {
      if (typeof info !== 'object' || info === null)
        throw new TypeError('join information must be an object');
      configuration = new MeetingSessionConfiguration({ Meeting: info.Meeting }, { Attendee: info.Attendee });
    } catch (error) {
      throw this.fail('configuration', error instanceof Error ? error.message : String(error));
    }
    this.detachSession();
    const session = new DefaultMeetingSession(configuration, logger, new DefaultDeviceController(logger));
    for (const type of sessionEvents) session.addEventListener(type, this.onSessionEvent);
    this.currentSession = session;
    this.provider.setValue(session);
    return session;
  }

  private detachSession(): void {
    for (const type of sessionEvents) this.currentSession?.removeEventListener(type, this.onSessionEvent);
  }

  private fail(phase: ChimeErrorDetail['phase'], message: string): Error {
    this.emit('chime-error', { phase, message });
    return new Error(`chime-meeting: ${message}`);
  }

  private readonly onSessionEvent = (event: Event): void => {
    const session = this.currentSession;
    if (!session) return;
    const text = this.text;
    if (event.type === 'state-change') {
      const { state, reconnecting } = (event as SessionEventMap['state-change']).detail;
      if (state === 'idle') return;
      this.setStatus(state);
      if (state === 'connecting' || state === 'reconnecting') {
        this.emit('chime-connecting', { reconnecting });
        if (reconnecting) this.announce(text.status.reconnecting);
      } else if (state === 'joined') {
        this.emit('chime-joined', {
          meetingId: session.configuration.meetingId ?? '',
          attendeeId: session.localAttendeeId,
        });
        this.announce(text.status.joined);
      }
    } else if (event.type === 'attendee-join') {
      const { attendee } = (event as SessionEventMap['attendee-join']).detail;
      this.emit('chime-attendee-join', this.describe(attendee));
      if (!attendee.local) this.announce(text.attendeeJoined.replace('{name}', this.nameFor(attendee)));
    } else if (event.type === 'attendee-leave') {
      const { attendee, dropped } = (event as SessionEventMap['attendee-leave']).detail;
      this.emit('chime-attendee-leave', { ...this.describe(attendee), dropped });
      if (!attendee.local) this.announce(text.attendeeLeft.replace('{name}', this.nameFor(attendee)));
    } else if (event.type === 'video-tile-update') {
      this.emit('chime-tile-update', { tile: (event as SessionEventMap['video-tile-update']).detail.tile });
    } else if (event.type === 'video-tile-remove') {
      const { tileId, attendeeId } = (event as SessionEventMap['video-tile-remove']).detail;
      this.emit('chime-tile-remove', { tileId, attendeeId });
    } else if (event.type === 'stop') {
      const { status } = (event as SessionEventMap['stop']).detail;
      // However the session ended, the camera light must go off.
      this.cameraReleased = releaseCamera(session);
      this.setStatus('left');
      this.emit('chime-left', { statusCode: status.statusCode(), terminal: status.isTerminal() });
      this.announce(status.statusCode() === 1 ? text.status.left : text.stopped);
    }
  };

  /** Sets the status and its attribute at once, so listeners of the event that follows see both. */
  private setStatus(status: MeetingStatus): void {
    this.status = status;
    this.setAttribute('status', status);
  }

  private describe(attendee: RosterAttendee) {
    return {
      attendeeId: attendee.attendeeId,
      externalUserId: attendee.externalUserId,
      name: this.nameFor(attendee),
      local: attendee.local,
    };
  }

  private announce(message: string): void {
    this.announcement = message;
  }

  private onLeaveClick(): void {
    if (this.emit('chime-request-leave', {}, { cancelable: true })) void this.leave();
  }

  private onJoinClick(): void {
    this.join().catch(() => undefined);
  }

  override render() {
    const text = this.text;
    const inCall = this.status === 'connecting' || this.status === 'joined' || this.status === 'reconnecting';
    const statusText = this.busy && !inCall ? text.status.connecting : text.status[this.status];
    return html`
      <div part="header">
        <span part="status">${statusText}</span>
        ${inCall
          ? html`<button part="leave-button" type="button" @click=${this.onLeaveClick}>${text.leave}</button>`
          : this.canJoin()
            ? html`<button part="join-button" type="button" ?disabled=${this.busy} @click=${this.onJoinClick}>
                ${text.join}
              </button>`
            : nothing}
      </div>
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite">
        ${this.announcement}
      </div>
      <slot></slot>
      <audio hidden autoplay></audio>
    `;
  }
}

/** Stops sending video and closes the camera; never rejects. */
async function releaseCamera(session: DefaultMeetingSession): Promise<void> {
  try {
    if (session.audioVideo.hasStartedLocalVideoTile()) session.audioVideo.stopLocalVideoTile();
    await session.audioVideo.stopVideoInput();
  } catch {
    // Nothing left to release.
  }
}

async function safeText(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, 200);
  } catch {
    return '';
  }
}
