import type { PropertyDeclarations } from 'lit';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DefaultMeetingSession, RosterAttendee, SessionEventMap } from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { displayName } from '../shared/display-name.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { format } from '../shared/format.ts';
import { chevronEndIcon, chevronStartIcon } from '../shared/icons.ts';
import { LocalizeController } from '../shared/localize.ts';
import { inMeeting } from '../shared/session-state.ts';
import { controls } from '../styles/controls.ts';
import { tokens } from '../styles/tokens.ts';
import { defaultVideoTileStrings } from '../video-tile/chime-video-tile.ts';
import type { ChimeVideoTileStrings } from '../video-tile/chime-video-tile.ts';
import '../video-tile/define.ts';
import { styles } from './chime-video-grid.styles.ts';
import { FEATURE_HOLD_MS, PROMOTION_HOLD_MS, SpeakerMemory, layoutGrid } from './layout.ts';
import type { GridLayout } from './layout.ts';
import { TilePauseController } from './tile-pause-controller.ts';

/**
 * Every user-visible string of `<chime-video-grid>`. Its `strings` property also takes the tiles'
 * strings and hands them to its tiles; translations of those go under `videoTile`.
 */
export interface ChimeVideoGridStrings extends ChimeVideoTileStrings {
  /** Accessible name of the grid. */
  label: string;
  /** Accessible name of the stage (content shares, or the featured speaker). */
  stage: string;
  /** Shown in a meeting with no tile to show. */
  empty: string;
  /** Shown when not in a meeting. */
  notJoined: string;
  /** Accessible name of the page navigation. */
  pages: string;
  previousPage: string;
  nextPage: string;
  /** Where you are; `{page}` and `{count}` are replaced by numbers. */
  pageStatus: string;
}

export const defaultVideoGridStrings: ChimeVideoGridStrings = {
  ...defaultVideoTileStrings,
  label: 'Videos',
  stage: 'Featured videos',
  empty: 'Nobody is here yet',
  notJoined: 'Not in a meeting',
  pages: 'Video pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageStatus: 'Page {page} of {count}',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    videoGrid: ChimeVideoGridStrings;
  }
}

/** The largest number of columns the grid asks for; more tiles add rows. */
const MAX_COLUMNS = 6;
const TILE_PARTS =
  'frame, video, placeholder, initials, name-plate, name, muted-badge, poor-connection-badge';

/**
 * Everyone's video: one `<chime-video-tile>` per person present (you first, then by name; a tile
 * whose camera is off keeps its place and shows initials), content shares on a stage above them
 * (two at most), and with `layout="featured"` the active speaker on the stage while nobody shares.
 * With `page-size` the people are shown a page at a time, with buttons to page through; active
 * speakers are brought to the first page, and keep their place there for a while after speaking.
 *
 * Only the video that is seen is received: the remote tiles of other pages, and those scrolled
 * out of view, are paused at the service (it stops sending them) until they are shown again.
 *
 * @summary A grid of video tiles with a stage for content, active-speaker highlight and pages.
 *
 * @slot avatar-<attendeeId> - An avatar for one attendee (e.g. `<img slot="avatar-…">`), shown in their tile while their video is off.
 *
 * @csspart stage - The stage above the grid (`role="group"`, labelled), holding content shares or the featured speaker.
 * @csspart grid - The grid container (`role="group"`, labelled).
 * @csspart tile - Each `<chime-video-tile>`; also `local` on yours and `featured` on those on the stage.
 * @csspart frame - A tile's box (exported from the tile).
 * @csspart video - A tile's `<video>` (exported from the tile).
 * @csspart placeholder - A tile's avatar circle shown without video (exported from the tile).
 * @csspart initials - A tile's initials (exported from the tile).
 * @csspart name-plate - A tile's name plate (exported from the tile).
 * @csspart name - A tile's name label (exported from the tile).
 * @csspart muted-badge - A tile's muted badge (exported from the tile).
 * @csspart poor-connection-badge - A tile's poor-connection badge (exported from the tile).
 * @csspart pagination - The page navigation (shown with more than one page).
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart page-status - The "page x of y" text.
 * @csspart empty - The text shown when not in a meeting, or when there is no tile.
 *
 * @cssprop --chime-video-tile-min-width - Narrowest a tile gets before the grid uses fewer columns (default `9rem`).
 * @cssprop --chime-video-stage-max-height - Tallest the stage gets (default `70vh`).
 * @cssprop --chime-video-aspect-ratio - Shape of each tile (default `16 / 9`).
 * @cssprop --chime-video-object-fit - How cameras fill their tiles (default `cover`).
 * @cssprop --chime-video-background - Background of tiles without video.
 * @cssprop --chime-color-speaking - Outline of the tiles of active speakers.
 * @cssprop --chime-space - Gap between tiles.
 * @cssprop --chime-radius - Corner radius of tiles and buttons.
 * @cssprop --chime-color-muted-text - Color of the empty text and the page status.
 *
 * @fires chime-page-change - The user went to another page; `detail` has the `page` (from 1) and the `pageCount`.
 */
export class ChimeVideoGrid extends ChimeSessionElement {
  static override styles = [tokens, controls, styles];

  static override properties: PropertyDeclarations = {
    hideLocal: { type: Boolean, reflect: true, attribute: 'hide-local' },
    layout: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { type: Number, reflect: true },
    strings: { attribute: false },
    nameFor: { attribute: false },
  };

  /** Leave your own tile out (some people prefer not to watch themselves). */
  hideLocal = false;

  /** `grid` (everyone alike) or `featured` (the active speaker large on the stage). */
  layout: 'grid' | 'featured' = 'grid';

  /** People per page (the stage not counted); 0 or absent shows everyone on one page. */
  pageSize = 0;

  /** Reflected: the page shown, from 1 (kept within the pages there are). */
  page = 1;

  /** User-visible strings, including the tiles'; replace some or all for another language. */
  strings: Partial<ChimeVideoGridStrings> = {};

  /** How names are shown; defaults to the ExternalUserId convention (`prefix#Name` → `Name`). */
  nameFor: NameResolver = displayName;

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
    'state-change',
    'stop',
    'attendee-join',
    'attendee-leave',
    'video-tile-update',
    'video-tile-remove',
    'active-speakers-change',
  ];

  private readonly localize = new LocalizeController(
    this,
    'videoGrid',
    defaultVideoGridStrings,
    () => this.strings,
  );
  private readonly speakers = new SpeakerMemory();
  private shown: GridLayout | undefined;
  private shownSession: DefaultMeetingSession | undefined;

  constructor() {
    super();
    new TilePauseController(this);
  }

  /** The people in their usual order: you first, then by name. */
  private people(session: DefaultMeetingSession): string[] {
    return [...session.attendees.values()]
      .filter((attendee) => !attendee.isContent && !(this.hideLocal && attendee.local))
      .sort((a, b) => Number(b.local) - Number(a.local) || this.compareNames(a, b))
      .map((attendee) => attendee.attendeeId);
  }

  /** Content shares with video, oldest first. */
  private shares(session: DefaultMeetingSession): string[] {
    return [...session.videoTiles.values()]
      .filter((tile) => tile.isContent && tile.boundVideoStream && tile.boundAttendeeId)
      .sort((a, b) => a.tileId - b.tileId)
      .map((tile) => tile.boundAttendeeId!)
      .filter((attendeeId) => session.attendees.has(attendeeId));
  }

  private compareNames(a: RosterAttendee, b: RosterAttendee): number {
    return this.nameFor(a).localeCompare(this.nameFor(b)) || a.attendeeId.localeCompare(b.attendeeId);
  }

  override willUpdate(): void {
    const session = this.session;
    if (session !== this.shownSession) {
      this.shownSession = session;
      this.speakers.clear();
      this.shown = undefined;
    }
    if (!session || !inMeeting(session)) {
      this.shown = undefined;
      return;
    }
    const now = performance.now();
    const people = this.people(session);
    const speaking = people.filter((attendeeId) => session.attendee(attendeeId).speaking);
    if (this.speakers.update(speaking, now)) {
      // Someone stopped speaking: their places are given up when the holds end.
      for (const ms of [FEATURE_HOLD_MS, PROMOTION_HOLD_MS]) setTimeout(() => this.requestUpdate(), ms + 50);
    }
    this.shown = layoutGrid({
      people,
      shares: this.shares(session),
      speaking,
      promoted: this.speakers.recent(now, PROMOTION_HOLD_MS),
      recentlySpoke: this.speakers.recent(now, FEATURE_HOLD_MS),
      featured: this.layout === 'featured',
      pageSize: this.pageSize,
      page: this.page,
      local: session.localAttendeeId,
      previous: this.shown,
    });
    this.page = this.shown.page;
  }

  private async goTo(page: number, event: Event): Promise<void> {
    const count = this.shown?.pageCount ?? 1;
    const target = Math.min(Math.max(1, page), count);
    if (target === this.page) return;
    this.page = target;
    await this.updateComplete;
    // The button pressed is disabled at either end: keep the focus in the navigation.
    const pressed = event.currentTarget as HTMLButtonElement;
    if (pressed.disabled) {
      this.renderRoot.querySelector<HTMLButtonElement>('[part~="pagination"] button:not(:disabled)')?.focus();
    }
    this.emit('chime-page-change', { page: this.page, pageCount: this.shown?.pageCount ?? 1 });
  }

  private tile(session: DefaultMeetingSession, attendeeId: string, onStage: boolean) {
    const part = onStage ? 'tile featured' : attendeeId === session.localAttendeeId ? 'tile local' : 'tile';
    return html`<chime-video-tile
      part=${part}
      exportparts=${TILE_PARTS}
      attendee-id=${attendeeId}
      .session=${session}
      .strings=${this.strings}
      .nameFor=${this.nameFor}
      ><slot name=${`avatar-${attendeeId}`} slot="avatar"></slot
    ></chime-video-tile>`;
  }

  override render() {
    const text = this.localize.strings;
    const session = this.session;
    const layout = this.shown;
    if (!session || !layout) return html`<p part="empty">${text.notJoined}</p>`;
    if (layout.stage.length === 0 && layout.tiles.length === 0) {
      return html`<p part="empty">${text.empty}</p>`;
    }
    const columns = Math.min(MAX_COLUMNS, Math.max(1, Math.ceil(Math.sqrt(layout.tiles.length))));
    const { page, pageCount } = layout;
    return html`
      <div part="stage" role="group" aria-label=${text.stage} ?hidden=${layout.stage.length === 0}>
        ${repeat(
          layout.stage,
          (attendeeId) => attendeeId,
          (attendeeId) => this.tile(session, attendeeId, true),
        )}
      </div>
      <div part="grid" role="group" aria-label=${text.label} data-columns=${columns}>
        ${repeat(
          layout.tiles,
          (attendeeId) => attendeeId,
          (attendeeId) => this.tile(session, attendeeId, false),
        )}
      </div>
      <nav part="pagination" aria-label=${text.pages} ?hidden=${pageCount <= 1}>
        <button part="previous" ?disabled=${page <= 1} @click=${(event: Event) => this.goTo(page - 1, event)}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevronStartIcon}</svg>
          <span class="visually-hidden">${text.previousPage}</span>
        </button>
        <span part="page-status" aria-live="polite"
          >${format(text.pageStatus, {
            page: this.localize.number(page),
            count: this.localize.number(pageCount),
          })}</span
        >
        <button
          part="next"
          ?disabled=${page >= pageCount}
          @click=${(event: Event) => this.goTo(page + 1, event)}
        >
          <span class="visually-hidden">${text.nextPage}</span>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${chevronEndIcon}</svg>
        </button>
      </nav>
    `;
  }
}
