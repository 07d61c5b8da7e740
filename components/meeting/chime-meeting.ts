import type { PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import { ConsoleLogger, DefaultDeviceController, DefaultMeetingSession, LogLevel } from '../../src/index.ts';
import type { SessionEventMap } from '../../src/index.ts';
import { ChimeElement } from '../base/chime-element.ts';
import { deviceControllerContext, sessionContext } from '../context.ts';
import { displayName } from '../shared/display-name.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { LocalizeController } from '../shared/localize.ts';
import { controls } from '../styles/controls.ts';
import { tokens } from '../styles/tokens.ts';
import { Announcer } from './announcer.ts';
import type { AnnouncementStrings, AnnouncerHost } from './announcer.ts';
import { styles } from './chime-meeting.styles.ts';
import { canRejoinAfter, endReasonOf } from './end-reason.ts';
import type { EndReason } from './end-reason.ts';
import { SessionEventBridge } from './event-bridge.ts';
import { JoinInfoError, configurationOf, fetchJoinInfo } from './join-info.ts';
import type { JoinInfo } from './join-info.ts';
import { Prejoin, defaultPrejoinStrings } from './prejoin.ts';
import type { PrejoinChoices, PrejoinHost, PrejoinStrings } from './prejoin.ts';
import { openPreferredDevices } from '../shared/device-preferences.ts';
import { deviceErrorDetail } from '../shared/device-error.ts';

export type { JoinInfo } from './join-info.ts';
export type { EndReason } from './end-reason.ts';

/** What `<chime-meeting>` shows, as its `status` attribute says. */
export type MeetingStatus = 'idle' | 'prejoin' | 'connecting' | 'joined' | 'reconnecting' | 'left' | 'error';

/**
 * Every user-visible string of `<chime-meeting>`. `{name}` is replaced by an attendee's name.
 * The `ended*` strings say why the meeting ended for you, on the ended and error screens.
 */
export interface ChimeMeetingStrings extends PrejoinStrings, AnnouncementStrings {
  rejoin: string;
  connecting: string;
  /** Heading of the error screen (joining failed). */
  errorTitle: string;
  /** Heading of the ended screen. */
  endedTitle: string;
  endedLeft: string;
  endedEnded: string;
  endedRemoved: string;
  endedAnotherDevice: string;
  endedRejected: string;
  endedFull: string;
  endedConnectionLost: string;
  endedJoinInfo: string;
  endedFailed: string;
}

export const defaultMeetingStrings: ChimeMeetingStrings = {
  ...defaultPrejoinStrings,
  rejoin: 'Join again',
  connecting: 'Connecting…',
  reconnecting: 'Connection lost. Reconnecting…',
  joined: 'You joined the meeting',
  attendeeJoined: '{name} joined',
  attendeeLeft: '{name} left',
  attendeeMuted: '{name} muted',
  attendeeUnmuted: '{name} unmuted',
  youMuted: 'Your microphone is muted',
  youUnmuted: 'Your microphone is on',
  speaking: '{name} is speaking',
  errorTitle: 'Could not join the meeting',
  endedTitle: 'The meeting is over for you',
  endedLeft: 'You left the meeting.',
  endedEnded: 'The meeting has ended.',
  endedRemoved: 'You were removed from the meeting.',
  endedAnotherDevice: 'You joined this meeting from another device or tab.',
  endedRejected: 'The meeting did not accept your join details. They may have expired: ask for a new link.',
  endedFull: 'The meeting is full.',
  endedConnectionLost: 'The connection to the meeting was lost. Check your network and join again.',
  endedJoinInfo: 'The meeting details could not be loaded. Check the link and your network.',
  endedFailed: 'Something went wrong while connecting to the meeting.',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    meeting: ChimeMeetingStrings;
  }
}

const endReasonText: Record<EndReason, keyof ChimeMeetingStrings> = {
  left: 'endedLeft',
  ended: 'endedEnded',
  removed: 'endedRemoved',
  'another-device': 'endedAnotherDevice',
  rejected: 'endedRejected',
  full: 'endedFull',
  'connection-lost': 'endedConnectionLost',
  'join-info': 'endedJoinInfo',
  failed: 'endedFailed',
};

const logLevels: Record<string, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  off: LogLevel.OFF,
};

/**
 * A meeting: joins it, plays everyone's audio, and provides its session and device controller to
 * the elements inside. Shows what happens around the call itself: connecting, a banner while the
 * connection is being restored, and a screen saying why the meeting ended or could not be joined.
 *
 * @summary Joins a Chime meeting and shares the session with the elements it contains.
 *
 * @slot - The meeting itself: elements such as `<chime-video-grid>`, `<chime-roster>` and `<chime-control-bar>`. Hidden on the ended and error screens.
 * @slot ended - Replaces the ended screen's content (the element's `endReason` says why it ended).
 * @slot error - Replaces the error screen's content.
 * @csspart prejoin - The pre-join screen.
 * @csspart prejoin-title - Its heading.
 * @csspart prejoin-form - Its form.
 * @csspart device-picker - The `<chime-device-picker>` on it (camera preview, microphone level, device choice).
 * @csspart prejoin-choices - The column beside the device picker: the microphone and camera buttons, the fields and Join.
 * @csspart prejoin-toggles - The microphone and camera buttons on it.
 * @csspart prejoin-microphone - The button that joins with the microphone on or off (`aria-pressed` while on).
 * @csspart prejoin-camera - The button that joins with the camera on or off (`aria-pressed` while on).
 * @csspart prejoin-field - The name and meeting fields on it (shown when not set).
 * @csspart join-button - The button that joins the meeting (on the pre-join screen, or alone with `no-prejoin`).
 * @csspart content - The wrapper of the default slot, hidden on the pre-join, ended and error screens.
 * @csspart status - The "Connecting…" text.
 * @csspart reconnecting-banner - The banner shown while the connection is being restored.
 * @csspart screen - The ended or error screen.
 * @csspart screen-title - The heading of that screen.
 * @csspart screen-message - What happened, on that screen.
 * @csspart rejoin-button - The button that joins again, on that screen.
 * @csspart announcer - The visually hidden live region that announces joins, leaves, mute changes, the active speaker and reconnects.
 *
 * @cssprop --chime-color-accent - Background of the join buttons and focus rings.
 * @cssprop --chime-color-warning - Background of the reconnecting banner.
 * @cssprop --chime-space - Gap between items.
 * @cssprop --chime-radius - Corner radius of buttons and screens.
 *
 * @fires chime-connecting - The session started connecting; `detail.reconnecting` is true on a reconnect.
 * @fires chime-joined - The session is connected and media flows; `detail` has the meeting and attendee ids.
 * @fires chime-left - The session stopped; `detail.statusCode` says why, `detail.terminal` whether it can resume.
 * @fires chime-attendee-join - An attendee (including you) became present.
 * @fires chime-attendee-leave - An attendee left; `detail.dropped` is true when its connection dropped.
 * @fires chime-mute-change - An attendee (including you) muted or unmuted.
 * @fires chime-volume-change - Volumes changed; `detail.attendees` lists those that changed (at most 4 times a second).
 * @fires chime-active-speakers-change - The active speakers changed; `detail.attendeeIds`, most active first.
 * @fires chime-content-share-start - Someone (or you) started sharing content.
 * @fires chime-content-share-stop - A content share stopped.
 * @fires chime-connection-quality-change - Your connection became `good`, `poor` or `lost`.
 * @fires chime-devices-change - A microphone, speaker or camera was plugged in or out.
 * @fires chime-data-message - Another attendee sent a data message.
 * @fires chime-tile-update - A video tile was added or changed; `detail.tile` is a snapshot of its `VideoTileState`.
 * @fires chime-tile-remove - A video tile is gone; `detail` has its `tileId` and `attendeeId`.
 * @fires chime-error - Join information could not be fetched or read; nothing was joined.
 * @fires chime-device-error - The chosen camera could not be opened for the join; the meeting is joined with the camera off.
 */
export class ChimeMeeting extends ChimeElement implements PrejoinHost, AnnouncerHost {
  static override styles = [tokens, controls, styles];

  static override properties: PropertyDeclarations = {
    joinUrl: { attribute: 'join-url' },
    meeting: {},
    name: {},
    autoJoin: { type: Boolean, attribute: 'auto-join' },
    noPrejoin: { type: Boolean, attribute: 'no-prejoin' },
    startMuted: { type: Boolean, attribute: 'start-muted' },
    startCameraOff: { type: Boolean, attribute: 'start-camera-off' },
    logLevel: { attribute: 'log-level' },
    joinInfo: { attribute: false },
    strings: { attribute: false },
    nameFor: { attribute: false },
    status: { reflect: true },
    endReason: { reflect: true, attribute: 'end-reason' },
    busy: { state: true, attribute: false },
  };

  /** URL of an endpoint that takes `POST {meeting, name}` and answers `{Meeting, Attendee}`. */
  joinUrl = '';

  /** Meeting name sent to `join-url`. */
  meeting = '';

  /** Your name, sent to `join-url`. */
  name = '';

  /** Join as soon as the element is on the page and has join information (no pre-join screen). */
  autoJoin = false;

  /** Skip the pre-join screen: a Join button (or `join()`) joins at once, with the camera off. */
  noPrejoin = false;

  /** Join with the microphone muted (the pre-join screen starts with it off). */
  startMuted = false;

  /** The pre-join screen starts with the camera off (without a pre-join screen it always does). */
  startCameraOff = false;

  /** Console log level of the session: `debug`, `info`, `warn` (default), `error` or `off`. */
  logLevel = 'warn';

  /** Join information from your own server; used instead of `join-url` when set. */
  joinInfo: JoinInfo | undefined;

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeMeetingStrings> = {};

  /** How attendee names are shown in events and announcements; defaults to the ExternalUserId convention. */
  nameFor: NameResolver = displayName;

  /** The meeting's state, reflected for styling. */
  status: MeetingStatus = 'idle';

  /** Why the meeting ended or could not be joined (set with the `left` and `error` statuses). */
  endReason: EndReason | undefined;

  private busy = false;

  private get audioElement(): HTMLAudioElement {
    return ((this.renderRoot as ParentNode | undefined)?.querySelector<HTMLAudioElement>('audio') ?? null)!;
  }

  /** The microphone, speaker and camera of this meeting, usable before joining. */
  readonly deviceController: DefaultDeviceController;

  private readonly logger: ConsoleLogger;
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext });
  private readonly localize = new LocalizeController(
    this,
    'meeting',
    defaultMeetingStrings,
    () => this.strings,
  );
  private readonly announcer = new Announcer(this);
  private readonly prejoin = new Prejoin(this);
  /** What the user chose for this join: muted, and the camera on. */
  private choices = { muted: false, camera: false };
  private readonly bridge = new SessionEventBridge({
    emit: (name, detail) => void this.emit(name, detail),
    nameOf: (attendee) => this.nameFor(attendee),
    sessionEvent: (type, detail) => this.onSessionEvent(type, detail),
  });
  private currentSession: DefaultMeetingSession | undefined;
  private everJoined = false;
  private cameraReleased: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.logger = new ConsoleLogger('chime-meeting', LogLevel.WARN);
    this.deviceController = new DefaultDeviceController(this.logger);
    new ContextProvider(this, { context: deviceControllerContext, initialValue: this.deviceController });
  }

  /** The session of the current (or last) join, if any. */
  get session(): DefaultMeetingSession | undefined {
    return this.currentSession;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.bridge.attachDevices(this.deviceController);
    this.bridge.attachSession(this.currentSession);
    if (this.autoJoin && this.canJoin()) {
      void this.updateComplete.then(() => this.join().catch(() => undefined));
    } else if (this.status === 'idle' && !this.noPrejoin && !this.autoJoin) {
      this.prejoin.muted = this.startMuted;
      this.prejoin.camera = !this.startCameraOff;
      this.setStatus('prejoin');
    }
  }

  /** @internal */
  get needsName(): boolean {
    return !this.joinInfo && !this.name;
  }

  /** @internal */
  get needsMeeting(): boolean {
    return !this.joinInfo && !this.meeting;
  }

  /** @internal */
  get prejoinStrings(): PrejoinStrings {
    return this.localize.strings;
  }

  /** @internal */
  get announcementStrings(): AnnouncementStrings {
    return this.localize.strings;
  }

  /** @internal The pre-join screen's Join. */
  prejoinDone(choices: PrejoinChoices): void {
    if (choices.name) this.name = choices.name;
    if (choices.meeting) this.meeting = choices.meeting;
    this.join({ muted: choices.muted, camera: choices.camera }).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // An element taken off the page (a route change, a closed widget) must not leave a live call
    // behind, nor a camera or microphone opened for choosing devices.
    void this.leave().then(() => {
      if (!this.isConnected) void this.deviceController.destroy();
    });
    this.bridge.detach();
  }

  /**
   * Joins the meeting, from `joinInfo` or else from `join-url` + `meeting` + `name`, muted when
   * `options.muted` (default: `start-muted`) and with the camera on when `options.camera` (default
   * off; the pre-join screen passes the user's choices). Resolves once joining has started;
   * `chime-joined` tells when it succeeded.
   * @throws Error when join information cannot be fetched or read (a `chime-error` is dispatched too).
   */
  async join(options: { muted?: boolean; camera?: boolean } = {}): Promise<void> {
    if (this.busy || this.inCall) return;
    this.busy = true;
    this.endReason = undefined;
    this.choices = { muted: options.muted ?? this.startMuted, camera: options.camera ?? false };
    this.setStatus('connecting');
    try {
      const info = this.joinInfo ?? (await this.fetchJoinInfo());
      const session = this.createSession(info);
      await this.updateComplete;
      await session.audioVideo.bindAudioElement(this.audioElement);
      await this.prepareDevices(session);
      session.audioVideo.start();
    } catch (error) {
      if (error instanceof JoinInfoError) {
        this.emit('chime-error', { phase: error.phase, message: error.message });
        this.end('error', 'join-info');
        throw new Error(`chime-meeting: ${error.message}`);
      }
      throw error;
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

  /**
   * Opens the remembered devices, mutes, and starts the camera as chosen, before the session
   * starts: the join then carries them, with no renegotiation.
   */
  private async prepareDevices(session: DefaultMeetingSession): Promise<void> {
    const failure = await openPreferredDevices(this.deviceController, { camera: this.choices.camera });
    if (failure) this.emit('chime-device-error', deviceErrorDetail(failure.kind, failure.error));
    if (this.choices.muted) session.audioVideo.realtimeMuteLocalAudio();
    if (this.choices.camera && this.deviceController.activeVideoInput)
      session.audioVideo.startLocalVideoTile();
  }

  private get inCall(): boolean {
    return this.status === 'connecting' || this.status === 'joined' || this.status === 'reconnecting';
  }

  private canJoin(): boolean {
    return this.joinInfo !== undefined || (this.joinUrl !== '' && this.meeting !== '' && this.name !== '');
  }

  private fetchJoinInfo(): Promise<JoinInfo> {
    if (!this.joinUrl || !this.meeting || !this.name) {
      throw new JoinInfoError('configuration', 'set joinInfo, or the join-url, meeting and name attributes');
    }
    return fetchJoinInfo(this.joinUrl, this.meeting, this.name);
  }

  private createSession(info: JoinInfo): DefaultMeetingSession {
    const configuration = configurationOf(info);
    this.logger.setLogLevel(logLevels[this.logLevel] ?? LogLevel.WARN);
    const session = new DefaultMeetingSession(configuration, this.logger, this.deviceController);
    this.currentSession = session;
    this.everJoined = false;
    this.announcer.reset();
    this.bridge.attachSession(session);
    this.sessionProvider.setValue(session);
    return session;
  }

  private onSessionEvent<K extends keyof SessionEventMap>(
    type: K,
    detail: SessionEventMap[K]['detail'],
  ): void {
    const session = this.currentSession;
    if (!session) return;
    this.announcer.sessionEvent(session, type, detail);
    if (type === 'state-change') {
      const { state } = detail as SessionEventMap['state-change']['detail'];
      if (state === 'joined') this.everJoined = true;
      if (state === 'joined' || state === 'reconnecting' || state === 'connecting') this.setStatus(state);
    } else if (type === 'stop') {
      const { status } = detail as SessionEventMap['stop']['detail'];
      // However the session ended, the camera and microphone lights must go off.
      this.cameraReleased = releaseDevices(session);
      const reason = endReasonOf(status.statusCode());
      this.end(this.everJoined || reason === 'left' ? 'left' : 'error', reason);
    }
  }

  private end(status: 'left' | 'error', reason: EndReason): void {
    this.endReason = reason;
    this.setAttribute('end-reason', reason);
    this.setStatus(status);
    const text = this.localize.strings;
    this.announcer.announce(text[endReasonText[reason]]);
  }

  /** Sets the status and its attribute at once, so listeners of the event that follows see both. */
  private setStatus(status: MeetingStatus): void {
    this.status = status;
    this.setAttribute('status', status);
  }

  private onJoinClick(): void {
    this.join().catch(() => undefined);
  }

  override render() {
    const text = this.localize.strings;
    const screen = this.status === 'left' || this.status === 'error';
    const prejoin = this.status === 'prejoin';
    return html`
      ${prejoin ? this.prejoin.render(this.busy) : nothing}
      ${this.status === 'idle' && !this.busy && this.canJoin()
        ? html`<button part="join-button" class="primary" type="button" @click=${this.onJoinClick}>
            ${text.join}
          </button>`
        : nothing}
      ${this.status === 'connecting' ? html`<p part="status">${text.connecting}</p>` : nothing}
      ${this.status === 'reconnecting'
        ? html`<div part="reconnecting-banner" aria-hidden="true">${text.reconnecting}</div>`
        : nothing}
      ${screen ? this.renderScreen() : nothing} ${this.announcer.render()}
      <div part="content" ?hidden=${screen || prejoin}><slot></slot></div>
      <audio hidden autoplay></audio>
    `;
  }

  private renderScreen() {
    const text = this.localize.strings;
    const reason = this.endReason ?? 'failed';
    const error = this.status === 'error';
    return html`<section part="screen" aria-labelledby="screen-title">
      <slot name=${error ? 'error' : 'ended'}>
        <h2 part="screen-title" id="screen-title">${error ? text.errorTitle : text.endedTitle}</h2>
        <p part="screen-message">${text[endReasonText[reason]]}</p>
        ${canRejoinAfter(reason) && this.canJoin()
          ? html`<button part="rejoin-button" class="primary" type="button" @click=${this.onJoinClick}>
              ${text.rejoin}
            </button>`
          : nothing}
      </slot>
    </section>`;
  }
}

/** Stops sending video and closes the camera and the chosen microphone; never rejects. */
async function releaseDevices(session: DefaultMeetingSession): Promise<void> {
  try {
    if (session.audioVideo.hasStartedLocalVideoTile()) session.audioVideo.stopLocalVideoTile();
    await Promise.all([session.audioVideo.stopVideoInput(), session.audioVideo.stopAudioInput()]);
  } catch {
    // Nothing left to release.
  }
}
