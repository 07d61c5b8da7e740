import { ActiveSpeakerDetector } from '../activespeaker/ActiveSpeakerDetector.ts';
import { DefaultActiveSpeakerPolicy } from '../activespeaker/DefaultActiveSpeakerPolicy.ts';
import { Attendees, ROSTER_RECONNECT_GRACE_MS } from '../attendees/Attendees.ts';
import type { Attendee } from '../attendees/Attendee.ts';
import type { MeetingSessionConfiguration } from '../config/MeetingSessionConfiguration.ts';
import { MeetingConnection } from '../connection/MeetingConnection.ts';
import { ContentShare } from '../contentshare/ContentShare.ts';
import type { ContentShareStatus } from '../contentshare/ContentShare.ts';
import type { ConnectionEvents, NegotiationSource } from '../connection/MeetingConnection.ts';
import { acquireAudioInput } from '../devices/acquireAudioInput.ts';
import type { DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import type { Logger } from '../logging/Logger.ts';
import { AudioOutput } from '../media/AudioOutput.ts';
import { LocalAudio } from '../media/LocalAudio.ts';
import type { HeldAudioInput } from '../media/LocalAudio.ts';
import type { PeerConnectionFactory } from '../media/peer.ts';
import { ConnectionHealth } from '../metrics/ConnectionHealth.ts';
import { StatsCollector } from '../metrics/StatsCollector.ts';
import { detectPlatform } from '../platform.ts';
import { SdkNotificationFrame, SdkSignalFrame } from '../protocol/frame.ts';
import { Realtime, dataMessagePayload, receivedDataMessage } from '../realtime/Realtime.ts';
import type { WebSocketFactory } from '../signaling/SignalingClient.ts';
import { VideoModel } from '../video/VideoModel.ts';
import type { MeetingSessionVideoAvailability, VideoTileState } from '../video/types.ts';
import { TypedEventTarget } from '../TypedEventTarget.ts';
import { AudioVideoFacade } from './AudioVideoFacade.ts';
import { CancelledError, JoinError, describeError } from '../status/errors.ts';
import { FullJitterBackoff } from './FullJitterBackoff.ts';
import { MeetingSessionStatus } from '../status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode } from '../status/MeetingSessionStatusCode.ts';
import { ObserverSet } from '../ObserverSet.ts';
import { PrimaryMeetingPromotion } from './PrimaryMeetingPromotion.ts';
import { MAX_CONTENT_SHARES, contentAttendeeOf, isContentAttendee } from '../protocol/constants.ts';
import { Reconnector } from './Reconnector.ts';
import type { AudioVideoObserver, ConnectionQuality, SessionEventMap, SessionState } from './types.ts';

/** Test seams: replace the transport, the peer connection, the clock and chance. */
export interface SessionOptions {
  webSocketFactory?: (url: string, protocols: string[]) => WebSocket;
  peerConnectionFactory?: (config: RTCConfiguration) => RTCPeerConnection;
  now?: () => number;
  /** How often the client PINGs the service (default 10 s, as the Chime SDK). */
  pingIntervalMs?: number;
  /** Chance for the reconnect backoff (default `Math.random`). */
  random?: () => number;
  /** @internal This is the session of a content share: it receives no video. */
  contentShare?: boolean;
}

/** The camera's send bitrate limit unless `setVideoMaxBandwidthKbps` says otherwise. */
export const DEFAULT_VIDEO_MAX_BANDWIDTH_KBPS = 1400;

function randomUint32(): number {
  const value = new Uint32Array(1);
  globalThis.crypto.getRandomValues(value);
  return value[0]!;
}

/**
 * A meeting session: joins one meeting as one attendee and stays in it through connection
 * faults. It is a small state machine (idle → connecting → joined ⇄ reconnecting → left) that
 * routes each frame of the service to the model that owns its facts (attendees, video, data
 * messages) and reports through typed events and, for Chime SDK compatibility, through the
 * `audioVideo` facade's observers and callbacks.
 */
export class DefaultMeetingSession extends TypedEventTarget<SessionEventMap> {
  readonly audioVideo: AudioVideoFacade;

  #state: SessionState = 'idle';
  #lastStatus: MeetingSessionStatus | undefined;
  readonly #observers: ObserverSet<AudioVideoObserver>;
  readonly #attendees: Attendees;
  readonly #realtime: Realtime;
  readonly #video: VideoModel;
  readonly #localAudio = new LocalAudio();
  readonly #audioOutput: AudioOutput;
  readonly #reconnector: Reconnector;
  /** Runs the applications' active speaker subscriptions and the session's own. */
  readonly #activeSpeakers: ActiveSpeakerDetector;
  readonly #stats: StatsCollector;
  readonly #health: ConnectionHealth;
  readonly #promotion: PrimaryMeetingPromotion;
  readonly #contentShare: ContentShare;
  #quality: ConnectionQuality = 'good';
  /** The active speakers last reported. */
  #speaking = new Set<string>();
  readonly #audioSessionId = randomUint32();
  readonly #options: SessionOptions;
  #connection: MeetingConnection | undefined;
  /** Aborted when the session stops: cancels the microphone request and the join in progress. */
  #run: AbortController | undefined;
  #audioInput: Promise<HeldAudioInput | undefined> | undefined;
  #stopping: Promise<void> | undefined;
  #startAfterStop = false;
  #canUnmute = true;
  #videoMaxBandwidthKbps = DEFAULT_VIDEO_MAX_BANDWIDTH_KBPS;

  constructor(
    readonly configuration: MeetingSessionConfiguration,
    readonly logger: Logger,
    readonly deviceController: DefaultDeviceController,
    options: SessionOptions = {},
  ) {
    super();
    this.#options = options;
    this.#observers = new ObserverSet(logger);
    this.#audioOutput = new AudioOutput(logger, deviceController);
    const { attendeeId, externalUserId } = configuration.credentials;
    this.#attendees = new Attendees(
      {
        presence: (attendee, present, dropped, posInFrame) => {
          this.#realtime.presenceSeen(attendee, present, dropped, posInFrame);
          this.#contentShare.onPresence(attendee.attendeeId, present);
        },
        volumeIndicator: (attendee, changed) => {
          this.#realtime.volumeIndicatorChanged(attendee, changed);
          if (changed.volume !== undefined || changed.muted !== undefined) {
            this.#activeSpeakers.volume(attendee.attendeeId, changed.volume ?? null, changed.muted ?? null);
          }
          if (changed.volume !== undefined || changed.signalStrength !== undefined) {
            this.emit('volume-change', { attendee });
          }
          if (attendee.local && changed.signalStrength !== undefined) this.#updateQuality();
        },
        joined: (attendee) => {
          this.#video.onAttendeeJoined(attendee.attendeeId);
          this.#activeSpeakers.attendeePresence(attendee.attendeeId, true);
          this.emit('attendee-join', { attendee });
        },
        left: (attendee, dropped) => {
          this.#video.onAttendeeLeft(attendee.attendeeId);
          this.#activeSpeakers.attendeePresence(attendee.attendeeId, false);
          this.emit('attendee-leave', { attendee, dropped });
        },
        updated: (attendee) => this.emit('attendee-update', { attendee }),
      },
      {
        localAttendeeId: attendeeId,
        localExternalUserId: externalUserId,
        localMuted: () => (this.#localAudio.input ? this.#localAudio.muted : null),
      },
    );
    this.#realtime = new Realtime(logger, (id) => this.#attendees.attendee(id), attendeeId);
    this.#video = new VideoModel({
      logger,
      devices: deviceController,
      observers: this.#observers,
      attendeeId,
      externalUserId,
      receivesVideo: !options.contentShare,
      maxResolution: configuration.meetingFeatures.videoMaxResolution,
      emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail })),
      tileChanged: (id, tile) => this.#attendees.attendee(id).setVideoTile(tile),
      connection: () => (this.#stopping ? undefined : this.#connection),
    });
    this.#reconnector = new Reconnector({
      timeoutMs: configuration.reconnectTimeoutMs,
      backoff: new FullJitterBackoff(
        configuration.reconnectFixedWaitMs,
        configuration.reconnectShortBackOffMs,
        configuration.reconnectLongBackOffMs,
        options.random,
      ),
      now: options.now,
    });
    this.#activeSpeakers = new ActiveSpeakerDetector({
      now: options.now,
      onCallbackError: (error) => this.logger.error(`active speaker callback threw: ${describeError(error)}`),
    });
    this.#health = new ConnectionHealth({
      observer: {
        connectionHealthDidChange: (data) => this.#observers.notify('connectionHealthDidChange', data),
        connectionDidBecomePoor: () => {
          this.#observers.notify('connectionDidBecomePoor');
          this.#updateQuality();
        },
        connectionDidBecomeGood: () => {
          this.#observers.notify('connectionDidBecomeGood');
          this.#updateQuality();
        },
        connectionDidSuggestStopVideo: () => this.#observers.notify('connectionDidSuggestStopVideo'),
        videoSendHealthDidChange: (kbps, packets) =>
          this.#observers.notify('videoSendHealthDidChange', kbps, packets),
        videoSendBandwidthDidChange: (now, before) =>
          this.#observers.notify('videoSendBandwidthDidChange', now, before),
        videoReceiveBandwidthDidChange: (now, before) =>
          this.#observers.notify('videoReceiveBandwidthDidChange', now, before),
      },
      reconnectNeeded: (reason) => {
        this.logger.warn(`session: the connection looks dead (${reason})`);
        this.#handleStatus(new MeetingSessionStatus(MeetingSessionStatusCode.ConnectionHealthReconnect));
      },
      configuration: configuration.connectionHealthPolicyConfiguration,
      videoTilesWithStreams: () =>
        [...this.#video.tiles.states.values()].some((tile) => tile.boundVideoStream),
      localVideoStarted: () => this.#video.hasStartedLocalVideoTile(),
      now: options.now,
      logger,
    });
    this.#stats = new StatsCollector({
      peer: () => this.#connection?.peer,
      localAttendeeId: attendeeId,
      attendeeIdForSsrc: (ssrc, direction) =>
        direction === 'outbound' ? attendeeId : this.#connection?.receivers.attendeeIdForSsrc(ssrc),
      sendClientMetric: (clientMetric) =>
        void this.#connection?.send({ type: SdkSignalFrame.Type.CLIENT_METRIC, clientMetric }),
      onReport: (report) => {
        this.#observers.notify('metricsDidReceive', report);
        this.emit('metrics', { report });
        this.#health.report(report);
        this.#updateQuality();
      },
      now: options.now,
      logger,
    });
    this.#promotion = new PrimaryMeetingPromotion({
      logger,
      timeoutMs: () => configuration.connectionTimeoutMs,
      send: (frame) => this.#connection?.send(frame) ?? false,
      demoted: (status) => {
        this.#observers.notify('audioVideoWasDemotedFromPrimaryMeeting', status);
        // Shared as the primary attendee: that share ends with the promotion (as in the Chime SDK).
        this.#contentShare.stop();
      },
    });
    this.#contentShare = new ContentShare({
      configuration,
      logger,
      mediaDevices: () => deviceController.mediaDevices,
      createSession: (contentConfiguration, devices) =>
        new DefaultMeetingSession(contentConfiguration, logger, devices, { ...options, contentShare: true }),
      showLocalContent: (stream) => this.#video.showLocalContent(contentAttendeeOf(attendeeId), stream),
      changed: (sharing, paused) => this.emit('content-share-change', { sharing, paused }),
    });
    this.audioVideo = new AudioVideoFacade({
      start: () => this.#start(),
      stop: () => void this.#stop(new MeetingSessionStatus(MeetingSessionStatusCode.Left)),
      observers: this.#observers,
      realtime: this.#realtime,
      video: this.#video,
      devices: deviceController,
      audioOutput: this.#audioOutput,
      setMuted: (muted) => this.#setMuted(muted),
      isMuted: () => this.#localAudio.muted,
      setCanUnmute: (canUnmute) => this.#setCanUnmute(canUnmute),
      canUnmute: () => this.#canUnmute,
      sendDataMessage: (topic, data, lifetimeMs) => this.#sendDataMessage(topic, data, lifetimeMs),
      setVideoMaxBandwidthKbps: (kbps) => this.#setVideoMaxBandwidthKbps(kbps),
      activeSpeakers: this.#activeSpeakers,
      promotion: this.#promotion,
      contentShare: this.#contentShare,
      peer: () => this.#connection?.peer,
    });
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Present attendees keyed by attendee id, including this one and content shares. */
  get attendees(): ReadonlyMap<string, Attendee> {
    return this.#attendees.present;
  }

  /**
   * The object of one attendee, present or not (created on first use, kept for the session's
   * life): listen to its events to follow that attendee alone.
   */
  attendee(attendeeId: string): Attendee {
    return this.#attendees.attendee(attendeeId);
  }

  /** This session's own attendee. */
  get localAttendee(): Attendee {
    return this.#attendees.local;
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

  /** Whether this client's microphone is muted. */
  get muted(): boolean {
    return this.#localAudio.muted;
  }

  /** Whether this client may unmute itself (`realtimeSetCanUnmuteLocalAudio`). */
  get canUnmute(): boolean {
    return this.#canUnmute;
  }

  /** This client's content share, and how many others run (a meeting carries two at once). */
  get contentShareStatus(): ContentShareStatus {
    const share = this.#contentShare;
    const own = contentAttendeeOf(this.localAttendeeId);
    let othersSharing = 0;
    for (const attendeeId of this.#attendees.present.keys()) {
      if (attendeeId !== own && isContentAttendee(attendeeId)) othersSharing++;
    }
    return {
      local: share.sharing ? 'sharing' : share.starting ? 'starting' : 'none',
      paused: share.paused,
      othersSharing,
      canStart: share.allowed && othersSharing < MAX_CONTENT_SHARES,
    };
  }

  /** How well this client's connection does: `lost` while reconnecting. */
  get connectionQuality(): ConnectionQuality {
    return this.#quality;
  }

  /** The status the session last stopped with. */
  get lastStatus(): MeetingSessionStatus | undefined {
    return this.#lastStatus;
  }

  /** A summary safe to log or serialize (no join token). */
  toJSON(): Record<string, unknown> {
    return {
      state: this.#state,
      localAttendeeId: this.localAttendeeId,
      attendees: [...this.#attendees.present.values()].map((attendee) => attendee.toJSON()),
      lastStatus: this.#lastStatus?.toJSON(),
      configuration: this.configuration.toJSON(),
    };
  }

  #setState(state: SessionState, reconnecting = false): void {
    this.#state = state;
    this.emit('state-change', { state, reconnecting });
    this.#updateQuality();
  }

  /** `lost` while reconnecting; `poor` on a weak signal or a poor connection; else `good`. */
  #updateQuality(): void {
    const quality: ConnectionQuality =
      this.#state === 'reconnecting'
        ? 'lost'
        : this.#health.poor || this.#attendees.local.signalStrength <= 0.5
          ? 'poor'
          : 'good';
    if (quality === this.#quality) return;
    this.#quality = quality;
    this.emit('connection-quality-change', { quality });
  }

  readonly #onDeviceList = (kind: MediaDeviceKind, devices: MediaDeviceInfo[]): void => {
    this.emit('devices-change', { kind, devices });
  };

  readonly #onActiveSpeakers = (attendeeIds: string[]): void => {
    const speaking = new Set(attendeeIds);
    // Those who stopped speaking include those who left meanwhile.
    for (const attendeeId of this.#speaking) {
      if (!speaking.has(attendeeId)) this.attendee(attendeeId).setSpeaking(false);
    }
    for (const attendeeId of speaking) this.attendee(attendeeId).setSpeaking(true);
    this.#speaking = speaking;
    this.emit('active-speakers-change', { attendeeIds });
  };

  #start(): void {
    if (this.#stopping) {
      this.#startAfterStop = true;
      return;
    }
    if (this.#state !== 'idle' && this.#state !== 'left') return;
    this.#reconnector.reset();
    const run = new AbortController();
    this.#run = run;
    this.deviceController.addAudioInputListener(this.#onAudioInputChosen);
    this.#audioInput = this.#acquireAudioInput(run.signal);
    // Settled by the connection; keep an unobserved rejection (stopped first) from being reported.
    this.#audioInput.catch(() => undefined);
    this.#stats.start();
    this.deviceController.addDeviceListListener(this.#onDeviceList);
    // The session's own scoring, for `Attendee.speaking` and its event; its timers run while joined.
    this.#activeSpeakers.subscribe(new DefaultActiveSpeakerPolicy(), this.#onActiveSpeakers);
    this.#connect(false);
  }

  /** Joins on a new connection; a reconnect is the same join with `reconnecting`. */
  #connect(reconnecting: boolean): void {
    const run = this.#run!;
    const controller = new AbortController();
    run.signal.addEventListener('abort', () => controller.abort(run.signal.reason), { once: true });
    const connection = this.#newConnection();
    this.#connection = connection;
    if (!reconnecting) {
      // Listeners may call stop() from here; the connection exists, so that cancels it.
      this.#setState('connecting');
      this.#observers.notify('audioVideoDidStartConnecting', false);
      if (this.#stopping) return;
    }
    connection.join(controller.signal).then(
      () => {
        if (this.#connection !== connection || this.#stopping) return;
        this.#reconnector.joined();
        this.#health.connectionStarted();
        this.logger.info(reconnecting ? 'session: reconnected' : 'session: joined');
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

  #newConnection(): MeetingConnection {
    const source: NegotiationSource = {
      wantedStreams: () => this.#video.wantedStreams(),
      cameraTrack: () => this.#video.cameraTrack(),
      videoMaxBitrateKbps: () => this.#videoMaxBandwidthKbps,
      audioMuted: () => this.#localAudio.muted,
    };
    const current = (connection: MeetingConnection) => this.#connection === connection && !this.#stopping;
    const events: ConnectionEvents = {
      frame: (frame) => {
        if (current(connection)) this.#onFrame(frame);
      },
      closed: (detail) => {
        if (current(connection)) this.#handleStatus(MeetingSessionStatus.fromCloseCodeAfterJoin(detail.code));
      },
      remoteAudio: (stream) => {
        if (current(connection)) this.#audioOutput.setStream(stream);
      },
      remoteVideo: (binding) => {
        if (current(connection)) this.#video.onRemoteVideo(binding);
      },
      negotiated: (receiving, viewOnly) => {
        if (!current(connection)) return;
        this.#video.onNegotiated(receiving);
        if (viewOnly) this.#video.onVideoSendUnavailable();
      },
      pong: () => {
        if (!current(connection)) return;
        this.#reconnector.alive();
        this.#health.pongReceived();
        this.#updateQuality();
      },
      missedPongs: (count) => {
        if (!current(connection)) return;
        this.#health.missedPong(count);
        this.#updateQuality();
      },
      failed: (status, reason) => {
        if (!current(connection)) return;
        this.logger.warn(`session: ${reason}`);
        this.#handleStatus(status);
      },
    };
    const connection = new MeetingConnection({
      configuration: this.configuration,
      logger: this.logger,
      platform: detectPlatform(),
      audioSessionId: this.#audioSessionId,
      now: this.#options.now ?? Date.now,
      webSocketFactory: this.#options.webSocketFactory as WebSocketFactory | undefined,
      peerConnectionFactory: this.#options.peerConnectionFactory as PeerConnectionFactory | undefined,
      pingIntervalMs: this.#options.pingIntervalMs,
      // The microphone in use now: the one acquired at start, or the one chosen since.
      audioInput: (this.#audioInput ?? Promise.resolve(undefined)).then(
        () => this.#localAudio.input,
        () => undefined,
      ),
      source,
      events,
    });
    return connection;
  }

  async #acquireAudioInput(signal: AbortSignal): Promise<HeldAudioInput | undefined> {
    if (!this.configuration.urls.audioHostURL) return undefined;
    // With the meeting's echo reduction on, ask the browser for its echo cancellation (and the
    // processing that goes with it) explicitly; otherwise take the browser's defaults.
    // A content share sends its stream's audio, or silence: never the user's microphone.
    const constraints = this.#options.contentShare
      ? null
      : this.configuration.meetingFeatures.echoReduction
        ? { echoCancellation: true, noiseSuppression: true, autoGainControl: true }
        : true;
    const input = await acquireAudioInput(this.deviceController, this.logger, signal, constraints);
    if (signal.aborted) {
      input?.release();
      throw signal.reason;
    }
    // The application chose a microphone while this one was being opened: that choice wins.
    if (this.#localAudio.input) {
      if (input !== this.#localAudio.input) input?.release();
      return this.#localAudio.input;
    }
    this.#localAudio.use(input);
    return input;
  }

  /**
   * What a status means for the session: nothing; a reconnect (a retryable failure, until the
   * deadline); or the end (a terminal status, or the deadline passed).
   */
  #handleStatus(status: MeetingSessionStatus): void {
    if (!status.isFailure() && !status.isTerminal()) {
      this.logger.info(`session: status ${status.toString()}`);
      return;
    }
    if (status.isTerminal()) {
      this.logger.warn(`session: stopping with status ${status.toString()}`);
      void this.#stop(status);
      return;
    }
    const failed = this.#connection;
    this.#connection = undefined;
    // No LEAVE: the service keeps this attendee present for a grace period while it comes back.
    void failed?.close().catch(() => undefined);
    this.#promotion.onConnectionLost();
    if (!this.#reconnector.retry(() => this.#reconnect())) {
      this.logger.error(`session: giving up reconnecting after ${status.toString()}`);
      void this.#stop(status);
      return;
    }
    this.logger.warn(`session: reconnecting after ${status.toString()}`);
    if (this.#state === 'joined') {
      this.#video.onReconnecting(ROSTER_RECONNECT_GRACE_MS);
      this.#setState('reconnecting', true);
      this.#observers.notify('audioVideoDidStartConnecting', true);
    }
  }

  #reconnect(): void {
    if (this.#stopping || this.#state === 'left' || this.#state === 'idle') return;
    this.#attendees.reconnected();
    this.#connect(true);
  }

  #stop(status: MeetingSessionStatus): Promise<void> {
    if (this.#stopping) return this.#stopping;
    if (this.#state === 'idle' || this.#state === 'left') return Promise.resolve();
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
    this.#reconnector.reset();
    this.#stats.stop();
    this.#activeSpeakers.unsubscribe(this.#onActiveSpeakers);
    this.#speaking.clear();
    this.deviceController.removeDeviceListListener(this.#onDeviceList);
    this.#contentShare.stop();
    this.#run?.abort(new CancelledError('the session was stopped'));
    this.#run = undefined;
    const connection = this.#connection;
    try {
      await connection?.leave();
      await connection?.close();
    } catch (error) {
      this.logger.warn(`session: error while leaving: ${describeError(error)}`);
    }
    this.#connection = undefined;
    this.deviceController.removeAudioInputListener(this.#onAudioInputChosen);
    this.#audioInput = undefined;
    this.#localAudio.release();
    this.#audioOutput.setStream(undefined);
    this.#promotion.reset();
    this.#attendees.reset();
    this.#video.reset();
    this.#lastStatus = status;
    this.logger.info(`session: stopped with status ${status.toString()}`);
    this.#setState('left');
    this.emit('stop', { status });
    this.#observers.notify('audioVideoDidStop', status);
  }

  /** Routes a frame to the model that owns what it says. */
  #onFrame(frame: SdkSignalFrame): void {
    const carriesStatus =
      !!frame.error?.status ||
      frame.type === SdkSignalFrame.Type.AUDIO_STATUS ||
      frame.type === SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE;
    if (carriesStatus && frame.type !== SdkSignalFrame.Type.PRIMARY_MEETING_JOIN_ACK) {
      this.#handleStatus(MeetingSessionStatus.fromSignalFrame(frame));
      if (this.#stopping || !this.#connection) return;
    }
    switch (frame.type) {
      case SdkSignalFrame.Type.JOIN_ACK:
        this.#video.onJoinAck(frame.joinack?.videoSubscriptionLimit);
        break;
      case SdkSignalFrame.Type.INDEX:
        if (frame.index) this.#video.onIndex(frame.index);
        break;
      case SdkSignalFrame.Type.AUDIO_STREAM_ID_INFO:
        if (frame.audioStreamIdInfo) this.#attendees.applyStreamIdInfo(frame.audioStreamIdInfo);
        break;
      case SdkSignalFrame.Type.AUDIO_METADATA:
        if (frame.audioMetadata) this.#attendees.applyMetadata(frame.audioMetadata);
        break;
      case SdkSignalFrame.Type.DATA_MESSAGE:
        for (const payload of frame.dataMessage?.messages ?? []) {
          const message = receivedDataMessage(payload);
          this.#realtime.deliver(message);
          this.emit('data-message', { message });
        }
        break;
      case SdkSignalFrame.Type.BITRATES: {
        const kbps = frame.bitrates?.serverAvailableOutgoingBitrate;
        if (kbps) this.#stats.overrideObservableMetric('availableIncomingBitrate', kbps * 1000);
        break;
      }
      case SdkSignalFrame.Type.PRIMARY_MEETING_JOIN_ACK:
        this.#promotion.onJoinAck(frame);
        break;
      case SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE:
        this.#promotion.onRemoved();
        break;
      case SdkSignalFrame.Type.NOTIFICATION:
        this.#logNotification(frame);
        break;
      default:
        break;
    }
  }

  #logNotification(frame: SdkSignalFrame): void {
    const notification = frame.notification;
    if (!notification) return;
    const message = `service notification: ${notification.message ?? ''}`;
    if (notification.level === SdkNotificationFrame.NotificationLevel.INFO) this.logger.info(message);
    else if (notification.level === SdkNotificationFrame.NotificationLevel.WARNING) this.logger.warn(message);
    else this.logger.error(message);
  }

  /** Returns false when unmuting is not allowed. */
  #setMuted(muted: boolean): boolean {
    if (!muted && !this.#canUnmute && this.#localAudio.muted) return false;
    if (!this.#localAudio.setMuted(muted)) return true;
    this.#connection?.send({ type: SdkSignalFrame.Type.AUDIO_CONTROL, audioControl: { muted } });
    this.#attendees.localMuteChanged();
    this.#realtime.mute.call(muted);
    this.emit('mute-change', { muted });
    return true;
  }

  #setCanUnmute(canUnmute: boolean): void {
    if (this.#canUnmute === canUnmute) return;
    this.#canUnmute = canUnmute;
    this.#realtime.canUnmute.call(canUnmute);
    this.emit('can-unmute-change', { canUnmute });
  }

  #sendDataMessage(topic: string, data: unknown, lifetimeMs?: number): void {
    const payload = dataMessagePayload(topic, data, lifetimeMs);
    const sent = this.#connection?.send({
      type: SdkSignalFrame.Type.DATA_MESSAGE,
      dataMessage: { messages: [payload] },
    });
    if (!sent) this.logger.error(`data message on topic ${topic} not sent: the session is not connected`);
  }

  #setVideoMaxBandwidthKbps(kbps: number): void {
    if (!Number.isFinite(kbps) || kbps <= 0)
      throw new RangeError('the bandwidth must be a positive number of kbps');
    this.#videoMaxBandwidthKbps = Math.round(kbps);
    this.#connection?.requestNegotiation();
  }

  /** Follows the application choosing another microphone while the session runs. */
  readonly #onAudioInputChosen = (stream: MediaStream | undefined): void => {
    const connection = this.#connection;
    const track = stream?.getAudioTracks()[0];
    this.#localAudio.use(track && stream ? { track, stream, release: () => undefined } : undefined);
    if (!connection || this.#stopping) return;
    connection.replaceAudioTrack(track ?? null).catch((error: unknown) => {
      this.logger.warn(`audio input: could not switch the microphone: ${describeError(error)}`);
    });
  };
}

/** The Chime SDK name for a meeting session. */
export type MeetingSession = DefaultMeetingSession;
