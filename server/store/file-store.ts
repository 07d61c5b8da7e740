/**
 * A durable {@link MeetingStore}: the in-memory store plus a JSON snapshot in a data
 * directory, rewritten atomically (temporary file, fsync, rename) after every change. The
 * snapshot also holds the join-token signing key, so tokens stay valid across restarts; the
 * file is created with mode 0600 for that reason.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../fs/atomic-write.ts';
import { MemoryMeetingStore, type StoreSnapshot } from './memory-store.ts';
import type { AttendeeRecord } from './types.ts';

export const SNAPSHOT_FILE = 'meetings.json';
const FORMAT = 'chime-elements meeting store v1';

interface SnapshotFile extends StoreSnapshot {
  readonly format: typeof FORMAT;
  /** base64 of the join-token HMAC key. */
  readonly joinTokenKey: string;
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export class FileMeetingStore extends MemoryMeetingStore {
  readonly dir: string;
  readonly file: string;
  readonly joinTokenKey: Uint8Array;

  /**
   * Opens (or creates) the store in `dir`.
   * @throws SnapshotError naming the file when it exists but cannot be read as a snapshot;
   *   the file is left untouched.
   */
  constructor(dir: string) {
    super();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.dir = dir;
    this.file = join(dir, SNAPSHOT_FILE);
    const saved = readSnapshot(this.file);
    if (saved) {
      this.joinTokenKey = Buffer.from(saved.joinTokenKey, 'base64');
      this.restore(saved);
    } else {
      this.joinTokenKey = randomBytes(32);
      this.changed();
    }
  }

  protected override changed(): void {
    // Before construction finishes (no key yet) there is nothing to write.
    if (!this.joinTokenKey) return;
    const body: SnapshotFile = {
      format: FORMAT,
      joinTokenKey: Buffer.from(this.joinTokenKey).toString('base64'),
      ...this.snapshot(),
    };
    writeFileAtomically(this.file, JSON.stringify(body), { mode: 0o600, syncDirectory: true });
  }
}

function readSnapshot(file: string): SnapshotFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SnapshotError(`cannot read meeting store ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SnapshotError(`meeting store ${file} is not valid JSON; fix or move it away`);
  }
  if (!isSnapshot(value)) {
    throw new SnapshotError(
      `meeting store ${file} is not a snapshot this service wrote; fix or move it away`,
    );
  }
  return value;
}

function isSnapshot(value: unknown): value is SnapshotFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<SnapshotFile>;
  return (
    file.format === FORMAT &&
    typeof file.joinTokenKey === 'string' &&
    Buffer.from(file.joinTokenKey, 'base64').length >= 32 &&
    Array.isArray(file.meetings) &&
    file.meetings.every(
      (entry) =>
        typeof entry?.meeting?.meetingId === 'string' &&
        typeof entry.meeting.externalMeetingId === 'string' &&
        typeof entry.meeting.mediaRegion === 'string' &&
        typeof entry.meeting.createdAt === 'number' &&
        Array.isArray(entry.attendees) &&
        entry.attendees.every(
          (a: Partial<AttendeeRecord> | undefined) =>
            typeof a?.attendeeId === 'string' && typeof a.externalUserId === 'string',
        ),
    ) &&
    Array.isArray(file.ended) &&
    file.ended.every((id) => typeof id === 'string') &&
    Array.isArray(file.requestTokens) &&
    file.requestTokens.every((pair) => Array.isArray(pair) && pair.length === 2)
  );
}
