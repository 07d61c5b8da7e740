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
import {
  SdkJoinFlags,
  SdkServerSideNetworkAdaption,
  SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
} from '../protocol/frame.ts';
import type { ISdkStreamDescriptor, SdkIndexFrame, SdkTurnCredentials } from '../protocol/frame.ts';
import { signalingConnectionUrl, signalingProtocols } from '../signaling/connectionUrl.ts';
import { SignalingClient } from '../signaling/SignalingClient.ts';
import type { SignalingCloseDetail, WebSocketFactory } from '../signaling/SignalingClient.ts';
import { SDK_NAME, SDK_VERSION } from '../version.ts';
import { VIDEO_SUBSCRIPTION_LIMIT, chooseSubscriptions } from '../video/subscriptions.ts';
import type { RemoteVideoBinding, RemoteVideoStream } from '../video/subscriptions.ts';
import { VideoReceivers } from '../video/VideoReceivers.ts';
import { JoinError, describeError } from './errors.ts';
import { MeetingSessionStatus } from './MeetingSessionStatus.ts';
import { MeetingSessionStatusCode } from './MeetingSessionStatusCode.ts';

/** The named steps of a join, in order. Reconnecting runs the same steps on a new connection. */
export type JoinStep =
  | 'open-signaling'
  | 'join'
  | 'create-peer-connection'
  | 'attach-audio-input'
  | 'add-video-transceivers'
  | 'create-offer'
  | 'gather-ice-candidates'
  | 'subscribe'
  | 'set-remote-description'
  | 'connect-ice';

/** How long to wait for LEAVE_ACK before closing anyway. */
export const LEAVE_ACK_TIMEOUT_MS = 15_000;

/** What a connection reports to its session. */
export interface ConnectionHooks {
  /** Every decoded frame, during the join and after. */
  frame(frame: SdkSignalFrame): void;
  /** The server closed the socket after the join completed. */
  closed(detail: SignalingCloseDetail): void;
  /** The received (mixed) meeting audio. */
  remoteAudio(stream: MediaStream): void;
  /** The received remote videos changed (a track was bound, or streams were unsubscribed). */
  remoteVideos(bindings: RemoteVideoBinding[]): void;
  /** The service refused the camera (SUBSCRIBE_ACK status 206, VideoCallSwitchToViewOnly). */
  videoSendUnavailable(): void;
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
  /** The microphone, being acquired while signaling proceeds. */
  audioInput: Promise<AudioInput | undefined>;
  isMuted(): boolean;
  /** The camera track to send, while local video is on. */
  localVideo(): MediaStreamTrack | undefined;
  hooks: ConnectionHooks;
}

/** The audio send stream every client announces in SUBSCRIBE. */
const AUDIO_STREAM_ID = 1;
const AUDIO_GROUP_ID = 1;
const AUDIO_TRACK_LABEL = 'AmazonChimeExpressAudio';

/** The camera send stream announced in SUBSCRIBE while local video is on. */
const VIDEO_STREAM_ID = 2;
const VIDEO_GROUP_ID = 2;
const VIDEO_TRACK_LABEL = 'AmazonChimeExpressVideo';
const VIDEO_MAX_BITRATE_KBPS = 1400;

/** SdkErrorFrame status of a SUBSCRIBE_ACK that refuses the camera (VideoCallSwitchToViewOnly). */
const VIEW_ONLY_STATUS = 206;

/** What a SUBSCRIBE_ACK answered. */
interface SubscribeResult {
  answer: string;
  /** The service refused to receive the camera. */
  viewOnly: boolean;
}

/**
 * One attempt at being in the meeting: one signaling WebSocket and one RTCPeerConnection.
 * {@link join} runs the join as a chain of named steps under one deadline; aborting its
 * signal cancels whichever step is running.
 */
export class MeetingConnection {
  signaling: SignalingClient | undefined;
  peer: RTCPeerConnection | undefined;
  transceivers: LocalTransceivers | undefined;
  /** The latest INDEX (remote video sources); a full snapshot, replaced by every INDEX frame. */
  index: SdkIndexFrame | undefined;
  private turn: TurnCredentials | undefined;
  private step: JoinStep | 'idle' | 'joined' = 'idle';
  private joinController: AbortController | undefined;
  private closed = false;
  private videoLimit = VIDEO_SUBSCRIPTION_LIMIT;
  private readonly receivers = new VideoReceivers();
  /** Whether the last completed negotiation sent the camera. */
  private cameraNegotiated = false;
  /** The last renegotiation failed: the next one runs even if nothing changed. */
  private negotiationStale = false;
  private updateWanted = false;
  private updating: Promise<void> | undefined;
  private updateController: AbortController | undefined;

  constructor(private readonly options: ConnectionOptions) {}

  /**
   * Joins. Rejects with a {@link JoinError} carrying the status when a step fails, times out, or
   * the server closes the socket; with the signal's reason when the signal aborts.
   */
  async join(signal: AbortSignal): Promise<void> {
    const { configuration } = this.options;
    const controller = new AbortController();
    this.joinController = controller;
    const forwardAbort = () => controller.abort(signal.reason);
    if (signal.aborted) forwardAbort();
    signal.addEventListener('abort', forwardAbort, { once: true });
    const timeoutMs = configuration.connectionTimeoutMs;
    const timer = setTimeout(
      () =>
        controller.abort(JoinError.taskFailed(`join step '${this.step}' timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    const stepSignal = controller.signal;
    try {
      await this.run('open-signaling', stepSignal, (s) => this.openSignaling(s));
      await this.run('join', stepSignal, (s) => this.sendJoinAndReceiveIndex(s));
      await this.run('create-peer-connection', stepSignal, async () => this.createPeerConnection());
      await this.run('attach-audio-input', stepSignal, (s) => this.attachAudioInput(s));
      const sending = await this.run('add-video-transceivers', stepSignal, () => this.addVideoTransceivers());
      await this.run('create-offer', stepSignal, (s) => createLocalOffer(this.peer!, s));
      const offer = await this.run('gather-ice-candidates', stepSignal, (s) =>
        waitForIceGathering(this.peer!, s, this.relay),
      );
      const { answer, viewOnly } = await this.run('subscribe', stepSignal, (s) =>
        this.subscribe(offer, sending, s),
      );
      await this.run('set-remote-description', stepSignal, (s) =>
        unlessAborted(s, this.peer!.setRemoteDescription({ type: 'answer', sdp: answer })),
      );
      await this.run('connect-ice', stepSignal, (s) => waitForIceConnected(this.peer!, s));
      this.cameraNegotiated = sending;
      this.step = 'joined';
      if (viewOnly && sending) this.options.hooks.videoSendUnavailable();
      // INDEX frames or camera changes that arrived during the join.
      this.requestVideoUpdate();
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forwardAbort);
      this.joinController = undefined;
    }
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
    this.closed = true;
    this.updateController?.abort(new Error('the connection was closed'));
    if (this.peer) {
      this.peer.removeEventListener('track', this.onTrack);
      this.peer.close();
    }
    await this.signaling?.close();
  }

  /** Tells the service about a local mute change. */
  sendMute(muted: boolean): void {
    if (this.signaling?.ready) {
      this.signaling.send({ type: SdkSignalFrame.Type.AUDIO_CONTROL, audioControl: { muted } });
    }
  }

  /** Sends another microphone track without renegotiating. */
  async replaceAudioTrack(track: MediaStreamTrack | null): Promise<void> {
    await this.transceivers?.audio?.sender.replaceTrack(track);
  }

  /** Sends another camera track without renegotiating, when the camera is being sent. */
  async replaceVideoTrack(track: MediaStreamTrack | null): Promise<void> {
    const camera = this.transceivers?.camera;
    if (camera?.sender.track && track) await camera.sender.replaceTrack(track);
  }

  /** Asks the service to stop (PAUSE) or resume (RESUME) sending these streams. */
  sendPause(pause: boolean, streamIds: number[]): void {
    if (!this.signaling?.ready || streamIds.length === 0) return;
    this.signaling.send({
      type: pause ? SdkSignalFrame.Type.PAUSE : SdkSignalFrame.Type.RESUME,
      pause: { streamIds },
    });
  }

  /**
   * Brings the video subscriptions and the camera up to date with the latest INDEX and the local
   * video: one renegotiation at a time; requests made meanwhile are coalesced into the next one.
   * Before the join completes this only records the request (the join ends with an update).
   */
  requestVideoUpdate(): void {
    this.updateWanted = true;
    if (this.step !== 'joined' || this.closed || this.updating) return;
    this.updating = this.runVideoUpdates().finally(() => {
      this.updating = undefined;
    });
  }

  private get relay(): boolean {
    return (this.turn?.uris.length ?? 0) > 0;
  }

  private async runVideoUpdates(): Promise<void> {
    while (this.updateWanted && !this.closed) {
      this.updateWanted = false;
      try {
        await this.renegotiate();
      } catch (error) {
        if (this.closed) return;
        this.options.logger.error(`video: renegotiation failed: ${describeError(error)}`);
      }
    }
  }

  /**
   * One renegotiation: stops the transceivers of streams no longer wanted, adds one for each new
   * stream, sets the camera, then offer → ICE gathering → SUBSCRIBE → SUBSCRIBE_ACK → answer.
   * Nothing happens when neither the subscriptions nor the camera changed.
   */
  private async renegotiate(): Promise<void> {
    const peer = this.peer;
    if (!peer || !this.transceivers) return;
    const wanted = this.wantedStreams();
    const track = this.options.localVideo();
    const sending = !!track;
    const unchanged =
      !this.negotiationStale && sending === this.cameraNegotiated && this.receivers.receivesExactly(wanted);
    if (unchanged) return;

    const removed = this.receivers.update(peer, wanted);
    this.options.logger.info(
      `video: renegotiating (receiving ${wanted.length} stream(s), camera ${sending ? 'on' : 'off'})`,
    );

    const controller = new AbortController();
    this.updateController = controller;
    const timeoutMs = this.options.configuration.connectionTimeoutMs;
    const timer = setTimeout(
      () => controller.abort(new Error(`video renegotiation timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    const signal = controller.signal;
    try {
      await this.attachCamera(track);
      await createLocalOffer(peer, signal);
      const offer = await waitForIceGathering(peer, signal, this.relay);
      const { answer, viewOnly } = await this.subscribe(offer, sending, signal);
      await unlessAborted(signal, peer.setRemoteDescription({ type: 'answer', sdp: answer }));
      this.cameraNegotiated = sending;
      this.negotiationStale = false;
      if (viewOnly && sending) this.options.hooks.videoSendUnavailable();
    } catch (error) {
      this.negotiationStale = true;
      throw signal.aborted ? signal.reason : error;
    } finally {
      clearTimeout(timer);
      if (this.updateController === controller) this.updateController = undefined;
      // A stopped stream's tile goes once the renegotiation that stopped it is over.
      if (this.receivers.unbind(removed) && !this.closed) this.reportRemoteVideos();
    }
  }

  /** Puts the camera track (or none) on the camera transceiver; returns whether it sends. */
  private async attachCamera(track: MediaStreamTrack | undefined): Promise<boolean> {
    const camera = this.transceivers!.camera;
    if (camera.sender.track !== (track ?? null)) await camera.sender.replaceTrack(track ?? null);
    camera.direction = track ? 'sendrecv' : 'inactive';
    return !!track;
  }

  /** Join step: the camera if local video is on, and a receiver per stream of the first INDEX. */
  private async addVideoTransceivers(): Promise<boolean> {
    const sending = await this.attachCamera(this.options.localVideo());
    this.receivers.update(this.peer!, this.wantedStreams());
    return sending;
  }

  /** The streams to receive as of the latest INDEX. */
  private wantedStreams(): RemoteVideoStream[] {
    return chooseSubscriptions(
      this.index,
      this.options.configuration.credentials.attendeeId,
      this.videoLimit,
    );
  }

  private reportRemoteVideos(): void {
    this.options.hooks.remoteVideos(this.receivers.bindings());
  }

  private async run<T>(
    step: JoinStep,
    signal: AbortSignal,
    body: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    signal.throwIfAborted();
    this.step = step;
    this.options.logger.debug(`join: ${step}`);
    try {
      return await body(signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof JoinError) throw error;
      throw JoinError.taskFailed(`join step '${step}' failed: ${describeError(error)}`);
    }
  }

  private openSignaling(signal: AbortSignal): Promise<void> {
    const { configuration, logger, platform, hooks } = this.options;
    const url = signalingConnectionUrl(configuration.urls.signalingURL ?? '', platform);
    const signaling = new SignalingClient({
      url,
      protocols: signalingProtocols(configuration.credentials.joinToken),
      logger,
      webSocketFactory: this.options.webSocketFactory,
      now: this.options.now,
    });
    this.signaling = signaling;
    let opened = false;
    signaling.addEventListener('frame', (event) => {
      const frame = (event as CustomEvent<SdkSignalFrame>).detail;
      if (frame.type === SdkSignalFrame.Type.INDEX && frame.index) {
        this.index = frame.index;
        this.requestVideoUpdate();
      }
      hooks.frame(frame);
    });
    signaling.addEventListener('close', (event) => {
      const detail = (event as CustomEvent<SignalingCloseDetail>).detail;
      if (detail.local) return;
      logger.warn(`signaling: connection closed by the server with code ${detail.code}`);
      if (this.joinController) {
        const error = opened
          ? new JoinError(
              MeetingSessionStatus.fromCloseCodeDuringJoin(detail.code),
              `signaling connection closed with code ${detail.code} during join step '${this.step}'`,
            )
          : JoinError.taskFailed(`signaling connection closed with code ${detail.code} before it opened`);
        this.joinController.abort(error);
      } else {
        hooks.closed(detail);
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

  private sendJoinAndReceiveIndex(signal: AbortSignal): Promise<void> {
    const signaling = this.signaling!;
    const { platform, audioSessionId } = this.options;
    return cancellable<void>(signal, (resolve, reject) => {
      const onFrame = (event: Event) => {
        const frame = (event as CustomEvent<SdkSignalFrame>).detail;
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
          this.turn = this.turnCredentials(frame.joinack.turnCredentials);
          const limit = frame.joinack.videoSubscriptionLimit;
          if (limit && limit > 0) this.videoLimit = Math.min(limit, VIDEO_SUBSCRIPTION_LIMIT);
        } else if (frame.type === SdkSignalFrame.Type.INDEX) {
          this.index = frame.index ?? undefined;
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
          wantsCompressedSdp: false,
          serverSideNetworkAdaption: SdkServerSideNetworkAdaption.DEFAULT,
          wantsAllTemporalLayersInIndex: false,
          disablePeriodicKeyframeRequestOnContentSender: false,
        },
      });
      return () => signaling.removeEventListener('frame', onFrame);
    });
  }

  private turnCredentials(turn: SdkTurnCredentials | null | undefined): TurnCredentials | undefined {
    if (!turn) {
      this.options.logger.info('join: no TURN credentials in JOIN_ACK, using direct ICE');
      return undefined;
    }
    const { urlRewriter, urlRewriterMulti } = this.options.configuration.urls;
    const uris = (turn.uris ?? [])
      .flatMap((uri: string) => (urlRewriterMulti ? (urlRewriterMulti(uri) ?? []) : [urlRewriter(uri)]))
      .filter((uri): uri is string => !!uri);
    return { username: turn.username ?? '', password: turn.password ?? '', uris };
  }

  private createPeerConnection(): void {
    const factory = this.options.peerConnectionFactory ?? defaultPeerConnectionFactory;
    const peer = factory(peerConfiguration(this.turn));
    peer.addEventListener('track', this.onTrack);
    this.peer = peer;
  }

  private async attachAudioInput(signal: AbortSignal): Promise<void> {
    const withAudio = !!this.options.configuration.urls.audioHostURL;
    const audioInput = await unlessAborted(signal, this.options.audioInput);
    this.transceivers = addLocalTransceivers(this.peer!, { withAudio, audioInput });
  }

  private subscribe(offer: string, sending: boolean, signal: AbortSignal): Promise<SubscribeResult> {
    const signaling = this.signaling!;
    const { configuration } = this.options;
    const audioHost = configuration.urls.audioHostURL;
    const attendeeId = configuration.credentials.attendeeId;
    const subscribing = this.receivers.snapshot();
    const sendStreams: ISdkStreamDescriptor[] = [];
    if (audioHost) {
      sendStreams.push({
        streamId: AUDIO_STREAM_ID,
        groupId: AUDIO_GROUP_ID,
        trackLabel: AUDIO_TRACK_LABEL,
        attendeeId,
        framerate: 15,
        maxBitrateKbps: 600,
        avgBitrateBps: 400_000,
        mediaType: SdkStreamMediaType.AUDIO,
      });
    }
    if (sending) {
      sendStreams.push({
        streamId: VIDEO_STREAM_ID,
        groupId: VIDEO_GROUP_ID,
        trackLabel: VIDEO_TRACK_LABEL,
        attendeeId,
        framerate: 15,
        maxBitrateKbps: VIDEO_MAX_BITRATE_KBPS,
        avgBitrateBps: VIDEO_MAX_BITRATE_KBPS * 1000,
        mediaType: SdkStreamMediaType.VIDEO,
      });
    }
    return cancellable<SubscribeResult>(signal, (resolve, reject) => {
      const onFrame = (event: Event) => {
        const frame = (event as CustomEvent<SdkSignalFrame>).detail;
        if (frame.type !== SdkSignalFrame.Type.SUBSCRIBE_ACK) return;
        const suback = frame.suback;
        if (!suback) {
          reject(JoinError.taskFailed('SUBSCRIBE_ACK did not carry its suback message'));
        } else if (suback.compressedSdpAnswer && suback.compressedSdpAnswer.length > 0) {
          reject(JoinError.taskFailed('SUBSCRIBE_ACK carried a compressed answer, which was not requested'));
        } else if (!suback.sdpAnswer) {
          reject(JoinError.taskFailed('SUBSCRIBE_ACK carried no SDP answer'));
        } else {
          // Set before the answer is applied: its track events bind through these (§6.5).
          this.receivers.acknowledged(subscribing, suback.tracks);
          resolve({ answer: suback.sdpAnswer, viewOnly: frame.error?.status === VIEW_ONLY_STATUS });
        }
      };
      signaling.addEventListener('frame', onFrame);
      signaling.send({
        type: SdkSignalFrame.Type.SUBSCRIBE,
        sub: {
          duplex: sending ? SdkStreamServiceType.DUPLEX : SdkStreamServiceType.RX,
          sdpOffer: offer,
          receiveStreamIds: receiveStreamIds(offer, (mid) => this.receivers.streamIdForMid(mid)),
          sendStreams,
          ...(audioHost ? { audioHost } : {}),
          audioCheckin: false,
          audioMuted: this.options.isMuted(),
        },
      });
      return () => signaling.removeEventListener('frame', onFrame);
    });
  }

  private readonly onTrack = (event: Event): void => {
    const { track, streams } = event as RTCTrackEvent;
    if (track.kind === 'video') {
      this.onVideoTrack(streams[0]);
      return;
    }
    if (track.kind !== 'audio') return;
    const stream = streams[0] ?? new MediaStream([track]);
    this.options.hooks.remoteAudio(stream);
  };

  private onVideoTrack(stream: MediaStream | undefined): void {
    if (!stream) {
      this.options.logger.warn('video: a video track arrived without a stream');
      return;
    }
    if (!this.receivers.bind(stream)) {
      this.options.logger.warn(`video: a video track for an unknown stream (${stream.id}) was ignored`);
      return;
    }
    this.reportRemoteVideos();
  }
}
