/**
 * Opt-in CORS, for browser tests that load their pages from another local origin.
 * Without configured origins no CORS header is ever sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BASE_HEADERS } from './http.ts';

export type CorsOrigins = readonly string[] | '*';

export interface Cors {
  /** Adds the CORS headers the request's origin is entitled to. */
  apply(req: IncomingMessage, res: ServerResponse): void;
  /** Answers a preflight; false when the request is not one this policy answers. */
  preflight(req: IncomingMessage, res: ServerResponse): boolean;
}

const ALLOWED_METHODS = 'GET, HEAD, POST, DELETE';
const ALLOWED_HEADERS = 'Content-Type';

export function createCors(origins: CorsOrigins | undefined): Cors {
  const allowAll = origins === '*';
  const allowed = new Set(allowAll || origins === undefined ? [] : origins);

  const allowOrigin = (req: IncomingMessage): string | undefined => {
    const origin = req.headers.origin;
    if (allowAll) return '*';
    return origin !== undefined && allowed.has(origin) ? origin : undefined;
  };

  return {
    apply(req, res) {
      const origin = allowOrigin(req);
      if (origin === undefined) return;
      res.setHeader('Access-Control-Allow-Origin', origin);
      if (!allowAll) res.setHeader('Vary', 'Origin');
    },
    preflight(req, res) {
      if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined)
        return false;
      const origin = allowOrigin(req);
      if (origin === undefined) return false;
      res.writeHead(204, {
        ...BASE_HEADERS,
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        ...(allowAll ? {} : { Vary: 'Origin' }),
      });
      res.end();
      return true;
    },
  };
}
