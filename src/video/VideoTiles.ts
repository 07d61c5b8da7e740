import type { Logger } from '../logging/Logger.ts';
import { isContentAttendee } from '../protocol/constants.ts';
import type { RemoteVideoBinding } from './subscriptions.ts';
import type { VideoTileState } from './types.ts';
import { DefaultVideoTile } from './DefaultVideoTile.ts';

/** A video tile as the Chime SDK hands it out: its id and a snapshot of its state. */
export interface VideoTile {
  id(): number;
  /** A snapshot of the tile's current state (null fields once the tile was removed). */
  state(): VideoTileState;
}

/** What the tiles report to the session. */
export interface VideoTileHooks {
  updated(state: VideoTileState): void;
  removed(tileId: number, attendeeId: string | null): void;
}

function blankTile(tileId: number, localTile: boolean): VideoTileState {
  return {
    tileId,
    localTile,
    localTileStarted: false,
    isContent: false,
    active: false,
    paused: false,
    poorConnection: false,
    boundAttendeeId: null,
    boundExternalUserId: null,
    boundVideoStream: null,
    boundVideoElement: null,
    streamId: null,
    groupId: null,
    videoStreamContentWidth: null,
    videoStreamContentHeight: null,
  };
}

function streamSize(stream: MediaStream | null): { width: number | null; height: number | null } {
  const settings = stream?.getVideoTracks?.()[0]?.getSettings?.();
  return { width: settings?.width ?? null, height: settings?.height ?? null };
}

/**
 * The video tiles of a session, one per attendee id plus the local tile. Every change replaces
 * the tile's state object, so states handed out are snapshots; elements bound to a tile follow
 * its stream.
 */
export class VideoTiles {
  readonly #tiles = new Map<number, VideoTileState>();
  #nextTileId = 1;

  constructor(
    private readonly hooks: VideoTileHooks,
    private readonly logger: Logger,
  ) {}

  /** Current tiles by tile id (snapshots). */
  get states(): ReadonlyMap<number, VideoTileState> {
    return this.#tiles;
  }

  get(tileId: number): VideoTileState | undefined {
    return this.#tiles.get(tileId);
  }

  get local(): VideoTileState | undefined {
    for (const tile of this.#tiles.values()) if (tile.localTile) return tile;
    return undefined;
  }

  /** A {@link VideoTile} view of a tile. */
  tile(tileId: number): VideoTile | undefined {
    const first = this.#tiles.get(tileId);
    if (!first) return undefined;
    let last = first;
    return {
      id: () => tileId,
      state: () => {
        last = this.#tiles.get(tileId) ?? last;
        return last;
      },
    };
  }

  /** The local tile, created (not yet started) if there is none. */
  ensureLocal(attendeeId: string, externalUserId: string): VideoTileState {
    const existing = this.local;
    if (existing) return existing;
    const tile: VideoTileState = {
      ...blankTile(this.#nextTileId++, true),
      boundAttendeeId: attendeeId,
      boundExternalUserId: externalUserId,
    };
    this.#tiles.set(tile.tileId, tile);
    this.hooks.updated(tile);
    return tile;
  }

  /** Binds the local tile to the camera stream (or unbinds it with `null`). */
  setLocalStream(stream: MediaStream | null, started: boolean): void {
    const tile = this.local;
    if (!tile) return;
    const size = streamSize(stream);
    this.#replace({
      ...tile,
      localTileStarted: started,
      boundVideoStream: stream,
      active: !!stream && !tile.paused,
      videoStreamContentWidth: size.width,
      videoStreamContentHeight: size.height,
    });
  }

  /**
   * Shows a received video on its attendee's tile: a new tile for an attendee without one, else
   * the attendee's tile with the new stream. Returns the tile.
   */
  bindRemote(binding: RemoteVideoBinding): VideoTileState {
    const existing = this.remoteTileOf(binding.attendeeId);
    if (
      existing &&
      existing.boundVideoStream === binding.stream &&
      existing.streamId === binding.streamId &&
      existing.groupId === binding.groupId
    ) {
      return existing;
    }
    const base = existing ?? blankTile(this.#nextTileId++, false);
    const size = streamSize(binding.stream);
    return this.#replace({
      ...base,
      isContent: isContentAttendee(binding.attendeeId),
      active: !base.paused,
      boundAttendeeId: binding.attendeeId,
      boundExternalUserId: binding.externalUserId,
      boundVideoStream: binding.stream,
      streamId: binding.streamId,
      groupId: binding.groupId,
      videoStreamContentWidth: size.width,
      videoStreamContentHeight: size.height,
    });
  }

  /**
   * Removes the remote tiles of every attendee not in `attendeeIds`; those in `holding` keep their
   * tile without a stream (their video may come back, and then takes the same tile).
   */
  keepRemote(attendeeIds: ReadonlySet<string>, holding: ReadonlySet<string> = new Set()): void {
    for (const tile of [...this.#tiles.values()]) {
      const attendeeId = tile.boundAttendeeId ?? '';
      if (tile.localTile || attendeeIds.has(attendeeId)) continue;
      if (!holding.has(attendeeId)) this.remove(tile.tileId);
      else if (tile.boundVideoStream) this.#replace({ ...tile, boundVideoStream: null, active: false });
    }
  }

  /** Marks a tile paused or not; returns the new state, or undefined when nothing changed. */
  setPaused(tileId: number, paused: boolean): VideoTileState | undefined {
    const tile = this.#tiles.get(tileId);
    if (!tile || tile.paused === paused) return undefined;
    return this.#replace({ ...tile, paused, active: !paused && !!tile.boundVideoStream });
  }

  /**
   * Shows the tile's stream in `element`. Another element bound to this tile before is unbound,
   * and so is `element` from any other tile.
   */
  bindElement(tileId: number, element: HTMLVideoElement): void {
    const tile = this.#tiles.get(tileId);
    if (!tile || !element) return;
    if (tile.boundVideoElement === element) {
      // Already bound: make sure it shows the stream, without reporting a change.
      this.#attach(element, tile.boundVideoStream);
      return;
    }
    for (const other of [...this.#tiles.values()]) {
      if (other.tileId !== tileId && other.boundVideoElement === element) {
        this.#replace({ ...other, boundVideoElement: null });
      }
    }
    if (tile.boundVideoElement && tile.boundVideoElement !== element)
      DefaultVideoTile.disconnectVideoStreamFromVideoElement(tile.boundVideoElement);
    this.#replace({ ...tile, boundVideoElement: element });
  }

  /** Forgets the tile's element; with `cleanUp` the element's source is cleared too. */
  unbindElement(tileId: number, cleanUp = true): void {
    const tile = this.#tiles.get(tileId);
    if (!tile?.boundVideoElement) return;
    if (cleanUp) DefaultVideoTile.disconnectVideoStreamFromVideoElement(tile.boundVideoElement);
    this.#replace({ ...tile, boundVideoElement: null });
  }

  /** Removes a tile (its element is cleared); returns whether it existed. */
  remove(tileId: number): boolean {
    const tile = this.#tiles.get(tileId);
    if (!tile) return false;
    this.#tiles.delete(tileId);
    if (tile.boundVideoElement)
      DefaultVideoTile.disconnectVideoStreamFromVideoElement(tile.boundVideoElement);
    this.hooks.removed(tileId, tile.boundAttendeeId);
    return true;
  }

  /** Removes the remote tile of an attendee, if any. */
  removeAttendee(attendeeId: string): void {
    const tile = this.remoteTileOf(attendeeId);
    if (tile) this.remove(tile.tileId);
  }

  /** Removes every tile. */
  clear(): void {
    for (const tileId of [...this.#tiles.keys()]) this.remove(tileId);
  }

  /** The remote tile of an attendee, if it has one. */
  remoteTileOf(attendeeId: string): VideoTileState | undefined {
    for (const tile of this.#tiles.values()) {
      if (!tile.localTile && tile.boundAttendeeId === attendeeId) return tile;
    }
    return undefined;
  }

  #replace(tile: VideoTileState): VideoTileState {
    this.#tiles.set(tile.tileId, tile);
    if (tile.boundVideoElement) this.#attach(tile.boundVideoElement, tile.boundVideoStream);
    this.hooks.updated(tile);
    return tile;
  }

  /** The local tile is not mirrored here: that is the page's styling (`<chime-video-tile>` does it). */
  #attach(element: HTMLVideoElement, stream: MediaStream | null): void {
    if (!stream) {
      DefaultVideoTile.disconnectVideoStreamFromVideoElement(element);
      return;
    }
    DefaultVideoTile.connectVideoStreamToVideoElement(stream, element, false).catch((error: unknown) => {
      const name = error instanceof Error ? error.name : 'Error';
      // AbortError only means the source changed before playback started.
      if (name !== 'AbortError') this.logger.warn(`video: a video element did not start playing (${name})`);
    });
  }
}
