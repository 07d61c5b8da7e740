import { MeetingSessionConfiguration } from '../../src/index.ts';
import type { ChimeErrorDetail } from '../events.ts';

/** The `{Meeting, Attendee}` pair an app's server gets from CreateMeeting and CreateAttendee. */
export interface JoinInfo {
  Meeting: unknown;
  Attendee: unknown;
}

/** Join information could not be fetched or read; `phase` says which. Never carries a token. */
export class JoinInfoError extends Error {
  constructor(
    readonly phase: ChimeErrorDetail['phase'],
    message: string,
  ) {
    super(message);
    this.name = 'JoinInfoError';
  }
}

/** Asks `url` (`POST {meeting, name}`) for join information. */
export async function fetchJoinInfo(url: string, meeting: string, name: string): Promise<JoinInfo> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meeting, name }),
    });
  } catch (error) {
    throw new JoinInfoError('fetch-join-info', `could not reach ${url}: ${String(error)}`);
  }
  if (!response.ok) {
    throw new JoinInfoError(
      'fetch-join-info',
      `${url} answered ${response.status} ${await safeText(response)}`,
    );
  }
  try {
    return (await response.json()) as JoinInfo;
  } catch {
    throw new JoinInfoError('fetch-join-info', `${url} did not answer JSON`);
  }
}

/** The session configuration of `info`; throws a {@link JoinInfoError} when it is not valid. */
export function configurationOf(info: JoinInfo): MeetingSessionConfiguration {
  try {
    if (typeof info !== 'object' || info === null) throw new TypeError('join information must be an object');
    return new MeetingSessionConfiguration({ Meeting: info.Meeting }, { Attendee: info.Attendee });
  } catch (error) {
    throw new JoinInfoError('configuration', error instanceof Error ? error.message : String(error));
  }
}

async function safeText(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, 200);
  } catch {
    return '';
  }
}
