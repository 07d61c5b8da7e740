/**
 * `node --import tsx server/cli.ts [--host H] [--port P] [--cors ORIGINS]`: runs the local
 * meeting service until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startMeetingServer } from './app.ts';
import { describeError } from './log.ts';

const USAGE = `Usage: node --import tsx server/cli.ts [options]

Runs the chime-elements local meeting service: the Chime Meetings REST API, the demo
(demo/ at /, dist/ at /dist/) and the signaling WebSocket.

Options:
  --host HOST      interface to bind (default 127.0.0.1)
  --port PORT      port to bind, 0 for any free port (default 8080)
  --cors ORIGINS   allow these origins to call the API: '*' or a comma-separated list
                   (default: no CORS)
  --help           print this help
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        cors: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || values.port?.trim() === '') {
    fail(`invalid --port: ${values.port}`);
  }
  const cors = values.cors?.trim();
  const corsOrigins =
    cors === undefined || cors === ''
      ? undefined
      : cors === '*'
        ? ('*' as const)
        : cors
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean);
  return { host: values.host ?? '127.0.0.1', port, corsOrigins };
}

const { host, port, corsOrigins } = parseOptions();
const started = startMeetingServer({ host, port, ...(corsOrigins ? { corsOrigins } : {}) });

// Handlers go in before the announcement: whoever reads that line may signal right away.
let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  started
    .then((server) => server.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`close failed: ${describeError(error)}`);
        process.exit(1);
      },
    );
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));

try {
  const server = await started;
  console.log(`chime-elements meeting service: ${server.url}/`);
} catch (error) {
  console.error(`could not start: ${describeError(error)}`);
  process.exit(1);
}
