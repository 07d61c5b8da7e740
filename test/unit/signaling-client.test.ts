import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import {
  CLOSE_EVENT_TIMEOUT_MS,
  PING_INTERVAL_MS,
  SignalingClient,
} from '../../src/signaling/SignalingClient.ts';
import type { SignalingCloseDetail } from '../../src/signaling/SignalingClient.ts';
import { signalingConnectionUrl, signalingProtocols } from '../../src/signaling/connectionUrl.ts';
import { detectPlatform } from '../../src/platform.ts';
import { LogLevel } from '../../src/logging/LogLevel.ts';
import { SdkPingPongType, SdkSignalFrame, encodeFrame } from '../../src/protocol/frame.ts';
import { FakeWebSocket, RecordingLogger, TOKEN, flush, socketFactory } from './helpers/fakes.ts';

const openClients: SignalingClient[] = [];
afterEach(async () => {
  for (const client of openClients.splice(0)) await client.close();
});

function openClient() {
  const logger = new RecordingLogger();
  const { sockets, factory } = socketFactory();
  const client = new SignalingClient({
    url: 'wss://signal.example.test/control/m?X-Chime-Control-Protocol-Version=3',
    protocols: signalingProtocols(TOKEN),
    logger,
    webSocketFactory: factory,
    now: () => 1234,
  });
  const frames: SdkSignalFrame[] = [];
  const decodeErrors: number[] = [];
  const closes: SignalingCloseDetail[] = [];
  client.addEventListener('frame', (e) => frames.push((e as CustomEvent<SdkSignalFrame>).detail));
  client.addEventListener('decode-error', (e) =>
    decodeErrors.push((e as CustomEvent<{ byteLength: number }>).detail.byteLength),
  );
  client.addEventListener('close', (e) => closes.push((e as CustomEvent<SignalingCloseDetail>).detail));
  client.open();
  openClients.push(client);
  const socket = sockets[0]!;
  socket.open();
  return { client, socket, logger, frames, decodeErrors, closes };
}

describe('signaling connection URL', () => {
  it('appends the Chime query and never the token', () => {
    const platform = detectPlatform(
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
    );
    const url = signalingConnectionUrl('wss://signal.example.test/control/m-1', platform);
    assert.equal(
      url,
      'wss://signal.example.test/control/m-1?X-Chime-Control-Protocol-Version=3&X-Amzn-Chime-Send-Close-On-Error=1' +
        '&X-Amzn-Version=0.1.0&X-Amzn-User-Agent=chrome-156',
    );
    assert.deepEqual(signalingProtocols(TOKEN), ['_aws_wt_session', TOKEN]);
  });

  it('recognises common browsers', () => {
    const firefox = detectPlatform(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:128.0) Gecko/20100101 Firefox/128.0',
    );
    assert.deepEqual([firefox.name, firefox.majorVersion, firefox.osName], ['firefox', '128', 'Mac OS']);
    const safari = detectPlatform(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    );
    assert.deepEqual([safari.name, safari.majorVersion], ['safari', '17']);
    const edge = detectPlatform(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
    );
    assert.deepEqual([edge.name, edge.majorVersion, edge.osName], ['edge-chromium', '126', 'Windows']);
    assert.equal(detectPlatform('').name, 'unknown');
  });
});

describe('SignalingClient', () => {
  it('opens the socket with the token as sub-protocol and binary frames', () => {
    const { socket } = openClient();
    assert.deepEqual(socket.protocols, ['_aws_wt_session', TOKEN]);
    assert.ok(!socket.url.includes(TOKEN), 'the URL must not contain the token');
    assert.equal(socket.binaryType, 'arraybuffer');
  });

  it('prefixes every frame it sends with 0x05 and stamps the injected clock', () => {
    const { client, socket } = openClient();
    assert.equal(client.send({ type: SdkSignalFrame.Type.LEAVE, leave: {} }), true);
    for (const bytes of socket.sent) assert.equal(bytes[0], 0x05);
    const leave = socket.framesOfType(SdkSignalFrame.Type.LEAVE)[0]!;
    assert.equal(Number(leave.timestampMs), 1234);
  });

  it('delivers decoded frames, whatever the frame-type byte', () => {
    const { socket, frames } = openClient();
    socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} });
    const legacy = encodeFrame({ type: SdkSignalFrame.Type.INDEX, index: {} }, 1);
    legacy[0] = 0x02;
    socket.deliverBytes(legacy);
    assert.deepEqual(
      frames.map((f) => f.type),
      [SdkSignalFrame.Type.LEAVE_ACK, SdkSignalFrame.Type.INDEX],
    );
  });

  it('turns a malformed frame into a decode-error event and a size-only warning, and stays connected', () => {
    const { client, socket, frames, decodeErrors, logger } = openClient();
    const garbage = new Uint8Array([0x05, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x42, 0x13]);
    socket.deliverBytes(garbage);
    socket.deliverBytes(new Uint8Array([0x05]));
    socket.deliverText('{"zzz":"payload"}');
    assert.deepEqual(decodeErrors, [8, 1, 17]);
    assert.equal(frames.length, 0);
    const warnings = logger.at(LogLevel.WARN);
    assert.equal(warnings.length, 3);
    assert.match(warnings[0]!, /8 bytes/);
    assert.ok(!/zzz|payload|ff ?ff|255/i.test(warnings.join('\n')), 'message contents are never logged');
    assert.equal(client.ready, true);
    socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} });
    assert.equal(frames.length, 1);
  });

  it('survives thousands of random messages without throwing', () => {
    const { socket, client } = openClient();
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 3000; i++) {
      const bytes = new Uint8Array(Math.floor(random() * 64));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
      socket.deliverBytes(bytes);
    }
    assert.equal(client.ready, true);
  });

  it('answers a server PING with a PONG carrying the same id', () => {
    const { socket } = openClient();
    socket.deliver({
      type: SdkSignalFrame.Type.PING_PONG,
      pingPong: { type: SdkPingPongType.PING, pingId: 77 },
    });
    const pongs = socket
      .framesOfType(SdkSignalFrame.Type.PING_PONG)
      .filter((f) => f.pingPong!.type === SdkPingPongType.PONG);
    assert.deepEqual(
      pongs.map((f) => f.pingPong!.pingId),
      [77],
    );
  });

  it('reports PONGs to its listeners', () => {
    const { client, socket } = openClient();
    const pongs: number[] = [];
    client.addEventListener('pong', (e) => pongs.push((e as CustomEvent<{ pingId: number }>).detail.pingId));
    socket.deliver({
      type: SdkSignalFrame.Type.PING_PONG,
      pingPong: { type: SdkPingPongType.PONG, pingId: 1 },
    });
    assert.deepEqual(pongs, [1]);
  });

  it('ignores frames after the server closed the socket', () => {
    const { client, socket, frames, closes } = openClient();
    socket.serverClose(4410, 'ended');
    socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} });
    assert.equal(frames.length, 0);
    assert.deepEqual(closes, [{ code: 4410, reason: 'ended', local: false }]);
    assert.equal(client.ready, false);
    assert.equal(client.send({ type: SdkSignalFrame.Type.LEAVE, leave: {} }), false);
  });

  it('ignores frames once it asked to close, and reports a local close', async () => {
    const { client, socket, frames, closes } = openClient();
    const closed = client.close();
    socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} });
    await closed;
    assert.equal(frames.length, 0);
    assert.equal(socket.closeCalls, 1);
    assert.deepEqual(closes, [{ code: 1005, reason: '', local: true }]);
  });

  it('never passes the browser error of a failed WebSocket constructor on (it may quote the token)', () => {
    const client = new SignalingClient({
      url: 'wss://x.test/',
      protocols: signalingProtocols(TOKEN),
      logger: new RecordingLogger(),
      webSocketFactory: () => {
        throw new SyntaxError(`The subprotocol '${TOKEN}' is invalid.`);
      },
    });
    assert.throws(
      () => client.open(),
      (error: unknown) =>
        error instanceof Error && !error.message.includes(TOKEN) && /SyntaxError/.test(error.message),
    );
  });

  it('reports an error before open', () => {
    const { sockets, factory } = socketFactory();
    const client = new SignalingClient({
      url: 'wss://x.test/',
      protocols: [],
      logger: new RecordingLogger(),
      webSocketFactory: factory,
    });
    let errors = 0;
    client.addEventListener('error', () => errors++);
    client.open();
    sockets[0]!.fail();
    assert.equal(errors, 1);
  });

  describe('with fake timers', () => {
    beforeEach(() => mock.timers.enable({ apis: ['setInterval', 'setTimeout'] }));
    afterEach(() => mock.timers.reset());

    it('pings on open and every 10 s with increasing ids, and stops when closed', () => {
      const { socket } = openClient();
      const pingIds = () =>
        socket
          .framesOfType(SdkSignalFrame.Type.PING_PONG)
          .filter((f) => f.pingPong!.type === SdkPingPongType.PING)
          .map((f) => f.pingPong!.pingId);
      assert.deepEqual(pingIds(), [1]);
      mock.timers.tick(PING_INTERVAL_MS - 1);
      assert.deepEqual(pingIds(), [1]);
      mock.timers.tick(1);
      assert.deepEqual(pingIds(), [1, 2]);
      mock.timers.tick(PING_INTERVAL_MS);
      assert.deepEqual(pingIds(), [1, 2, 3]);
      socket.serverClose(1000);
      mock.timers.tick(PING_INTERVAL_MS * 3);
      assert.deepEqual(pingIds(), [1, 2, 3]);
    });

    it('assumes the socket closed when no close event comes within 2 s', async () => {
      const { client, socket, closes } = openClient();
      socket.close = () => undefined; // a socket that never reports its close
      let resolved = false;
      void client.close().then(() => (resolved = true));
      await flush();
      assert.equal(resolved, false);
      mock.timers.tick(CLOSE_EVENT_TIMEOUT_MS);
      await flush();
      assert.equal(resolved, true);
      assert.deepEqual(closes, [{ code: 1005, reason: '', local: true }]);
    });
  });

  it('works with the FakeWebSocket constants', () => {
    assert.equal(FakeWebSocket.OPEN, 1);
  });
});
