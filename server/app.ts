/**
 * The local meeting service: Chime Meetings REST API, the demo's join endpoint, static files
 * and the signaling WebSocket with its media peers, on one node:http server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { JoinTokens } from './auth/tokens.ts';
import { consoleLog, describeError, type Log } from './log.ts';
import { createCors, type CorsOrigins } from './rest/cors.ts';
import { HttpError, badRequest, notFound, sendError } from './rest/http.ts';
import { createMeetingsApi } from './rest/meetings-api.ts';
import { createStaticHandler } from './rest/static-files.ts';
import { DEFAULT_JOIN_TIMEOUT_MS, SignalingService } from './signaling/signaling-service.ts';
import { MemoryMeetingStore } from './store/memory-store.ts';
import type { MeetingStore } from './store/types.ts';

export interface MeetingServerOptions {
  /** Interface to bind; 127.0.0.1 unless told otherwise. */
  host?: string;
  /** Port to bind; 0 picks a free one. Default 8080. */
  port?: number;
  /** Directory holding `demo/` (served at `/`) and `dist/` (served at `/dist/`); the repository root by default. */
  staticRoot?: string;
  /** Receives one line per event; console by default. */
  log?: (line: string) => void;
  /** Origins allowed to call the service from other pages; none by default. */
  corsOrigins?: CorsOrigins;
  /** A signaling connection that sends no JOIN within this time is closed. Default 10 s. */
  joinTimeoutMs?: number;
  /** Meeting registry; an in-memory one by default. */
  store?: MeetingStore;
  /** Secret that signs join tokens; random per process by default (tokens die with it). */
  joinTokenKey?: Uint8Array;
}

export interface MeetingServer {
  /** e.g. `http://127.0.0.1:8080` */
  readonly url: string;
  readonly port: number;
  /** Ends every session, peer and socket; resolves when all are closed. */
  close(): Promise<void>;
}

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function startMeetingServer(options: MeetingServerOptions = {}): Promise<MeetingServer> {
  const host = options.host ?? '127.0.0.1';
  const log: Log = options.log ?? consoleLog;
  const store = options.store ?? new MemoryMeetingStore();
  const tokens = new JoinTokens(options.joinTokenKey);
  const cors = createCors(options.corsOrigins);
  const signaling = new SignalingService({
    store,
    tokens,
    log,
    joinTimeoutMs: options.joinTimeoutMs ?? DEFAULT_JOIN_TIMEOUT_MS,
  });
  let authority = '';
  const api = createMeetingsApi({
    store,
    tokens,
    log,
    endMeeting: (meetingId) => signaling.endMeeting(meetingId),
    authority: () => authority,
  });
  const staticFiles = createStaticHandler(options.staticRoot ?? REPOSITORY_ROOT);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (cors.preflight(req, res)) return;
    cors.apply(req, res);
    const pathname = pathnameOf(req);
    if (pathname === undefined) throw badRequest('malformed request target');
    if (await api(req, res, pathname)) return;
    if (await staticFiles(req, res, pathname)) return;
    throw notFound('no such resource');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!(error instanceof HttpError)) {
        log(`http error ${req.method} ${pathnameOf(req) ?? '?'}: ${describeError(error)}`);
        error = new HttpError(500, 'ServiceFailure', 'internal error');
      }
      if (res.headersSent) res.destroy();
      else sendError(res, error as HttpError);
    });
  });
  server.on('upgrade', (req, socket, head) => {
    try {
      if (!signaling.handleUpgrade(req, socket, head)) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
    } catch (error) {
      log(`upgrade failed: ${describeError(error)}`);
      socket.destroy();
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const url = `http://${authority}`;
  log(`listening ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        await signaling.close();
        server.closeAllConnections();
        await serverClosed;
        log('closed');
      })();
      return closing;
    },
  };
}

function pathnameOf(req: IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://local').pathname;
  } catch {
    return undefined;
  }
}
