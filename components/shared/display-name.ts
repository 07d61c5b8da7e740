import type { RosterAttendee } from '../../src/index.ts';

/**
 * The name shown for an attendee. By the convention of Amazon's meeting demos an ExternalUserId
 * may carry a unique prefix before the first `#` (`1a2b3c4d#Ana`); the name is what follows it.
 * Apps with another convention set the element's `nameFor` property instead.
 */
export function displayName(attendee: Pick<RosterAttendee, 'externalUserId' | 'attendeeId'>): string {
  const external = attendee.externalUserId || attendee.attendeeId;
  const separator = external.indexOf('#');
  return separator >= 0 && separator < external.length - 1 ? external.slice(separator + 1) : external;
}

/** Turns an attendee into a name; set on elements that show names to override {@link displayName}. */
export type NameResolver = (attendee: RosterAttendee) => string;
