import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MeetingSessionCredentials } from '../../src/config/MeetingSessionCredentials.ts';
import { SdkSignalFrame } from '../../src/protocol/service-frame.ts';
import type { MeetingSessionStatus } from '../../src/status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode as Code } from '../../src/status/MeetingSessionStatusCode.ts';
import { actAsServer, sessionsStoppedAfterEach, streamInfo } from './helpers/fakes.ts';
import type { FakeWebSocket } from './helpers/fakes.ts';
import { eventually, fakeSession, joinedSession } from './helpers/session-fakes.ts';
import type { FakeSessionOptions } from './helpers/session-fakes.ts';

const sessions = sessionsStoppedAfterEach();

const PRIMARY_TOKEN = 'primary-join-token-SECRET-91c2';
const primary = () => new MeetingSessionCredentials('att-primary', 'Primary Person', PRIMARY_TOKEN);

/**
 * A session whose every socket meets the usual fake service, which also answers
 * PRIMARY_MEETING_JOIN with `service.ack` (an error status, 0 for none, or null for no answer).
 */
function setup(options: FakeSessionOptions = {}) {
  const ctx = fakeSession(sessions, options);
  const service = { ack: 0 as number | null };
  ctx.serve = (socket: FakeWebSocket) => {
    actAsServer(socket);
    const usual = socket.onFrame!;
    socket.onFrame = (frame, s) => {
      usual(frame, s);
      if (frame.type !== SdkSignalFrame.Type.PRIMARY_MEETING_JOIN || service.ack === null) return;
      const status = service.ack;
      queueMicrotask(() =>
        socket.deliver({
          type: SdkSignalFrame.Type.PRIMARY_MEETING_JOIN_ACK,
          primaryMeetingJoinAck: {},
          ...(status ? { error: { status, description: 'refused' } } : {}),
        }),
      );
    };
    queueMicrotask(() => socket.open());
  };
  const demotions: Code[] = [];
  ctx.session.audioVideo.addObserver({
    audioVideoWasDemotedFromPrimaryMeeting: (status) => demotions.push(status.statusCode()),
  });
  return { ...ctx, service, demotions };
}

function codeOf(status: MeetingSessionStatus): string {
  return Code[status.statusCode()]!;
}

/** The promise's status code if it settles within `ms` (of real time), else 'still pending'. */
async function within(promise: Promise<MeetingSessionStatus>, ms: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still pending'), ms)));
  try {
    return await Promise.race([promise.then(codeOf), late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('promoteToPrimaryMeeting', () => {
  it('sends PRIMARY_MEETING_JOIN with the credentials and resolves OK on an ack without error', async () => {
    const ctx = setup();
    const socket = await joinedSession(ctx);
    const status = await ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
    assert.equal(codeOf(status), 'OK');
    const frames = socket.framesOfType(SdkSignalFrame.Type.PRIMARY_MEETING_JOIN);
    assert.equal(frames.length, 1);
    assert.deepEqual(
      { ...frames[0]!.primaryMeetingJoin!.credentials },
      { attendeeId: 'att-primary', externalUserId: 'Primary Person', joinToken: PRIMARY_TOKEN },
    );
    assert.equal(ctx.session.state, 'joined');
    assert.ok(ctx.logger.lines.length > 0, 'the session logged');
    assert.ok(!ctx.logger.text().includes(PRIMARY_TOKEN), 'the primary join token is never logged');
    assert.ok(!JSON.stringify(ctx.session).includes(PRIMARY_TOKEN), 'not in the session JSON');
  });

  const refusals: Array<[number, string]> = [
    [403, 'AudioAuthenticationRejected'],
    [400, 'SignalingBadRequest'],
  ];
  for (const [error, expected] of refusals) {
    it(`resolves ${expected} on an ack with error ${error}, and the session goes on`, async () => {
      const ctx = setup();
      const socket = await joinedSession(ctx);
      ctx.service.ack = error;
      const status = await ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
      assert.equal(codeOf(status), expected);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(ctx.session.state, 'joined', "a refused promotion does not end the replica's session");
      assert.equal(socket.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0);
      assert.deepEqual(ctx.demotions, []);
      // Not promoted: the service ending a promotion now tells nobody.
      socket.deliver({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
      assert.deepEqual(ctx.demotions, []);
    });
  }

  it('resolves SignalingRequestFailed at once when the session is not connected', async () => {
    const ctx = setup();
    const status = ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
    assert.equal(await within(status, 20), 'SignalingRequestFailed');
    assert.equal(ctx.sockets.length, 0);
    assert.ok(!ctx.logger.text().includes(PRIMARY_TOKEN), 'the token is not logged');
  });

  it('resolves SignalingRequestFailed when no ack comes within connectionTimeoutMs', async () => {
    const ctx = setup({ configure: (configuration) => (configuration.connectionTimeoutMs = 60) });
    const socket = await joinedSession(ctx);
    ctx.service.ack = null;
    const started = Date.now();
    const status = ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
    assert.equal(await within(status, 2_000), 'SignalingRequestFailed');
    assert.ok(Date.now() - started >= 50, 'it waited for the timeout');
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.PRIMARY_MEETING_JOIN).length, 1);
    // A late ack does not promote.
    socket.deliver({ type: SdkSignalFrame.Type.PRIMARY_MEETING_JOIN_ACK, primaryMeetingJoinAck: {} });
    socket.deliver({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    assert.deepEqual(ctx.demotions, [], 'never promoted, so never demoted');
  });

  it('resolves SignalingRequestFailed when the socket closes before the ack', async () => {
    // Reconnecting, so that it is the lost connection, not the session stopping, that settles it.
    const ctx = setup({ configure: (configuration) => (configuration.reconnectTimeoutMs = 60_000) });
    const socket = await joinedSession(ctx);
    ctx.service.ack = null;
    const pending = ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
    socket.serverClose(1006);
    assert.equal(await within(pending, 1_000), 'SignalingRequestFailed');
    await eventually(() => ctx.sockets.length === 2 && ctx.session.state === 'joined', 'reconnected');
  });

  it('resolves SignalingRequestFailed when the session stops before the ack', async () => {
    const ctx = setup();
    await joinedSession(ctx);
    ctx.service.ack = null;
    const pending = ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
    ctx.session.audioVideo.stop();
    assert.equal(await within(pending, 1_000), 'SignalingRequestFailed');
  });

  it('settles an earlier request as SignalingRequestFailed when promoting again', async () => {
    const ctx = setup();
    await joinedSession(ctx);
    ctx.service.ack = null;
    const first = ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
    ctx.service.ack = 0;
    const second = ctx.session.audioVideo.promoteToPrimaryMeeting(primary());
    assert.equal(await within(first, 1_000), 'SignalingRequestFailed');
    assert.equal(await within(second, 1_000), 'OK');
  });
});

describe('demotion', () => {
  it('demoteFromPrimaryMeeting sends PRIMARY_MEETING_LEAVE and tells observers OK', async () => {
    const ctx = setup();
    const socket = await joinedSession(ctx);
    assert.equal(codeOf(await ctx.session.audioVideo.promoteToPrimaryMeeting(primary())), 'OK');
    ctx.session.audioVideo.demoteFromPrimaryMeeting();
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE).length, 1);
    assert.deepEqual(ctx.demotions, [Code.OK]);
    assert.equal(ctx.session.state, 'joined');
  });

  it('a PRIMARY_MEETING_LEAVE from the service demotes with AudioVideoWasRemovedFromPrimaryMeeting; the session goes on', async () => {
    const ctx = setup();
    const socket = await joinedSession(ctx);
    assert.equal(codeOf(await ctx.session.audioVideo.promoteToPrimaryMeeting(primary())), 'OK');
    socket.deliver({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    assert.deepEqual(ctx.demotions, [Code.AudioVideoWasRemovedFromPrimaryMeeting]);
    assert.equal(Code.AudioVideoWasRemovedFromPrimaryMeeting, 23);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(ctx.session.state, 'joined');
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0, 'the replica session stays');
    socket.deliver(streamInfo([{ audioStreamId: 5, attendeeId: 'att-later', externalUserId: 'Later' }]));
    assert.ok(ctx.session.attendees.has('att-later'), 'frames are still handled');
    // Only once: a second LEAVE finds nothing to end.
    socket.deliver({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    assert.deepEqual(ctx.demotions, [Code.AudioVideoWasRemovedFromPrimaryMeeting]);
  });

  it('a reconnect while promoted demotes with AudioVideoDisconnectedWhilePromoted', async () => {
    const ctx = setup({ configure: (configuration) => (configuration.reconnectTimeoutMs = 60_000) });
    const first = await joinedSession(ctx);
    assert.equal(codeOf(await ctx.session.audioVideo.promoteToPrimaryMeeting(primary())), 'OK');
    const didStart: number[] = [];
    ctx.session.audioVideo.addObserver({ audioVideoDidStart: () => didStart.push(ctx.sockets.length) });

    first.serverClose(1006);
    assert.deepEqual(ctx.demotions, [Code.AudioVideoDisconnectedWhilePromoted]);
    assert.equal(Code.AudioVideoDisconnectedWhilePromoted, 24);
    await eventually(() => didStart.length === 1, 'reconnected');
    assert.equal(ctx.sockets.length, 2);
    assert.equal(ctx.session.state, 'joined');
    // The promotion did not survive the reconnect: no promotion to end on the new connection.
    ctx.sockets[1]!.deliver({ type: SdkSignalFrame.Type.PRIMARY_MEETING_LEAVE, primaryMeetingLeave: {} });
    assert.deepEqual(ctx.demotions, [Code.AudioVideoDisconnectedWhilePromoted]);
    assert.equal(ctx.sockets[1]!.framesOfType(SdkSignalFrame.Type.PRIMARY_MEETING_JOIN).length, 0);
  });

  it('a reconnect without a promotion tells nobody', async () => {
    const ctx = setup({ configure: (configuration) => (configuration.reconnectTimeoutMs = 60_000) });
    const first = await joinedSession(ctx);
    first.serverClose(1006);
    await eventually(() => ctx.sockets.length === 2 && ctx.session.state === 'joined', 'reconnected');
    assert.deepEqual(ctx.demotions, []);
  });
});
