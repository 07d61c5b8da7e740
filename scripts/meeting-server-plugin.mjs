// web-test-runner plugin: runs the real local meeting service in its own process for the
// whole test run, and tells test pages where it is through GET /__meeting-server.
//
// A second, restartable instance is available for tests of crash recovery: it always uses
// the same port and the same --data-dir (both chosen once per run), so a restarted service
// keeps the meetings, attendees and token key of the one that was killed.
//   POST /__restartable-server/start  starts it (if not running); answers {url}
//   POST /__restartable-server/kill   SIGKILLs it (a crash); answers once the process exited
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Spawns the meeting service with `args`; resolves with its URL once it printed it. */
function startService(args) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('meeting service did not start within 20 s')), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`meeting service exited with code ${code}`));
    });
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = /meeting service: (http:\/\/\S+?)\/?\s/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
      if (process.env.MEETING_SERVER_LOG) process.stdout.write(chunk);
    });
  });
  return { child, url };
}

/** Resolves once `child` has exited, sending `signal` if it is still running. */
async function stopProcess(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** A TCP port that is free right now on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function restartableServer() {
  let port;
  let dataDir;
  let current; // { child, url } of the running instance
  return {
    async start() {
      if (current && current.child.exitCode === null && current.child.signalCode === null) {
        return current.url;
      }
      port ??= await freePort();
      dataDir ??= await mkdtemp(join(tmpdir(), 'chime-elements-restartable-'));
      current = startService([
        '--port',
        String(port),
        '--data-dir',
        dataDir,
        '--cors',
        '*',
        '--allowed-origins',
        '*',
      ]);
      return current.url;
    },
    async kill() {
      if (current) await stopProcess(current.child, 'SIGKILL');
    },
    async stop() {
      if (current) await stopProcess(current.child, 'SIGTERM');
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function meetingServerPlugin() {
  let child;
  let url;
  const restartable = restartableServer();
  return {
    name: 'meeting-server',
    async serverStart() {
      const service = startService(['--port', '0', '--cors', '*', '--allowed-origins', '*']);
      child = service.child;
      url = await service.url;
    },
    async serverStop() {
      if (child) await stopProcess(child, 'SIGTERM');
      await restartable.stop();
    },
    async serve(context) {
      if (context.path === '/__meeting-server') {
        return { body: JSON.stringify({ url }), type: 'json' };
      }
      if (context.method === 'POST' && context.path === '/__restartable-server/start') {
        try {
          return { body: JSON.stringify({ url: await restartable.start() }), type: 'json' };
        } catch (error) {
          return { body: JSON.stringify({ error: String(error) }), type: 'json' };
        }
      }
      if (context.method === 'POST' && context.path === '/__restartable-server/kill') {
        await restartable.kill();
        return { body: JSON.stringify({ killed: true }), type: 'json' };
      }
      return undefined;
    },
  };
}
