/** Suffix of the attendee id a content share joins with (`<attendeeId>#content`). */
export const CONTENT_SHARE_SUFFIX = '#content';

/** True for the attendee id of a content share rather than a person. */
export function isContentShare(attendeeId: string): boolean {
  return attendeeId.endsWith(CONTENT_SHARE_SUFFIX);
}

/** The attendee who shares: the id without the content-share suffix (unchanged for a person). */
export function sharerOf(attendeeId: string): string {
  return isContentShare(attendeeId) ? attendeeId.slice(0, -CONTENT_SHARE_SUFFIX.length) : attendeeId;
}
