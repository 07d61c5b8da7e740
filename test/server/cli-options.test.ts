import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { CERTIFICATE_FILE, KEY_FILE } from '../../server/tls/kept-certificate.ts';
import { request } from './helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: root });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const announced = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no announcement: ${output}`)), 20_000);
    child.stdout.on('data', () => {
      const match = /meeting service: (https?:\/\/\S+)\/$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(output));
    });
  });
  announced.catch(() => {});
  return { child, exited, announced, output: () => output };
}

describe('command line options of the meeting service', () => {
  it('ends idle meetings after --idle-timeout seconds', async () => {
    const cli = run(['--port', '0', '--idle-timeout', '0.3']);
    try {
      const url = await cli.announced;
      const created = await request(`${url}/meetings`, { json: { ExternalMeetingId: 'short-lived' } });
      const id = created.body.Meeting.MeetingId;
      const started = Date.now();
      while ((await request(`${url}/meetings/${id}`)).status === 200) {
        assert.ok(Date.now() - started < 5000, 'still active after 5 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      cli.child.kill('SIGTERM');
      assert.equal(await cli.exited, 0);
    }
  });

  it('puts --public-address into the meeting URLs', async () => {
    const cli = run(['--port', '0', '--public-address', 'meet.example']);
    try {
      const announced = new URL(await cli.announced);
      assert.equal(announced.hostname, 'meet.example');
      const url = `http://127.0.0.1:${announced.port}`;
      const created = await request(`${url}/meetings`, { json: { ExternalMeetingId: 'lan' } });
      assert.equal(created.body.Meeting.MediaPlacement.AudioHostUrl, `meet.example:${announced.port}`);
    } finally {
      cli.child.kill('SIGTERM');
      await cli.exited;
    }
  });

  it('serves HTTPS with --tls-self-signed and prints the certificate fingerprint, not its key', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chime-cli-tls-'));
    const cli = run(['--port', '0', '--tls-self-signed', '--data-dir', dataDir]);
    try {
      const url = new URL(await cli.announced);
      assert.equal(url.protocol, 'https:');
      const certificate = readFileSync(join(dataDir, CERTIFICATE_FILE), 'utf8');
      const fingerprint = new X509Certificate(certificate).fingerprint256;
      assert.match(cli.output(), new RegExp(`SHA-256 fingerprint ${fingerprint}$`, 'm'));
      const served = await new Promise<string>((resolve, reject) => {
        const socket = tlsConnect(
          { host: '127.0.0.1', port: Number(url.port), ca: certificate, servername: 'localhost' },
          () => {
            resolve(socket.getPeerCertificate().fingerprint256);
            socket.end();
          },
        );
        socket.on('error', reject);
      });
      assert.equal(served, fingerprint);
      const key = readFileSync(join(dataDir, KEY_FILE), 'utf8');
      const keyLines = key.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
      for (const line of keyLines)
        assert.ok(!cli.output().includes(line), 'the output holds part of the key');
      assert.doesNotMatch(cli.output(), /PRIVATE KEY/);
    } finally {
      cli.child.kill('SIGTERM');
      await cli.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses bad values with exit code 2 and a message naming the option', async () => {
    for (const [args, message] of [
      [['--idle-timeout', 'soon'], /invalid --idle-timeout/],
      [['--idle-timeout', '0'], /invalid --idle-timeout/],
      [['--reconnect-grace', 'later'], /invalid --reconnect-grace/],
      [['--reconnect-grace=-1'], /invalid --reconnect-grace/],
      [['--tls-cert', 'cert.pem'], /--tls-cert and --tls-key go together/],
      [['--tls-cert', '/nonexistent/cert.pem', '--tls-key', '/nonexistent/key.pem'], /cannot read the TLS/],
      [['--public-address', 'a b'], /invalid --public-address/],
      [
        ['--tls-self-signed', '--tls-cert', 'cert.pem', '--tls-key', 'key.pem'],
        /--tls-self-signed makes its own certificate: leave out --tls-cert and --tls-key/,
      ],
      [['--tls-self-signed', '--tls-cert', 'cert.pem'], /--tls-self-signed makes its own certificate/],
    ] as const) {
      const cli = run(['--port', '0', ...args]);
      assert.equal(await cli.exited, 2, args.join(' '));
      assert.match(cli.output(), message);
    }
  });
});
