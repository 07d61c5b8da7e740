/** JSON over node:http: bounded body reading, typed errors, and the response helpers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A client error with the AWS-style JSON body `{Code, Message}`. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, 'BadRequest', message);
export const notFound = (message: string) => new HttpError(404, 'NotFound', message);

export function methodNotAllowed(allowed: readonly string[]): HttpError {
  return new HttpError(405, 'MethodNotAllowed', `method not allowed; use ${allowed.join(' or ')}`, {
    Allow: allowed.join(', '),
  });
}

/** Headers every response of the service carries. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Cache-Control': 'no-store',
    ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, { Code: error.code, Message: error.message }, error.headers);
}

/** Keys dropped while parsing so that no later merge can reach a prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a request body of at most {@link MAX_BODY_BYTES} and parses it as a JSON object.
 * @throws HttpError 413 when too large, 415 when not declared as JSON, 400 when not a JSON object.
 */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    // Requiring JSON also means a cross-site page cannot post here without a CORS preflight.
    throw new HttpError(415, 'UnsupportedMediaType', 'Content-Type must be application/json');
  }
  const bytes = await readBody(req);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('request body is not valid UTF-8');
  }
  if (text.trim() === '') throw badRequest('request body must be a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : item));
  } catch {
    throw badRequest('request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function tooLarge(): HttpError {
  return new HttpError(413, 'PayloadTooLarge', `request body exceeds ${MAX_BODY_BYTES} bytes`, {
    Connection: 'close',
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    req.resume(); // discard the rest; the connection is closed after the reply
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) {
        failed = true;
        reject(error);
      }
    });
  });
}
