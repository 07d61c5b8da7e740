/**
 * Writing a file so that a crash leaves either the old or the new content, never a part: the
 * text goes to a temporary file next to it, is flushed to disk, and is renamed over the file.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AtomicWriteOptions {
  /** Permission bits of a newly written file (before the umask), e.g. 0o600 for a secret. */
  readonly mode: number;
  /** Also flush the directory, so that the rename itself survives a crash. */
  readonly syncDirectory?: boolean;
}

/**
 * Replaces `file` with `text` through `<file>.<pid>.tmp`, fsync and rename. The temporary file
 * is made anew (a left-over one would keep its old mode) and removed again when anything fails.
 */
export function writeFileAtomically(file: string, text: string, options: AtomicWriteOptions): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    rmSync(temporary, { force: true });
    const fd = openSync(temporary, 'wx', options.mode);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  if (options.syncDirectory) syncDirectory(dirname(file));
}

/** Makes a rename in `dir` durable; not every platform can open a directory, which is fine. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
