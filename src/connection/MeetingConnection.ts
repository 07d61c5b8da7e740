import { cancellable, unlessAborted } from '../cancellable.ts';
import type { MeetingSessionConfiguration } from '../config/MeetingSessionConfiguration.ts';
import type { Logger } from '../logging/Logger.ts';
import {
  addLocalTransceivers,
  createLocalOffer,
  defaultPeerConnectionFactory,
  peerConfiguration,
  receiveStreamIds,
  waitForIceConnected,
  waitForIceGathering,
} from '../media/peer.ts';
import type { AudioInput, LocalTransceivers, PeerConnectionFactory, TurnCredentials } from '../media/peer.ts';
import type { PlatformInfo } from '../platform.ts';
import { utcOffset } from '../platform.ts';
import { AUDIO_SEND_STREAM, VIDEO_SEND_STREAM, VIDEO_VIEW_ONLY_STATUS } from '../protocol/constants.ts';
import {
  SdkJoinFlags,
  SdkServerSideNetworkAdaption,
  SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
} from '../protocol/frame.ts';
import type { ISdkStreamDescriptor, OutgoingFrame, SdkTurnCredentials } from '../protocol/frame.ts';
import { JoinError, describeError } from '../status/errors.ts';
import { MeetingSessionStatus } from '../status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode } from '../status/MeetingSessionStatusCode.ts';
import { signalingConnectionUrl, signalingProtocols } from '../signaling/connectionUrl.ts';
import { SignalingClient } from '../signaling/SignalingClient.ts';
import type { SignalingCloseDetail, WebSocketFactory } from '../signaling/SignalingClient.ts';
import { SDK_NAME, SDK_VERSION } from '../version.ts';
import type { RemoteVideoBinding, RemoteVideoStream } from '../video/subscriptions.ts';
import { VideoReceivers } from '../video/VideoReceivers.ts';
import { AnswerDecompressor, compressOffer } from './sdpCompression.ts';

/** The named steps of a join. Reconnecting runs the same steps on a new connection. */
export type JoinStep = 'open-signaling' | 'join' | 'create-peer-connection' | 'negotiate' | 'connect-ice';

/** How long to wait for LEAVE_ACK before closing anyway. */
export const LEAVE_ACK_TIMEOUT_MS = 15_000;
/** ICE that stays `disconnected` this long counts as failed. */
export const ICE_DISCONNECTED_TIMEOUT_MS = 10_000;

/** What a negotiation sends and receives, asked of the session's models when the offer is built. */
export interface NegotiationSource {
  /** The remote video streams to receive. */
  wantedStreams(): RemoteVideoStream[];
  /** The camera (or shared content) track to send, if any. */
  cameraTrack(): MediaStreamTrack | undefined;
  /** The send bitrate limit of that track. */
  videoMaxBitrateKbps(): number;
  /** Sent in SUBSCRIBE as `audio_muted`. */
  audioMuted(): boolean;
}

/** What a connection reports to its session. */
export interface ConnectionEvents {
  /** Every decoded frame, during the join and after. */
  frame(frame: SdkSignalFrame): void;
  /** The server closed the socket after the join completed. */
  closed(detail: SignalingCloseDetail): void;
  /** The received (mixed) meeting audio. */
  remoteAudio(stream: MediaStream): void;
  /** A received video track, bound to its stream and attendee. */
  remoteVideo(binding: RemoteVideoBinding): void;
  /** A negotiation completed: these streams are received; the camera was refused with 206. */
  negotiated(receiving: RemoteVideoStream[], viewOnly: boolean): void;
  /** The service answered a PING. */
  pong(): void;
  /** PINGs went unanswered, `count` in a row. */
  missedPongs(count: number): void;
  /**
   * The connection cannot go on after the join: ICE failed or stayed disconnected
   * (ConnectionHealthReconnect), or a renegotiation failed (TaskFailed).
   */
  failed(status: MeetingSessionStatus, reason: string): void;
}

export interface ConnectionOptions {
  configuration: MeetingSessionConfiguration;
  logger: Logger;
  platform: PlatformInfo;
  /** Random per session, the same for every connection of that session. */
  audioSessionId: number;
  now: () => number;
  webSocketFactory?: WebSocketFactory;
  peerConnectionFactory?: PeerConnectionFactory;
  pingIntervalMs?: number;
  /** The microphone, being acquired while the join proceeds; sent as soon as it is there. */
  audioInput: Promise<AudioInput | undefined>;
  source: NegotiationSource;
  events: ConnectionEvents;
}

interface SubscribeResult {
  answer: string;
  /** The service refused to receive the camera. */
  viewOnly: boolean;
}

/** What the last completed negotiation sent, to tell whether another one is needed. */
interface Negotiated {
  camera: boolean;
  bitrateKbps: number;
}

/**
 * One attempt at being in the meeting: one signaling WebSocket and one RTCPeerConnection. It
 * knows the transport (framing, TURN, SDP compression, ICE) and runs every SDP exchange through
 * one {@link negotiate}: the join's, each renegotiation, and so a reconnect's (a new connection)
 * and a content share's (a connection of its own). What to send and receive it asks its
 * {@link NegotiationSource}; it never reads INDEX itself.
 */
export class MeetingConnection {
  signaling: SignalingClient | undefined;
  peer: RTCPeerConnection | undefined;
  transceivers: LocalTransceivers | undefined;
  readonly receivers = new VideoReceivers();
  #turn: TurnCredentials | undefined;
  #compressSdp = false;
  readonly #answers = new AnswerDecompressor();
  #step: JoinStep | 'idle' | 'joined' = 'idle';
  #joinController: AbortController | undefined;
  #closed = false;
  #negotiated: Negotiated | undefined;
  /** The last negotiation failed: the next one runs even if nothing changed. */
  #stale = false;
  #negotiationWanted = false;
  #negotiating: Promise<void> | undefined;
  #negotiationController: AbortController | undefined;
  #iceTimer: ReturnType<typeof setTimeout> | undefined;
  #audioTrack: MediaStreamTrack | null = null;
  /** The first offer, made as soon as the peer exists so that ICE gathers while signaling works. */
  #earlyOffer: Promise<void> | undefined;

  constructor(private readonly options: ConnectionOptions) {}

  get joined(): boolean {
    return this.#step === 'joined';
  }

  /**
   * Joins. The WebSocket, the JOIN, the peer connection and the microphone proceed in parallel;
   * the first negotiation waits for the first INDEX, ICE then connects. Rejects with a
   * {@link JoinError} carrying the status when a step fails, times out, or the server closes the
   * socket; with the signal's reason when the signal aborts.
   */
  async join(signal: AbortSignal): Promise<void> {
    const controller = new AbortController();
    this.#joinController = controller;
    const forwardAbort = () => controller.abort(signal.reason);
    if (signal.aborted) forwardAbort();
    signal.addEventListener('abort', forwardAbort, { once: true });
    const timeoutMs = this.options.configuration.connectionTimeoutMs;
    const timer = setTimeout(
      () =>
        controller.abort(JoinError.taskFailed(`join step '${this.#step}' timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    const stepSignal = controller.signal;
    try {
      // The WebSocket starts connecting first; the peer connection does not need the service
      // yet: it is built, and ICE candidates are gathered, while the WebSocket opens and JOIN is
      // answered. The microphone joins whenever it is open.
      const opened = this.#openSignaling(stepSignal);
      opened.catch(() => undefined);
      await this.#run('create-peer-connection', stepSignal, async () =>
        this.#createPeerConnection(undefined),
      );
      await this.#run('open-signaling', stepSignal, () => opened);
      await this.#run('join', stepSignal, (s) => this.#sendJoinAndReceiveIndex(s));
      await this.#run('negotiate', stepSignal, async (s) => {
        await unlessAborted(s, this.#earlyOffer ?? Promise.resolve());
        await this.negotiate(s);
      });
      await this.#run('connect-ice', stepSignal, (s) => waitForIceConnected(this.peer!, s));
      this.#step = 'joined';
      this.#watchIce();
      // INDEX frames or camera changes that arrived during the join.
      if (this.#negotiationWanted) this.requestNegotiation();
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forwardAbort);
      this.#joinController = undefined;
    }
  }

  /**
   * One SDP exchange: receivers for the wanted streams (stopping those no longer wanted), the
   * camera, offer, ICE gathering, SUBSCRIBE, SUBSCRIBE_ACK, answer.
   */
  async negotiate(signal: AbortSignal): Promise<void> {
    const peer = this.peer!;
    const { source, logger } = this.options;
    const wanted = source.wantedStreams();
    const track = source.cameraTrack();
    const bitrateKbps = source.videoMaxBitrateKbps();
    this.receivers.update(peer, wanted);
    logger.info(`negotiate: receiving ${wanted.length} video stream(s), camera ${track ? 'on' : 'off'}`);
    try {
      await this.#attachCamera(track, bitrateKbps);
      await createLocalOffer(peer, signal);
      const offer = await waitForIceGathering(peer, signal, this.#relay);
      logger.debug('negotiate: ICE candidates gathered, subscribing');
      const { answer, viewOnly } = await this.#subscribe(offer, track ? bitrateKbps : 0, signal);
      logger.debug('negotiate: answered');
      await unlessAborted(signal, peer.setRemoteDescription({ type: 'answer', sdp: answer }));
      this.#negotiated = { camera: !!track, bitrateKbps };
      this.#stale = false;
      this.options.events.negotiated(wanted, viewOnly && !!track);
    } catch (error) {
      this.#stale = true;
      throw error;
    }
  }

  /**
   * Asks for a negotiation with what the source wants now. One runs at a time; requests made
   * meanwhile are coalesced into the next one, which is skipped when nothing changed. Before the
   * join completes this only records the request (the join negotiates at its end).
   */
  requestNegotiation(): void {
    this.#negotiationWanted = true;
    if (!this.joined || this.#closed || this.#negotiating) return;
    this.#negotiating = this.#negotiateWhileWanted().finally(() => {
      this.#negotiating = undefined;
    });
  }

  /** Sends LEAVE and waits for LEAVE_ACK or the socket closing, at most {@link LEAVE_ACK_TIMEOUT_MS}. */
  async leave(): Promise<void> {
    const signaling = this.signaling;
    if (!signaling?.ready) return;
    const acknowledged = new Promise<void>((resolve) => {
      const timer = setTimeout(done, LEAVE_ACK_TIMEOUT_MS);
      function onFrame(event: Event) {
        if ((event as CustomEvent<SdkSignalFrame>).detail.type === SdkSignalFrame.Type.LEAVE_ACK) done();
      }
      function done() {
        clearTimeout(timer);
        signaling!.removeEventListener('frame', onFrame);
        signaling!.removeEventListener('close', done);
        resolve();
      }
      signaling.addEventListener('frame', onFrame);
      signaling.addEventListener('close', done);
    });
    if (signaling.send({ type: SdkSignalFrame.Type.LEAVE, leave: {} })) await acknowledged;
  }

  /** Closes the peer connection and the socket. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#iceTimer);
    this.#negotiationController?.abort(new Error('the connection was closed'));
    if (this.peer) {
      this.peer.removeEventListener('track', this.#onTrack);
      this.peer.removeEventListener('iceconnectionstatechange', this.#onIceState);
      this.peer.close();
    }
    await this.signaling?.close();
  }

  /** Sends a frame when the socket is open; returns whether it was sent. */
  send(frame: OutgoingFrame): boolean {
    return this.signaling?.ready ? this.signaling.send(frame) : false;
  }

  /** Sends another microphone track without renegotiating. */
  async replaceAudioTrack(track: MediaStreamTrack | null): Promise<void> {
    this.#audioTrack = track;
    await this.transceivers?.audio?.sender.replaceTrack(track);
  }

  /** Sends another camera track without renegotiating, when the camera is being sent. */
  async replaceCameraTrack(track: MediaStreamTrack): Promise<void> {
    const camera = this.transceivers?.camera;
    if (camera?.sender.track) await camera.sender.replaceTrack(track);
  }

  /** Asks the service to stop (PAUSE) or resume (RESUME) sending these streams. */
  sendPause(pause: boolean, streamIds: number[]): void {
    if (streamIds.length === 0) return;
    this.send({ type: pause ? SdkSignalFrame.Type.PAUSE : SdkSignalFrame.Type.RESUME, pause: { streamIds } });
  }

  get #relay(): boolean {
    return (this.#turn?.uris.length ?? 0) > 0;
  }

  async #negotiateWhileWanted(): Promise<void> {
    while (this.#negotiationWanted && !this.#closed) {
      this.#negotiationWanted = false;
      if (this.#upToDate()) continue;
      const controller = new AbortController();
      this.#negotiationController = controller;
      const timeoutMs = this.options.configuration.connectionTimeoutMs;
      const timer = setTimeout(
        () => controller.abort(new Error(`renegotiation timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
      try {
        await this.negotiate(controller.signal);
      } catch (error) {
        if (this.#closed) return;
        const reason = controller.signal.aborted ? controller.signal.reason : error;
        this.options.events.failed(
          new MeetingSessionStatus(MeetingSessionStatusCode.TaskFailed),
          `renegotiation failed: ${describeError(reason)}`,
        );
        return;
      } finally {
        clearTimeout(timer);
        if (this.#negotiationController === controller) this.#negotiationController = undefined;
      }
    }
  }

  /** Whether the last negotiation already sends and receives what the source wants now. */
  #upToDate(): boolean {
    const { source } = this.options;
    const last = this.#negotiated;
    const camera = !!source.cameraTrack();
    return (
      !this.#stale &&
      last !== undefined &&
      last.camera === camera &&
      (!camera || last.bitrateKbps === source.videoMaxBitrateKbps()) &&
      this.receivers.receivesExactly(source.wantedStreams())
    );
  }

  /** Puts the camera track (or none) on the camera transceiver with its bitrate limit. */
  async #attachCamera(track: MediaStreamTrack | undefined, bitrateKbps: number): Promise<void> {
    const camera = this.transceivers!.camera;
    if (camera.sender.track !== (track ?? null)) await camera.sender.replaceTrack(track ?? null);
    camera.direction = track ? 'sendrecv' : 'inactive';
    if (!track || typeof camera.sender.getParameters !== 'function') return;
    const parameters = camera.sender.getParameters();
    const encoding = parameters.encodings?.[0];
    if (encoding && encoding.maxBitrate !== bitrateKbps * 1000) {
      encoding.maxBitrate = bitrateKbps * 1000;
      await camera.sender.setParameters(parameters).catch((error: unknown) => {
        this.options.logger.warn(`negotiate: could not limit the camera bitrate: ${describeError(error)}`);
      });
    }
  }

  async #run<T>(step: JoinStep, signal: AbortSignal, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    this.#step = step;
    this.options.logger.debug(`join: ${step}`);
    try {
      return await body(signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof JoinError) throw error;
      throw JoinError.taskFailed(`join step '${step}' failed: ${describeError(error)}`);
    }
  }

  /** A peer connection with the local transceivers; its first offer starts ICE gathering. */
  #createPeerConnection(turn: TurnCredentials | undefined): void {
    const factory = this.options.peerConnectionFactory ?? defaultPeerConnectionFactory;
    const peer = factory(peerConfiguration(turn));
    peer.addEventListener('track', this.#onTrack);
    this.peer = peer;
    this.transceivers = addLocalTransceivers(peer, {
      withAudio: !!this.options.configuration.urls.audioHostURL,
    });
    if (this.#audioTrack) void this.transceivers.audio?.sender.replaceTrack(this.#audioTrack);
    else this.#attachMicrophone();
    const controller = new AbortController();
    this.#earlyOffer = createLocalOffer(peer, controller.signal).catch((error: unknown) => {
      this.options.logger.debug(`join: the early offer failed (${describeError(error)}); negotiating anyway`);
    });
  }

  /** TURN arrived after the early offer gathered direct candidates: start over, relay only. */
  #recreatePeerConnection(): void {
    const previous = this.peer;
    previous?.removeEventListener('track', this.#onTrack);
    previous?.close();
    this.#createPeerConnection(this.#turn);
  }

  /** Sends the microphone as soon as it is open (it may be after the join). */
  #attachMicrophone(): void {
    const peer = this.peer;
    this.options.audioInput.then(
      (input) => {
        if (this.#closed || this.peer !== peer || !input || this.#audioTrack) return;
        this.replaceAudioTrack(input.track).catch((error: unknown) => {
          this.options.logger.warn(`audio input: could not send the microphone: ${describeError(error)}`);
        });
      },
      () => undefined,
    );
  }

  #openSignaling(signal: AbortSignal): Promise<void> {
    const { configuration, logger, platform, events } = this.options;
    const url = signalingConnectionUrl(configuration.urls.signalingURL ?? '', platform);
    const signaling = new SignalingClient({
      url,
      protocols: signalingProtocols(configuration.credentials.joinToken),
      logger,
      webSocketFactory: this.options.webSocketFactory,
      now: this.options.now,
      pingIntervalMs: this.options.pingIntervalMs,
    });
    this.signaling = signaling;
    let opened = false;
    signaling.addEventListener('frame', (event) => events.frame(event.detail));
    signaling.addEventListener('pong', () => events.pong());
    signaling.addEventListener('missed-pong', (event) => events.missedPongs(event.detail.count));
    signaling.addEventListener('close', (event) => {
      const detail = event.detail;
      if (detail.local) return;
      logger.warn(`signaling: connection closed by the server with code ${detail.code}`);
      if (this.#joinController) {
        const error = opened
          ? new JoinError(
              MeetingSessionStatus.fromCloseCodeDuringJoin(detail.code),
              `signaling connection closed with code ${detail.code} during join step '${this.#step}'`,
            )
          : JoinError.taskFailed(`signaling connection closed with code ${detail.code} before it opened`);
        this.#joinController.abort(error);
      } else {
        events.closed(detail);
      }
    });
    logger.info(`signaling: connecting to ${url}`);
    return cancellable<void>(signal, (resolve, reject) => {
      const onOpen = () => {
        opened = true;
        resolve();
      };
      const onError = () => reject(JoinError.taskFailed('the signaling WebSocket failed to open'));
      signaling.addEventListener('open', onOpen);
      signaling.addEventListener('error', onError);
      signaling.open();
      return () => {
        signaling.removeEventListener('open', onOpen);
        signaling.removeEventListener('error', onError);
      };
    });
  }

  #sendJoinAndReceiveIndex(signal: AbortSignal): Promise<void> {
    const signaling = this.signaling!;
    const { platform, audioSessionId } = this.options;
    return cancellable<void>(signal, (resolve, reject) => {
      const onFrame = (event: CustomEvent<SdkSignalFrame>) => {
        const frame = event.detail;
        if (frame.type === SdkSignalFrame.Type.JOIN_ACK) {
          if (!frame.joinack) {
            reject(
              new JoinError(
                new MeetingSessionStatus(MeetingSessionStatusCode.SignalingRequestFailed),
                'JOIN_ACK did not carry its joinack message',
              ),
            );
            return;
          }
          this.#useTurn(frame.joinack.turnCredentials);
          this.#compressSdp = frame.joinack.wantsCompressedSdp === true;
        } else if (frame.type === SdkSignalFrame.Type.INDEX) {
          resolve();
        }
      };
      signaling.addEventListener('frame', onFrame);
      signaling.send({
        type: SdkSignalFrame.Type.JOIN,
        join: {
          protocolVersion: 2,
          flags: SdkJoinFlags.HAS_STREAM_UPDATE,
          clientDetails: {
            platformName: platform.name,
            platformVersion: platform.version,
            clientSource: SDK_NAME,
            chimeSdkVersion: SDK_VERSION,
            clientUtcOffset: utcOffset(),
            osName: platform.osName,
          },
          audioSessionId,
          wantsCompressedSdp: true,
          serverSideNetworkAdaption: SdkServerSideNetworkAdaption.DEFAULT,
          wantsAllTemporalLayersInIndex: false,
          disablePeriodicKeyframeRequestOnContentSender: false,
        },
      });
      return () => signaling.removeEventListener('frame', onFrame);
    });
  }

  /** TURN from JOIN_ACK: relay-only ICE through it (Chime's rule when the service gives TURN). */
  #useTurn(turn: SdkTurnCredentials | null | undefined): void {
    if (!turn) {
      this.options.logger.info('join: no TURN credentials in JOIN_ACK, using direct ICE');
      return;
    }
    const { urlRewriter, urlRewriterMulti } = this.options.configuration.urls;
    const uris = (turn.uris ?? [])
      .flatMap((uri: string) => (urlRewriterMulti ? (urlRewriterMulti(uri) ?? []) : [urlRewriter(uri)]))
      .filter((uri): uri is string => !!uri);
    this.#turn = { username: turn.username ?? '', password: turn.password ?? '', uris };
    if (uris.length > 0) this.#recreatePeerConnection();
  }

  async #subscribe(offer: string, videoBitrateKbps: number, signal: AbortSignal): Promise<SubscribeResult> {
    const signaling = this.signaling!;
    const { configuration, source } = this.options;
    const audioHost = configuration.urls.audioHostURL;
    const attendeeId = configuration.credentials.attendeeId;
    const subscribing = this.receivers.snapshot();
    const sendStreams: ISdkStreamDescriptor[] = [];
    if (audioHost) {
      sendStreams.push({
        ...AUDIO_SEND_STREAM,
        attendeeId,
        framerate: 15,
        maxBitrateKbps: 600,
        avgBitrateBps: 400_000,
        mediaType: SdkStreamMediaType.AUDIO,
      });
    }
    const sending = videoBitrateKbps > 0;
    if (sending) {
      sendStreams.push({
        ...VIDEO_SEND_STREAM,
        attendeeId,
        framerate: 15,
        maxBitrateKbps: videoBitrateKbps,
        avgBitrateBps: videoBitrateKbps * 1000,
        mediaType: SdkStreamMediaType.VIDEO,
      });
    }
    const compressedSdpOffer = this.#compressSdp ? await compressOffer(offer) : undefined;
    signal.throwIfAborted();
    return cancellable<SubscribeResult>(signal, (resolve, reject) => {
      const onFrame = (event: CustomEvent<SdkSignalFrame>) => {
        const frame = event.detail;
        if (frame.type !== SdkSignalFrame.Type.SUBSCRIBE_ACK) return;
        const suback = frame.suback;
        if (!suback) {
          reject(JoinError.taskFailed('SUBSCRIBE_ACK did not carry its suback message'));
          return;
        }
        signaling.removeEventListener('frame', onFrame);
        this.#answerOf(suback.sdpAnswer, suback.compressedSdpAnswer).then(
          (answer) => {
            if (!answer) {
              reject(JoinError.taskFailed('SUBSCRIBE_ACK carried no SDP answer'));
            } else if (!signal.aborted) {
              // Set before the answer is applied: its track events bind through these (§6.5).
              this.receivers.acknowledged(subscribing, suback.tracks);
              resolve({ answer, viewOnly: frame.error?.status === VIDEO_VIEW_ONLY_STATUS });
            }
          },
          (error: unknown) =>
            reject(
              JoinError.taskFailed(
                `SUBSCRIBE_ACK carried an answer that does not inflate (${describeError(error)})`,
              ),
            ),
        );
      };
      signaling.addEventListener('frame', onFrame);
      signaling.send({
        type: SdkSignalFrame.Type.SUBSCRIBE,
        sub: {
          duplex: sending ? SdkStreamServiceType.DUPLEX : SdkStreamServiceType.RX,
          sdpOffer: compressedSdpOffer ? '' : offer,
          ...(compressedSdpOffer ? { compressedSdpOffer } : {}),
          receiveStreamIds: receiveStreamIds(offer, (mid) => this.receivers.streamIdForMid(mid)),
          sendStreams,
          ...(audioHost ? { audioHost } : {}),
          audioCheckin: false,
          audioMuted: source.audioMuted(),
        },
      });
      return () => signaling.removeEventListener('frame', onFrame);
    });
  }

  /** The answer of a SUBSCRIBE_ACK: inflated when compressed (§6.8). */
  async #answerOf(
    plain: string | null | undefined,
    compressed: Uint8Array | null | undefined,
  ): Promise<string> {
    if (compressed && compressed.length > 0) return this.#answers.inflate(compressed);
    if (plain) this.#answers.received(plain);
    return plain ?? '';
  }

  /** After the join: ICE failing, or staying disconnected, means the media connection is gone. */
  #watchIce(): void {
    this.peer?.addEventListener('iceconnectionstatechange', this.#onIceState);
  }

  readonly #onIceState = (): void => {
    const state = this.peer?.iceConnectionState;
    clearTimeout(this.#iceTimer);
    if (this.#closed) return;
    const failed = (reason: string) =>
      this.options.events.failed(
        new MeetingSessionStatus(MeetingSessionStatusCode.ConnectionHealthReconnect),
        reason,
      );
    if (state === 'failed') {
      failed('ICE failed');
    } else if (state === 'disconnected') {
      this.#iceTimer = setTimeout(
        () => failed(`ICE disconnected for ${ICE_DISCONNECTED_TIMEOUT_MS} ms`),
        ICE_DISCONNECTED_TIMEOUT_MS,
      );
    }
  };

  readonly #onTrack = (event: Event): void => {
    const { track, streams } = event as RTCTrackEvent;
    if (track.kind === 'audio') {
      this.options.events.remoteAudio(streams[0] ?? new MediaStream([track]));
      return;
    }
    if (track.kind !== 'video') return;
    const stream = streams[0];
    if (!stream) {
      this.options.logger.warn('video: a video track arrived without a stream');
      return;
    }
    const binding = this.receivers.bind(stream);
    if (!binding) {
      this.options.logger.warn(`video: a video track for an unknown stream (${stream.id}) was ignored`);
      return;
    }
    this.options.events.remoteVideo(binding);
  };
}
