import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { JoinTokens } from '../../server/auth/tokens.ts';
import type { AttendeeJson, MeetingJson } from '../../server/rest/shapes.ts';
import type { SdkAudioStreamIdInfo } from '../../src/protocol/service-frame.ts';
import {
  SignalingClient,
  Type,
  type TestServer,
  createAttendee,
  createMeeting,
  request,
  startTestServer,
} from './helpers.ts';

const SUBPROTOCOL_SAFE = /^[A-Za-z0-9._~-]+$/;

describe('join tokens', () => {
  const tokens = new JoinTokens();
  const meetingId = randomUUID();
  const attendeeId = randomUUID();

  it('verifies a token it issued, for that meeting only', () => {
    const token = tokens.issue(meetingId, attendeeId);
    assert.match(token, SUBPROTOCOL_SAFE);
    assert.deepEqual(tokens.verify(meetingId, token), { attendeeId, content: false });
    assert.equal(tokens.verify(randomUUID(), token), undefined);
  });

  it('reads <token>#content as the content identity', () => {
    const token = tokens.issue(meetingId, attendeeId);
    assert.deepEqual(tokens.verify(meetingId, `${token}#content`), { attendeeId, content: true });
    assert.equal(tokens.verify(meetingId, `${token}#video`), undefined);
    assert.equal(tokens.verify(meetingId, `${token}#content#content`), undefined);
  });

  it('rejects tokens signed with another key', () => {
    const token = new JoinTokens().issue(meetingId, attendeeId);
    assert.equal(tokens.verify(meetingId, token), undefined);
  });

  it('rejects malformed and tampered tokens', () => {
    const token = tokens.issue(meetingId, attendeeId);
    const [subject, mac] = token.split('.') as [string, string];
    const otherSubject = Buffer.from(randomUUID()).toString('base64url');
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    // The last character of 32 bytes in base64url carries 2 spare bits: flipping those alone
    // must not give a second valid spelling of the same token either.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const spareBits = mac.slice(0, -1) + alphabet[alphabet.indexOf(mac.at(-1)!) ^ 1];
    assert.deepEqual(Buffer.from(spareBits, 'base64url'), Buffer.from(mac, 'base64url'));
    for (const bad of [
      '',
      'abc',
      `${subject}.`,
      `.${mac}`,
      `${subject}.${mac}.x`,
      `${otherSubject}.${mac}`,
      `${subject}.${flip(mac, 10)}`,
      `${subject}.${spareBits}`,
      `${flip(subject, 3)}.${mac}`,
      `${subject}=.${mac}`,
      `${subject}.${mac}=`,
      'x'.repeat(600),
    ]) {
      assert.equal(tokens.verify(meetingId, bad), undefined, bad);
    }
  });
});

describe('signaling authentication', () => {
  const key = new Uint8Array(32).fill(7);
  let server: TestServer;
  let meeting: MeetingJson;
  let attendee: AttendeeJson;

  before(async () => {
    server = await startTestServer({ joinTokenKey: key });
    meeting = await createMeeting(server);
    attendee = await createAttendee(server, meeting.MeetingId);
  });
  after(() => server.close());

  const signalingUrl = (meetingId: string) =>
    `${new URL(server.url).origin.replace('http', 'ws')}/control/${meetingId}`;

  async function expectClosed(url: string, protocols: string[], code: number) {
    const client = await SignalingClient.connect(url, protocols);
    const closed = await client.closedWithin();
    assert.equal(closed.code, code);
    return { client, closed };
  }

  it('selects _aws_wt_session for a valid token and lets the client join', async () => {
    const client = await SignalingClient.forAttendee(meeting, attendee);
    assert.equal(client.ws.protocol, '_aws_wt_session');
    const { joinAck } = await client.join();
    assert.ok(joinAck.joinack);
    client.close();
  });

  it('selects _aws_wt_session and closes 4403 without a token', async () => {
    const { client, closed } = await expectClosed(
      meeting.MediaPlacement.SignalingUrl,
      ['_aws_wt_session'],
      4403,
    );
    assert.equal(client.ws.protocol, '_aws_wt_session');
    assert.equal(closed.reason, 'attendee unavailable');
  });

  it('closes 4403 when no sub-protocol is offered at all', async () => {
    await expectClosed(meeting.MediaPlacement.SignalingUrl, [], 4403);
  });

  it('closes 4403 unless the token is the second sub-protocol after _aws_wt_session', async () => {
    const url = meeting.MediaPlacement.SignalingUrl;
    // Without _aws_wt_session there is nothing the server may select, so the handshake fails.
    await assert.rejects(SignalingClient.connect(url, [attendee.JoinToken]), /no subprotocol/);
    await expectClosed(url, [attendee.JoinToken, '_aws_wt_session'], 4403);
    await expectClosed(url, ['_aws_wt_session', attendee.JoinToken, 'extra'], 4403);
  });

  it('closes 4403 for a malformed token', async () => {
    for (const token of ['garbage', 'a.b.c', `${attendee.JoinToken}#screen`]) {
      await expectClosed(meeting.MediaPlacement.SignalingUrl, ['_aws_wt_session', token], 4403);
    }
  });

  it('closes 4403 for a forged signature', async () => {
    const [subject, mac] = attendee.JoinToken.split('.');
    const forged = `${subject}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`;
    await expectClosed(meeting.MediaPlacement.SignalingUrl, ['_aws_wt_session', forged], 4403);
    const otherKey = new JoinTokens().issue(meeting.MeetingId, attendee.AttendeeId);
    await expectClosed(meeting.MediaPlacement.SignalingUrl, ['_aws_wt_session', otherKey], 4403);
  });

  it('closes 4403 for a token of another meeting', async () => {
    const other = await createMeeting(server);
    const otherAttendee = await createAttendee(server, other.MeetingId);
    await expectClosed(
      meeting.MediaPlacement.SignalingUrl,
      ['_aws_wt_session', otherAttendee.JoinToken],
      4403,
    );
  });

  it('closes 4403 for a correctly signed token of an unknown attendee or meeting', async () => {
    const tokens = new JoinTokens(key);
    const ghost = tokens.issue(meeting.MeetingId, randomUUID());
    await expectClosed(meeting.MediaPlacement.SignalingUrl, ['_aws_wt_session', ghost], 4403);
    const nowhere = randomUUID();
    await expectClosed(
      signalingUrl(nowhere),
      ['_aws_wt_session', tokens.issue(nowhere, attendee.AttendeeId)],
      4403,
    );
    await expectClosed(signalingUrl('not-a-meeting'), ['_aws_wt_session', attendee.JoinToken], 4403);
  });

  it('closes 4410 when the meeting was deleted', async () => {
    const doomed = await createMeeting(server);
    const doomedAttendee = await createAttendee(server, doomed.MeetingId);
    await request(`${server.url}/meetings/${doomed.MeetingId}`, { method: 'DELETE' });
    const { closed } = await expectClosed(
      doomed.MediaPlacement.SignalingUrl,
      ['_aws_wt_session', doomedAttendee.JoinToken],
      4410,
    );
    assert.equal(closed.reason, 'meeting ended');
  });

  it('accepts <token>#content as the content identity of the attendee', async () => {
    const main = await SignalingClient.forAttendee(meeting, attendee);
    await main.join();
    const content = await SignalingClient.connect(meeting.MediaPlacement.SignalingUrl, [
      '_aws_wt_session',
      `${attendee.JoinToken}#content`,
    ]);
    const { roster } = await content.join();
    const self = roster.audioStreamIdInfo!.streams.find(
      (s: SdkAudioStreamIdInfo) => s.attendeeId === `${attendee.AttendeeId}#content`,
    );
    assert.ok(self, 'content identity is in its own roster');
    assert.equal(self.externalUserId, attendee.ExternalUserId);
    const seen = await main.next(Type.AUDIO_STREAM_ID_INFO);
    assert.equal(seen.audioStreamIdInfo!.streams[0]!.attendeeId, `${attendee.AttendeeId}#content`);
    main.close();
    content.close();
  });

  it('refuses to speak WebSocket on other paths', async () => {
    await assert.rejects(SignalingClient.connect(`${signalingUrl('x')}/extra`, ['_aws_wt_session', 'x']));
  });

  it('never logs a join token', async () => {
    // Every test above has run against this server by now.
    const canary = attendee.JoinToken;
    assert.ok(server.logs.some((line) => line.startsWith('signaling refused')));
    for (const line of server.logs) {
      assert.ok(!line.includes(canary), line);
      assert.ok(!line.includes(canary.split('.')[1]), line);
    }
  });
});
