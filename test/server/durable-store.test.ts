import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_FILE } from '../../server/store/file-store.ts';
import { SignalingClient, Type, createAttendee, createMeeting, request, startTestServer } from './helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'chime-store-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('durable meeting store', () => {
  it('keeps meetings, attendees and join tokens across a restart on the same data directory', async () => {
    const dataDir = tempDir();
    const first = await startTestServer({ dataDir });
    const meeting = await createMeeting(first, { ClientRequestToken: 'same-request' });
    const attendee = await createAttendee(first, meeting.MeetingId, 'durable-1');
    const gone = await createMeeting(first);
    const goneAttendee = await createAttendee(first, gone.MeetingId);
    await request(`${first.url}/meetings/${gone.MeetingId}`, { method: 'DELETE' });
    await first.close();

    const file = join(dataDir, SNAPSHOT_FILE);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.ok(!readFileSync(file, 'utf8').includes(attendee.JoinToken), 'tokens are not stored');

    const second = await startTestServer({ dataDir });
    try {
      const got = await request(`${second.url}/meetings/${meeting.MeetingId}`);
      assert.equal(got.status, 200);
      assert.equal(got.body.Meeting.ExternalMeetingId, meeting.ExternalMeetingId);
      const again = await request(`${second.url}/meetings`, {
        json: { ExternalMeetingId: 'other', ClientRequestToken: 'same-request' },
      });
      assert.equal(again.body.Meeting.MeetingId, meeting.MeetingId);
      const gotAttendee = await request(
        `${second.url}/meetings/${meeting.MeetingId}/attendees/${attendee.AttendeeId}`,
      );
      assert.equal(gotAttendee.body.Attendee.JoinToken, attendee.JoinToken);
      // The old token still joins over the new server's signaling WebSocket.
      const placement = got.body.Meeting;
      const client = await SignalingClient.forAttendee(placement, attendee);
      const { joinAck } = await client.join();
      assert.equal(joinAck.type, Type.JOIN_ACK);
      client.close();
      // A meeting deleted before the restart stays ended (4410), not unknown.
      const goneUrl = placement.MediaPlacement.SignalingUrl.replace(meeting.MeetingId, gone.MeetingId);
      const late = await SignalingClient.connect(goneUrl, ['_aws_wt_session', goneAttendee.JoinToken]);
      assert.equal((await late.closedWithin()).code, 4410);
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a corrupt snapshot, naming the file and leaving it untouched', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, SNAPSHOT_FILE);
    for (const text of ['{"format": "chime-elements meeting store v1", "meet', '{"hello": 1}']) {
      writeFileSync(file, text);
      await assert.rejects(startTestServer({ dataDir }), (error: Error) => {
        assert.equal(error.name, 'SnapshotError');
        assert.ok(error.message.includes(file), error.message);
        return true;
      });
      assert.equal(readFileSync(file, 'utf8'), text);
    }
  });

  it('works through the command line with --data-dir across two processes', async () => {
    const dataDir = tempDir();
    const first = await runCli(['--port', '0', '--data-dir', dataDir]);
    const created = await request(`${first.url}/meetings`, { json: { ExternalMeetingId: 'cli-durable' } });
    const meeting = created.body.Meeting;
    await first.stop();
    const second = await runCli(['--port', '0', '--data-dir', dataDir]);
    try {
      assert.equal((await request(`${second.url}/meetings/${meeting.MeetingId}`)).status, 200);
    } finally {
      await second.stop();
    }
    writeFileSync(join(dataDir, SNAPSHOT_FILE), 'not json');
    const failed = await runCli(['--port', '0', '--data-dir', dataDir]).then(
      () => assert.fail('started on a corrupt snapshot'),
      (error: Error) => error.message,
    );
    assert.match(failed, /could not start: SnapshotError: meeting store .*meetings\.json is not valid JSON/);
  });
});

/** Starts the CLI and resolves once it announced its URL; rejects with its output if it exits first. */
function runCli(args: string[]): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: root });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no announcement: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /meeting service: (http:\/\/[^\s]+)\/$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          async stop() {
            child.kill('SIGTERM');
            assert.equal(await exited, 0);
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(output));
    });
  });
}
