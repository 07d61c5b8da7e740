import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { readJsonObject } from '../../server/rest/http.ts';
import {
  type JsonResponse,
  type TestServer,
  createAttendee,
  createMeeting,
  request,
  startTestServer,
} from './helpers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SUBPROTOCOL_SAFE = /^[A-Za-z0-9._~-]+$/;

describe('Meetings REST API', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('creates a meeting with every field CreateMeeting returns', async () => {
    const response = await request(`${server.url}/meetings`, {
      json: { ExternalMeetingId: 'standup', MeetingHostId: 'host-1', MediaRegion: 'eu-west-2' },
    });
    assert.equal(response.status, 201);
    assert.match(response.headers.get('content-type')!, /^application\/json/);
    const meeting = response.body.Meeting;
    assert.deepEqual(Object.keys(response.body), ['Meeting']);
    assert.match(meeting.MeetingId, UUID);
    assert.equal(meeting.ExternalMeetingId, 'standup');
    assert.equal(meeting.MeetingHostId, 'host-1');
    assert.equal(meeting.MediaRegion, 'eu-west-2');
    assert.equal(meeting.MeetingArn, `arn:aws:chime:eu-west-2:000000000000:meeting/${meeting.MeetingId}`);
    const placement = meeting.MediaPlacement;
    assert.deepEqual(Object.keys(placement).sort(), [
      'AudioFallbackUrl',
      'AudioHostUrl',
      'ScreenDataUrl',
      'ScreenSharingUrl',
      'ScreenViewingUrl',
      'SignalingUrl',
      'TurnControlUrl',
    ]);
    const authority = new URL(server.url).host;
    assert.equal(placement.SignalingUrl, `ws://${authority}/control/${meeting.MeetingId}`);
    assert.ok(!placement.SignalingUrl.includes('?'), 'the client appends its own query');
    assert.equal(placement.AudioHostUrl, authority);
    for (const [name, value] of Object.entries(placement)) {
      assert.equal(typeof value, 'string', name);
      assert.notEqual(value, '', name);
    }
    assert.equal(Object.hasOwn(placement, 'EventIngestionUrl'), false);
  });

  it('defaults MediaRegion to us-east-1 and leaves out MeetingHostId when not given', async () => {
    const meeting = await createMeeting(server);
    assert.equal(meeting.MediaRegion, 'us-east-1');
    assert.equal(Object.hasOwn(meeting, 'MeetingHostId'), false);
  });

  it('returns the same meeting for the same ClientRequestToken', async () => {
    const body = { ClientRequestToken: 'request-123', ExternalMeetingId: 'retry' };
    const first = await request(`${server.url}/meetings`, { json: body });
    const second = await request(`${server.url}/meetings`, { json: body });
    const other = await request(`${server.url}/meetings`, {
      json: { ...body, ClientRequestToken: 'request-456' },
    });
    assert.equal(first.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.notEqual(other.body.Meeting.MeetingId, first.body.Meeting.MeetingId);
  });

  it('gets a meeting by id', async () => {
    const meeting = await createMeeting(server);
    const response = await request(`${server.url}/meetings/${meeting.MeetingId}`);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { Meeting: meeting });
  });

  it('creates an attendee with every field CreateAttendee returns', async () => {
    const meeting = await createMeeting(server);
    const response = await request(`${server.url}/meetings/${meeting.MeetingId}/attendees`, {
      json: { ExternalUserId: 'alice' },
    });
    assert.equal(response.status, 201);
    assert.deepEqual(Object.keys(response.body), ['Attendee']);
    const attendee = response.body.Attendee;
    assert.deepEqual(Object.keys(attendee).sort(), ['AttendeeId', 'ExternalUserId', 'JoinToken']);
    assert.match(attendee.AttendeeId, UUID);
    assert.equal(attendee.ExternalUserId, 'alice');
    assert.match(attendee.JoinToken, SUBPROTOCOL_SAFE);
    assert.match(`${attendee.JoinToken}#content`, /^[A-Za-z0-9._~#-]+$/);
  });

  it('returns the existing attendee for the same ExternalUserId, a new one otherwise', async () => {
    const meeting = await createMeeting(server);
    const first = await createAttendee(server, meeting.MeetingId, 'same-user');
    const again = await createAttendee(server, meeting.MeetingId, 'same-user');
    const other = await createAttendee(server, meeting.MeetingId, 'other-user');
    assert.deepEqual(again, first);
    assert.notEqual(other.AttendeeId, first.AttendeeId);
  });

  it('deletes a meeting: 204, then GET and CreateAttendee answer 404', async () => {
    const meeting = await createMeeting(server);
    const deleted = await request(`${server.url}/meetings/${meeting.MeetingId}`, { method: 'DELETE' });
    assert.equal(deleted.status, 204);
    assert.equal(deleted.body, undefined);
    const get = await request(`${server.url}/meetings/${meeting.MeetingId}`);
    assert.equal(get.status, 404);
    assert.equal(get.body.Code, 'NotFound');
    const attendee = await request(`${server.url}/meetings/${meeting.MeetingId}/attendees`, {
      json: { ExternalUserId: 'late' },
    });
    assert.equal(attendee.status, 404);
    const again = await request(`${server.url}/meetings/${meeting.MeetingId}`, { method: 'DELETE' });
    assert.equal(again.status, 404);
  });

  it('logs creation and deletion with ids only', async () => {
    const meeting = await createMeeting(server);
    const attendee = await createAttendee(server, meeting.MeetingId);
    await request(`${server.url}/meetings/${meeting.MeetingId}`, { method: 'DELETE' });
    assert.ok(server.logs.includes(`meeting created ${meeting.MeetingId}`));
    assert.ok(server.logs.includes(`attendee created ${meeting.MeetingId} ${attendee.AttendeeId}`));
    assert.ok(server.logs.includes(`meeting deleted ${meeting.MeetingId}`));
    assert.ok(server.logs.every((line) => !line.includes(attendee.JoinToken)));
  });
});

describe('demo join endpoint', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const join = (json: unknown) => request(`${server.url}/join`, { json });

  it('creates the meeting on first use, then reuses it with a new attendee each time', async () => {
    const first = await join({ meeting: 'team-sync', name: 'Ann' });
    const second = await join({ meeting: 'team-sync', name: 'Ann' });
    assert.equal(first.status, 200);
    assert.deepEqual(Object.keys(first.body).sort(), ['Attendee', 'Meeting']);
    assert.equal(first.body.Meeting.ExternalMeetingId, 'team-sync');
    assert.equal(second.body.Meeting.MeetingId, first.body.Meeting.MeetingId);
    assert.notEqual(second.body.Attendee.AttendeeId, first.body.Attendee.AttendeeId);
    assert.match(first.body.Attendee.JoinToken, SUBPROTOCOL_SAFE);
    const other = await join({ meeting: 'another', name: 'Ann' });
    assert.notEqual(other.body.Meeting.MeetingId, first.body.Meeting.MeetingId);
  });

  it('names the attendee <8 hex>#<trimmed name>', async () => {
    const response = await join({ meeting: 'names', name: '  Zoë O’Brien  ' });
    assert.match(response.body.Attendee.ExternalUserId, /^[0-9a-f]{8}#Zoë O’Brien$/);
  });

  it('replaces a deleted meeting with a new one', async () => {
    const first = await join({ meeting: 'short-lived', name: 'Ann' });
    await request(`${server.url}/meetings/${first.body.Meeting.MeetingId}`, { method: 'DELETE' });
    const second = await join({ meeting: 'short-lived', name: 'Ann' });
    assert.equal(second.status, 200);
    assert.notEqual(second.body.Meeting.MeetingId, first.body.Meeting.MeetingId);
  });

  it('joins the most recently created active meeting of that name', async () => {
    await createMeeting(server, { ExternalMeetingId: 'twice' });
    const newer = await createMeeting(server, { ExternalMeetingId: 'twice' });
    const response = await join({ meeting: 'twice', name: 'Ann' });
    assert.equal(response.body.Meeting.MeetingId, newer.MeetingId);
  });

  it('creates one meeting when several people join a new name at once', async () => {
    const responses = await Promise.all([1, 2, 3, 4].map((n) => join({ meeting: 'rush', name: `P${n}` })));
    const ids = new Set(responses.map((r) => r.body.Meeting.MeetingId));
    assert.equal(ids.size, 1);
  });

  const invalid: Array<[string, unknown, string]> = [
    ['a missing meeting', { name: 'Ann' }, 'meeting'],
    ['an empty meeting', { meeting: '   ', name: 'Ann' }, 'meeting'],
    ['a meeting over 64 characters', { meeting: 'm'.repeat(65), name: 'Ann' }, 'meeting'],
    ['a non-string meeting', { meeting: 42, name: 'Ann' }, 'meeting'],
    ['a missing name', { meeting: 'x' }, 'name'],
    ['a blank name', { meeting: 'x', name: ' \t ' }, 'name'],
    ['a name over 32 characters', { meeting: 'x', name: 'n'.repeat(33) }, 'name'],
    ['a name with control characters', { meeting: 'x', name: 'a\u0000b' }, 'name'],
  ];
  for (const [what, body, field] of invalid) {
    it(`rejects ${what} with 400 naming the field`, async () => {
      const response = await join(body);
      assert.equal(response.status, 400);
      assert.equal(response.body.Code, 'BadRequest');
      assert.match(response.body.Message, new RegExp(`^${field}\\b`));
    });
  }

  it('accepts the longest allowed meeting and name', async () => {
    const response = await join({ meeting: 'm'.repeat(64), name: 'n'.repeat(32) });
    assert.equal(response.status, 200);
  });
});

describe('REST errors', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  async function expectError(
    responsePromise: Promise<JsonResponse>,
    status: number,
    code: string,
    message?: RegExp,
  ) {
    const response = await responsePromise;
    assert.equal(response.status, status, JSON.stringify(response.body));
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.body.Code, code);
    assert.equal(typeof response.body.Message, 'string');
    if (message) assert.match(response.body.Message, message);
    return response;
  }

  it('answers invalid JSON with 400', async () => {
    await expectError(
      request(`${server.url}/meetings`, { body: '{"ExternalMeetingId":' }),
      400,
      'BadRequest',
      /JSON/,
    );
  });

  it('answers a body that is not a JSON object with 400', async () => {
    for (const body of ['[]', '"text"', 'null', '', '42']) {
      await expectError(request(`${server.url}/meetings`, { body }), 400, 'BadRequest', /JSON object/);
    }
  });

  it('answers a body not declared as JSON with 415', async () => {
    await expectError(
      request(`${server.url}/meetings`, {
        body: '{"ExternalMeetingId":"abc"}',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'UnsupportedMediaType',
    );
  });

  it('answers a missing ExternalMeetingId with 400 naming it', async () => {
    await expectError(
      request(`${server.url}/meetings`, { json: {} }),
      400,
      'BadRequest',
      /ExternalMeetingId/,
    );
  });

  it('validates the optional CreateMeeting fields', async () => {
    const base = { ExternalMeetingId: 'ok' };
    for (const [field, value] of [
      ['ClientRequestToken', 'has spaces in it'],
      ['MediaRegion', 'moon'],
      ['MeetingHostId', 'x'],
      ['ExternalMeetingId', 'x'.repeat(65)],
    ] as const) {
      await expectError(
        request(`${server.url}/meetings`, { json: { ...base, [field]: value } }),
        400,
        'BadRequest',
        new RegExp(field),
      );
    }
  });

  it('answers a too-long or too-short ExternalUserId with 400 naming it', async () => {
    const meeting = await createMeeting(server);
    for (const ExternalUserId of ['u'.repeat(65), 'u', 17]) {
      await expectError(
        request(`${server.url}/meetings/${meeting.MeetingId}/attendees`, { json: { ExternalUserId } }),
        400,
        'BadRequest',
        /ExternalUserId/,
      );
    }
  });

  it('answers unknown meeting ids with 404', async () => {
    const unknown = '3f0c7a52-1111-4222-8333-944455556666';
    await expectError(request(`${server.url}/meetings/${unknown}`), 404, 'NotFound', /MeetingId/);
    await expectError(request(`${server.url}/meetings/not-a-uuid`), 404, 'NotFound');
    await expectError(request(`${server.url}/meetings/${unknown}`, { method: 'DELETE' }), 404, 'NotFound');
    await expectError(
      request(`${server.url}/meetings/${unknown}/attendees`, { json: { ExternalUserId: 'bob' } }),
      404,
      'NotFound',
    );
  });

  it('answers unknown routes with 404', async () => {
    await expectError(request(`${server.url}/no/such/route`), 404, 'NotFound');
    await expectError(request(`${server.url}/meetings/a/b/c`), 404, 'NotFound');
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const meeting = await createMeeting(server);
    const cases: Array<[string, string, string]> = [
      ['/meetings', 'GET', 'POST'],
      ['/join', 'GET', 'POST'],
      [`/meetings/${meeting.MeetingId}`, 'PUT', 'GET, DELETE'],
      [`/meetings/${meeting.MeetingId}/attendees`, 'PUT', 'GET, POST'],
      [`/meetings/${meeting.MeetingId}/attendees/x`, 'POST', 'GET, DELETE'],
      ['/events', 'POST', 'GET'],
    ];
    for (const [path, method, allow] of cases) {
      const response = await expectError(
        request(`${server.url}${path}`, { method }),
        405,
        'MethodNotAllowed',
      );
      assert.equal(response.headers.get('allow'), allow);
    }
  });

  it('answers a body over 64 KiB with 413, then keeps serving', async () => {
    const body = JSON.stringify({ ExternalMeetingId: 'big', padding: 'x'.repeat(70 * 1024) });
    await expectError(request(`${server.url}/meetings`, { body }), 413, 'PayloadTooLarge');
    const ok = await request(`${server.url}/meetings`, { json: { ExternalMeetingId: 'after-big' } });
    assert.equal(ok.status, 201);
  });

  it('answers a chunked body over 64 KiB with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
    assert.equal((await response.json()).Code, 'PayloadTooLarge');
  });

  it('ignores __proto__ and constructor keys in a body', async () => {
    const body =
      '{"ExternalMeetingId":"proto-test","__proto__":{"polluted":true,"MediaRegion":"eu-west-1"},' +
      '"constructor":{"prototype":{"polluted":true}}}';
    const response = await request(`${server.url}/meetings`, { body });
    assert.equal(response.status, 201);
    assert.equal(response.body.Meeting.MediaRegion, 'us-east-1');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    const joined = await request(`${server.url}/join`, { body: '{"__proto__":{"meeting":"m","name":"n"}}' });
    assert.equal(joined.status, 400);
  });

  it('never answers a client mistake with a 5xx', async () => {
    const meeting = await createMeeting(server);
    const bodies = ['{', '}', '[1,2', '{"ExternalUserId":{}}', '\u0000', '{"ExternalUserId":"\ud800"}'];
    for (const body of bodies) {
      const response = await request(`${server.url}/meetings/${meeting.MeetingId}/attendees`, { body });
      assert.ok(
        response.status >= 400 && response.status < 500,
        `${JSON.stringify(body)} → ${response.status}`,
      );
    }
    const weird = await fetch(`${server.url}/%E0%A4%A/meetings`);
    assert.ok(weird.status >= 400 && weird.status < 500);
    assert.ok(!server.logs.some((line) => line.startsWith('http error')), server.logs.join('\n'));
  });

  it('adds no CORS headers by default', async () => {
    const response = await fetch(`${server.url}/meetings`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:9999', 'access-control-request-method': 'POST' },
    });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    await response.arrayBuffer();
  });
});

describe('CORS when configured', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ corsOrigins: ['http://localhost:8000'] });
  });
  after(() => server.close());

  it('answers a preflight from an allowed origin', async () => {
    const response = await fetch(`${server.url}/join`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:8000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:8000');
    assert.match(response.headers.get('access-control-allow-methods')!, /POST/);
    assert.match(response.headers.get('access-control-allow-headers')!, /Content-Type/i);
  });

  it('adds Access-Control-Allow-Origin for allowed origins only', async () => {
    const allowed = await request(`${server.url}/join`, {
      json: { meeting: 'cors', name: 'Ann' },
      headers: { origin: 'http://localhost:8000' },
    });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:8000');
    const other = await request(`${server.url}/join`, {
      json: { meeting: 'cors', name: 'Ann' },
      headers: { origin: 'http://evil.example' },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it("allows every origin with '*'", async () => {
    const open = await startTestServer({ corsOrigins: '*' });
    try {
      const response = await request(`${open.url}/join`, {
        json: { meeting: 'cors', name: 'Ann' },
        headers: { origin: 'http://anything.example' },
      });
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
    } finally {
      await open.close();
    }
  });
});

describe('JSON body reader', () => {
  const requestWith = (text: string) =>
    Object.assign(Readable.from([Buffer.from(text)]), {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }) as unknown as IncomingMessage;

  it('drops __proto__, constructor and prototype keys at every depth', async () => {
    const body = await readJsonObject(
      requestWith(
        '{"a":1,"__proto__":{"x":1},"constructor":{"prototype":{"y":2}},"n":{"__proto__":{"z":3},"prototype":4}}',
      ),
    );
    assert.deepEqual(Object.keys(body), ['a', 'n']);
    assert.deepEqual(Object.keys(body.n as object), []);
    assert.equal(Object.getPrototypeOf(body), Object.prototype);
  });
});
