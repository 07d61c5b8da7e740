/**
 * The local meeting service: Chime Meetings REST API, meeting events (Server-Sent Events),
 * the demo's join endpoint, static files and the signaling WebSocket with its media peers,
 * on one node:http (or node:https) server.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { isIP, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { JoinTokens } from './auth/tokens.ts';
import { createEventStreams } from './events/event-stream.ts';
import {
  DEFAULT_IDLE_MEETING_TIMEOUT_MS,
  DEFAULT_MAX_MEETING_DURATION_MS,
  IdleMeetings,
} from './events/idle-meetings.ts';
import { MeetingEvents } from './events/meeting-events.ts';
import { consoleLog, describeError, type Log } from './log.ts';
import { createCors, type CorsOrigins } from './rest/cors.ts';
import { HttpError, badRequest, notFound, sendError } from './rest/http.ts';
import { createMeetingsApi } from './rest/meetings-api.ts';
import { createStaticHandler } from './rest/static-files.ts';
import {
  DEFAULT_JOIN_TIMEOUT_MS,
  DEFAULT_RECONNECT_GRACE_MS,
  SignalingService,
} from './signaling/signaling-service.ts';
import { FileMeetingStore } from './store/file-store.ts';
import { MemoryMeetingStore } from './store/memory-store.ts';
import type { MeetingStore } from './store/types.ts';
import { resolveTls, type TlsOption } from './tls/server-tls.ts';

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
  /**
   * Page origins allowed to open the signaling WebSocket, besides the service's own host.
   * Requests without an Origin header (Node clients) are always allowed. Others get 403.
   */
  allowedOrigins?: '*' | readonly string[];
  /** A signaling connection that sends no JOIN within this time is closed. Default 10 s. */
  joinTimeoutMs?: number;
  /**
   * How long an attendee whose connection ended without LEAVE stays present, waiting for the
   * client to reconnect (wire protocol §10.3); then the others see it dropped. Default 10 s;
   * 0 drops it at once.
   */
  reconnectGraceMs?: number;
  /** Meeting registry; in memory by default, or a file store when `dataDir` is given. */
  store?: MeetingStore;
  /**
   * Keeps meetings, attendees and the token-signing key in `<dataDir>/meetings.json`, so they
   * survive a restart. Ignored when `store` is given.
   */
  dataDir?: string;
  /** Secret that signs join tokens; from the data directory, or random per process (tokens die with it). */
  joinTokenKey?: Uint8Array;
  /** A meeting with nobody in it for this long ends. Default 5 minutes, as Chime. */
  idleMeetingTimeoutMs?: number;
  /** Any meeting ends at this age. Default 24 hours, as Chime. */
  maxMeetingDurationMs?: number;
  /**
   * Host name or IP address clients reach the service on (e.g. a LAN address when binding
   * 0.0.0.0): used in every MediaPlacement URL and, when an IP address, offered as an ICE
   * candidate of the media peers.
   */
  publicAddress?: string;
  /**
   * Serve HTTPS (and `wss:` signaling) with this PEM certificate and key, or `'self-signed'` with
   * a certificate the service makes: ECDSA P-256, valid for a year, for `publicAddress`,
   * `localhost`, `127.0.0.1` and `::1`. With `dataDir` it is kept there and reused until it
   * nears its end or no longer covers `publicAddress`. Its SHA-256 fingerprint is logged.
   */
  tls?: TlsOption;
  /** Interval of the comment lines that keep event streams open. Default 15 s. */
  eventKeepAliveMs?: number;
}

export interface MeetingServer {
  /** e.g. `http://127.0.0.1:8080` */
  readonly url: string;
  readonly port: number;
  /** Meeting lifecycle events as they happen. */
  readonly events: MeetingEvents;
  /** Ends every session, peer, event stream and socket; resolves when all are closed. */
  close(): Promise<void>;
}

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function startMeetingServer(options: MeetingServerOptions = {}): Promise<MeetingServer> {
  const host = options.host ?? '127.0.0.1';
  const log: Log = options.log ?? consoleLog;
  const publicAddress = options.publicAddress;
  const tls =
    options.tls === undefined
      ? undefined
      : await resolveTls(options.tls, { dataDir: options.dataDir, publicAddress, log });
  const fileStore =
    options.store || options.dataDir === undefined ? undefined : new FileMeetingStore(options.dataDir);
  const store = options.store ?? fileStore ?? new MemoryMeetingStore();
  const tokens = new JoinTokens(options.joinTokenKey ?? fileStore?.joinTokenKey);
  const cors = createCors(options.corsOrigins);
  const events = new MeetingEvents();
  const secure = tls !== undefined;
  const signaling = new SignalingService({
    store,
    tokens,
    log,
    events,
    joinTimeoutMs: options.joinTimeoutMs ?? DEFAULT_JOIN_TIMEOUT_MS,
    reconnectGraceMs: options.reconnectGraceMs ?? DEFAULT_RECONNECT_GRACE_MS,
    ...(publicAddress !== undefined && isIP(publicAddress) ? { mediaHostAddresses: [publicAddress] } : {}),
  });

  /** DeleteMeeting and idle ending: store, live sessions, then MeetingEnded. */
  async function endMeeting(meetingId: string): Promise<boolean> {
    const record = await store.getMeeting(meetingId);
    if (!record || !(await store.endMeeting(meetingId))) return false;
    signaling.endMeeting(meetingId);
    events.meetingEnded(record);
    return true;
  }

  let port = 0;
  const publicAuthority = () =>
    publicAddress === undefined
      ? undefined
      : `${publicAddress.includes(':') ? `[${publicAddress}]` : publicAddress}:${port}`;
  let authority = '';
  const api = createMeetingsApi({
    store,
    tokens,
    log,
    events,
    endMeeting,
    removeAttendee: (meetingId, attendeeId) => signaling.removeAttendee(meetingId, attendeeId),
    authority: () => authority,
    publicAuthority,
    secure,
  });
  const eventStreams = createEventStreams(events, store, options.eventKeepAliveMs);
  const staticFiles = createStaticHandler(options.staticRoot ?? REPOSITORY_ROOT);
  const idleMeetings = new IdleMeetings({
    store,
    occupancy: (meetingId) => signaling.occupancy(meetingId),
    end: async (meetingId, why) => {
      if (await endMeeting(meetingId)) log(`meeting ended ${meetingId} (${why})`);
    },
    idleTimeoutMs: options.idleMeetingTimeoutMs ?? DEFAULT_IDLE_MEETING_TIMEOUT_MS,
    maxDurationMs: options.maxMeetingDurationMs ?? DEFAULT_MAX_MEETING_DURATION_MS,
    onError: (error) => log(`idle meeting check failed: ${describeError(error)}`),
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (cors.preflight(req, res)) return;
    cors.apply(req, res);
    const pathname = pathnameOf(req);
    if (pathname === undefined) throw badRequest('malformed request target');
    if (await eventStreams.handle(req, res, pathname)) return;
    if (await api(req, res, pathname)) return;
    if (await staticFiles(req, res, pathname)) return;
    throw notFound('no such resource');
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (!(error instanceof HttpError)) {
        log(`http error ${req.method} ${pathnameOf(req) ?? '?'}: ${describeError(error)}`);
        error = new HttpError(500, 'ServiceFailure', 'internal error');
      }
      if (res.headersSent) res.destroy();
      else sendError(res, error as HttpError);
    });
  };
  const server: Server = tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key }, onRequest)
    : createHttpServer(onRequest);
  const originAllowed = createOriginCheck(options.allowedOrigins, () => publicAuthority());
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      if (!originAllowed(req)) {
        log(`signaling refused: origin not allowed`);
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      if (!signaling.handleUpgrade(req, socket, head)) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
    } catch (error) {
      log(`upgrade failed: ${describeError(error)}`);
      socket.destroy();
    }
  });
  server.on('clientError', (_error, socket: Duplex) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8080, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    idleMeetings.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const url = `${secure ? 'https' : 'http'}://${publicAuthority() ?? authority}`;
  log(`listening ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    events,
    close() {
      closing ??= (async () => {
        idleMeetings.close();
        eventStreams.close();
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

/**
 * The signaling WebSocket's Origin rule: no Origin header (not a browser) is allowed; a page
 * is allowed when it is one of `allowed`, or served by this service: its origin's host is
 * the public address, or the host the request was sent to when that is an IP address or
 * `localhost` (a DNS name could be rebound to this machine by another site).
 */
function createOriginCheck(
  allowed: '*' | readonly string[] | undefined,
  publicAuthority: () => string | undefined,
): (req: IncomingMessage) => boolean {
  const listed = new Set(
    allowed === '*' || allowed === undefined
      ? []
      : allowed.map((origin) => origin.replace(/\/+$/, '').toLowerCase()),
  );
  return (req) => {
    const origin = req.headers.origin;
    if (origin === undefined || allowed === '*') return true;
    if (listed.has(origin.toLowerCase())) return true;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return false;
    }
    if (originHost === publicAuthority()) return true;
    const host = req.headers.host?.toLowerCase();
    if (host === undefined || originHost !== host) return false;
    let hostname: string;
    try {
      hostname = new URL(`http://${host}`).hostname.replace(/^\[|\]$/g, '');
    } catch {
      return false;
    }
    return hostname === 'localhost' || isIP(hostname) !== 0;
  };
}

function pathnameOf(req: IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://local').pathname;
  } catch {
    return undefined;
  }
}
