import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import WebSocket from 'ws';
import { CERTIFICATE_FILE, KEY_FILE } from '../../server/tls/kept-certificate.ts';
import { createSelfSignedCertificate, selfSignedHosts } from '../../server/tls/self-signed-certificate.ts';
import { SdkSignalFrame, decodeFrame, encodeFrame } from '../../src/protocol/service-frame.ts';
import { type ApiBody, type TestServer, startTestServer } from './helpers.ts';

/** A name of the reserved `.test` domain, resolved to loopback by {@link lookup} only. */
const PUBLIC_NAME = 'meeting.test';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Resolves every name to 127.0.0.1, so a client can reach the service by its public name. */
const lookup = ((_hostname, options, callback) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as LookupFunction;

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chime-tls-'));
  tempDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const keptCertificate = (dataDir: string) => readFileSync(join(dataDir, CERTIFICATE_FILE), 'utf8');

/** A JSON request over HTTPS that trusts exactly `ca`, with certificate and host name checks on. */
function httpsJson(url: string, ca: string, json: unknown): Promise<{ status: number; body: ApiBody }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(json);
    const req = httpsRequest(
      url,
      { method: 'POST', ca, lookup, agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The SHA-256 fingerprint of the certificate served on `port`, trusting only `ca` for `servername`. */
function servedFingerprint(port: number, ca: string, servername = 'localhost'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: '127.0.0.1', port, ca, servername }, () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      socket.end();
      resolve(fingerprint);
    });
    socket.on('error', reject);
  });
}

function fingerprintLogged(server: TestServer): string {
  const line = server.logs.find((entry) => entry.startsWith('tls: self-signed certificate'));
  assert.ok(line, `no certificate line in ${JSON.stringify(server.logs)}`);
  return /SHA-256 fingerprint ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})$/.exec(line)![1]!;
}

describe('a service with a self-signed certificate', () => {
  let server: TestServer;
  let dataDir: string;
  let ca: string;

  before(async () => {
    dataDir = tempDataDir();
    server = await startTestServer({ tls: 'self-signed', dataDir, publicAddress: PUBLIC_NAME });
    ca = keptCertificate(dataDir);
  });
  after(() => server.close());

  it('answers POST /meetings over HTTPS to a client trusting exactly that certificate, with wss: URLs', async () => {
    assert.equal(server.url, `https://${PUBLIC_NAME}:${server.port}`);
    const created = await httpsJson(`${server.url}/meetings`, ca, { ExternalMeetingId: 'secure' });
    assert.equal(created.status, 201);
    const placement = created.body.Meeting.MediaPlacement;
    assert.equal(
      placement.SignalingUrl,
      `wss://${PUBLIC_NAME}:${server.port}/control/${created.body.Meeting.MeetingId}`,
    );
    assert.match(placement.TurnControlUrl, /^https:/);
  });

  it('is refused by a client that trusts only the usual authorities', async () => {
    await assert.rejects(
      new Promise((resolve, reject) => {
        const req = httpsRequest(`${server.url}/`, { lookup, agent: false }, resolve);
        req.on('error', reject);
        req.end();
      }),
      { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    );
  });

  it('names the public address and the loopback names, for a year, as a server certificate that is not a CA', () => {
    const certificate = new X509Certificate(ca);
    const names = certificate.subjectAltName?.split(', ') ?? [];
    assert.deepEqual(
      names.sort(),
      [`DNS:${PUBLIC_NAME}`, 'DNS:localhost', 'IP Address:0:0:0:0:0:0:0:1', 'IP Address:127.0.0.1'].sort(),
    );
    assert.equal(certificate.ca, false);
    assert.deepEqual(certificate.keyUsage, ['1.3.6.1.5.5.7.3.1'], 'extended key usage serverAuth');
    assert.equal(certificate.publicKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');
    const validDays = (Date.parse(certificate.validTo) - Date.now()) / DAY_MS;
    assert.ok(validDays > 360 && validDays < 367, `valid for ${validDays} days`);
  });

  it('lets a signaling WebSocket over wss: join', async () => {
    const created = await httpsJson(`${server.url}/meetings`, ca, { ExternalMeetingId: 'secure-signaling' });
    const meeting = created.body.Meeting;
    const attendee = await httpsJson(`${server.url}/meetings/${meeting.MeetingId}/attendees`, ca, {
      ExternalUserId: 'ana',
    });
    const token = attendee.body.Attendee.JoinToken;
    const ws = new WebSocket(meeting.MediaPlacement.SignalingUrl, ['_aws_wt_session', token], { ca, lookup });
    try {
      const firstFrame = new Promise<SdkSignalFrame>((resolve, reject) => {
        ws.once('message', (data: Buffer) => resolve(decodeFrame(data)));
        ws.once('error', reject);
        ws.once('close', (code) => reject(new Error(`closed with ${code}`)));
      });
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      ws.send(
        encodeFrame({
          type: SdkSignalFrame.Type.JOIN,
          join: { protocolVersion: 2, flags: 2, audioSessionId: 1 },
        }),
      );
      assert.equal((await firstFrame).type, SdkSignalFrame.Type.JOIN_ACK);
    } finally {
      ws.terminate();
    }
  });

  it('logs the certificate fingerprint and nothing of its key', () => {
    assert.equal(fingerprintLogged(server), new X509Certificate(ca).fingerprint256);
    const keyBody = readFileSync(join(dataDir, KEY_FILE), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('-----'));
    assert.ok(keyBody.length > 0);
    for (const line of server.logs) {
      assert.doesNotMatch(line, /PRIVATE KEY/);
      for (const part of keyBody) assert.ok(!line.includes(part), 'a log line holds part of the key');
    }
  });

  it('keeps its key in a file only the owner can read', () => {
    assert.equal(statSync(join(dataDir, KEY_FILE)).mode & 0o777, 0o600);
  });
});

describe('the self-signed certificate kept in the data directory', () => {
  async function startAndClose(dataDir: string | undefined, publicAddress = PUBLIC_NAME) {
    const server = await startTestServer({
      tls: 'self-signed',
      publicAddress,
      ...(dataDir === undefined ? {} : { dataDir }),
    });
    try {
      const fingerprint = fingerprintLogged(server);
      if (dataDir !== undefined) {
        assert.equal(await servedFingerprint(server.port, keptCertificate(dataDir)), fingerprint);
      }
      return { fingerprint, logs: server.logs };
    } finally {
      await server.close();
    }
  }

  it('is served again after a restart', async () => {
    const dataDir = tempDataDir();
    const first = await startAndClose(dataDir);
    const second = await startAndClose(dataDir);
    assert.equal(second.fingerprint, first.fingerprint);
    assert.ok(second.logs.some((line) => line.includes(`reused from ${dataDir};`)));
  });

  it('is replaced when it has expired or expires within a day', async () => {
    for (const notAfter of [new Date(Date.now() - DAY_MS), new Date(Date.now() + DAY_MS / 2)]) {
      const dataDir = tempDataDir();
      const old = await createSelfSignedCertificate({
        hosts: selfSignedHosts(PUBLIC_NAME),
        notBefore: new Date(Date.now() - 400 * DAY_MS),
        notAfter,
      });
      writeFileSync(join(dataDir, CERTIFICATE_FILE), old.cert);
      writeFileSync(join(dataDir, KEY_FILE), old.key, { mode: 0o600 });
      const { fingerprint } = await startAndClose(dataDir);
      assert.notEqual(
        fingerprint,
        new X509Certificate(old.cert).fingerprint256,
        `notAfter ${notAfter.toISOString()}`,
      );
      const renewed = new X509Certificate(keptCertificate(dataDir));
      assert.equal(renewed.fingerprint256, fingerprint);
      assert.ok(Date.parse(renewed.validTo) - Date.now() > 360 * DAY_MS);
      assert.equal(statSync(join(dataDir, KEY_FILE)).mode & 0o777, 0o600);
    }
  });

  it('is replaced when it does not cover the public address', async () => {
    const dataDir = tempDataDir();
    const first = await startAndClose(dataDir, PUBLIC_NAME);
    const second = await startAndClose(dataDir, '192.168.77.20');
    assert.notEqual(second.fingerprint, first.fingerprint);
    assert.equal(new X509Certificate(keptCertificate(dataDir)).checkIP('192.168.77.20'), '192.168.77.20');
    assert.ok(second.logs.some((line) => line.includes('does not cover 192.168.77.20')));
  });

  it('is made anew on every start without a data directory', async () => {
    const first = await startAndClose(undefined);
    const second = await startAndClose(undefined);
    assert.notEqual(second.fingerprint, first.fingerprint);
  });
});
