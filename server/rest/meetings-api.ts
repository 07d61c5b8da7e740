/**
 * The Chime SDK Meetings REST API (CreateMeeting, CreateMeetingWithAttendees, GetMeeting,
 * DeleteMeeting, CreateAttendee, BatchCreateAttendee, GetAttendee, ListAttendees,
 * DeleteAttendee) on AWS's paths, plus the demo's `POST /join`, which gets-or-creates a
 * meeting by name and adds an attendee in one call.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JoinTokens } from '../auth/tokens.ts';
import type { MeetingEvents } from '../events/meeting-events.ts';
import type { Log } from '../log.ts';
import type { AttendeeRecord, MeetingFeatures, MeetingRecord, MeetingStore } from '../store/types.ts';
import { badRequest, methodNotAllowed, notFound, readJsonObject, sendJson } from './http.ts';
import { attendeeJson, meetingJson } from './shapes.ts';

export interface MeetingsApiDeps {
  readonly store: MeetingStore;
  readonly tokens: JoinTokens;
  readonly log: Log;
  readonly events: MeetingEvents;
  /** Ends an active meeting everywhere (store, sessions, events); false when it was not active. */
  readonly endMeeting: (meetingId: string) => Promise<boolean>;
  /** Ends the live sessions of a deleted attendee (AUDIO_STATUS 411). */
  readonly removeAttendee: (meetingId: string, attendeeId: string) => void;
  /** `host:port` of this service, used when a request has no usable Host header. */
  readonly authority: () => string;
  /** `host:port` put into every URL instead of the request's Host (a LAN or public address). */
  readonly publicAuthority?: () => string | undefined;
  /** The service is served over TLS: URLs are `wss:`/`https:`. */
  readonly secure?: boolean;
}

/** Handles a request if its path belongs to the API; resolves false otherwise. */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const DEFAULT_REGION = 'us-east-1';
/** The Chime SDK media Regions (Meetings API reference, `MediaRegion`), GovCloud included. */
export const MEDIA_REGIONS: ReadonlySet<string> = new Set([
  'af-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'us-gov-east-1',
  'us-gov-west-1',
]);
/** Attendees per CreateMeetingWithAttendees and per BatchCreateAttendee call. */
const MAX_ATTENDEES_WITH_MEETING = 10;
const MAX_BATCH_ATTENDEES = 100;
const MAX_RESULTS_LIMIT = 100;
const ARN_FIELD = { min: 1, max: 2048, pattern: /^arn:[\x21-\x7e]+$/, patternText: 'an ARN (arn:…)' };
const NOTIFICATION_TARGETS = ['LambdaFunctionArn', 'SnsTopicArn', 'SqsQueueArn'] as const;
const ECHO_REDUCTION = new Set(['AVAILABLE', 'UNAVAILABLE']);

export function createMeetingsApi(deps: MeetingsApiDeps): ApiHandler {
  const { store, tokens, log } = deps;
  const pendingJoins = new Map<string, Promise<MeetingRecord>>();

  const authorityOf = (req: IncomingMessage) => {
    const configured = deps.publicAuthority?.();
    if (configured) return configured;
    const host = req.headers.host;
    return host !== undefined && HOST_HEADER.test(host) ? host : deps.authority();
  };
  const meetingBody = (req: IncomingMessage, record: MeetingRecord) =>
    meetingJson(record, authorityOf(req), deps.secure);
  const attendeeBody = (attendee: AttendeeRecord) =>
    attendeeJson(attendee, tokens.issue(attendee.meetingId, attendee.attendeeId));

  const respondWithAttendee = (
    res: ServerResponse,
    status: number,
    attendee: AttendeeRecord,
    body: object,
  ) => {
    sendJson(res, status, { ...body, Attendee: attendeeBody(attendee) });
  };

  /** Reads and checks a CreateMeeting body, then creates (or finds) the meeting. */
  async function createMeetingFrom(body: Record<string, unknown>): Promise<MeetingRecord> {
    const externalMeetingId = stringField(body, 'ExternalMeetingId', { required: true, min: 2, max: 64 })!;
    const clientRequestToken = stringField(body, 'ClientRequestToken', {
      min: 2,
      max: 64,
      pattern: /^[-_a-zA-Z0-9]+$/,
      patternText: 'letters, digits, - and _',
    });
    const mediaRegion = stringField(body, 'MediaRegion', { min: 2, max: 64 }) ?? DEFAULT_REGION;
    if (!MEDIA_REGIONS.has(mediaRegion)) {
      throw badRequest(
        `MediaRegion must be one of the Chime media Regions: ${[...MEDIA_REGIONS].join(', ')}`,
      );
    }
    const meetingHostId = stringField(body, 'MeetingHostId', { min: 2, max: 64 });
    const primaryMeetingId = stringField(body, 'PrimaryMeetingId', {
      min: 36,
      max: 36,
      pattern: UUID,
      patternText: 'a MeetingId',
    });
    if (primaryMeetingId !== undefined) {
      const primary = await store.getMeeting(primaryMeetingId);
      if (!primary) throw badRequest('PrimaryMeetingId does not name an active meeting');
      // As at AWS: a replica meeting cannot be replicated in turn.
      if (primary.primaryMeetingId !== undefined) {
        throw badRequest('PrimaryMeetingId names a replica meeting, not a primary one');
      }
    }
    const meetingFeatures = meetingFeaturesField(body);
    const notificationsConfiguration = notificationsField(body);
    const { record, created } = await store.createMeeting({
      externalMeetingId,
      mediaRegion,
      ...(meetingHostId === undefined ? {} : { meetingHostId }),
      ...(primaryMeetingId === undefined ? {} : { primaryMeetingId }),
      ...(meetingFeatures === undefined ? {} : { meetingFeatures }),
      ...(notificationsConfiguration === undefined ? {} : { notificationsConfiguration }),
      ...(clientRequestToken === undefined ? {} : { clientRequestToken }),
    });
    if (created) log(`meeting created ${record.meetingId}`);
    return record;
  }

  async function createMeeting(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record = await createMeetingFrom(await readJsonObject(req));
    sendJson(res, 201, { Meeting: meetingBody(req, record) });
  }

  async function createMeetingWithAttendees(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObject(req);
    const requested = attendeesField(body, MAX_ATTENDEES_WITH_MEETING);
    const meeting = await createMeetingFrom(body);
    const { attendees, errors } = await createAttendees(meeting, requested);
    sendJson(res, 201, { Meeting: meetingBody(req, meeting), Attendees: attendees, Errors: errors });
  }

  async function batchCreateAttendee(req: IncomingMessage, res: ServerResponse, meetingId: string) {
    const body = await readJsonObject(req);
    const meeting = await activeMeeting(meetingId);
    const requested = attendeesField(body, MAX_BATCH_ATTENDEES);
    const { attendees, errors } = await createAttendees(meeting, requested);
    sendJson(res, 201, { Attendees: attendees, Errors: errors });
  }

  /** Creates each requested attendee; an invalid entry becomes an `Errors` item, not a failure. */
  async function createAttendees(meeting: MeetingRecord, requested: readonly unknown[]) {
    const attendees: ReturnType<typeof attendeeBody>[] = [];
    const errors: Array<{ ExternalUserId?: string; ErrorCode: string; ErrorMessage: string }> = [];
    for (const item of requested) {
      const raw = (item as Record<string, unknown>).ExternalUserId;
      let externalUserId: string;
      try {
        externalUserId = stringField(item as Record<string, unknown>, 'ExternalUserId', {
          required: true,
          min: 2,
          max: 64,
        })!;
      } catch (error) {
        errors.push({
          ...(typeof raw === 'string' ? { ExternalUserId: raw } : {}),
          ErrorCode: 'BadRequest',
          ErrorMessage: (error as Error).message,
        });
        continue;
      }
      const result = await store.createAttendee(meeting.meetingId, externalUserId);
      if (!result) throw meetingNotFound();
      if (result.created) attendeeAdded(meeting, result.record);
      attendees.push(attendeeBody(result.record));
    }
    return { attendees, errors };
  }

  function attendeeAdded(meeting: MeetingRecord, attendee: AttendeeRecord): void {
    log(`attendee created ${meeting.meetingId} ${attendee.attendeeId}`);
    deps.events.attendeeAdded(meeting, attendee);
  }

  async function getMeeting(req: IncomingMessage, res: ServerResponse, meetingId: string): Promise<void> {
    const record = await activeMeeting(meetingId);
    sendJson(res, 200, { Meeting: meetingBody(req, record) });
  }

  async function deleteMeeting(res: ServerResponse, meetingId: string): Promise<void> {
    if (!UUID.test(meetingId) || !(await deps.endMeeting(meetingId))) throw meetingNotFound();
    log(`meeting deleted ${meetingId}`);
    sendJson(res, 204, undefined);
  }

  async function getAttendee(res: ServerResponse, meetingId: string, attendeeId: string): Promise<void> {
    await activeMeeting(meetingId);
    const attendee = await store.getAttendee(meetingId, attendeeId);
    if (!attendee) throw attendeeNotFound();
    sendJson(res, 200, { Attendee: attendeeBody(attendee) });
  }

  async function listAttendees(
    res: ServerResponse,
    meetingId: string,
    query: URLSearchParams,
  ): Promise<void> {
    await activeMeeting(meetingId);
    const maxResults = maxResultsParam(query);
    const after = nextTokenParam(query);
    const all = (await store.listAttendees(meetingId)) ?? [];
    const rest = after === undefined ? all : all.filter((attendee) => attendee.attendeeId > after);
    const page = rest.slice(0, maxResults);
    const more = rest.length > page.length;
    sendJson(res, 200, {
      Attendees: page.map(attendeeBody),
      ...(more ? { NextToken: encodeNextToken(page.at(-1)!.attendeeId) } : {}),
    });
  }

  async function deleteAttendee(res: ServerResponse, meetingId: string, attendeeId: string): Promise<void> {
    const meeting = await activeMeeting(meetingId);
    const attendee = await store.getAttendee(meetingId, attendeeId);
    if (!attendee || !(await store.deleteAttendee(meetingId, attendeeId))) throw attendeeNotFound();
    log(`attendee deleted ${meetingId} ${attendeeId}`);
    deps.removeAttendee(meetingId, attendeeId);
    deps.events.attendeeDeleted(meeting, attendee);
    sendJson(res, 204, undefined);
  }

  async function createAttendee(req: IncomingMessage, res: ServerResponse, meetingId: string): Promise<void> {
    const body = await readJsonObject(req);
    const meeting = await activeMeeting(meetingId);
    const externalUserId = stringField(body, 'ExternalUserId', { required: true, min: 2, max: 64 })!;
    const result = await store.createAttendee(meetingId, externalUserId);
    if (!result) throw meetingNotFound();
    if (result.created) attendeeAdded(meeting, result.record);
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
      attendeeAdded(meeting, result.record);
      respondWithAttendee(res, 200, result.record, { Meeting: meetingBody(req, meeting) });
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
    const query = new URL(req.url ?? '/', 'http://local').searchParams;
    const operation = query.get('operation');
    if (pathname === '/join') {
      if (method !== 'POST') throw methodNotAllowed(['POST']);
      await join(req, res);
      return true;
    }
    if (pathname === '/meetings') {
      if (method !== 'POST') throw methodNotAllowed(['POST']);
      if (operation === 'create-attendees') await createMeetingWithAttendees(req, res);
      else if (operation === null) await createMeeting(req, res);
      else throw badRequest('operation must be create-attendees or absent');
      return true;
    }
    const match = /^\/meetings\/([^/]+)(\/attendees(?:\/([^/]+))?)?$/.exec(pathname);
    if (!match) return false;
    const meetingId = decodeSegment(match[1]!);
    const isAttendees = match[2] !== undefined;
    if (match[3] !== undefined) {
      const attendeeId = decodeSegment(match[3]);
      if (method === 'GET') await getAttendee(res, meetingId, attendeeId);
      else if (method === 'DELETE') await deleteAttendee(res, meetingId, attendeeId);
      else throw methodNotAllowed(['GET', 'DELETE']);
    } else if (isAttendees) {
      if (method === 'GET') {
        await listAttendees(res, meetingId, query);
      } else if (method === 'POST') {
        if (operation === 'batch-create') await batchCreateAttendee(req, res, meetingId);
        else if (operation === null) await createAttendee(req, res, meetingId);
        else throw badRequest('operation must be batch-create or absent');
      } else {
        throw methodNotAllowed(['GET', 'POST']);
      }
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

function attendeeNotFound() {
  return notFound('AttendeeId does not name an attendee of this meeting');
}

/** `Attendees`: a non-empty array of objects, at most `max` long. */
function attendeesField(body: Record<string, unknown>, max: number): readonly unknown[] {
  const value = Object.hasOwn(body, 'Attendees') ? body.Attendees : undefined;
  if (value === undefined || value === null) throw badRequest('Attendees is required');
  if (!Array.isArray(value)) throw badRequest('Attendees must be an array');
  if (value.length < 1 || value.length > max) throw badRequest(`Attendees must hold 1 to ${max} items`);
  if (!value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) {
    throw badRequest('Attendees items must be objects with ExternalUserId');
  }
  return value;
}

function objectField(body: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const value = Object.hasOwn(body, name) ? body[name] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw badRequest(`${name} must be an object`);
  return value as Record<string, unknown>;
}

function meetingFeaturesField(body: Record<string, unknown>): MeetingFeatures | undefined {
  const features = objectField(body, 'MeetingFeatures');
  if (!features) return undefined;
  const audio = objectField(features, 'Audio');
  if (!audio) return {};
  const echo = audio.EchoReduction;
  if (echo === undefined || echo === null) return { Audio: {} };
  if (typeof echo !== 'string' || !ECHO_REDUCTION.has(echo)) {
    throw badRequest('MeetingFeatures.Audio.EchoReduction must be AVAILABLE or UNAVAILABLE');
  }
  return { Audio: { EchoReduction: echo as 'AVAILABLE' | 'UNAVAILABLE' } };
}

function notificationsField(body: Record<string, unknown>): Record<string, string> | undefined {
  const config = objectField(body, 'NotificationsConfiguration');
  if (!config) return undefined;
  const result: Record<string, string> = {};
  for (const name of NOTIFICATION_TARGETS) {
    const value = stringField(config, name, ARN_FIELD);
    if (value !== undefined) result[name] = value;
  }
  for (const key of Object.keys(config)) {
    if (!(NOTIFICATION_TARGETS as readonly string[]).includes(key)) {
      throw badRequest(`NotificationsConfiguration.${key} is not a known field`);
    }
  }
  return result;
}

function maxResultsParam(query: URLSearchParams): number {
  const raw = query.get('max-results');
  if (raw === null) return MAX_RESULTS_LIMIT;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > MAX_RESULTS_LIMIT) {
    throw badRequest(`max-results must be an integer from 1 to ${MAX_RESULTS_LIMIT}`);
  }
  return value;
}

const NEXT_TOKEN_PREFIX = 'after:';

function encodeNextToken(attendeeId: string): string {
  return Buffer.from(`${NEXT_TOKEN_PREFIX}${attendeeId}`, 'utf8').toString('base64url');
}

/** The attendee id a `next-token` continues after. */
function nextTokenParam(query: URLSearchParams): string | undefined {
  const raw = query.get('next-token');
  if (raw === null) return undefined;
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(raw) ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  const attendeeId = text.startsWith(NEXT_TOKEN_PREFIX) ? text.slice(NEXT_TOKEN_PREFIX.length) : '';
  if (!UUID.test(attendeeId)) throw badRequest('next-token is not a token this service returned');
  return attendeeId;
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
