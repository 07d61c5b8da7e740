import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DefaultMeetingSession, RosterAttendee, SessionEventMap } from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { isContentAttendee } from '../../src/index.ts';
import { displayName } from '../shared/display-name.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { inMeeting } from '../shared/session-state.ts';
import { tokens } from '../styles/tokens.ts';
import { defaultVideoTileStrings } from '../video-tile/chime-video-tile.ts';
import type { ChimeVideoTileStrings } from '../video-tile/chime-video-tile.ts';
import '../video-tile/define.ts';
import { styles } from './chime-video-grid.styles.ts';

/** Every user-visible string of `<chime-video-grid>`, including those of its tiles. */
export interface ChimeVideoGridStrings extends ChimeVideoTileStrings {
  /** Accessible name of the grid. */
  label: string;
  /** Shown in a meeting with no tile to show. */
  empty: string;
  /** Shown when not in a meeting. */
  notJoined: string;
}

export const defaultVideoGridStrings: ChimeVideoGridStrings = {
  ...defaultVideoTileStrings,
  label: 'Videos',
  empty: 'Nobody is here yet',
  notJoined: 'Not in a meeting',
};

/** The largest number of columns the grid asks for; more tiles add rows. */
const MAX_COLUMNS = 6;

interface GridEntry {
  attendeeId: string;
  featured: boolean;
}

/**
 * Everyone's video in a responsive grid: one `<chime-video-tile>` per person present (you first),
 * plus each content share while it has video, first and across the whole row.
 *
 * @summary A responsive grid of video tiles for the people in a meeting.
 *
 * @csspart grid - The grid container (`role="group"`, labelled).
 * @csspart tile - Each `<chime-video-tile>`; also `local` on yours and `featured` on content shares.
 * @csspart frame - A tile's box (exported from the tile).
 * @csspart video - A tile's `<video>` (exported from the tile).
 * @csspart placeholder - A tile's initial shown without video (exported from the tile).
 * @csspart name - A tile's name label (exported from the tile).
 * @csspart empty - The text shown when not in a meeting, or when there is no tile.
 *
 * @cssprop --chime-video-tile-min-width - Narrowest a tile gets before the grid uses fewer columns (default `9rem`).
 * @cssprop --chime-video-aspect-ratio - Shape of each tile (default `16 / 9`).
 * @cssprop --chime-video-object-fit - How cameras fill their tiles (default `cover`).
 * @cssprop --chime-video-background - Background of tiles without video.
 * @cssprop --chime-space - Gap between tiles.
 * @cssprop --chime-radius - Corner radius of tiles.
 * @cssprop --chime-color-muted-text - Color of the empty text.
 */
export class ChimeVideoGrid extends ChimeSessionElement {
  static override styles = [tokens, styles];

  /** Leave your own tile out (some people prefer not to watch themselves). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-local' }) hideLocal = false;

  /** User-visible strings, including the tiles'; replace some or all for another language. */
  @property({ attribute: false }) strings: Partial<ChimeVideoGridStrings> = {};

  /** How names are shown; defaults to the ExternalUserId convention (`prefix#Name` → `Name`). */
  @property({ attribute: false }) nameFor: NameResolver = displayName;

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
    'state-change',
    'stop',
    'attendee-join',
    'attendee-leave',
    'video-tile-update',
    'video-tile-remove',
  ];

  /** Content shares with video first, then you, then everyone else by name. */
  private entries(session: DefaultMeetingSession): GridEntry[] {
    const attendees = [...session.attendees.values()];
    const sharing = new Set(
      [...session.videoTiles.values()]
        .filter((tile) => tile.isContent && tile.active && tile.boundAttendeeId)
        .map((tile) => tile.boundAttendeeId),
    );
    const shares = attendees
      .filter((attendee) => isContentAttendee(attendee.attendeeId) && sharing.has(attendee.attendeeId))
      .map((attendee) => ({ attendeeId: attendee.attendeeId, featured: true }));
    const people = attendees
      .filter((attendee) => !isContentAttendee(attendee.attendeeId) && !(this.hideLocal && attendee.local))
      .sort((a, b) => Number(b.local) - Number(a.local) || this.compareNames(a, b))
      .map((attendee) => ({ attendeeId: attendee.attendeeId, featured: false }));
    return [...shares, ...people];
  }

  private compareNames(a: RosterAttendee, b: RosterAttendee): number {
    return this.nameFor(a).localeCompare(this.nameFor(b)) || a.attendeeId.localeCompare(b.attendeeId);
  }

  override render() {
    const text = { ...defaultVideoGridStrings, ...this.strings };
    const session = this.session;
    if (!session || !inMeeting(session)) return html`<p part="empty">${text.notJoined}</p>`;
    const entries = this.entries(session);
    if (entries.length === 0) return html`<p part="empty">${text.empty}</p>`;
    const people = entries.filter((entry) => !entry.featured).length;
    const columns = Math.min(MAX_COLUMNS, Math.max(1, Math.ceil(Math.sqrt(people))));
    return html`
      <div part="grid" role="group" aria-label=${text.label} data-columns=${columns}>
        ${repeat(
          entries,
          (entry) => entry.attendeeId,
          (entry) =>
            html`<chime-video-tile
              part=${entry.featured
                ? 'tile featured'
                : entry.attendeeId === session.localAttendeeId
                  ? 'tile local'
                  : 'tile'}
              exportparts="frame, video, placeholder, name"
              attendee-id=${entry.attendeeId}
              .session=${session}
              .strings=${text}
              .nameFor=${this.nameFor}
            ></chime-video-tile>`,
        )}
      </div>
    `;
  }
}
