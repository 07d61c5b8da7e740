import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { type ApiBody, type TestServer, createAttendee, createMeeting, startTestServer } from './helpers.ts';

/** The HTTP status of a WebSocket upgrade to the meeting's signaling URL with these headers. */
async function upgradeStatus(url: string, token: string, headers: Record<string, string>): Promise<number> {
  const ws = new WebSocket(url, ['_aws_wt_session', token], { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

describe('signaling Origin check', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ allowedOrigins: ['https://app.example'] });
  });
  after(() => server.close());

  it('refuses pages of other origins with 403 and admits its own pages, listed origins and Node clients', async () => {
    const meeting = await createMeeting(server);
    const { JoinToken } = await createAttendee(server, meeting.MeetingId);
    const url = meeting.MediaPlacement.SignalingUrl;
    assert.equal(await upgradeStatus(url, JoinToken, { Origin: 'https://evil.example' }), 403);
    assert.equal(await upgradeStatus(url, JoinToken, { Origin: 'null' }), 403);
    // A rebound DNS name pointing at this machine is not "the same host".
    assert.equal(
      await upgradeStatus(url, JoinToken, { Origin: 'http://evil.example:1234', Host: 'evil.example:1234' }),
      403,
    );
    assert.equal(await upgradeStatus(url, JoinToken, { Origin: server.url }), 101);
    assert.equal(await upgradeStatus(url, JoinToken, { Origin: 'https://app.example' }), 101);
    assert.equal(await upgradeStatus(url, JoinToken, {}), 101);
    assert.ok(server.logs.some((line) => line.includes('origin not allowed')));
  });
});

describe('public address', () => {
  it('puts the public address into every MediaPlacement URL whatever Host the request names', async () => {
    const server = await startTestServer({ publicAddress: '127.0.0.1' });
    try {
      const meeting = await createMeeting(server);
      const authority = `127.0.0.1:${server.port}`;
      assert.equal(meeting.MediaPlacement.SignalingUrl, `ws://${authority}/control/${meeting.MeetingId}`);
      assert.equal(meeting.MediaPlacement.AudioHostUrl, authority);
      // Whatever Host the request names, the URLs use the public address.
      const body = await new Promise<ApiBody>((resolve, reject) => {
        const req = httpGet(
          `${server.url}/meetings/${meeting.MeetingId}`,
          { headers: { host: 'other.example' } },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve(JSON.parse(text) as ApiBody));
          },
        );
        req.on('error', reject);
      });
      assert.equal(body.Meeting.MediaPlacement.AudioHostUrl, authority);
    } finally {
      await server.close();
    }
  });
});

// The test certificate is made with the openssl command (.ci/run installs it where missing).
describe('HTTPS', () => {
  let dir: string;
  let server: TestServer;
  let cert: Buffer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chime-tls-'));
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]);
    assert.equal(made.status, 0, made.stderr.toString());
    cert = readFileSync(join(dir, 'cert.pem'));
    server = await startTestServer({ tls: { cert, key: readFileSync(join(dir, 'key.pem')) } });
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One JSON request over HTTPS trusting the test certificate. */
  function httpsJson(
    method: string,
    url: string,
    json?: unknown,
  ): Promise<{ status: number; body: ApiBody }> {
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        url,
        { method, ca: cert, headers: { 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
          );
        },
      );
      req.on('error', reject);
      req.end(json === undefined ? undefined : JSON.stringify(json));
    });
  }

  it('serves the API over HTTPS with wss signaling URLs, and joins over wss', async () => {
    assert.match(server.url, /^https:\/\//);
    const created = await httpsJson('POST', `${server.url}/meetings`, {
      ExternalMeetingId: 'secure-meeting',
    });
    assert.equal(created.status, 201);
    const meeting = created.body.Meeting;
    assert.match(meeting.MediaPlacement.SignalingUrl, /^wss:\/\//);
    assert.match(meeting.MediaPlacement.TurnControlUrl, /^https:\/\//);
    const attendee = await httpsJson('POST', `${server.url}/meetings/${meeting.MeetingId}/attendees`, {
      ExternalUserId: 'secure-user',
    });
    const ws = new WebSocket(
      meeting.MediaPlacement.SignalingUrl,
      ['_aws_wt_session', attendee.body.Attendee.JoinToken],
      {
        ca: cert,
      },
    );
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.close();
  });
});
