import { VideoQualitySettings } from '../config/MeetingFeatures.ts';
import type { DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import type { Logger } from '../logging/Logger.ts';
import { VIDEO_SUBSCRIPTION_LIMIT } from '../protocol/constants.ts';
import type { ISdkIndexFrame } from '../protocol/frame.ts';
import type { ObserverSet } from '../ObserverSet.ts';
import type { AudioVideoObserver, SessionEventMap } from '../session/types.ts';
import {
  chooseSubscriptions,
  remoteVideoSources,
  sameVideoSources,
  videoAvailabilityOf,
} from './subscriptions.ts';
import type { RemoteVideoBinding, RemoteVideoStream } from './subscriptions.ts';
import type { MeetingSessionVideoAvailability, VideoSource, VideoTileState } from './types.ts';
import { VideoTiles } from './VideoTiles.ts';

/** What the video model asks of the connection in use. */
export interface VideoConnection {
  /** Bring the peer connection up to date with {@link VideoModel.wantedStreams} and the camera. */
  requestNegotiation(): void;
  /** Sends another camera track on the camera sender, without renegotiating. */
  replaceCameraTrack(track: MediaStreamTrack): Promise<void>;
  sendPause(pause: boolean, streamIds: number[]): void;
}

type VideoEvent = 'video-tile-update' | 'video-tile-remove' | 'video-availability-change';

/** The session side of {@link VideoModel}. */
export interface VideoModelHost {
  logger: Logger;
  devices: DefaultDeviceController;
  observers: ObserverSet<AudioVideoObserver>;
  attendeeId: string;
  externalUserId: string;
  /** False for a content-share session, which receives no video. */
  receivesVideo: boolean;
  /** The meeting's camera limit (`MeetingFeatures.Video.MaxResolution`); disabled means no camera. */
  maxResolution: VideoQualitySettings;
  emit<K extends VideoEvent>(type: K, detail: SessionEventMap[K]['detail']): void;
  /** An attendee's tile appeared, changed or went away (the attendee objects follow it). */
  tileChanged(attendeeId: string, tile: VideoTileState | null): void;
  /** The joined (or joining) connection, if any. */
  connection(): VideoConnection | undefined;
}

interface Camera {
  stream: MediaStream;
  /** Opened by the session (stopped when local video stops), not chosen by the application. */
  owned: boolean;
}

/** As in the Chime SDK, nothing is available until the first INDEX says otherwise. */
const INITIAL_AVAILABILITY: MeetingSessionVideoAvailability = {
  remoteVideoAvailable: false,
  canStartLocalVideo: false,
};

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * A session's video, decided in one place: every INDEX goes through here to become the streams
 * to receive, the video availability and the remote sources; received tracks become tiles; the
 * local camera is started and stopped here. When what should be sent or received changes, it asks
 * the connection to renegotiate; the connection asks back {@link wantedStreams} and
 * {@link cameraTrack} when it builds the offer.
 */
export class VideoModel {
  readonly tiles: VideoTiles;
  #index: ISdkIndexFrame | undefined;
  #limit = VIDEO_SUBSCRIPTION_LIMIT;
  #availability: MeetingSessionVideoAvailability = { ...INITIAL_AVAILABILITY };
  #sources: VideoSource[] = [];
  #localWanted = false;
  #camera: Camera | undefined;
  /** Increases whenever local video starts or stops, so a late camera open is discarded. */
  #generation = 0;
  /** Attendees that left; their video is ignored until they join again. */
  readonly #departed = new Set<string>();
  /** This client's own content share, shown from its local stream (never received). */
  #localContent: RemoteVideoBinding | undefined;
  /**
   * After this session reconnected: attendees whose video is not back yet keep their tile (without
   * a stream) until the hold ends, so a tile keeps its id when the video returns.
   */
  #holding: Set<string> | undefined;
  #holdTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: VideoModelHost) {
    this.tiles = new VideoTiles(
      {
        updated: (tile) => {
          host.emit('video-tile-update', { tile });
          host.observers.notify('videoTileDidUpdate', tile);
          if (tile.boundAttendeeId) host.tileChanged(tile.boundAttendeeId, tile);
        },
        removed: (tileId, attendeeId) => {
          host.emit('video-tile-remove', { tileId, attendeeId });
          host.observers.notify('videoTileWasRemoved', tileId);
          if (attendeeId) host.tileChanged(attendeeId, null);
        },
      },
      host.logger,
    );
  }

  get availability(): MeetingSessionVideoAvailability {
    return this.#availability;
  }

  get sources(): VideoSource[] {
    return this.#sources;
  }

  /** The remote streams to receive as of the latest INDEX: one per source, at most the limit. */
  wantedStreams(): RemoteVideoStream[] {
    if (!this.host.receivesVideo) return [];
    return chooseSubscriptions(this.#index, this.host.attendeeId, this.#limit);
  }

  /** The camera track to send while local video is on. */
  cameraTrack(): MediaStreamTrack | undefined {
    if (!this.#localWanted) return undefined;
    const track = this.#camera?.stream.getVideoTracks()[0];
    return track && track.readyState !== 'ended' ? track : undefined;
  }

  hasStartedLocalVideoTile(): boolean {
    return this.#localWanted;
  }

  /** JOIN_ACK's `video_subscription_limit` (never above the Chime default). */
  onJoinAck(limit: number | null | undefined): void {
    this.#limit = limit && limit > 0 ? Math.min(limit, VIDEO_SUBSCRIPTION_LIMIT) : VIDEO_SUBSCRIPTION_LIMIT;
  }

  /** Every INDEX (a full snapshot): availability, remote sources, and maybe a renegotiation. */
  onIndex(index: ISdkIndexFrame): void {
    this.#index = index;
    const self = this.host.attendeeId;
    const availability = videoAvailabilityOf(index, self);
    // A meeting without cameras (MaxResolution None) never lets one start.
    if (this.host.maxResolution.equals(VideoQualitySettings.VideoDisabled))
      availability.canStartLocalVideo = false;
    this.#setAvailability(availability);
    const sources = remoteVideoSources(index, self);
    if (!sameVideoSources(sources, this.#sources)) {
      this.#sources = sources;
      this.host.observers.notify('remoteVideoSourcesDidChange', [...sources]);
    }
    this.host.connection()?.requestNegotiation();
  }

  /** A received video track was bound to its stream and attendee (wire protocol §6.5). */
  onRemoteVideo(binding: RemoteVideoBinding): void {
    if (this.#departed.has(binding.attendeeId)) return;
    const tile = this.tiles.bindRemote(binding);
    // A paused tile stays paused on a new stream (after a reconnect or a camera restart).
    if (tile.paused) this.host.connection()?.sendPause(true, [binding.streamId]);
  }

  /**
   * A negotiation completed: the connection now receives exactly `receiving`. Tiles of attendees
   * it no longer receives go (their stream left INDEX, or a reconnect did not bring them back).
   */
  onNegotiated(receiving: readonly RemoteVideoStream[]): void {
    const keep = new Set(receiving.map((stream) => stream.attendeeId));
    if (this.#localContent) keep.add(this.#localContent.attendeeId);
    this.tiles.keepRemote(keep, this.#holding);
  }

  /**
   * This session is reconnecting. The others' video comes back as they do (after a service
   * restart, one by one): their tiles are held for `holdMs` instead of removed at once.
   */
  onReconnecting(holdMs: number): void {
    const holding = new Set<string>();
    for (const tile of this.tiles.states.values()) {
      if (!tile.localTile && tile.boundAttendeeId) holding.add(tile.boundAttendeeId);
    }
    this.#holding = holding;
    clearTimeout(this.#holdTimer);
    this.#holdTimer = setTimeout(() => {
      this.#holding = undefined;
      // Whoever is not back by now has no video any more.
      for (const tile of [...this.tiles.states.values()]) {
        if (!tile.localTile && !tile.boundVideoStream && holding.has(tile.boundAttendeeId ?? '')) {
          this.tiles.remove(tile.tileId);
        }
      }
    }, holdMs);
  }

  /**
   * Shows this client's own content share as a content tile (`<id>#content`) from its local
   * stream, as the Chime SDK does for the sharer; `null` removes it.
   */
  showLocalContent(attendeeId: string, stream: MediaStream | null): void {
    if (stream) {
      this.#localContent = {
        attendeeId,
        externalUserId: this.host.externalUserId,
        streamId: 0,
        groupId: 0,
        stream,
      };
      this.#departed.delete(attendeeId);
      this.tiles.bindRemote(this.#localContent);
    } else if (this.#localContent) {
      this.#localContent = undefined;
      this.tiles.removeAttendee(attendeeId);
    }
  }

  onAttendeeJoined(attendeeId: string): void {
    this.#departed.delete(attendeeId);
  }

  onAttendeeLeft(attendeeId: string): void {
    this.#departed.add(attendeeId);
    this.tiles.removeAttendee(attendeeId);
  }

  /** SUBSCRIBE_ACK 206: the service does not take this camera. */
  onVideoSendUnavailable(): void {
    this.host.logger.warn('video: the meeting is at video capacity; local video was stopped');
    this.removeLocalVideoTile();
    this.#setAvailability({ ...this.#availability, canStartLocalVideo: false });
    this.host.observers.notify('videoSendDidBecomeUnavailable');
  }

  /**
   * Creates the local tile and starts sending the camera: the chosen video input, or else the
   * default camera, opened here. If that cannot be opened, the error is logged and the local tile
   * is removed (observers get `videoTileWasRemoved`).
   */
  startLocalVideoTile(): number {
    if (this.host.maxResolution.equals(VideoQualitySettings.VideoDisabled)) {
      this.host.logger.warn('video: the meeting allows no camera (MeetingFeatures Video MaxResolution None)');
      return -1;
    }
    const tile = this.tiles.ensureLocal(this.host.attendeeId, this.host.externalUserId);
    if (this.#localWanted) return tile.tileId;
    this.#localWanted = true;
    const generation = ++this.#generation;
    this.host.devices.addVideoInputListener(this.#onVideoInputChosen);
    const chosen = this.host.devices.activeVideoInput;
    if (chosen?.getVideoTracks()[0]) {
      this.#useCamera({ stream: chosen, owned: false });
    } else {
      this.tiles.setLocalStream(null, true);
      void this.#openDefaultCamera(generation);
    }
    return tile.tileId;
  }

  /** Stops sending the camera; the local tile stays, without a stream (as in the Chime SDK). */
  stopLocalVideoTile(): void {
    if (!this.#stopLocal()) return;
    this.tiles.setLocalStream(null, false);
  }

  /** Stops sending the camera and removes the local tile. */
  removeLocalVideoTile(): void {
    this.#stopLocal();
    const local = this.tiles.local;
    if (local) this.tiles.remove(local.tileId);
  }

  /** PAUSE / RESUME of a remote tile's stream; a local tile is only marked. */
  setPaused(tileId: number, paused: boolean): void {
    const before = this.tiles.get(tileId);
    if (!before || !this.tiles.setPaused(tileId, paused)) return;
    if (!before.localTile && before.streamId) this.host.connection()?.sendPause(paused, [before.streamId]);
  }

  /** The session stopped: local video off, every tile removed, nothing available. */
  reset(): void {
    this.#stopLocal(false);
    clearTimeout(this.#holdTimer);
    this.#holding = undefined;
    this.tiles.clear();
    this.#localContent = undefined;
    this.#index = undefined;
    this.#limit = VIDEO_SUBSCRIPTION_LIMIT;
    this.#departed.clear();
    this.#setAvailability({ ...INITIAL_AVAILABILITY });
    if (this.#sources.length > 0) {
      this.#sources = [];
      this.host.observers.notify('remoteVideoSourcesDidChange', []);
    }
  }

  /** Returns whether local video was on. */
  #stopLocal(renegotiate = true): boolean {
    if (!this.#localWanted) return false;
    this.#localWanted = false;
    this.#generation++;
    this.host.devices.removeVideoInputListener(this.#onVideoInputChosen);
    this.#releaseCamera();
    if (renegotiate) this.host.connection()?.requestNegotiation();
    return true;
  }

  async #openDefaultCamera(generation: number): Promise<void> {
    try {
      const { videoWidth, videoHeight, videoFrameRate } = this.host.maxResolution;
      const stream = await this.host.devices.openDefaultVideoInput({
        width: { max: videoWidth },
        height: { max: videoHeight },
        frameRate: { max: videoFrameRate },
      });
      if (generation !== this.#generation) {
        stopTracks(stream);
        return;
      }
      if (!stream.getVideoTracks()[0]) {
        stopTracks(stream);
        throw new Error('the camera stream has no video track');
      }
      this.#useCamera({ stream, owned: true });
    } catch (error) {
      if (generation !== this.#generation) return;
      const name = error instanceof Error ? error.name : 'Error';
      this.host.logger.error(`video: could not open the camera (${name}); the local video tile was removed`);
      this.removeLocalVideoTile();
    }
  }

  #useCamera(camera: Camera): void {
    if (this.#camera && this.#camera.stream !== camera.stream) this.#releaseCamera();
    this.#camera = camera;
    this.tiles.setLocalStream(camera.stream, true);
    const connection = this.host.connection();
    const track = camera.stream.getVideoTracks()[0];
    if (connection && track) {
      connection.replaceCameraTrack(track).catch((error: unknown) => {
        this.host.logger.warn(`video: could not switch the camera: ${String(error)}`);
      });
    }
    connection?.requestNegotiation();
  }

  #releaseCamera(): void {
    if (this.#camera?.owned) stopTracks(this.#camera.stream);
    this.#camera = undefined;
  }

  #setAvailability(availability: MeetingSessionVideoAvailability): void {
    const current = this.#availability;
    if (
      current.remoteVideoAvailable === availability.remoteVideoAvailable &&
      current.canStartLocalVideo === availability.canStartLocalVideo
    ) {
      return;
    }
    this.#availability = availability;
    this.host.emit('video-availability-change', { ...availability });
    this.host.observers.notify('videoAvailabilityDidChange', { ...availability });
  }

  /** Follows the application choosing another camera (or stopping it) while local video is on. */
  readonly #onVideoInputChosen = (stream: MediaStream | undefined): void => {
    if (!this.#localWanted) return;
    if (stream?.getVideoTracks()[0]) {
      this.#generation++;
      this.#useCamera({ stream, owned: false });
    } else if (this.#camera && !this.#camera.owned) {
      this.host.logger.info('video: the video input was stopped; local video stops');
      this.stopLocalVideoTile();
    }
  };
}
