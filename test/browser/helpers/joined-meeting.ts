/** A `<chime-meeting>` with elements inside, joined for a whole test file. */
import { oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChimeMeeting } from '../../../components/index.ts';
import { joinInfo } from './meeting-server.ts';

export interface JoinedMeeting {
  /** The element holding the meeting, appended to the page (`lang` set when asked). */
  container: HTMLElement;
  meeting: ChimeMeeting;
  attendeeId: string;
}

/**
 * Renders `template` (a `<chime-meeting no-prejoin>` with the elements under test inside) into a
 * new container on the page and joins that meeting as `name` of `meetingName`. Built by hand
 * rather than with fixture(), which removes what it made after each test: the joins are shared
 * by the tests of a file.
 */
export async function joinedMeeting(
  meetingName: string,
  name: string,
  template: TemplateResult,
  { lang }: { lang?: string } = {},
): Promise<JoinedMeeting> {
  const container = document.createElement('div');
  if (lang) container.lang = lang;
  document.body.append(container);
  render(template, container);
  const meeting = container.querySelector('chime-meeting')!;
  meeting.joinInfo = await joinInfo(meetingName, name);
  const joined = oneEvent(meeting, 'chime-joined');
  await meeting.join();
  const { detail } = await joined;
  return { container, meeting, attendeeId: detail.attendeeId };
}
