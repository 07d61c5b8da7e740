/**
 * Shared helpers for the meeting service tests: a server per suite, REST calls, a signaling
 * client, SUBSCRIBE frames and SDP sections.
 */
import { after, afterEach, before } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import WebSocket from 'ws';
import { type MeetingServer, type MeetingServerOptions, startMeetingServer } from '../../server/app.ts';
import type { AttendeeJson, MeetingJson } from '../../server/rest/shapes.ts';
import {
  type OutgoingFrame,
  SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
  decodeFrame,
  encodeFrame,
  frameTypeName,
} from '../../src/protocol/service-frame.ts';

export const Type = SdkSignalFrame.Type;

export interface TestServer extends MeetingServer {
  /** Every line the server logged so far. */
  readonly logs: string[];
}

/** Starts a server on a free port that logs into memory. Close it with `close()`. */
export async function startTestServer(options: MeetingServerOptions = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startMeetingServer({ port: 0, log: (line) => logs.push(line), ...options });
  return Object.assign(server, { logs });
}

/** The JSON bodies the service answers with, as tests read them (absent fields are undefined). */
export interface ApiBody {
  Meeting: MeetingJson;
  Attendee: AttendeeJson;
  Code: string;
  Message: string;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: ApiBody;
}

/** Sends a request and parses the JSON response (body undefined when empty). */
export async function request(
  url: string,
  init: { method?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...init.headers };
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['content-type'] ??= 'application/json';
  } else if (body !== undefined) {
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export async function createMeeting(
  server: MeetingServer,
  fields: Record<string, unknown> = {},
): Promise<MeetingJson> {
  const response = await request(`${server.url}/meetings`, {
    json: { ExternalMeetingId: `meeting-${Math.random().toString(16).slice(2, 10)}`, ...fields },
  });
  if (response.status !== 201)
    throw new Error(`create meeting: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.Meeting;
}

export async function createAttendee(
  server: MeetingServer,
  meetingId: string,
  externalUserId = randomUserId(),
): Promise<AttendeeJson> {
  const response = await request(`${server.url}/meetings/${meetingId}/attendees`, {
    json: { ExternalUserId: externalUserId },
  });
  if (response.status !== 201)
    throw new Error(`create attendee: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.Attendee;
}

export const randomUserId = () => `user-${Math.random().toString(16).slice(2, 10)}`;

export interface CloseInfo {
  code: number;
  reason: string;
}

/** A signaling client over a real WebSocket that records frames and lets tests await them. */
export class SignalingClient {
  readonly ws: WebSocket;
  readonly closed: Promise<CloseInfo>;
  /** Frames received and not yet taken by {@link next}. */
  readonly #pending: SdkSignalFrame[] = [];
  readonly #waiters = new Set<() => void>();

  private constructor(ws: WebSocket) {
    this.ws = ws;
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        this.#wake();
      });
    });
    ws.on('message', (data: Buffer) => {
      this.#pending.push(decodeFrame(data));
      this.#wake();
    });
    ws.on('error', () => {});
  }

  /** Opens a connection with the given sub-protocols (the official client sends `_aws_wt_session, <token>`). */
  static async connect(signalingUrl: string, protocols: string[]): Promise<SignalingClient> {
    // The official client appends these; the server must ignore them.
    const url = `${signalingUrl}?X-Chime-Control-Protocol-Version=3&X-Amzn-Chime-Send-Close-On-Error=1`;
    const ws = new WebSocket(url, protocols);
    const client = new SignalingClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  static forAttendee(meeting: MeetingJson, attendee: AttendeeJson) {
    return SignalingClient.connect(meeting.MediaPlacement.SignalingUrl, [
      '_aws_wt_session',
      attendee.JoinToken,
    ]);
  }

  /** The close, failing if the socket is still open after `timeoutMs`. */
  closedWithin(timeoutMs = 3000): Promise<CloseInfo> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still open after ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([this.closed, timeout]).finally(() => clearTimeout(timer));
  }

  send(frame: OutgoingFrame): void {
    this.ws.send(encodeFrame(frame));
  }

  /** Takes the oldest received frame of this type, waiting up to `timeoutMs` for one. */
  async next(type: SdkSignalFrame.Type, timeoutMs = 3000): Promise<SdkSignalFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.#pending.findIndex((frame) => frame.type === type);
      if (at !== -1) return this.#pending.splice(at, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0 || this.ws.readyState === WebSocket.CLOSED) {
        const seen = this.#pending.map((f) => frameTypeName(f.type)).join(', ') || 'none';
        throw new Error(`no ${frameTypeName(type)} within ${timeoutMs} ms (pending: ${seen})`);
      }
      await this.#wait(left);
    }
  }

  /** Resolves if no frame of this type arrives within `ms`; fails otherwise. */
  async expectNone(type: SdkSignalFrame.Type, ms = 300): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const found = this.#pending.find((frame) => frame.type === type);
    if (found) throw new Error(`unexpected ${frameTypeName(type)}`);
  }

  /** Frame types received so far and not yet taken, in arrival order. */
  pendingTypes(): SdkSignalFrame.Type[] {
    return this.#pending.map((frame) => frame.type);
  }

  /** Sends JOIN and takes JOIN_ACK, INDEX and the first AUDIO_STREAM_ID_INFO. */
  async join() {
    this.send({ type: Type.JOIN, join: { protocolVersion: 2, flags: 2, audioSessionId: 1234 } });
    const joinAck = await this.next(Type.JOIN_ACK);
    const index = await this.next(Type.INDEX);
    const roster = await this.next(Type.AUDIO_STREAM_ID_INFO);
    return { joinAck, index, roster };
  }

  close(): void {
    this.ws.close();
  }

  #wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#waiters.add(done);
    });
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

/** A meeting with one attendee and that attendee's joined signaling client. */
export async function joinedAttendee(
  server: MeetingServer,
  meeting: MeetingJson,
  externalUserId = randomUserId(),
) {
  const attendee = await createAttendee(server, meeting.MeetingId, externalUserId);
  const client = await SignalingClient.forAttendee(meeting, attendee);
  const joined = await client.join();
  return { attendee, client, ...joined };
}

/** Own-property view of a decoded message (proto2 field presence is meaningful). */
export const fields = (message: object) => ({ ...message });

/**
 * One server for the tests of a `describe` block (registers its hooks): the signaling clients
 * and peers a test hands to it are closed after that test.
 */
export function serverPerSuite(options: MeetingServerOptions = {}) {
  let server: TestServer | undefined;
  const clients: SignalingClient[] = [];
  const peers: { close(): Promise<unknown> }[] = [];
  before(async () => {
    server = await startTestServer(options);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.ws.terminate();
    await Promise.all(peers.splice(0).map((peer) => peer.close()));
  });
  after(() => server?.close());
  return {
    get server(): TestServer {
      if (!server) throw new Error('the server starts before the first test');
      return server;
    },
    /** A new attendee of `meeting`, joined; its client is closed after the test. */
    async join(meeting: MeetingJson, externalUserId?: string) {
      const joined = await joinedAttendee(this.server, meeting, externalUserId);
      clients.push(joined.client);
      return joined;
    },
    /** Closes this client after the test. */
    client(client: SignalingClient): SignalingClient {
      clients.push(client);
      return client;
    },
    /** Closes this peer after the test. */
    peer<T extends { close(): Promise<unknown> }>(peer: T): T {
      peers.push(peer);
      return peer;
    },
  };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The send descriptors of the official client's microphone and camera. */
const audioDescriptor = {
  streamId: 1,
  groupId: 1,
  trackLabel: 'AmazonChimeExpressAudio',
  framerate: 15,
  maxBitrateKbps: 600,
  avgBitrateBps: 400000,
  mediaType: SdkStreamMediaType.AUDIO,
};
const videoDescriptor = {
  streamId: 2,
  groupId: 2,
  trackLabel: 'AmazonChimeExpressVideo',
  framerate: 15,
  maxBitrateKbps: 1400,
  avgBitrateBps: 1000000,
  mediaType: SdkStreamMediaType.VIDEO,
};

/**
 * A SUBSCRIBE as the official client sends it: the microphone, and the camera when
 * `sendVideo`; DUPLEX when sending video unless `duplex` says otherwise; the offer raw
 * DEFLATE-compressed when `compressed`.
 */
export function subscribeFrame(
  offer: string,
  receiveStreamIds: number[] = [0],
  {
    sendVideo = false,
    compressed = false,
    duplex = sendVideo ? SdkStreamServiceType.DUPLEX : SdkStreamServiceType.RX,
  }: { sendVideo?: boolean; compressed?: boolean; duplex?: SdkStreamServiceType } = {},
) {
  return {
    type: Type.SUBSCRIBE,
    sub: {
      duplex,
      sendStreams: sendVideo ? [audioDescriptor, videoDescriptor] : [audioDescriptor],
      receiveStreamIds,
      ...(compressed ? { sdpOffer: '', compressedSdpOffer: deflateRawSync(offer) } : { sdpOffer: offer }),
      audioHost: 'local',
      audioCheckin: false,
      audioMuted: false,
    },
  };
}

/** One media section of an SDP. */
export interface SdpSection {
  port: string;
  formats: string[];
  mid: string | undefined;
  lines: string[];
}

export function sdpSections(sdp: string): SdpSection[] {
  return sdp
    .split(/\r\n(?=m=)/)
    .slice(1)
    .map((text) => {
      const lines = text.split('\r\n').filter(Boolean);
      const [, port, , ...formats] = lines[0]!.split(' ');
      return { port: port!, formats, mid: lines.find((l) => l.startsWith('a=mid:'))?.slice(6), lines };
    });
}
