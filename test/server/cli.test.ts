import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: root });
}

function exited(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Resolves with the URL of the announcement line. */
function announced(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`no announcement: ${buffered}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = /^chime-elements meeting service: (http:\/\/127\.0\.0\.1:(\d+)\/)$/m.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`exited before listening: ${buffered}`)));
  });
}

describe('command line', () => {
  it('announces the real port with --port 0, serves, and exits cleanly on SIGTERM', async () => {
    const child = runCli(['--port', '0']);
    const done = exited(child);
    const url = await announced(child);
    assert.doesNotMatch(url, /:0\/$/);
    const response = await fetch(`${url}join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meeting: 'cli', name: 'Ann' }),
    });
    assert.equal(response.status, 200);
    const { Attendee } = await response.json();
    child.kill('SIGTERM');
    const { code, stdout } = await done;
    assert.equal(code, 0);
    assert.ok(!stdout.includes(Attendee.JoinToken), 'the token is not logged');
  });

  it('closes cleanly on SIGINT too', async () => {
    const child = runCli(['--port', '0', '--cors', '*']);
    const done = exited(child);
    await announced(child);
    child.kill('SIGINT');
    assert.equal((await done).code, 0);
  });

  it('prints usage with --help', async () => {
    const { code, stdout } = await exited(runCli(['--help']));
    assert.equal(code, 0);
    assert.match(stdout, /--host/);
    assert.match(stdout, /--port/);
  });

  it('refuses an invalid port or an unknown flag with usage and exit code 2', async () => {
    for (const args of [['--port', 'abc'], ['--port', '70000'], ['--bogus']]) {
      const { code, stderr } = await exited(runCli(args));
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
  });
});
