/**
 * Meeting events as Server-Sent Events: `GET /events` (every meeting) and
 * `GET /meetings/{MeetingId}/events` (one meeting). Each event is `event: <Type>` and
 * `data: <detail JSON>`; a comment line every 15 s keeps proxies from closing the stream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MeetingStore } from '../store/types.ts';
import { BASE_HEADERS, methodNotAllowed, notFound } from '../rest/http.ts';
import type { MeetingEvent, MeetingEvents } from './meeting-events.ts';

export const KEEP_ALIVE_MS = 15_000;
const MEETING_EVENTS_PATH = /^\/meetings\/([^/]+)\/events$/;

export interface EventStreams {
  /** Handles an events request; false when the path is not an events path. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
  /** Ends every open stream. */
  close(): void;
}

export function createEventStreams(
  events: MeetingEvents,
  store: MeetingStore,
  keepAliveMs = KEEP_ALIVE_MS,
): EventStreams {
  const open = new Set<() => void>();

  function stream(req: IncomingMessage, res: ServerResponse, meetingId?: string): void {
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = events.subscribe((event: MeetingEvent) => {
      if (meetingId !== undefined && event.detail.meetingId !== meetingId) return;
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.detail)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
    const end = () => {
      if (!open.delete(end)) return;
      clearInterval(keepAlive);
      unsubscribe();
      res.end();
    };
    open.add(end);
    req.once('close', end);
    res.once('close', end);
  }

  return {
    async handle(req, res, pathname) {
      const match = pathname === '/events' ? undefined : MEETING_EVENTS_PATH.exec(pathname);
      if (pathname !== '/events' && !match) return false;
      if (req.method !== 'GET') throw methodNotAllowed(['GET']);
      let meetingId: string | undefined;
      if (match) {
        meetingId = decodeURIComponentSafe(match[1]!);
        if ((await store.meetingStatus(meetingId)) !== 'active') {
          throw notFound('MeetingId does not name an active meeting');
        }
      }
      stream(req, res, meetingId);
      return true;
    },
    close() {
      for (const end of [...open]) end();
    },
  };
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
