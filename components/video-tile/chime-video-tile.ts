import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { isContentAttendee, sharerOf } from '../../src/index.ts';
import type {
  DefaultMeetingSession,
  RosterAttendee,
  SessionEventMap,
  VideoTileState,
} from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { AttendeeController } from '../controllers/attendee-controller.ts';
import { displayName } from '../shared/display-name.ts';
import { format } from '../shared/format.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { tokens } from '../styles/tokens.ts';
import { styles } from './chime-video-tile.styles.ts';

/** Every user-visible string of `<chime-video-tile>`; `{name}` is replaced by the attendee's name. */
export interface ChimeVideoTileStrings {
  /** Accessible name of another attendee's tile. */
  videoOf: string;
  /** Accessible name of your own tile. */
  yourVideo: string;
  /** Accessible name of a content share's tile. */
  contentOf: string;
  /** Name label of your own tile. */
  yourName: string;
  /** Name label of a content share's tile. */
  contentName: string;
}

export const defaultVideoTileStrings: ChimeVideoTileStrings = {
  videoOf: 'Video of {name}',
  yourVideo: 'Your video',
  contentOf: 'Content shared by {name}',
  yourName: '{name} (you)',
  contentName: 'Shared by {name}',
};

interface Binding {
  session: DefaultMeetingSession;
  tileId: number;
  video: HTMLVideoElement;
}

/**
 * One attendee's video: their camera (or content share) while it is on, their initial while it is
 * off, and their name. Follows the attendee's video tile in the session as it starts, pauses and stops.
 *
 * @summary Shows one attendee's video, or a placeholder while there is none.
 *
 * @csspart frame - The box holding the video, the placeholder and the name (`role="group"`, labelled).
 * @csspart video - The `<video>` element; mirrored for your own camera.
 * @csspart placeholder - The attendee's initial, shown while there is no video.
 * @csspart name - The attendee's name.
 *
 * @cssprop --chime-video-aspect-ratio - Shape of the tile (default `16 / 9`).
 * @cssprop --chime-video-object-fit - How the camera fills the tile (default `cover`; content shares always `contain`).
 * @cssprop --chime-video-background - Background behind the video and placeholder.
 * @cssprop --chime-video-text - Color of the name label.
 * @cssprop --chime-video-placeholder-background - Background of the initial (default: the accent color).
 * @cssprop --chime-radius - Corner radius of the tile.
 * @cssprop --chime-space - Inset of the name label.
 */
export class ChimeVideoTile extends ChimeSessionElement {
  static override styles = [tokens, styles];

  /** The attendee whose video this tile shows (a content share's id ends with `#content`). */
  @property({ attribute: 'attendee-id' }) attendeeId = '';

  /** User-visible strings; replace some or all for another language. */
  @property({ attribute: false }) strings: Partial<ChimeVideoTileStrings> = {};

  /** How names are shown; defaults to the ExternalUserId convention (`prefix#Name` → `Name`). */
  @property({ attribute: false }) nameFor: NameResolver = displayName;

  /** Reflected: the attendee has no video showing (camera off, paused, or not in the meeting). */
  @property({ type: Boolean, reflect: true, attribute: 'video-off' }) videoOff = true;

  /** Reflected: this is your own tile. */
  @property({ type: Boolean, reflect: true }) local = false;

  /** Reflected: this tile shows a content share. */
  @property({ type: Boolean, reflect: true }) content = false;

  @query('video') private videoElement!: HTMLVideoElement;

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = ['state-change', 'stop'];

  /** The attendee shown: this element listens to it alone for its video and presence. */
  private readonly shown = new AttendeeController(this, ['video-change', 'presence-change']);
  /** For a content share, the person sharing (whose name the tile shows). */
  private readonly sharer = new AttendeeController(this, ['presence-change']);

  private tile: VideoTileState | undefined;
  private binding: Binding | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A tile moved within the page (the grid reordering) is back before the microtask runs.
    queueMicrotask(() => {
      if (!this.isConnected) this.unbind();
    });
  }

  override willUpdate(): void {
    const session = this.session;
    const attendee = session && this.attendeeId ? session.attendee(this.attendeeId) : undefined;
    this.shown.follow(attendee);
    this.sharer.follow(attendee?.isContent ? session!.attendee(sharerOf(this.attendeeId)) : attendee);
    this.tile = attendee?.videoTile ?? undefined;
    const tile = this.tile;
    this.local = attendee?.local ?? false;
    this.content = isContentAttendee(this.attendeeId);
    const showing =
      tile !== undefined && tile.active && !tile.paused && (!tile.localTile || tile.localTileStarted);
    this.videoOff = !showing;
  }

  override updated(): void {
    // Binding updates the session's tile, whose event re-renders this element: do it once this
    // update is over rather than schedule an update from inside one.
    queueMicrotask(() => this.syncBinding());
  }

  /** Binds the tile to this element's `<video>`, and undoes an earlier binding that no longer applies. */
  private syncBinding(): void {
    const session = this.session;
    const tile = this.tile;
    const wanted =
      session && tile && this.isConnected
        ? { session, tileId: tile.tileId, video: this.videoElement }
        : undefined;
    const current = this.binding;
    if (
      current &&
      wanted &&
      current.session === wanted.session &&
      current.tileId === wanted.tileId &&
      current.video === wanted.video
    ) {
      return;
    }
    this.unbind();
    if (wanted) {
      this.binding = wanted;
      wanted.session.audioVideo.bindVideoElement(wanted.tileId, wanted.video);
    }
  }

  private unbind(): void {
    const binding = this.binding;
    if (!binding) return;
    this.binding = undefined;
    if (binding.session.videoTiles.has(binding.tileId)) {
      binding.session.audioVideo.unbindVideoElement(binding.tileId);
    }
    binding.video.srcObject = null;
  }

  /** The attendee to name: the person (for a content share, the person sharing). */
  private person(): RosterAttendee {
    const person = this.sharer.attendee;
    if (person?.present) return person;
    const external = this.tile?.boundExternalUserId;
    return {
      attendeeId: sharerOf(this.attendeeId),
      externalUserId: external ? sharerOf(external) : (person?.externalUserId ?? ''),
      muted: false,
      local: this.local,
    };
  }

  override render() {
    const text = { ...defaultVideoTileStrings, ...this.strings };
    const name = this.attendeeId ? this.nameFor(this.person()) : '';
    const label = this.content ? text.contentOf : this.local ? text.yourVideo : text.videoOf;
    const caption = this.content ? text.contentName : this.local ? text.yourName : '{name}';
    const initial = [...name.trim()][0]?.toLocaleUpperCase() ?? '';
    return html`
      <div part="frame" role="group" aria-label=${format(label, { name })}>
        <video part="video" ?hidden=${this.videoOff} .muted=${true} autoplay playsinline></video>
        <div part="placeholder" ?hidden=${!this.videoOff} aria-hidden="true">${initial}</div>
        <span part="name">${format(caption, { name })}</span>
      </div>
    `;
  }
}
