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
import type { SdkIndexFrame, SdkTurnCredentials } from '../protocol/frame.ts';
import { signalingConnectionUrl, signalingProtocols } from '../signaling/connectionUrl.ts';
import { SignalingClient } from '../signaling/SignalingClient.ts';
import type { SignalingCloseDetail, WebSocketFactory } from '../signaling/SignalingClient.ts';
import { SDK_NAME, SDK_VERSION } from '../version.ts';
import { JoinError, describeError } from './errors.ts';
import { MeetingSessionStatus } from './MeetingSessionStatus.ts';
import { MeetingSessionStatusCode } from './MeetingSessionStatusCode.ts';

/** The named steps of a join, in order. Reconnecting runs the same steps on a new connection. */
export type JoinStep =
  | 'open-signaling'
  | 'join'
  | 'create-peer-connection'
  | 'attach-audio-input'
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
  hooks: ConnectionHooks;
}

/** The audio send stream every client announces in SUBSCRIBE. */
const AUDIO_STREAM_ID = 1;
const AUDIO_GROUP_ID = 1;
const AUDIO_TRACK_LABEL = 'AmazonChimeExpressAudio';

/**
 * One attempt at being in the meeting: one signaling WebSocket and one RTCPeerConnection.
 * {@link join} runs the join as a chain of named steps under one deadline; aborting its
 * signal cancels whichever step is running.
 */
export class MeetingConnection {
  signaling: SignalingClient | undefined;
  peer: RTCPeerConnection | undefined;
  transceivers: LocalTransceivers | undefined;
  /** The first INDEX (remote video sources), kept for video subscription. */
  index: SdkIndexFrame | undefined;
  private turn: TurnCredentials | undefined;
  private step: JoinStep | 'idle' | 'joined' = 'idle';
  private joinController: AbortController | undefined;

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
      await this.run('create-offer', stepSignal, (s) => createLocalOffer(this.peer!, s));
      const offer = await this.run('gather-ice-candidates', stepSignal, (s) =>
        waitForIceGathering(this.peer!, s, (this.turn?.uris.length ?? 0) > 0),
      );
      const answer = await this.run('subscribe', stepSignal, (s) => this.subscribe(offer, s));
      await this.run('set-remote-description', stepSignal, (s) =>
        unlessAborted(s, this.peer!.setRemoteDescription({ type: 'answer', sdp: answer })),
      );
      await this.run('connect-ice', stepSignal, (s) => waitForIceConnected(this.peer!, s));
      this.step = 'joined';
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
    signaling.addEventListener('frame', (event) =>
      hooks.frame((event as CustomEvent<SdkSignalFrame>).detail),
    );
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

  private subscribe(offer: string, signal: AbortSignal): Promise<string> {
    const signaling = this.signaling!;
    const { configuration } = this.options;
    const audioHost = configuration.urls.audioHostURL;
    return cancellable<string>(signal, (resolve, reject) => {
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
          resolve(suback.sdpAnswer);
        }
      };
      signaling.addEventListener('frame', onFrame);
      signaling.send({
        type: SdkSignalFrame.Type.SUBSCRIBE,
        sub: {
          duplex: SdkStreamServiceType.RX,
          sdpOffer: offer,
          receiveStreamIds: receiveStreamIds(offer),
          sendStreams: audioHost
            ? [
                {
                  streamId: AUDIO_STREAM_ID,
                  groupId: AUDIO_GROUP_ID,
                  trackLabel: AUDIO_TRACK_LABEL,
                  attendeeId: configuration.credentials.attendeeId,
                  framerate: 15,
                  maxBitrateKbps: 600,
                  avgBitrateBps: 400_000,
                  mediaType: SdkStreamMediaType.AUDIO,
                },
              ]
            : [],
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
    if (track.kind !== 'audio') return;
    const stream = streams[0] ?? new MediaStream([track]);
    this.options.hooks.remoteAudio(stream);
  };
}
