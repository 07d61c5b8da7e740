import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MeetingSessionConfiguration } from '../../src/config/MeetingSessionConfiguration.ts';
import { DefaultDeviceController } from '../../src/devices/DefaultDeviceController.ts';
import { SdkSignalFrame } from '../../src/protocol/frame.ts';
import { DefaultMeetingSession } from '../../src/session/DefaultMeetingSession.ts';
import { FullJitterBackoff } from '../../src/session/FullJitterBackoff.ts';
import type { MeetingSessionStatus } from '../../src/status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode as Code } from '../../src/status/MeetingSessionStatusCode.ts';
import { Reconnector } from '../../src/session/Reconnector.ts';
import {
  RecordingLogger,
  actAsServer,
  fakeMediaDevices,
  joinInfo,
  peerFactory,
  sessionsStoppedAfterEach,
  socketFactory,
  streamInfo,
  until,
} from './helpers/fakes.ts';
import type { FakeWebSocket } from './helpers/fakes.ts';

const sessions = sessionsStoppedAfterEach();

/**
 * A session whose every new socket meets a working fake service (unless `refuse` is set, then it
 * fails to open), with a clock the test moves and no backoff wait.
 */
function setup(options: { reconnectTimeoutMs?: number; pingIntervalMs?: number } = {}) {
  const logger = new RecordingLogger();
  const sockets = socketFactory();
  const peers = peerFactory();
  const media = fakeMediaDevices();
  const info = joinInfo();
  const configuration = new MeetingSessionConfiguration(info.meeting, info.attendee);
  configuration.reconnectTimeoutMs = options.reconnectTimeoutMs ?? 120_000;
  const clock = { now: 1_800_000_000_000 };
  const service = {
    refuse: false,
    closeOnJoin: 0,
    roster: [{ audioStreamId: 1, attendeeId: 'att-self', externalUserId: 'Self' }],
  };
  const session = new DefaultMeetingSession(
    configuration,
    logger,
    new DefaultDeviceController(logger, { mediaDevices: media.devices }),
    {
      webSocketFactory: (url, protocols) => {
        const socket = sockets.factory(url, protocols);
        const fake = sockets.sockets.at(-1)!;
        if (service.refuse) {
          queueMicrotask(() => fake.fail());
        } else {
          actAsServer(fake, { roster: false });
          const onFrame = fake.onFrame!;
          fake.onFrame = (frame, s) => {
            onFrame(frame, s);
            if (frame.type === SdkSignalFrame.Type.JOIN && service.closeOnJoin) {
              fake.onFrame = undefined;
              queueMicrotask(() => fake.serverClose(service.closeOnJoin));
            } else if (frame.type === SdkSignalFrame.Type.JOIN) {
              queueMicrotask(() => queueMicrotask(() => fake.deliver(streamInfo(service.roster))));
            }
          };
          queueMicrotask(() => fake.open());
        }
        return socket;
      },
      peerConnectionFactory: peers.factory,
      now: () => clock.now,
      random: () => 0,
      pingIntervalMs: options.pingIntervalMs,
    },
  );
  sessions.push(session);
  const events: string[] = [];
  session.addEventListener('state-change', (e) => events.push(`state:${e.detail.state}`));
  session.addEventListener('attendee-join', (e) => events.push(`join:${e.detail.attendee.attendeeId}`));
  session.addEventListener('attendee-leave', (e) => events.push(`leave:${e.detail.attendee.attendeeId}`));
  session.audioVideo.addObserver({
    audioVideoDidStartConnecting: (reconnecting) => events.push(`didStartConnecting:${reconnecting}`),
    audioVideoDidStart: () => events.push('didStart'),
    audioVideoDidStop: (status) => events.push(`didStop:${Code[status.statusCode()]}`),
  });
  const stopped = new Promise<MeetingSessionStatus>((resolve) =>
    session.addEventListener('stop', (e) => resolve(e.detail.status), { once: true }),
  );
  const joins = () => sockets.sockets.filter((s) => s.framesOfType(SdkSignalFrame.Type.JOIN).length > 0);
  return {
    session,
    logger,
    sockets: sockets.sockets,
    peers: peers.peers,
    clock,
    service,
    events,
    stopped,
    joins,
  };
}

type Setup = ReturnType<typeof setup>;

async function joined(ctx: Setup, count = 1): Promise<FakeWebSocket> {
  await until(
    () => ctx.events.filter((e) => e === 'didStart').length === count,
    `audioVideoDidStart ${count}`,
  );
  return ctx.sockets.at(-1)!;
}

describe('reconnecting', () => {
  it('comes back on a new connection as the same attendee: events in order, nothing left', async () => {
    const ctx = setup();
    ctx.service.roster.push({ audioStreamId: 2, attendeeId: 'att-bob', externalUserId: 'Bob' });
    ctx.session.audioVideo.start();
    const first = await joined(ctx);
    ctx.session.audioVideo.realtimeMuteLocalAudio();

    first.serverClose(1006);
    await joined(ctx, 2);

    assert.deepEqual(ctx.events, [
      'state:connecting',
      'didStartConnecting:false',
      'join:att-self',
      'join:att-bob',
      'state:joined',
      'didStart',
      'state:reconnecting',
      'didStartConnecting:true',
      'state:joined',
      'didStart',
    ]);
    assert.equal(first.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0, 'no LEAVE on a lost connection');
    assert.equal(ctx.peers[0]!.closed, true, 'the old peer connection is closed');
    const [join1, join2] = ctx.joins().map((s) => s.framesOfType(SdkSignalFrame.Type.JOIN)[0]!.join!);
    assert.equal(Number(join2!.audioSessionId), Number(join1!.audioSessionId), 'the same audio session id');
    assert.equal(ctx.sockets.at(-1)!.protocols[1], first.protocols[1], 'the same join token');
    const sub = ctx.sockets.at(-1)!.framesOfType(SdkSignalFrame.Type.SUBSCRIBE)[0]!.sub!;
    assert.equal(sub.audioMuted, true, 'the mute state comes back');
    assert.ok(ctx.session.attendees.has('att-bob'));
  });

  it('keeps attendees missing from the first roster after a reconnect for a grace period', async () => {
    const ctx = setup();
    ctx.service.roster.push({ audioStreamId: 2, attendeeId: 'att-bob', externalUserId: 'Bob' });
    ctx.session.audioVideo.start();
    const first = await joined(ctx);
    // The service restarted: Bob has not come back yet when this client rejoins.
    ctx.service.roster = [{ audioStreamId: 1, attendeeId: 'att-self', externalUserId: 'Self' }];
    first.serverClose(1006);
    const second = await joined(ctx, 2);
    assert.ok(ctx.session.attendees.has('att-bob'), 'Bob is still shown while he may come back');
    second.deliver(streamInfo([{ audioStreamId: 7, attendeeId: 'att-bob', externalUserId: 'Bob' }]));
    assert.ok(!ctx.events.includes('leave:att-bob'), 'no leave for an attendee who came back');
  });

  it('retries a first join that fails with a retryable status, silently', async () => {
    const ctx = setup();
    ctx.service.refuse = true;
    ctx.session.audioVideo.start();
    await until(() => ctx.sockets.length === 3, 'three attempts');
    ctx.service.refuse = false;
    await joined(ctx);
    assert.deepEqual(ctx.events.slice(0, 2), ['state:connecting', 'didStartConnecting:false']);
    assert.ok(!ctx.events.includes('didStartConnecting:true'), 'a first join is not a reconnect');
  });

  it('never retries a terminal status', async () => {
    const ctx = setup();
    ctx.session.audioVideo.start();
    const socket = await joined(ctx);
    socket.deliver({ type: SdkSignalFrame.Type.AUDIO_STATUS, audioStatus: { audioStatus: 411 } });
    assert.equal((await ctx.stopped).statusCode(), Code.AudioAttendeeRemoved);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(ctx.sockets.length, 1, 'no new connection');
    assert.ok(!ctx.events.includes('state:reconnecting'));
  });

  it('stops when the meeting ended while it was away (4410 while rejoining)', async () => {
    const ctx = setup();
    ctx.session.audioVideo.start();
    const first = await joined(ctx);
    ctx.service.closeOnJoin = 4410;
    first.serverClose(1006);
    assert.equal((await ctx.stopped).statusCode(), Code.MeetingEnded);
    const attempts = ctx.sockets.length;
    assert.equal(attempts, 2, 'one attempt, refused for good');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(ctx.sockets.length, attempts, 'no attempt after a terminal status');
  });

  it('stop() while waiting to retry stops at once with Left', async () => {
    const ctx = setup();
    ctx.session.audioVideo.start();
    const first = await joined(ctx);
    ctx.service.refuse = true;
    first.serverClose(1006);
    await until(() => ctx.session.state === 'reconnecting' && ctx.sockets.length >= 2, 'reconnecting');
    ctx.session.audioVideo.stop();
    assert.equal((await ctx.stopped).statusCode(), Code.Left);
    const attempts = ctx.sockets.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(ctx.sockets.length, attempts, 'no attempt after stop()');
    assert.deepEqual(ctx.events.slice(-2), ['state:left', 'didStop:Left']);
  });

  it('gives up when reconnectTimeoutMs has passed, with the last failure', async () => {
    const ctx = setup({ reconnectTimeoutMs: 60_000 });
    ctx.session.audioVideo.start();
    const first = await joined(ctx);
    ctx.service.refuse = true;
    first.serverClose(1006);
    await until(() => ctx.sockets.length >= 3, 'retries');
    ctx.clock.now += 60_000;
    const status = await ctx.stopped;
    assert.equal(status.statusCode(), Code.TaskFailed, 'the WebSocket that failed to open');
    assert.equal(ctx.session.state, 'left');
  });

  it('reconnects after PINGs go unanswered (a connection that went silent)', async () => {
    // The fake service answers no PING; a PING every 5 ms makes that quick to see.
    const ctx = setup({ pingIntervalMs: 5 });
    ctx.session.configuration.connectionHealthPolicyConfiguration.missedPongsUpperThreshold = 2;
    ctx.session.audioVideo.start();
    const first = await joined(ctx);
    const events = ctx.events.length;
    // The health rule waits out its grace after a join.
    ctx.clock.now += 60_000;
    await until(() => ctx.sockets.length === 2, 'a new connection', 5_000);
    assert.ok(ctx.events.slice(events).includes('state:reconnecting'));
    assert.ok(ctx.logger.text().includes('missed pong 2'), 'the missed PONGs logged');
    assert.equal(first.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0);
  });
});

describe('FullJitterBackoff', () => {
  it('waits random × min(long, short × 2ⁿ) + fixed', () => {
    const backoff = new FullJitterBackoff(10, 1000, 5000, () => 0.5);
    assert.deepEqual(
      [0, 1, 2, 3, 4].map(() => backoff.nextBackoffAmountMs()),
      [510, 1010, 2010, 2510, 2510],
    );
    backoff.reset();
    assert.equal(backoff.nextBackoffAmountMs(), 510);
  });
});

describe('Reconnector', () => {
  function reconnector(timeoutMs = 1000) {
    const clock = { now: 0 };
    const scheduled: Array<{ ms: number; run: () => void }> = [];
    const r = new Reconnector({
      timeoutMs,
      backoff: new FullJitterBackoff(0, 100, 400, () => 1),
      now: () => clock.now,
      setTimeout: (run, ms) => {
        const entry = { ms, run };
        scheduled.push(entry);
        return entry;
      },
      clearTimeout: (handle) => scheduled.splice(scheduled.indexOf(handle as never), 1),
    });
    return { r, clock, scheduled };
  }

  it('schedules with growing backoff until the deadline since the first attempt', () => {
    const { r, clock, scheduled } = reconnector();
    assert.equal(
      r.retry(() => undefined),
      true,
    );
    clock.now = 500;
    assert.equal(
      r.retry(() => undefined),
      true,
    );
    clock.now = 1000;
    assert.equal(
      r.retry(() => undefined),
      false,
      'past the deadline',
    );
    assert.deepEqual(
      scheduled.map((s) => s.ms),
      [200],
      'a new retry replaces the waiting one; backoff 100 then 200',
    );
  });

  it('starts over after a join, and gives up when nothing was alive for the timeout', () => {
    const { r, clock } = reconnector();
    r.retry(() => undefined);
    clock.now = 900;
    r.joined();
    clock.now = 1500;
    assert.equal(
      r.retry(() => undefined),
      true,
      'a new series after the join',
    );
    clock.now = 1950;
    assert.equal(
      r.retry(() => undefined),
      false,
      'more than the timeout since the join (last alive)',
    );
  });

  it('cancel() drops the waiting retry', () => {
    const { r, scheduled } = reconnector();
    r.retry(() => undefined);
    assert.equal(r.waiting, true);
    r.cancel();
    assert.equal(r.waiting, false);
    assert.equal(scheduled.length, 0);
  });
});
