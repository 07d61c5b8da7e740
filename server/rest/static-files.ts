/**
 * Static files for the demo: `demo/` at `/` and the built bundle `dist/` at `/dist/`.
 * Paths are resolved segment by segment and must stay inside their directory (no `..`,
 * no dot-files, no symlinks out).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { BASE_HEADERS, methodNotAllowed } from './http.ts';

/**
 * CSP of the demo pages: scripts only from this origin, Trusted Types enforced with Lit's
 * policy. Styles allow 'unsafe-inline' because Lit adopts constructed style sheets.
 */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' ws: wss:",
  "media-src 'self' blob: mediastream:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves a file if the path maps to one; resolves false otherwise. */
export type StaticHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;

/** @param root directory that holds `demo/` and `dist/` */
export function createStaticHandler(root: string): StaticHandler {
  const mounts = [
    { prefix: '/dist/', directory: join(root, 'dist') },
    { prefix: '/', directory: join(root, 'demo') },
  ];

  return async (req, res, pathname) => {
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    if (!mount) return false;
    const segments = safeSegments(pathname.slice(mount.prefix.length));
    if (!segments) return false;
    const file = await resolveFile(mount.directory, segments);
    if (!file) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(['GET', 'HEAD']);
    const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': type,
      'Content-Length': String(file.size),
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': DEMO_CSP,
      'Referrer-Policy': 'no-referrer',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    await new Promise<void>((resolve) => {
      const stream = createReadStream(file.path);
      stream.on('error', () => {
        res.destroy();
        resolve();
      });
      res.on('close', () => {
        stream.destroy();
        resolve();
      });
      stream.pipe(res);
    });
    return true;
  };
}

/** Decoded path segments, or undefined for anything that could leave the directory. */
function safeSegments(path: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

async function resolveFile(
  directory: string,
  segments: readonly string[],
): Promise<{ path: string; size: number } | undefined> {
  try {
    const base = await realpath(directory);
    const inside = (path: string) => path === base || path.startsWith(base + sep);
    let path = await realpath(join(base, ...segments));
    let info = await stat(path);
    if (info.isDirectory()) {
      path = await realpath(join(path, 'index.html'));
      info = await stat(path);
    }
    return inside(path) && info.isFile() ? { path, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}
