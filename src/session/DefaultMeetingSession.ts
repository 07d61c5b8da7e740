import type { MeetingSessionConfiguration } from '../config/MeetingSessionConfiguration.ts';
import { acquireAudioInput } from '../devices/acquireAudioInput.ts';
import type { DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import type { Logger } from '../logging/Logger.ts';
import { AudioOutput } from '../media/AudioOutput.ts';
import { LocalAudio } from '../media/LocalAudio.ts';
import type { HeldAudioInput } from '../media/LocalAudio.ts';
import type { PeerConnectionFactory } from '../media/peer.ts';
import { detectPlatform } from '../platform.ts';
import { SdkNotificationFrame, SdkSignalFrame } from '../protocol/frame.ts';
import { AudioStreamPresence } from '../realtime/AudioStreamPresence.ts';
import type { AudioStreamIdInfoMessage } from '../realtime/AudioStreamPresence.ts';
import type { SignalingCloseDetail, WebSocketFactory } from '../signaling/SignalingClient.ts';
import { SessionVideo } from '../video/SessionVideo.ts';
import type { MeetingSessionVideoAvailability, VideoTileState } from '../video/types.ts';
import { AudioVideoFacade } from './AudioVideoFacade.ts';
import { CancelledError, JoinError, describeError } from './errors.ts';
import { MeetingConnection } from './MeetingConnection.ts';
import { MeetingSessionStatus } from './MeetingSessionStatus.ts';
import { MeetingSessionStatusCode } from './MeetingSessionStatusCode.ts';
import { CallbackSet, ObserverSet } from './ObserverSet.ts';
import type {
  AttendeePresenceCallback,
  AudioVideoObserver,
  MuteAndUnmuteCallback,
  RosterAttendee,
  SessionEventMap,
  SessionState,
} from './types.ts';

/** Test seams: replace the transport, the peer connection and the clock. */
export interface SessionOptions {
  webSocketFactory?: (url: string, protocols: string[]) => WebSocket;
  peerConnectionFactory?: (config: RTCConfiguration) => RTCPeerConnection;
  now?: () => number;
}

/**
 * What the audio-video facade drives. Kept apart from the session's public surface so that the
 * session itself stays small: state, roster, events.
 */
export interface SessionControls {
  start(): void;
  stop(): void;
  observers: ObserverSet<AudioVideoObserver>;
  presenceCallbacks: CallbackSet<AttendeePresenceCallback>;
  muteCallbacks: CallbackSet<MuteAndUnmuteCallback>;
  audioOutput: AudioOutput;
  setMuted(muted: boolean): void;
  isMuted(): boolean;
  video: SessionVideo;
}

type SessionListener<K extends keyof SessionEventMap> = (
  this: DefaultMeetingSession,
  event: SessionEventMap[K],
) => unknown;

function randomUint32(): number {
  const value = new Uint32Array(1);
  globalThis.crypto.getRandomValues(value);
  return value[0]!;
}

/**
 * A meeting session: joins one meeting as one attendee, keeps the roster and reports its state
 * through typed events and, for Chime SDK compatibility, through `audioVideo` observers.
 */
export class DefaultMeetingSession extends EventTarget {
  readonly audioVideo: AudioVideoFacade;

  #state: SessionState = 'idle';
  #lastStatus: MeetingSessionStatus | undefined;
  readonly #roster = new Map<string, RosterAttendee>();
  readonly #presence = new AudioStreamPresence();
  readonly #observers: ObserverSet<AudioVideoObserver>;
  readonly #presenceCallbacks: CallbackSet<AttendeePresenceCallback>;
  readonly #muteCallbacks: CallbackSet<MuteAndUnmuteCallback>;
  readonly #localAudio = new LocalAudio();
  readonly #audioOutput: AudioOutput;
  readonly #audioSessionId = randomUint32();
  readonly #options: SessionOptions;
  readonly #video: SessionVideo;
  #connection: MeetingConnection | undefined;
  #joinController: AbortController | undefined;
  #stopping: Promise<void> | undefined;
  #startAfterStop = false;

  constructor(
    readonly configuration: MeetingSessionConfiguration,
    readonly logger: Logger,
    readonly deviceController: DefaultDeviceController,
    options: SessionOptions = {},
  ) {
    super();
    this.#options = options;
    this.#observers = new ObserverSet(logger);
    this.#presenceCallbacks = new CallbackSet(logger, 'attendee presence');
    this.#muteCallbacks = new CallbackSet(logger, 'local mute');
    this.#audioOutput = new AudioOutput(logger);
    this.#video = new SessionVideo({
      logger,
      devices: deviceController,
      observers: this.#observers,
      attendeeId: configuration.credentials.attendeeId,
      externalUserId: configuration.credentials.externalUserId,
      emit: (type, detail) => this.#emit(type, detail),
      connection: () => (this.#stopping ? undefined : this.#connection),
    });
    const controls: SessionControls = {
      start: () => this.#start(),
      stop: () => void this.#stop(new MeetingSessionStatus(MeetingSessionStatusCode.Left)),
      observers: this.#observers,
      presenceCallbacks: this.#presenceCallbacks,
      muteCallbacks: this.#muteCallbacks,
      audioOutput: this.#audioOutput,
      setMuted: (muted) => this.#setMuted(muted),
      isMuted: () => this.#localAudio.muted,
      video: this.#video,
    };
    this.audioVideo = new AudioVideoFacade(controls, deviceController);
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Present attendees keyed by attendee id, including this one and content shares. */
  get attendees(): ReadonlyMap<string, RosterAttendee> {
    return this.#roster;
  }

  /** Video tiles by tile id (the local tile included); values are snapshots. */
  get videoTiles(): ReadonlyMap<number, VideoTileState> {
    return this.#video.tiles.states;
  }

  /** Whether remote video exists and whether the local camera may be started. */
  get videoAvailability(): MeetingSessionVideoAvailability {
    return { ...this.#video.availability };
  }

  get localAttendeeId(): string {
    return this.configuration.credentials.attendeeId;
  }

  /** The status the session last stopped with. */
  get lastStatus(): MeetingSessionStatus | undefined {
    return this.#lastStatus;
  }

  override addEventListener<K extends keyof SessionEventMap>(
    type: K,
    listener: SessionListener<K> | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof SessionEventMap>(
    type: K,
    listener: SessionListener<K> | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
  }

  /** A summary safe to log or serialize (no join token). */
  toJSON(): Record<string, unknown> {
    return {
      state: this.#state,
      localAttendeeId: this.localAttendeeId,
      attendees: [...this.#roster.values()],
      lastStatus: this.#lastStatus?.toJSON(),
      configuration: this.configuration.toJSON(),
    };
  }

  #emit<K extends keyof SessionEventMap>(type: K, detail: SessionEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  #setState(state: SessionState, reconnecting = false): void {
    this.#state = state;
    this.#emit('state-change', { state, reconnecting });
  }

  #start(): void {
    if (this.#stopping) {
      this.#startAfterStop = true;
      return;
    }
    if (this.#state !== 'idle' && this.#state !== 'left') return;
    this.#connect(false);
  }

  /** Runs the join on a new connection. Reconnection will call this with `reconnecting`. */
  #connect(reconnecting: boolean): void {
    const controller = new AbortController();
    this.#joinController = controller;
    this.deviceController.addAudioInputListener(this.#onAudioInputChosen);
    const audioInput = this.#acquireAudioInput(controller.signal);
    // Settled by the join; keep an unobserved rejection (join cancelled first) from being reported.
    audioInput.catch(() => undefined);
    const connection = new MeetingConnection({
      configuration: this.configuration,
      logger: this.logger,
      platform: detectPlatform(),
      audioSessionId: this.#audioSessionId,
      now: this.#options.now ?? Date.now,
      webSocketFactory: this.#options.webSocketFactory as WebSocketFactory | undefined,
      peerConnectionFactory: this.#options.peerConnectionFactory as PeerConnectionFactory | undefined,
      audioInput,
      isMuted: () => this.#localAudio.muted,
      localVideo: () => this.#video.localVideoTrack(),
      hooks: {
        frame: (frame) => this.#onFrame(connection, frame),
        closed: (detail) => this.#onClosed(connection, detail),
        remoteAudio: (stream) => {
          if (this.#connection === connection && !this.#stopping) this.#audioOutput.setStream(stream);
        },
        remoteVideos: (bindings) => {
          if (this.#connection === connection && !this.#stopping) this.#video.onRemoteVideos(bindings);
        },
        videoSendUnavailable: () => {
          if (this.#connection === connection && !this.#stopping) this.#video.onVideoSendUnavailable();
        },
      },
    });
    this.#connection = connection;

    // Listeners may call stop() from here; the connection already exists, so that cancels it.
    this.#setState(reconnecting ? 'reconnecting' : 'connecting', reconnecting);
    this.#observers.notify('audioVideoDidStartConnecting', reconnecting);

    connection.join(controller.signal).then(
      () => {
        if (this.#connection !== connection || this.#stopping) return;
        this.#joinController = undefined;
        this.logger.info('session: joined');
        this.#setState('joined');
        this.#observers.notify('audioVideoDidStart');
      },
      (error: unknown) => {
        if (this.#connection !== connection || this.#stopping) return;
        const status =
          error instanceof JoinError
            ? error.status
            : new MeetingSessionStatus(MeetingSessionStatusCode.TaskFailed);
        this.logger.error(`session: join failed: ${describeError(error)}`);
        this.#handleStatus(status);
      },
    );
  }

  async #acquireAudioInput(signal: AbortSignal): Promise<HeldAudioInput | undefined> {
    if (!this.configuration.urls.audioHostURL) return undefined;
    const input = await acquireAudioInput(this.deviceController, this.logger, signal);
    if (signal.aborted) {
      input?.release();
      throw signal.reason;
    }
    this.#localAudio.use(input);
    return input;
  }

  /** Decides what a status means for the session: nothing, or stop. */
  #handleStatus(status: MeetingSessionStatus): void {
    if (!status.isFailure() && !status.isTerminal()) {
      this.logger.info(`session: status ${status.toString()}`);
      return;
    }
    // Retryable failures stop the session too until reconnection exists.
    this.logger.warn(`session: stopping with status ${status.toString()}`);
    void this.#stop(status);
  }

  #stop(status: MeetingSessionStatus): Promise<void> {
    if (this.#stopping) return this.#stopping;
    if (!this.#connection) return Promise.resolve();
    this.#stopping = this.#leave(status).finally(() => {
      this.#stopping = undefined;
      if (this.#startAfterStop) {
        this.#startAfterStop = false;
        this.#start();
      }
    });
    return this.#stopping;
  }

  async #leave(status: MeetingSessionStatus): Promise<void> {
    this.#joinController?.abort(new CancelledError('the session was stopped'));
    this.#joinController = undefined;
    const connection = this.#connection;
    try {
      await connection?.leave();
      await connection?.close();
    } catch (error) {
      this.logger.warn(`session: error while leaving: ${describeError(error)}`);
    }
    this.#connection = undefined;
    this.deviceController.removeAudioInputListener(this.#onAudioInputChosen);
    this.#localAudio.release();
    this.#audioOutput.setStream(undefined);
    this.#presence.clear();
    this.#roster.clear();
    this.#video.reset();
    this.#lastStatus = status;
    this.logger.info(`session: stopped with status ${status.toString()}`);
    this.#setState('left');
    this.#emit('stop', { status });
    this.#observers.notify('audioVideoDidStop', status);
  }

  #onFrame(connection: MeetingConnection, frame: SdkSignalFrame): void {
    if (this.#connection !== connection || this.#stopping) return;
    const carriesStatus =
      !!frame.error?.status ||
      frame.type === SdkSignalFrame.Type.AUDIO_STATUS ||
      frame.type === SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE;
    if (carriesStatus && frame.type !== SdkSignalFrame.Type.PRIMARY_MEETING_JOIN_ACK) {
      this.#handleStatus(MeetingSessionStatus.fromSignalFrame(frame));
      if (this.#stopping) return;
    }
    switch (frame.type) {
      case SdkSignalFrame.Type.AUDIO_STREAM_ID_INFO:
        if (frame.audioStreamIdInfo) this.#applyPresence(frame.audioStreamIdInfo);
        break;
      case SdkSignalFrame.Type.INDEX:
        if (frame.index) this.#video.onIndex(frame.index);
        break;
      case SdkSignalFrame.Type.NOTIFICATION:
        this.#logNotification(frame);
        break;
      default:
        break;
    }
  }

  #onClosed(connection: MeetingConnection, detail: SignalingCloseDetail): void {
    if (this.#connection !== connection || this.#stopping) return;
    this.#handleStatus(MeetingSessionStatus.fromCloseCodeAfterJoin(detail.code));
  }

  #logNotification(frame: SdkSignalFrame): void {
    const notification = frame.notification;
    if (!notification) return;
    const message = `service notification: ${notification.message ?? ''}`;
    if (notification.level === SdkNotificationFrame.NotificationLevel.INFO) this.logger.info(message);
    else if (notification.level === SdkNotificationFrame.NotificationLevel.WARNING) this.logger.warn(message);
    else this.logger.error(message);
  }

  #applyPresence(info: AudioStreamIdInfoMessage): void {
    for (const update of this.#presence.apply(info)) {
      const { attendeeId, externalUserId } = update;
      if (update.kind === 'mute') {
        const attendee = this.#roster.get(attendeeId);
        if (attendee && attendee.muted !== update.muted) {
          const changed = { ...attendee, muted: update.muted };
          this.#roster.set(attendeeId, changed);
          this.#emit('attendee-update', { attendee: changed });
        }
        continue;
      }
      if (update.present) {
        if (!this.#roster.has(attendeeId)) {
          const attendee: RosterAttendee = {
            attendeeId,
            externalUserId,
            muted: false,
            local: attendeeId === this.localAttendeeId,
          };
          this.#roster.set(attendeeId, attendee);
          this.#video.onAttendeeJoined(attendeeId);
          this.#emit('attendee-join', { attendee });
        }
      } else {
        const attendee = this.#roster.get(attendeeId);
        if (attendee) {
          this.#roster.delete(attendeeId);
          this.#video.onAttendeeLeft(attendeeId);
          this.#emit('attendee-leave', { attendee, dropped: update.dropped });
        }
      }
      this.#presenceCallbacks.call(
        attendeeId,
        update.present,
        externalUserId,
        update.dropped,
        update.posInFrame,
      );
    }
  }

  #setMuted(muted: boolean): void {
    if (!this.#localAudio.setMuted(muted)) return;
    this.#connection?.sendMute(muted);
    this.#muteCallbacks.call(muted);
  }

  /** Follows the application choosing another microphone while the session runs. */
  readonly #onAudioInputChosen = (stream: MediaStream | undefined): void => {
    const connection = this.#connection;
    // Before the audio transceiver exists, the join picks up the input itself.
    if (!connection?.transceivers || this.#stopping) return;
    const track = stream?.getAudioTracks()[0];
    this.#localAudio.use(track && stream ? { track, stream, release: () => undefined } : undefined);
    connection.replaceAudioTrack(track ?? null).catch((error: unknown) => {
      this.logger.warn(`audio input: could not switch the microphone: ${describeError(error)}`);
    });
  };
}

/** The Chime SDK name for a meeting session. */
export type MeetingSession = DefaultMeetingSession;
