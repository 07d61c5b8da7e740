import type { PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { contentAttendeeOf } from '../../src/index.ts';
import type { Attendee, DefaultMeetingSession, SessionEventMap } from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { displayName } from '../shared/display-name.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { format } from '../shared/format.ts';
import { cameraIcon, micIcon, screenIcon, signalIcon, slashIcon } from '../shared/icons.ts';
import { LocalizeController } from '../shared/localize.ts';
import { inMeeting } from '../shared/session-state.ts';
import { controls } from '../styles/controls.ts';
import { tokens } from '../styles/tokens.ts';
import { styles } from './chime-roster.styles.ts';
import { SpeakingOrder, matchesQuery } from './roster-order.ts';

/**
 * Every user-visible string of `<chime-roster>`. `{count}` is the number of people present,
 * `{shown}` the number the filter lets through.
 */
export interface ChimeRosterStrings {
  heading: string;
  you: string;
  empty: string;
  notJoined: string;
  /** Label of the filter box. */
  filter: string;
  /** Said (and shown) while the filter is in use. */
  filterCount: string;
  /** Shown when the filter matches nobody. */
  noMatch: string;
  muted: string;
  speaking: string;
  signalWeak: string;
  signalNone: string;
  cameraOn: string;
  sharing: string;
}

export const defaultRosterStrings: ChimeRosterStrings = {
  heading: 'Participants ({count})',
  you: '(you)',
  empty: 'Nobody is here yet',
  notJoined: 'Not in a meeting',
  filter: 'Find a participant',
  filterCount: '{shown} of {count} shown',
  noMatch: 'Nobody matches',
  muted: 'Muted',
  speaking: 'Speaking',
  signalWeak: 'Weak connection',
  signalNone: 'No connection',
  cameraOn: 'Camera on',
  sharing: 'Sharing content',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    roster: ChimeRosterStrings;
  }
}

/** How the roster orders people (your own row always comes first). */
export type RosterSort = 'name' | 'speaking';

type Signal = 'good' | 'weak' | 'none';

/** What one row shows. */
interface Row {
  attendee: Attendee;
  name: string;
  muted: boolean;
  speaking: boolean;
  /** Speaking level 0–3 (0 while not speaking). */
  level: number;
  signal: Signal;
  camera: boolean;
  sharing: boolean;
}

const signalOf = (strength: number): Signal => (strength >= 1 ? 'good' : strength > 0 ? 'weak' : 'none');
const localSignal: Record<DefaultMeetingSession['connectionQuality'], Signal> = {
  good: 'good',
  poor: 'weak',
  lost: 'none',
};

/**
 * The people present in the meeting, live: who is muted, who is speaking (from their volume), how
 * good their connection is, whose camera is on and who is sharing content. Ordered by name, or
 * with `sort="speaking"` by who spoke last; a filter box appears when the list gets long.
 *
 * @summary Lists the attendees of a meeting with their microphone, speaking, connection, camera and sharing states.
 *
 * @csspart heading - The heading with the number of people present.
 * @csspart filter-box - The box around the filter field (shown past `filter-threshold` people).
 * @csspart filter-label - The filter field's label (visually hidden).
 * @csspart filter - The filter field (`<input type="search">`).
 * @csspart filter-count - How many people the filter lets through (a polite status).
 * @csspart list - The list of attendees.
 * @csspart attendee - One row. Also has `local` for your own row, and `is-muted`, `is-speaking`, `has-camera`, `is-sharing`, `signal-weak` or `signal-none` as they apply.
 * @csspart name - An attendee's name.
 * @csspart you - The "(you)" marker after your own name.
 * @csspart states - The icons after the name.
 * @csspart state - Each state icon (with its text alternative); also one of `muted`, `level`, `signal`, `camera`, `sharing`.
 * @csspart empty - The text shown when nobody is present, nobody matches the filter, or when not in a meeting.
 *
 * @cssprop --chime-space - Gap between rows.
 * @cssprop --chime-color-muted-text - Color of the "(you)" marker, the empty text and idle icons.
 * @cssprop --chime-color-speaking - Color of the speaking level.
 * @cssprop --chime-color-warning - Color of a weak connection.
 * @cssprop --chime-color-danger - Color of the muted microphone and of a lost connection.
 */
export class ChimeRoster extends ChimeSessionElement {
  static override styles = [tokens, controls, styles];

  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    nameFor: { attribute: false },
    sort: { reflect: true },
    filterThreshold: { type: Number, attribute: 'filter-threshold' },
    speakingThreshold: { type: Number, attribute: 'speaking-threshold' },
    query: { state: true, attribute: false },
  };

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeRosterStrings> = {};

  /** How names are shown; defaults to the ExternalUserId convention (`prefix#Name` → `Name`). */
  nameFor: NameResolver = displayName;

  /** `name` (default, in the language's alphabetical order) or `speaking` (who spoke last first). */
  sort: RosterSort = 'name';

  /** The filter box appears when more people than this are present. */
  filterThreshold = 8;

  /** Volume (0–1) from which an attendee counts as speaking. */
  speakingThreshold = 0.1;

  private query = '';

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
    'state-change',
    'stop',
    'attendee-join',
    'attendee-leave',
    'attendee-update',
    'volume-change',
    'video-tile-update',
    'video-tile-remove',
    'connection-quality-change',
  ];

  private readonly localize = new LocalizeController(
    this,
    'roster',
    defaultRosterStrings,
    () => this.strings,
  );
  private readonly speakingOrder = new SpeakingOrder();
  private reorderTimer: ReturnType<typeof setTimeout> | undefined;
  private collator: { lang: string; compare: Intl.Collator['compare'] } | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.reorderTimer);
    this.reorderTimer = undefined;
  }

  private compareNames(a: string, b: string): number {
    const lang = this.localize.lang;
    if (this.collator?.lang !== lang) this.collator = { lang, compare: new Intl.Collator(lang).compare };
    return this.collator.compare(a, b);
  }

  private row(session: DefaultMeetingSession, attendee: Attendee): Row {
    const muted = attendee.muted;
    const volume = muted ? 0 : attendee.volume;
    const speaking = volume > 0 && volume >= this.speakingThreshold;
    const tile = attendee.videoTile;
    return {
      attendee,
      name: this.nameFor(attendee),
      muted,
      speaking,
      level: speaking ? Math.max(1, Math.ceil(volume * 3)) : 0,
      signal: attendee.local ? localSignal[session.connectionQuality] : signalOf(attendee.signalStrength),
      camera: !!tile && !tile.isContent && (!tile.localTile || tile.localTileStarted),
      sharing: session.attendees.has(contentAttendeeOf(attendee.attendeeId)),
    };
  }

  /** Present people (content shares are not people), your own row first, then in the chosen order. */
  private rows(): Row[] {
    const session = this.session;
    if (!session) return [];
    const now = performance.now();
    const rows = new Map<string, Row>();
    for (const attendee of session.attendees.values()) {
      if (attendee.isContent) continue;
      const row = this.row(session, attendee);
      rows.set(attendee.attendeeId, row);
      if (row.speaking) this.speakingOrder.heard(attendee.attendeeId, now);
    }
    const byName = (a: string, b: string) =>
      this.compareNames(rows.get(a)!.name, rows.get(b)!.name) || (a < b ? -1 : a > b ? 1 : 0);
    const others = [...rows.values()]
      .filter((row) => !row.attendee.local)
      .map((row) => row.attendee.attendeeId);
    const ordered =
      this.sort === 'speaking' ? this.speakingOrder.order(others, byName, now) : others.sort(byName);
    const local = session.localAttendee.attendeeId;
    return [...(rows.has(local) ? [local] : []), ...ordered].map((id) => rows.get(id)!);
  }

  override updated(): void {
    // While a new speaker waits for the hold to end, come back then to move them up.
    const at = this.sort === 'speaking' ? this.speakingOrder.nextChangeAt() : undefined;
    if (at === undefined || this.reorderTimer !== undefined) return;
    this.reorderTimer = setTimeout(
      () => {
        this.reorderTimer = undefined;
        this.requestUpdate();
      },
      Math.max(0, at - performance.now()),
    );
  }

  override render() {
    const text = this.localize.strings;
    const all = this.rows();
    const count = this.localize.number(all.length);
    const filtering = all.length > this.filterThreshold;
    const query = filtering ? this.query : '';
    const lang = this.localize.lang;
    const shown = query ? all.filter((row) => matchesQuery(row.name, query, lang)) : all;
    return html`
      <h2 part="heading" id="heading">${format(text.heading, { count })}</h2>
      ${filtering
        ? html`<div part="filter-box">
            <label part="filter-label" class="visually-hidden" for="filter">${text.filter}</label>
            <input
              part="filter"
              id="filter"
              type="search"
              autocomplete="off"
              placeholder=${text.filter}
              .value=${this.query}
              @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
            />
            <span part="filter-count" role="status"
              >${query
                ? format(text.filterCount, { shown: this.localize.number(shown.length), count })
                : ''}</span
            >
          </div>`
        : nothing}
      ${shown.length === 0
        ? html`<p part="empty">
            ${all.length > 0 ? text.noMatch : inMeeting(this.session) ? text.empty : text.notJoined}
          </p>`
        : html`<ul part="list" role="list" aria-labelledby="heading">
            ${repeat(
              shown,
              (row) => row.attendee.attendeeId,
              (row) => this.renderRow(row, text),
            )}
          </ul>`}
    `;
  }

  private renderRow(row: Row, text: ChimeRosterStrings) {
    const { attendee } = row;
    const parts = [
      'attendee',
      attendee.local && 'local',
      row.muted && 'is-muted',
      row.speaking && 'is-speaking',
      row.camera && 'has-camera',
      row.sharing && 'is-sharing',
      row.signal !== 'good' && `signal-${row.signal}`,
    ];
    const icon = (shape: unknown) =>
      html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;
    const said = (words: string) => html`<span class="visually-hidden">${words}</span>`;
    return html`<li part=${parts.filter(Boolean).join(' ')} data-attendee-id=${attendee.attendeeId}>
      <span part="name">${row.name}</span>${attendee.local ? html` <span part="you">${text.you}</span>` : ''}
      <span part="states">
        ${row.muted
          ? html`<span part="state muted">${icon([micIcon, slashIcon])}${said(text.muted)}</span>`
          : html`<span part="state level" data-level=${row.level}
              ><i></i><i></i><i></i>${row.speaking ? said(text.speaking) : nothing}</span
            >`}
        ${row.camera
          ? html`<span part="state camera">${icon(cameraIcon)}${said(text.cameraOn)}</span>`
          : nothing}
        ${row.sharing
          ? html`<span part="state sharing">${icon(screenIcon)}${said(text.sharing)}</span>`
          : nothing}
        <span part="state signal" data-signal=${row.signal}
          >${icon(row.signal === 'none' ? [signalIcon, slashIcon] : signalIcon)}${row.signal === 'good'
            ? nothing
            : said(row.signal === 'weak' ? text.signalWeak : text.signalNone)}</span
        >
      </span>
    </li>`;
  }
}
