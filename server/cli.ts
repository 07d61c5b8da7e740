/**
 * `node --import tsx server/cli.ts [options]`: runs the local meeting service until
 * SIGINT/SIGTERM. See USAGE for the options.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type MeetingServerOptions, startMeetingServer } from './app.ts';
import { describeError } from './log.ts';

const USAGE = `Usage: node --import tsx server/cli.ts [options]

Runs the chime-elements local meeting service: the Chime Meetings REST API, meeting events,
the demo (demo/ at /, dist/ at /dist/) and the signaling WebSocket.

Options:
  --host HOST              interface to bind (default 127.0.0.1)
  --port PORT              port to bind, 0 for any free port (default 8080)
  --public-address ADDR    host name or IP address clients use to reach the service (put in
                           the meeting URLs and, for an IP address, in the media candidates);
                           use it with --host 0.0.0.0 to serve a LAN
  --cors ORIGINS           allow these origins to call the API: '*' or a comma-separated list
                           (default: no CORS)
  --allowed-origins ORIGINS
                           pages of these origins may open the signaling WebSocket besides the
                           service's own: '*' or a comma-separated list
  --data-dir DIR           keep meetings, attendees and the token key in DIR/meetings.json
                           (default: .data when run by 'npm start', otherwise in memory)
  --idle-timeout SECONDS   end meetings nobody has been in for this long (default 300)
  --reconnect-grace SECONDS
                           keep a dropped attendee present this long for its client to
                           reconnect; 0 drops it at once (default 10)
  --tls-cert FILE          serve HTTPS and wss with this PEM certificate ...
  --tls-key FILE           ... and this PEM private key (both or neither)
  --tls-self-signed        serve HTTPS and wss with a self-signed certificate the service makes
                           for the public address and localhost (kept in --data-dir and reused);
                           its SHA-256 fingerprint is printed at start
  --help                   print this help
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function originList(value: string | undefined): '*' | string[] | undefined {
  const text = value?.trim();
  if (text === undefined || text === '') return undefined;
  if (text === '*') return '*';
  return text
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function parseOptions(): MeetingServerOptions {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'public-address': { type: 'string' },
        cors: { type: 'string' },
        'allowed-origins': { type: 'string' },
        'data-dir': { type: 'string' },
        'idle-timeout': { type: 'string' },
        'reconnect-grace': { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'tls-self-signed': { type: 'boolean' },
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
  const options: MeetingServerOptions = { host: values.host ?? '127.0.0.1', port };
  const corsOrigins = originList(values.cors);
  if (corsOrigins) options.corsOrigins = corsOrigins;
  const allowedOrigins = originList(values['allowed-origins']);
  if (allowedOrigins) options.allowedOrigins = allowedOrigins;
  const publicAddress = values['public-address']?.trim();
  if (publicAddress !== undefined) {
    if (!/^(?:[A-Za-z0-9.-]+|[0-9A-Fa-f:.]+)$/.test(publicAddress))
      fail(`invalid --public-address: ${publicAddress}`);
    options.publicAddress = publicAddress;
  }
  const dataDir = values['data-dir'];
  if (dataDir !== undefined) {
    if (dataDir.trim() === '') fail('invalid --data-dir: empty');
    options.dataDir = dataDir;
  }
  if (values['idle-timeout'] !== undefined) {
    const seconds = Number(values['idle-timeout']);
    if (values['idle-timeout'].trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
      fail(`invalid --idle-timeout: ${values['idle-timeout']}`);
    }
    options.idleMeetingTimeoutMs = Math.round(seconds * 1000);
  }
  const grace = values['reconnect-grace'];
  if (grace !== undefined) {
    const seconds = Number(grace);
    if (grace.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
      fail(`invalid --reconnect-grace: ${grace}`);
    }
    options.reconnectGraceMs = Math.round(seconds * 1000);
  }
  const cert = values['tls-cert'];
  const key = values['tls-key'];
  if (values['tls-self-signed'] && (cert !== undefined || key !== undefined)) {
    fail('--tls-self-signed makes its own certificate: leave out --tls-cert and --tls-key');
  }
  if (values['tls-self-signed']) options.tls = 'self-signed';
  if ((cert === undefined) !== (key === undefined)) fail('--tls-cert and --tls-key go together');
  if (cert !== undefined && key !== undefined) {
    try {
      options.tls = { cert: readFileSync(cert), key: readFileSync(key) };
    } catch (error) {
      fail(`cannot read the TLS certificate or key: ${describeError(error)}`);
    }
  }
  return options;
}

const options = parseOptions();
const started = startMeetingServer(options);

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
  if (options.dataDir !== undefined) console.log(`meetings are kept in ${options.dataDir}`);
  console.log(`chime-elements meeting service: ${server.url}/`);
} catch (error) {
  console.error(`could not start: ${describeError(error)}`);
  process.exit(1);
}
