import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { RosterAttendee, SessionEventMap } from '../../src/index.ts';
import { ChimeSessionElement } from '../base/chime-session-element.ts';
import { isContentAttendee } from '../../src/index.ts';
import { displayName } from '../shared/display-name.ts';
import type { NameResolver } from '../shared/display-name.ts';
import { inMeeting } from '../shared/session-state.ts';
import { tokens } from '../styles/tokens.ts';
import { styles } from './chime-roster.styles.ts';

/** Every user-visible string of `<chime-roster>`; `{count}` is the number of people present. */
export interface ChimeRosterStrings {
  heading: string;
  you: string;
  empty: string;
  notJoined: string;
}

export const defaultRosterStrings: ChimeRosterStrings = {
  heading: 'Participants ({count})',
  you: '(you)',
  empty: 'Nobody is here yet',
  notJoined: 'Not in a meeting',
};

/**
 * The people present in the meeting, updated live as they join and leave.
 *
 * @summary Lists the attendees present in a meeting.
 *
 * @csspart heading - The heading with the number of people present.
 * @csspart list - The list of attendees.
 * @csspart attendee - One attendee; the local attendee also has the part `local`.
 * @csspart name - An attendee's name.
 * @csspart you - The "(you)" marker after your own name.
 * @csspart empty - The text shown when nobody is present, or when not in a meeting.
 *
 * @cssprop --chime-space - Gap between rows.
 * @cssprop --chime-color-muted-text - Color of the "(you)" marker and the empty text.
 */
export class ChimeRoster extends ChimeSessionElement {
  static override styles = [tokens, styles];

  /** User-visible strings; replace some or all for another language. */
  @property({ attribute: false }) strings: Partial<ChimeRosterStrings> = {};

  /** How names are shown; defaults to the ExternalUserId convention (`prefix#Name` → `Name`). */
  @property({ attribute: false }) nameFor: NameResolver = displayName;

  protected static override sessionEvents: ReadonlyArray<keyof SessionEventMap> = [
    'state-change',
    'attendee-join',
    'attendee-leave',
    'stop',
  ];

  /** Present attendees, you first, then by name; content-share attendees are not people. */
  private people(): RosterAttendee[] {
    const attendees = [...(this.session?.attendees.values() ?? [])].filter(
      (a) => !isContentAttendee(a.attendeeId),
    );
    return attendees.sort(
      (a, b) => Number(b.local) - Number(a.local) || this.nameFor(a).localeCompare(this.nameFor(b)),
    );
  }

  override render() {
    const text = { ...defaultRosterStrings, ...this.strings };
    const people = this.people();
    const headingId = 'heading';
    return html`
      <h2 part="heading" id=${headingId}>${text.heading.replace('{count}', String(people.length))}</h2>
      ${people.length === 0
        ? html`<p part="empty">${inMeeting(this.session) ? text.empty : text.notJoined}</p>`
        : html`<ul part="list" aria-labelledby=${headingId}>
            ${people.map(
              (attendee) =>
                html`<li
                  part=${attendee.local ? 'attendee local' : 'attendee'}
                  data-attendee-id=${attendee.attendeeId}
                >
                  <span part="name">${this.nameFor(attendee)}</span>${attendee.local
                    ? html` <span part="you">${text.you}</span>`
                    : ''}
                </li>`,
            )}
          </ul>`}
    `;
  }
}
