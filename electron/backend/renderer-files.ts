import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A static file answer, independent of the transport (Electron protocol handler or test HTTP server). */
export interface StaticAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** Serves a file from the built renderer folder only; anything resolving outside it is refused. */
export async function serveRendererFile(rendererDir: string, urlPath: string): Promise<StaticAnswer> {
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return { status: 400, headers, body: null };
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rendererDir);
  const target = resolve(root, relative);
  if (target !== root && !target.startsWith(root + sep)) return { status: 403, headers, body: null };
  try {
    const body = await readFile(target);
    const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...headers, 'Content-Type': type }, body: new Uint8Array(body) };
  } catch {
    return { status: 404, headers, body: null };
  }
}
