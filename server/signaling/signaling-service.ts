/**
 * The signaling WebSocket endpoint `/control/{MeetingId}` (wire protocol §1, §14.1–14.6).
 * The join token arrives as the second WebSocket sub-protocol (`_aws_wt_session, <token>`);
 * the upgrade always selects `_aws_wt_session` and a refused join is closed with a code the
 * client understands: 4403 for bad credentials, 4410 for an ended meeting.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { JoinTokens } from '../auth/tokens.ts';
import { CloseCode, SIGNALING_SUBPROTOCOL, contentAttendeeOf } from '../../src/protocol/constants.ts';
import type { EventMeeting, MeetingEvents } from '../events/meeting-events.ts';
import { describeError, type Log } from '../log.ts';
import { MediaPeer } from '../media/peer.ts';
import type { MeetingStore } from '../store/types.ts';
import { MeetingRoom } from './room.ts';
import {
  SignalingSession,
  type PrimaryCredentials,
  type Promotion,
  type SessionIdentity,
} from './session.ts';

/** Largest signaling message accepted; SDP offers are the big ones (a few KiB). */
export const MAX_MESSAGE_BYTES = 256 * 1024;
export const DEFAULT_JOIN_TIMEOUT_MS = 10_000;
/** How long a dropped attendee stays present, waiting for its client to reconnect (§10.3). */
export const DEFAULT_RECONNECT_GRACE_MS = 10_000;

/** Messages kept while a new connection is being authenticated. */
const MAX_EARLY_MESSAGES = 16;
/** How long shutdown waits for closing handshakes before dropping sockets. */
const SHUTDOWN_GRACE_MS = 1000;

const CONTROL_PATH = /^\/control\/([^/?]+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFUSED = 'attendee unavailable';

export interface SignalingServiceOptions {
  readonly store: MeetingStore;
  readonly tokens: JoinTokens;
  readonly log: Log;
  readonly joinTimeoutMs?: number;
  /** How long an attendee whose connection ended without LEAVE stays present (0: not at all). */
  readonly reconnectGraceMs?: number;
  /** Receives joins, leaves and drops as meeting events. */
  readonly events?: MeetingEvents;
  /** Extra host addresses for the media peers' ICE candidates (a LAN or public address). */
  readonly mediaHostAddresses?: readonly string[];
}

type Admission =
  | { readonly identity: SessionIdentity }
  | { readonly code: number; readonly reason: string; readonly cause: string };

export class SignalingService {
  readonly #options: SignalingServiceOptions;
  readonly #wss: WebSocketServer;
  /** Every open socket, authenticated or not. */
  readonly #sockets = new Set<WebSocket>();
  readonly #sessions = new Set<SignalingSession>();
  readonly #rooms = new Map<string, MeetingRoom>();
  readonly #endedMeetings = new Set<string>();
  /** What meeting events say about each meeting with a live session. */
  readonly #eventMeetings = new Map<string, EventMeeting>();
  #closing = false;

  constructor(options: SignalingServiceOptions) {
    this.#options = options;
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: MAX_MESSAGE_BYTES,
      // Selected even for a connection about to be refused: without it Chrome aborts the
      // handshake (1006) and the client retries forever instead of seeing the close code.
      handleProtocols: (protocols) => (protocols.has(SIGNALING_SUBPROTOCOL) ? SIGNALING_SUBPROTOCOL : false),
    });
  }

  /** Takes an HTTP upgrade for a signaling path; false when the path is not one. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const pathname = (req.url ?? '').split('?')[0]!;
    const match = CONTROL_PATH.exec(pathname);
    if (!match) return false;
    if (this.#closing) {
      socket.destroy();
      return true;
    }
    const meetingId = safeDecode(match[1]!);
    const protocols = parseProtocols(req.headers['sec-websocket-protocol']);
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, meetingId, protocols));
    return true;
  }

  /**
   * Ends the live meeting: AUDIO_STATUS 410 to joined clients, 4410 for everyone else. Its
   * replica meetings go on: their members see the primary's attendees leave and its sources
   * go, its audio and data stop, and promoted sessions are demoted.
   */
  endMeeting(meetingId: string): void {
    this.#endedMeetings.add(meetingId);
    this.#eventMeetings.delete(meetingId);
    const room = this.#rooms.get(meetingId);
    this.#rooms.delete(meetingId);
    room?.clear();
    for (const session of this.#sessions) {
      if (session.meetingId === meetingId) session.meetingEnded();
      else session.primaryGone(meetingId);
    }
  }

  /** DeleteAttendee: its sessions (camera and `#content`) get AUDIO_STATUS 411 and are closed. */
  removeAttendee(meetingId: string, attendeeId: string): void {
    const room = this.#rooms.get(meetingId);
    room?.forgetDropped(attendeeId);
    room?.forgetDropped(contentAttendeeOf(attendeeId));
    for (const session of this.#sessions) {
      session.primaryGone(meetingId, attendeeId);
      if (session.meetingId !== meetingId) continue;
      if (session.attendeeId === attendeeId || session.attendeeId === contentAttendeeOf(attendeeId)) {
        session.attendeeRemoved();
      }
    }
  }

  /** How many sessions are joined to the live meeting (0 when none is). */
  occupancy(meetingId: string): number {
    return this.#rooms.get(meetingId)?.size ?? 0;
  }

  /** Closes every connection and media peer; resolves when all are gone. */
  async close(): Promise<void> {
    this.#closing = true;
    for (const room of this.#rooms.values()) room.cancelDrops();
    const sessionsDone = Promise.all([...this.#sessions].map((session) => session.shutdown()));
    for (const ws of this.#sockets) {
      if (ws.readyState === ws.OPEN) ws.close(CloseCode.ServiceUnavailable, 'service restarting');
    }
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_GRACE_MS)));
    await Promise.race([this.#allSocketsClosed(), grace]);
    clearTimeout(timer);
    for (const ws of this.#sockets) ws.terminate();
    await sessionsDone;
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #allSocketsClosed(): Promise<unknown> {
    return Promise.all(
      [...this.#sockets].map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) resolve();
            else ws.once('close', () => resolve());
          }),
      ),
    );
  }

  #accept(ws: WebSocket, meetingId: string, protocols: string[]): void {
    this.#sockets.add(ws);
    ws.once('close', () => this.#sockets.delete(ws));
    ws.on('error', (error) =>
      this.#options.log(`signaling socket error ${logId(meetingId)}: ${describeError(error)}`),
    );
    const early: Array<[RawData, boolean]> = [];
    const keepEarly = (data: RawData, isBinary: boolean) => {
      if (early.length < MAX_EARLY_MESSAGES) early.push([data, isBinary]);
    };
    ws.on('message', keepEarly);

    void this.#admit(meetingId, protocols)
      .catch(
        (error: unknown): Admission => ({
          code: CloseCode.BadRequest,
          reason: REFUSED,
          cause: `error: ${describeError(error)}`,
        }),
      )
      .then((admission) => {
        ws.off('message', keepEarly);
        if (this.#closing || ws.readyState !== ws.OPEN) return;
        if (!('identity' in admission)) {
          this.#options.log(`signaling refused ${logId(meetingId)} ${admission.code} ${admission.cause}`);
          ws.close(admission.code, admission.reason);
          return;
        }
        this.#startSession(ws, admission.identity, early);
      })
      .catch((error: unknown) => {
        this.#options.log(`signaling session failed ${logId(meetingId)}: ${describeError(error)}`);
        ws.terminate();
      });
  }

  #startSession(ws: WebSocket, identity: SessionIdentity, early: ReadonlyArray<[RawData, boolean]>): void {
    const { log } = this.#options;
    const session = new SignalingSession(
      ws,
      {
        identity,
        log,
        joinTimeoutMs: this.#options.joinTimeoutMs ?? DEFAULT_JOIN_TIMEOUT_MS,
        reconnectGraceMs: this.#options.reconnectGraceMs ?? DEFAULT_RECONNECT_GRACE_MS,
        room: () => this.#roomFor(identity.meetingId, identity.primaryMeetingId),
        createPeer: (options) =>
          new MediaPeer({
            ...options,
            ...(this.#options.mediaHostAddresses ? { hostAddresses: this.#options.mediaHostAddresses } : {}),
          }),
        onClosed: (closed) => this.#sessions.delete(closed),
        onPresence: (member, change) => {
          const meeting = this.#eventMeetings.get(member.meetingId);
          const events = this.#options.events;
          if (!meeting || !events) return;
          if (change === 'joined') events.attendeeJoined(meeting, member);
          else events.attendeeLeft(meeting, member, change === 'dropped');
        },
        promote: (member, credentials) => this.#promote(member, credentials),
        onVideo: (member, started) => {
          const meeting = this.#eventMeetings.get(member.meetingId);
          if (meeting) this.#options.events?.attendeeVideo(meeting, member, started);
        },
      },
      early,
    );
    this.#sessions.add(session);
  }

  /**
   * The live room of a meeting, made on first use; undefined once the meeting ended. A replica
   * meeting's new room follows its primary's (§12), unless the primary has ended: then it
   * follows nothing, and its attendees see and hear only themselves.
   */
  #roomFor(meetingId: string, primaryMeetingId?: string): MeetingRoom | undefined {
    if (this.#endedMeetings.has(meetingId)) return undefined;
    let room = this.#rooms.get(meetingId);
    if (!room) {
      room = new MeetingRoom(meetingId, primaryMeetingId !== undefined);
      this.#rooms.set(meetingId, room);
      const primary = primaryMeetingId === undefined ? undefined : this.#roomFor(primaryMeetingId);
      if (primary && !primary.replica) room.follow(primary);
    }
    return room;
  }

  /**
   * Checks PRIMARY_MEETING_JOIN credentials (§12): the join token must be one the primary
   * meeting issued to the named attendee (not its content identity), and that attendee and
   * the primary meeting must still exist.
   */
  async #promote(session: SignalingSession, credentials: PrimaryCredentials): Promise<Promotion> {
    const primaryId = session.primaryMeetingId;
    if (primaryId === undefined) return { status: 400, description: 'not a replica meeting' };
    const token = this.#options.tokens.verify(primaryId, credentials.joinToken);
    if (!token || token.content || token.attendeeId !== credentials.attendeeId) {
      return { status: 403, description: 'invalid primary meeting credentials' };
    }
    const { store } = this.#options;
    const status = await store.meetingStatus(primaryId);
    if (status === 'ended' || this.#endedMeetings.has(primaryId)) {
      return { status: 410, description: 'primary meeting ended' };
    }
    if (status !== 'active') return { status: 404, description: 'unknown primary meeting' };
    const attendee = await store.getAttendee(primaryId, token.attendeeId);
    if (!attendee) return { status: 403, description: 'unknown primary meeting attendee' };
    const room = this.#roomFor(primaryId);
    if (!room) return { status: 410, description: 'primary meeting ended' };
    return { room, attendeeId: attendee.attendeeId, externalUserId: attendee.externalUserId };
  }

  async #admit(meetingId: string, protocols: string[]): Promise<Admission> {
    const refuse = (cause: string, code: number = CloseCode.BadRequest): Admission => ({
      code,
      reason: code === CloseCode.MeetingEnded ? 'meeting ended' : REFUSED,
      cause,
    });
    if (protocols.length !== 2 || protocols[0] !== SIGNALING_SUBPROTOCOL) return refuse('no join token');
    if (!UUID.test(meetingId)) return refuse('malformed meeting id');
    const token = this.#options.tokens.verify(meetingId, protocols[1]!);
    if (!token) return refuse('invalid join token');
    const { store } = this.#options;
    const status = await store.meetingStatus(meetingId);
    if (status === 'ended' || this.#endedMeetings.has(meetingId)) {
      return refuse('meeting ended', CloseCode.MeetingEnded);
    }
    if (status !== 'active') return refuse('unknown meeting');
    const attendee = await store.getAttendee(meetingId, token.attendeeId);
    if (!attendee) return refuse('unknown attendee');
    const meeting = await store.getMeeting(meetingId);
    if (meeting) {
      const { externalMeetingId, mediaRegion } = meeting;
      this.#eventMeetings.set(meetingId, { meetingId, externalMeetingId, mediaRegion });
    }
    return {
      identity: {
        meetingId,
        attendeeId: token.content ? contentAttendeeOf(attendee.attendeeId) : attendee.attendeeId,
        externalUserId: attendee.externalUserId,
        ...(meeting?.primaryMeetingId === undefined ? {} : { primaryMeetingId: meeting.primaryMeetingId }),
      },
    };
  }
}

/** The values of a Sec-WebSocket-Protocol header, in order. */
function parseProtocols(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(',').map((value) => value.trim());
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The meeting id for a log line, only if it is well-formed (it comes from the URL). */
function logId(meetingId: string): string {
  return UUID.test(meetingId) ? meetingId : '(invalid meeting id)';
}
