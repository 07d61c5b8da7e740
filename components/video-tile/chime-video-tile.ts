import type { PropertyDeclarations } from 'lit';
import { html } from 'lit';
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
import { micIcon, signalIcon, slashIcon } from '../shared/icons.ts';
import { LocalizeController } from '../shared/localize.ts';
import { controls } from '../styles/controls.ts';
import { tokens } from '../styles/tokens.ts';
import { styles } from './chime-video-tile.styles.ts';
import { initials } from './initials.ts';

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
  /** Accessible name of the badge shown while the attendee's microphone is muted. */
  muted: string;
  /** Accessible name of the badge shown while the attendee's connection is weak. */
  poorConnection: string;
}

export const defaultVideoTileStrings: ChimeVideoTileStrings = {
  videoOf: 'Video of {name}',
  yourVideo: 'Your video',
  contentOf: 'Content shared by {name}',
  yourName: '{name} (you)',
  contentName: 'Shared by {name}',
  muted: 'Microphone muted',
  poorConnection: 'Poor connection',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    videoTile: ChimeVideoTileStrings;
  }
}

interface Binding {
  session: DefaultMeetingSession;
  tileId: number;
  video: HTMLVideoElement;
}

/**
 * One attendee's video: their camera (or content share) while it is on, their initials (or an
 * avatar you provide) while it is off, and a name plate with their name and badges for a muted
 * microphone and a weak connection. Follows the attendee's video tile in the session as it
 * starts, pauses and stops, and the attendee as they speak, mute and lose signal. While they
 * speak the tile is outlined, without changing its size.
 *
 * @summary Shows one attendee's video, or their initials while there is none.
 *
 * @slot avatar - Shown instead of the initials while there is no video (e.g. an `<img>` of the person).
 *
 * @csspart frame - The box holding the video, the placeholder and the name plate (`role="group"`, labelled).
 * @csspart video - The `<video>` element; mirrored for your own camera.
 * @csspart placeholder - The circle shown while there is no video, holding the avatar or the initials.
 * @csspart initials - The attendee's initials (from the name shown), when no avatar is slotted.
 * @csspart name-plate - The bar at the bottom with the badges and the name.
 * @csspart name - The attendee's name.
 * @csspart muted-badge - The crossed microphone shown while the attendee is muted (labelled).
 * @csspart poor-connection-badge - The signal bars shown while the attendee's connection is weak (labelled).
 *
 * @cssprop --chime-video-aspect-ratio - Shape of the tile (default `16 / 9`).
 * @cssprop --chime-video-object-fit - How the camera fills the tile (default `cover`; content shares always `contain`).
 * @cssprop --chime-video-background - Background behind the video and placeholder.
 * @cssprop --chime-video-text - Color of the name label.
 * @cssprop --chime-video-placeholder-background - Background of the initial (default: the accent color).
 * @cssprop --chime-color-speaking - Outline of the tile while the attendee speaks (default green).
 * @cssprop --chime-video-speaking-width - Width of that outline (default `3px`).
 * @cssprop --chime-color-danger - Color of the muted badge.
 * @cssprop --chime-color-warning - Color of the poor-connection badge.
 * @cssprop --chime-radius - Corner radius of the tile.
 * @cssprop --chime-space - Inset of the name plate.
 */
export class ChimeVideoTile extends ChimeSessionElement {
  static override styles = [tokens, controls, styles];

  static override properties: PropertyDeclarations = {
    attendeeId: { attribute: 'attendee-id' },
    strings: { attribute: false },
    nameFor: { attribute: false },
    videoOff: { type: Boolean, reflect: true, attribute: 'video-off' },
    local: { type: Boolean, reflect: true },
    content: { type: Boolean, reflect: true },
    speaking: { type: Boolean, reflect: true },
    muted: { type: Boolean, reflect: true },
    poorConnection: { type: Boolean, reflect: true, attribute: 'poor-connection' },
    hasAvatar: { state: true, attribute: false },
  };

  /** The attendee whose video this tile shows (a content share's id ends with `#content`). */
  attendeeId = '';

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeVideoTileStrings> = {};

  /** How names are shown; defaults to the ExternalUserId convention (`prefix#Name` → `Name`). */
  nameFor: NameResolver = displayName;

  /** Reflected: the attendee has no video showing (camera off, paused, or not in the meeting). */
  videoOff = true;

  /** Reflected: this is your own tile. */
  local = false;

  /** Reflected: this tile shows a content share. */
  content = false;

  /** Reflected: the attendee is one of the active speakers. */
  speaking = false;

  /** Reflected: the attendee's microphone is muted. */
  muted = false;

  /** Reflected: the service reports the attendee's signal as weak or lost. */
  poorConnection = false;

  private get videoElement(): HTMLVideoElement {
    return ((this.renderRoot as ParentNode | undefined)?.querySelector<HTMLVideoElement>('video') ?? null)!;
  }

  /** An element is slotted as the avatar (directly, or through a slot of an enclosing grid). */
  private hasAvatar = false;

  private readonly localize = new LocalizeController(
    this,
    'videoTile',
    defaultVideoTileStrings,
    () => this.strings,
  );

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = ['state-change', 'stop'];

  /** The attendee shown: this element listens to it alone for its video and presence. */
  private readonly shown = new AttendeeController(this, [
    'video-change',
    'presence-change',
    'mute-change',
    'signal-change',
    'speaking-change',
  ]);
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
    const person = attendee?.present && !attendee.isContent ? attendee : undefined;
    this.speaking = person?.speaking ?? false;
    this.muted = person?.muted ?? false;
    this.poorConnection = (person?.signalStrength ?? 1) < 1;
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

  private onAvatarChange(event: Event): void {
    this.hasAvatar = (event.target as HTMLSlotElement).assignedElements({ flatten: true }).length > 0;
  }

  override render() {
    const text = this.localize.strings;
    const name = this.attendeeId ? this.nameFor(this.person()) : '';
    const label = this.content ? text.contentOf : this.local ? text.yourVideo : text.videoOf;
    const caption = this.content ? text.contentName : this.local ? text.yourName : '{name}';
    return html`
      <div part="frame" role="group" aria-label=${format(label, { name })}>
        <video part="video" ?hidden=${this.videoOff} .muted=${true} autoplay playsinline></video>
        <div part="placeholder" ?hidden=${!this.videoOff} aria-hidden="true">
          <slot name="avatar" @slotchange=${this.onAvatarChange}></slot>
          <span part="initials" ?hidden=${this.hasAvatar}>${initials(name)}</span>
        </div>
        <div part="name-plate">
          ${this.muted
            ? html`<span part="muted-badge" role="img" aria-label=${text.muted}
                ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  ${micIcon}${slashIcon}
                </svg></span
              >`
            : ''}
          ${this.poorConnection
            ? html`<span part="poor-connection-badge" role="img" aria-label=${text.poorConnection}
                ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${signalIcon}</svg></span
              >`
            : ''}
          <span part="name">${format(caption, { name })}</span>
        </div>
      </div>
    `;
  }
}
