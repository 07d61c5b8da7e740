import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DefaultMeetingSession } from '../../src/index.ts';
import { pausePlan } from './layout.ts';
import type { PausableTile } from './layout.ts';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly session: DefaultMeetingSession | undefined; readonly renderRoot: ParentNode };

/**
 * Receives only the video that is seen: every remote tile whose attendee has no
 * `<chime-video-tile>` in the host (on another page), or whose tile is scrolled out of view, is
 * paused at the service (`pauseVideoTile`: the service stops sending it), and resumed once shown
 * again. Tiles the application paused itself are left paused.
 */
export class TilePauseController implements ReactiveController {
  #observer: IntersectionObserver | undefined;
  readonly #observed = new Set<Element>();
  /** Tiles reported out of view; a tile not reported yet counts as in view. */
  readonly #outOfView = new Set<Element>();
  /** The session whose tiles this controller paused, and which. */
  #session: DefaultMeetingSession | undefined;
  readonly #pausedByUs = new Set<number>();
  #syncQueued = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) this.#outOfView.delete(entry.target);
        else this.#outOfView.add(entry.target);
      }
      this.#sync();
    });
  }

  hostUpdated(): void {
    // Pausing updates the session's tiles, whose events re-render the host: do it once this update
    // is over rather than schedule an update from inside one.
    if (this.#syncQueued) return;
    this.#syncQueued = true;
    queueMicrotask(() => {
      this.#syncQueued = false;
      this.#sync();
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed.clear();
    this.#outOfView.clear();
    this.#resumeAll();
  }

  #sync(): void {
    const session = this.host.session;
    if (session !== this.#session) {
      this.#resumeAll();
      this.#session = session;
    }
    if (!session || !this.#observer) return;
    const visible = new Set<string>();
    const tiles = new Set<Element>(this.host.renderRoot.querySelectorAll('chime-video-tile'));
    for (const element of this.#observed) {
      if (tiles.has(element)) continue;
      this.#observer.unobserve(element);
      this.#observed.delete(element);
      this.#outOfView.delete(element);
    }
    for (const tile of tiles) {
      if (!this.#observed.has(tile)) {
        this.#observed.add(tile);
        this.#observer.observe(tile);
      }
      if (!this.#outOfView.has(tile)) visible.add(tile.getAttribute('attendee-id') ?? '');
    }
    const remote: PausableTile[] = [];
    for (const tile of session.videoTiles.values()) {
      // The local camera and your own content share are not received: nothing to pause.
      if (tile.localTile || !tile.streamId || !tile.boundAttendeeId) continue;
      remote.push({ tileId: tile.tileId, attendeeId: tile.boundAttendeeId, paused: tile.paused });
    }
    for (const tileId of this.#pausedByUs) {
      if (!session.videoTiles.has(tileId)) this.#pausedByUs.delete(tileId);
    }
    const { pause, resume } = pausePlan(remote, visible, this.#pausedByUs);
    for (const tileId of pause) {
      this.#pausedByUs.add(tileId);
      session.audioVideo.pauseVideoTile(tileId);
    }
    for (const tileId of resume) {
      this.#pausedByUs.delete(tileId);
      session.audioVideo.unpauseVideoTile(tileId);
    }
  }

  /** Gives back what this controller paused (the host left the page, or shows another session). */
  #resumeAll(): void {
    const session = this.#session;
    for (const tileId of this.#pausedByUs) {
      if (session?.videoTiles.get(tileId)?.paused) session.audioVideo.unpauseVideoTile(tileId);
    }
    this.#pausedByUs.clear();
  }
}
