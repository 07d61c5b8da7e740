// Runs the Node test files (node:test) given, or under the given folders; Node 20's runner takes
// no globs.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const folders = process.argv.slice(2);
const files = folders.flatMap((folder) =>
  statSync(folder).isFile()
    ? [folder]
    : readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
        .map((entry) => join(entry.parentPath ?? entry.path, entry.name)),
);
if (files.length === 0) {
  console.error(`no test files under ${folders.join(', ')}`);
  process.exit(1);
}
const { status } = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...files.sort()],
  {
    stdio: 'inherit',
  },
);
process.exit(status ?? 1);
