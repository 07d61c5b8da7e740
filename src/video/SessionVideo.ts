import type { DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import type { Logger } from '../logging/Logger.ts';
import type { ISdkIndexFrame } from '../protocol/frame.ts';
import type { ObserverSet } from '../session/ObserverSet.ts';
import type { AudioVideoObserver, SessionEventMap } from '../session/types.ts';
import { remoteVideoSources, sameVideoSources, videoAvailabilityOf } from './subscriptions.ts';
import type { RemoteVideoBinding } from './subscriptions.ts';
import type { MeetingSessionVideoAvailability, VideoSource } from './types.ts';
import { VideoTiles } from './VideoTiles.ts';

/** What the session's video needs from the current connection. */
export interface VideoConnection {
  requestVideoUpdate(): void;
  replaceVideoTrack(track: MediaStreamTrack | null): Promise<void>;
  sendPause(pause: boolean, streamIds: number[]): void;
}

type VideoEvent = 'video-tile-update' | 'video-tile-remove' | 'video-availability-change';

/** The session side of {@link SessionVideo}. */
export interface SessionVideoHost {
  logger: Logger;
  devices: DefaultDeviceController;
  observers: ObserverSet<AudioVideoObserver>;
  attendeeId: string;
  externalUserId: string;
  emit<K extends VideoEvent>(type: K, detail: SessionEventMap[K]['detail']): void;
  /** The joined (or joining) connection, if any. */
  connection(): VideoConnection | undefined;
}

interface Camera {
  stream: MediaStream;
  /** Opened by the session (stopped when local video stops), not chosen by the application. */
  owned: boolean;
}

const INITIAL_AVAILABILITY: MeetingSessionVideoAvailability = {
  remoteVideoAvailable: false,
  canStartLocalVideo: true,
};

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * A session's video model: the tiles, the local camera, video availability and the remote
 * sources, kept current from INDEX frames and the connection's bound remote videos, and reported
 * as session events and Chime observer calls.
 */
export class SessionVideo {
  readonly tiles: VideoTiles;
  #availability: MeetingSessionVideoAvailability = { ...INITIAL_AVAILABILITY };
  #sources: VideoSource[] = [];
  #localWanted = false;
  #camera: Camera | undefined;
  /** Increases whenever local video starts or stops, so a late camera open is discarded. */
  #generation = 0;
  /** Attendees that left; their bound video is ignored until they join again. */
  readonly #departed = new Set<string>();
  #bindings: readonly RemoteVideoBinding[] = [];

  constructor(private readonly host: SessionVideoHost) {
    this.tiles = new VideoTiles(
      {
        updated: (tile) => {
          host.emit('video-tile-update', { tile });
          host.observers.notify('videoTileDidUpdate', tile);
        },
        removed: (tileId, attendeeId) => {
          host.emit('video-tile-remove', { tileId, attendeeId });
          host.observers.notify('videoTileWasRemoved', tileId);
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

  /** The camera track to send while local video is on. */
  localVideoTrack(): MediaStreamTrack | undefined {
    if (!this.#localWanted) return undefined;
    const track = this.#camera?.stream.getVideoTracks()[0];
    return track && track.readyState !== 'ended' ? track : undefined;
  }

  hasStartedLocalVideoTile(): boolean {
    return this.#localWanted;
  }

  /**
   * Creates the local tile and starts sending the camera: the chosen video input, or else the
   * default camera, opened here. If that cannot be opened, the error is logged and the local tile
   * is removed (observers get `videoTileWasRemoved`).
   */
  startLocalVideoTile(): number {
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

  /** A new INDEX: availability and remote sources. */
  onIndex(index: ISdkIndexFrame): void {
    const self = this.host.attendeeId;
    this.#setAvailability(videoAvailabilityOf(index, self));
    const sources = remoteVideoSources(index, self);
    if (!sameVideoSources(sources, this.#sources)) {
      this.#sources = sources;
      this.host.observers.notify('remoteVideoSourcesDidChange', [...sources]);
    }
  }

  /** The connection's bound remote videos changed. */
  onRemoteVideos(bindings: readonly RemoteVideoBinding[]): void {
    this.#bindings = bindings;
    this.#syncRemote();
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

  /** The session stopped: local video off, every tile removed, nothing available. */
  reset(): void {
    this.#stopLocal(false);
    this.tiles.clear();
    this.#bindings = [];
    this.#departed.clear();
    this.#setAvailability({ ...INITIAL_AVAILABILITY });
    if (this.#sources.length > 0) {
      this.#sources = [];
      this.host.observers.notify('remoteVideoSourcesDidChange', []);
    }
  }

  #syncRemote(): void {
    this.tiles.syncRemote(this.#bindings.filter((binding) => !this.#departed.has(binding.attendeeId)));
  }

  /** Returns whether local video was on. */
  #stopLocal(renegotiate = true): boolean {
    if (!this.#localWanted) return false;
    this.#localWanted = false;
    this.#generation++;
    this.host.devices.removeVideoInputListener(this.#onVideoInputChosen);
    this.#releaseCamera();
    if (renegotiate) this.host.connection()?.requestVideoUpdate();
    return true;
  }

  async #openDefaultCamera(generation: number): Promise<void> {
    try {
      const stream = await this.host.devices.openDefaultVideoInput();
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
      connection.replaceVideoTrack(track).catch((error: unknown) => {
        this.host.logger.warn(`video: could not switch the camera: ${String(error)}`);
      });
    }
    connection?.requestVideoUpdate();
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
