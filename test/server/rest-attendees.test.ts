import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AttendeeJson } from '../../server/rest/shapes.ts';
import {
  SignalingClient,
  type TestServer,
  Type,
  createAttendee,
  createMeeting,
  joinedAttendee,
  request,
  startTestServer,
} from './helpers.ts';

interface BatchBody {
  Attendees: AttendeeJson[];
  Errors: Array<{ ExternalUserId?: string; ErrorCode: string; ErrorMessage: string }>;
  NextToken?: string;
  Code: string;
  Message: string;
}

const body = (response: { body: unknown }) => response.body as BatchBody;

describe('CreateMeeting fields', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('echoes MeetingFeatures and PrimaryMeetingId and accepts NotificationsConfiguration', async () => {
    const primary = await createMeeting(server);
    const response = await request(`${server.url}/meetings`, {
      json: {
        ExternalMeetingId: 'replica',
        MediaRegion: 'us-gov-west-1',
        MeetingFeatures: { Audio: { EchoReduction: 'AVAILABLE' } },
        PrimaryMeetingId: primary.MeetingId,
        NotificationsConfiguration: { SqsQueueArn: 'arn:aws:sqs:us-east-1:111122223333:queue' },
      },
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const meeting = response.body.Meeting;
    assert.deepEqual(meeting.MeetingFeatures, { Audio: { EchoReduction: 'AVAILABLE' } });
    assert.equal(meeting.PrimaryMeetingId, primary.MeetingId);
    assert.equal(meeting.MediaRegion, 'us-gov-west-1');
    assert.equal(Object.hasOwn(meeting, 'NotificationsConfiguration'), false);
    const again = await request(`${server.url}/meetings/${meeting.MeetingId}`);
    assert.deepEqual(again.body.Meeting, meeting);
  });

  it('refuses bad fields with 400 naming them', async () => {
    const primary = await createMeeting(server);
    await request(`${server.url}/meetings/${primary.MeetingId}`, { method: 'DELETE' });
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{}, /ExternalMeetingId is required/],
      [{ ExternalMeetingId: 'x' }, /ExternalMeetingId must be 2 to 64/],
      [{ ExternalMeetingId: 'ok', MediaRegion: 'eu-west-9' }, /MediaRegion must be one of/],
      [{ ExternalMeetingId: 'ok', MediaRegion: 'ap-east-1' }, /MediaRegion/],
      [{ ExternalMeetingId: 'ok', MeetingFeatures: { Audio: { EchoReduction: 'ON' } } }, /EchoReduction/],
      [{ ExternalMeetingId: 'ok', MeetingFeatures: 'yes' }, /MeetingFeatures must be an object/],
      [{ ExternalMeetingId: 'ok', PrimaryMeetingId: 'nope' }, /PrimaryMeetingId/],
      [{ ExternalMeetingId: 'ok', PrimaryMeetingId: primary.MeetingId }, /PrimaryMeetingId does not name/],
      [{ ExternalMeetingId: 'ok', NotificationsConfiguration: { SnsTopicArn: 'topic' } }, /SnsTopicArn/],
      [
        { ExternalMeetingId: 'ok', NotificationsConfiguration: { Webhook: 'x' } },
        /NotificationsConfiguration\.Webhook/,
      ],
    ];
    for (const [json, message] of cases) {
      const response = await request(`${server.url}/meetings`, { json });
      assert.equal(response.status, 400, JSON.stringify(json));
      assert.equal(response.body.Code, 'BadRequest');
      assert.match(response.body.Message, message, JSON.stringify(json));
    }
  });
});

describe('CreateMeetingWithAttendees and BatchCreateAttendee', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('creates a meeting with its attendees and lists invalid ones in Errors', async () => {
    const response = await request(`${server.url}/meetings?operation=create-attendees`, {
      json: {
        ExternalMeetingId: 'with-attendees',
        Attendees: [{ ExternalUserId: 'ann-1' }, { ExternalUserId: 'b' }, { ExternalUserId: 'cid-3' }],
      },
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const { Attendees, Errors } = body(response);
    assert.equal(response.body.Meeting.ExternalMeetingId, 'with-attendees');
    assert.deepEqual(
      Attendees.map((a) => a.ExternalUserId),
      ['ann-1', 'cid-3'],
    );
    for (const attendee of Attendees) assert.ok(attendee.JoinToken);
    assert.equal(Errors.length, 1);
    assert.equal(Errors[0]!.ExternalUserId, 'b');
    assert.equal(Errors[0]!.ErrorCode, 'BadRequest');
    assert.match(Errors[0]!.ErrorMessage, /ExternalUserId must be 2 to 64/);
  });

  it('refuses more than 10 attendees with a meeting, and a missing Attendees', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ ExternalUserId: `user-${i}` }));
    const tooMany = await request(`${server.url}/meetings?operation=create-attendees`, {
      json: { ExternalMeetingId: 'crowd', Attendees: many },
    });
    assert.equal(tooMany.status, 400);
    assert.match(tooMany.body.Message, /Attendees must hold 1 to 10/);
    const missing = await request(`${server.url}/meetings?operation=create-attendees`, {
      json: { ExternalMeetingId: 'crowd' },
    });
    assert.equal(missing.status, 400);
    assert.match(missing.body.Message, /Attendees is required/);
    const unknown = await request(`${server.url}/meetings?operation=explode`, {
      json: { ExternalMeetingId: 'x1' },
    });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.Message, /operation/);
  });

  it('batch-creates up to 100 attendees, returning existing ones for known ExternalUserIds', async () => {
    const meeting = await createMeeting(server);
    const existing = await createAttendee(server, meeting.MeetingId, 'already-here');
    const attendees = [
      { ExternalUserId: 'already-here' },
      ...Array.from({ length: 98 }, (_, i) => ({ ExternalUserId: `batch-${i}` })),
      { ExternalUserId: 42 },
    ];
    const response = await request(
      `${server.url}/meetings/${meeting.MeetingId}/attendees?operation=batch-create`,
      {
        json: { Attendees: attendees },
      },
    );
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const { Attendees, Errors } = body(response);
    assert.equal(Attendees.length, 99);
    assert.equal(Attendees[0]!.AttendeeId, existing.AttendeeId);
    assert.deepEqual(Errors, [{ ErrorCode: 'BadRequest', ErrorMessage: 'ExternalUserId must be a string' }]);

    const over = await request(
      `${server.url}/meetings/${meeting.MeetingId}/attendees?operation=batch-create`,
      {
        json: { Attendees: [...attendees, { ExternalUserId: 'one-more' }] },
      },
    );
    assert.equal(over.status, 400);
    assert.match(over.body.Message, /Attendees must hold 1 to 100/);
    const unknownMeeting = await request(
      `${server.url}/meetings/00000000-0000-4000-8000-000000000000/attendees?operation=batch-create`,
      { json: { Attendees: [{ ExternalUserId: 'someone' }] } },
    );
    assert.equal(unknownMeeting.status, 404);
  });
});

describe('GetAttendee, ListAttendees and DeleteAttendee', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('gets an attendee, and 404s unknown attendees and meetings', async () => {
    const meeting = await createMeeting(server);
    const attendee = await createAttendee(server, meeting.MeetingId, 'get-me');
    const response = await request(
      `${server.url}/meetings/${meeting.MeetingId}/attendees/${attendee.AttendeeId}`,
    );
    assert.equal(response.status, 200);
    assert.deepEqual(response.body.Attendee, attendee);
    const missing = await request(
      `${server.url}/meetings/${meeting.MeetingId}/attendees/00000000-0000-4000-8000-000000000000`,
    );
    assert.equal(missing.status, 404);
    assert.match(missing.body.Message, /AttendeeId/);
    const noMeeting = await request(
      `${server.url}/meetings/00000000-0000-4000-8000-000000000000/attendees/${attendee.AttendeeId}`,
    );
    assert.equal(noMeeting.status, 404);
    assert.match(noMeeting.body.Message, /MeetingId/);
  });

  it('lists attendees over three pages with an opaque NextToken', async () => {
    const meeting = await createMeeting(server);
    const created = [];
    for (let i = 0; i < 7; i++) created.push(await createAttendee(server, meeting.MeetingId, `page-${i}`));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const query = `max-results=3${token ? `&next-token=${encodeURIComponent(token)}` : ''}`;
      const response = await request(`${server.url}/meetings/${meeting.MeetingId}/attendees?${query}`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      const page = body(response);
      assert.ok(page.Attendees.length <= 3);
      seen.push(...page.Attendees.map((a) => a.AttendeeId));
      token = page.NextToken;
      if (token) assert.ok(!token.includes(page.Attendees.at(-1)!.AttendeeId), 'opaque token');
      pages++;
    } while (token);
    assert.equal(pages, 3);
    assert.deepEqual(seen, created.map((a) => a.AttendeeId).sort());
    const all = body(await request(`${server.url}/meetings/${meeting.MeetingId}/attendees`));
    assert.equal(all.Attendees.length, 7);
    assert.equal(all.NextToken, undefined);
  });

  it('refuses bad max-results and next-token with 400 naming them', async () => {
    const meeting = await createMeeting(server);
    for (const [query, message] of [
      ['max-results=0', /max-results/],
      ['max-results=101', /max-results/],
      ['max-results=abc', /max-results/],
      ['next-token=forged', /next-token/],
    ] as const) {
      const response = await request(`${server.url}/meetings/${meeting.MeetingId}/attendees?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.body.Message, message);
    }
  });

  it('deletes an attendee: 204, then 404, and its token is refused with 4403', async () => {
    const meeting = await createMeeting(server);
    const attendee = await createAttendee(server, meeting.MeetingId);
    const url = `${server.url}/meetings/${meeting.MeetingId}/attendees/${attendee.AttendeeId}`;
    const deleted = await request(url, { method: 'DELETE' });
    assert.equal(deleted.status, 204);
    assert.equal((await request(url)).status, 404);
    assert.equal((await request(url, { method: 'DELETE' })).status, 404);
    const client = await SignalingClient.forAttendee(meeting, attendee);
    const closed = await client.closedWithin();
    assert.equal(closed.code, 4403);
  });

  it('sends AUDIO_STATUS 411 to the live sessions of a deleted attendee, content share included', async () => {
    const meeting = await createMeeting(server);
    const { attendee, client } = await joinedAttendee(server, meeting);
    const content = await SignalingClient.connect(meeting.MediaPlacement.SignalingUrl, [
      '_aws_wt_session',
      `${attendee.JoinToken}#content`,
    ]);
    await content.join();
    const other = await joinedAttendee(server, meeting);
    const deleted = await request(
      `${server.url}/meetings/${meeting.MeetingId}/attendees/${attendee.AttendeeId}`,
      {
        method: 'DELETE',
      },
    );
    assert.equal(deleted.status, 204);
    for (const session of [client, content]) {
      const status = await session.next(Type.AUDIO_STATUS);
      assert.equal(status.audioStatus?.audioStatus, 411);
      session.send({ type: Type.LEAVE, leave: {} });
      await session.next(Type.LEAVE_ACK);
    }
    // The others see both leave.
    const leaves = [
      await other.client.next(Type.AUDIO_STREAM_ID_INFO),
      await other.client.next(Type.AUDIO_STREAM_ID_INFO),
    ];
    for (const frame of leaves) {
      const entry = frame.audioStreamIdInfo!.streams![0]!;
      assert.equal(Object.hasOwn(entry, 'attendeeId'), false);
    }
    assert.equal((await client.closedWithin(4000)).code, 4403);
    other.client.close();
  });
});
