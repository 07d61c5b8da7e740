/**
 * The Chime SDK Meetings REST API subset (CreateMeeting, GetMeeting, DeleteMeeting,
 * CreateAttendee) plus the demo's `POST /join`, which gets-or-creates a meeting by name and
 * adds an attendee in one call.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JoinTokens } from '../auth/tokens.ts';
import type { Log } from '../log.ts';
import type { AttendeeRecord, MeetingRecord, MeetingStore } from '../store/types.ts';
import { badRequest, methodNotAllowed, notFound, readJsonObject, sendJson } from './http.ts';
import { attendeeJson, meetingJson } from './shapes.ts';

export interface MeetingsApiDeps {
  readonly store: MeetingStore;
  readonly tokens: JoinTokens;
  readonly log: Log;
  /** Ends the live part of a deleted meeting (connected sessions). */
  readonly endMeeting: (meetingId: string) => void;
  /** `host:port` of this service, used when a request has no usable Host header. */
  readonly authority: () => string;
}

/** Handles a request if its path belongs to the API; resolves false otherwise. */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const DEFAULT_REGION = 'us-east-1';

export function createMeetingsApi(deps: MeetingsApiDeps): ApiHandler {
  const { store, tokens, log } = deps;
  const pendingJoins = new Map<string, Promise<MeetingRecord>>();

  const authorityOf = (req: IncomingMessage) => {
    const host = req.headers.host;
    return host !== undefined && HOST_HEADER.test(host) ? host : deps.authority();
  };

  const respondWithAttendee = (
    res: ServerResponse,
    status: number,
    attendee: AttendeeRecord,
    body: object,
  ) => {
    const joinToken = tokens.issue(attendee.meetingId, attendee.attendeeId);
    sendJson(res, status, { ...body, Attendee: attendeeJson(attendee, joinToken) });
  };

  async function createMeeting(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObject(req);
    const externalMeetingId = stringField(body, 'ExternalMeetingId', { required: true, min: 2, max: 64 })!;
    const clientRequestToken = stringField(body, 'ClientRequestToken', {
      min: 2,
      max: 64,
      pattern: /^[-_a-zA-Z0-9]+$/,
      patternText: 'letters, digits, - and _',
    });
    const mediaRegion =
      stringField(body, 'MediaRegion', {
        min: 2,
        max: 64,
        pattern: /^[a-z]{2}(?:-[a-z]+)+-\d+$/,
        patternText: 'a region name such as us-east-1',
      }) ?? DEFAULT_REGION;
    const meetingHostId = stringField(body, 'MeetingHostId', { min: 2, max: 64 });
    const { record, created } = await store.createMeeting({
      externalMeetingId,
      mediaRegion,
      ...(meetingHostId === undefined ? {} : { meetingHostId }),
      ...(clientRequestToken === undefined ? {} : { clientRequestToken }),
    });
    if (created) log(`meeting created ${record.meetingId}`);
    sendJson(res, 201, { Meeting: meetingJson(record, authorityOf(req)) });
  }

  async function getMeeting(req: IncomingMessage, res: ServerResponse, meetingId: string): Promise<void> {
    const record = await activeMeeting(meetingId);
    sendJson(res, 200, { Meeting: meetingJson(record, authorityOf(req)) });
  }

  async function deleteMeeting(res: ServerResponse, meetingId: string): Promise<void> {
    if (!UUID.test(meetingId) || !(await store.endMeeting(meetingId))) throw meetingNotFound();
    log(`meeting deleted ${meetingId}`);
    deps.endMeeting(meetingId);
    sendJson(res, 204, undefined);
  }

  async function createAttendee(req: IncomingMessage, res: ServerResponse, meetingId: string): Promise<void> {
    const body = await readJsonObject(req);
    await activeMeeting(meetingId);
    const externalUserId = stringField(body, 'ExternalUserId', { required: true, min: 2, max: 64 })!;
    const result = await store.createAttendee(meetingId, externalUserId);
    if (!result) throw meetingNotFound();
    if (result.created) log(`attendee created ${meetingId} ${result.record.attendeeId}`);
    respondWithAttendee(res, 201, result.record, {});
  }

  async function join(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObject(req);
    const meetingName = stringField(body, 'meeting', { required: true, min: 1, max: 64, trim: true })!;
    const name = stringField(body, 'name', { required: true, min: 1, max: 32, trim: true })!;
    // Amazon's React demo convention: the display name is what follows the first '#'.
    const externalUserId = `${randomBytes(4).toString('hex')}#${name}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const meeting = await meetingNamed(meetingName);
      const result = await store.createAttendee(meeting.meetingId, externalUserId);
      if (!result) continue; // deleted in between: take the replacement
      log(`attendee created ${meeting.meetingId} ${result.record.attendeeId}`);
      respondWithAttendee(res, 200, result.record, { Meeting: meetingJson(meeting, authorityOf(req)) });
      return;
    }
    throw notFound('meeting keeps ending; try again');
  }

  /** The active meeting with this external id, created if there is none (one at a time per name). */
  function meetingNamed(externalMeetingId: string): Promise<MeetingRecord> {
    let pending = pendingJoins.get(externalMeetingId);
    if (!pending) {
      pending = (async () => {
        const existing = await store.findMeetingByExternalId(externalMeetingId);
        if (existing) return existing;
        const { record } = await store.createMeeting({ externalMeetingId, mediaRegion: DEFAULT_REGION });
        log(`meeting created ${record.meetingId}`);
        return record;
      })().finally(() => pendingJoins.delete(externalMeetingId));
      pendingJoins.set(externalMeetingId, pending);
    }
    return pending;
  }

  async function activeMeeting(meetingId: string): Promise<MeetingRecord> {
    const record = UUID.test(meetingId) ? await store.getMeeting(meetingId) : undefined;
    if (!record) throw meetingNotFound();
    return record;
  }

  return async (req, res, pathname) => {
    const method = req.method ?? 'GET';
    if (pathname === '/join') {
      if (method !== 'POST') throw methodNotAllowed(['POST']);
      await join(req, res);
      return true;
    }
    if (pathname === '/meetings') {
      if (method !== 'POST') throw methodNotAllowed(['POST']);
      await createMeeting(req, res);
      return true;
    }
    const match = /^\/meetings\/([^/]+)(\/attendees)?$/.exec(pathname);
    if (!match) return false;
    const meetingId = decodeSegment(match[1]!);
    if (match[2]) {
      if (method !== 'POST') throw methodNotAllowed(['POST']);
      await createAttendee(req, res, meetingId);
    } else if (method === 'GET') {
      await getMeeting(req, res, meetingId);
    } else if (method === 'DELETE') {
      await deleteMeeting(res, meetingId);
    } else {
      throw methodNotAllowed(['GET', 'DELETE']);
    }
    return true;
  };
}

function meetingNotFound() {
  return notFound('MeetingId does not name an active meeting');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // not a valid id either way; lookups will miss
  }
}

interface StringRule {
  readonly required?: boolean;
  readonly min: number;
  readonly max: number;
  readonly trim?: boolean;
  readonly pattern?: RegExp;
  readonly patternText?: string;
}

/** Reads one string field of a request body; every message names the field. */
function stringField(body: Record<string, unknown>, name: string, rule: StringRule): string | undefined {
  const raw = Object.hasOwn(body, name) ? body[name] : undefined;
  if (raw === undefined || raw === null) {
    if (rule.required) throw badRequest(`${name} is required`);
    return undefined;
  }
  if (typeof raw !== 'string') throw badRequest(`${name} must be a string`);
  const value = rule.trim ? raw.trim() : raw;
  const length = [...value].length;
  if (length < rule.min || length > rule.max) {
    throw badRequest(`${name} must be ${rule.min} to ${rule.max} characters long`);
  }
  if (hasControlCharacters(value)) throw badRequest(`${name} must not contain control characters`);
  if (rule.pattern && !rule.pattern.test(value)) {
    throw badRequest(`${name} must be ${rule.patternText ?? `of the form ${rule.pattern.source}`}`);
  }
  return value;
}

function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
