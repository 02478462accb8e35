/**
 * Test-only loopback server that stands in for Electron: it serves the built renderer and answers the IPC contract
 * over HTTP, so a real browser can drive the real UI against the real handlers.
 *
 *   const picker = createPickFilesStub();
 *   const handlers = createHandlers({ ...deps, pickFiles: picker.pickFiles }); // electron/backend/handlers.ts
 *   const bridge = await startBridge({ handlers, rendererDir: 'dist/renderer' });
 *   const browser = await launchBrowser();                   // ./browser.ts
 *   const { page, errors } = await browser.openApp(bridge.url);  // window.api.invoke → POST /ipc/<channel>
 *   picker.queue(['/abs/file.txt']);                           // the next import.pickFiles gets these paths
 *   … expect(errors).toEqual([]); expect(bridge.unexpectedErrors).toEqual([]);
 *   await browser.close(); await bridge.close();
 *
 * Routes: `GET|HEAD /<path>` → a file of `rendererDir` (with the app's CSP; traversal refused), and
 * `POST /ipc/<channel>` with a JSON body (the single argument, or none) → the `IpcResult` envelope as JSON.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveRendererFile } from '../../../electron/backend/renderer-files';
import type { ErrorInfo } from '../../../shared/errors';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { IpcResult } from '../../../shared/ipc/result';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

/** What the bridge serves: the contract's implementation and the folder of the built renderer. */
export interface BridgeOptions {
  handlers: IpcHandlers;
  rendererDir: string;
}

/** A running bridge; `unexpectedErrors` collects handler crashes that the envelope reports only as `internal`. */
export interface Bridge {
  url: string;
  unexpectedErrors: unknown[];
  close(): Promise<void>;
}

/** Room for `import.bytes` at its largest (10 MiB as base64) plus the JSON around it. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const IPC_PREFIX = '/ipc/';

/** Starts the bridge on 127.0.0.1 at a free port. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const unexpectedErrors: unknown[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      unexpectedErrors.push(error);
      if (!res.headersSent) res.writeHead(500, baseHeaders());
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '/';
    if (!target.startsWith('/')) return send(res, 400, null, baseHeaders());
    if (target.startsWith(IPC_PREFIX))
      return handleIpc(req, res, target.slice(IPC_PREFIX.length).split('?')[0] ?? '');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, null, { ...baseHeaders(), Allow: 'GET, HEAD' });
    const answer = await serveRendererFile(options.rendererDir, target);
    const headers = {
      ...answer.headers,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
    };
    return send(res, answer.status, answer.body, headers, req.method === 'HEAD');
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse, rawChannel: string): Promise<void> {
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      return reply(res, 400, failure('ipc.unknownChannel', { channel: rawChannel.slice(0, 80) }));
    }
    if (req.method !== 'POST')
      return reply(res, 405, failure('ipc.invalidArguments', { channel, field: '' }));
    // Like main's sender check: only our own page may call (a browser sends Origin on every POST).
    const from = req.headers.origin;
    if (from !== undefined && from !== origin)
      return reply(res, 403, failure('ipc.forbiddenSender', { channel }));
    const body = await readBody(req);
    if (body === null) return reply(res, 413, failure('ipc.invalidArguments', { channel, field: '' }));
    let arg: unknown;
    if (body.length > 0) {
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return reply(res, 415, failure('ipc.invalidArguments', { channel, field: '' }));
      }
      try {
        arg = JSON.parse(body.toString('utf8'));
      } catch {
        return reply(res, 400, failure('ipc.invalidArguments', { channel, field: '' }));
      }
    }
    const result = await dispatch(options.handlers, channel, arg, (error) => unexpectedErrors.push(error));
    return reply(res, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    unexpectedErrors,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function failure(code: ErrorInfo['code'], params: ErrorInfo['params']): IpcResult<never> {
  return { ok: false, error: { code, params } };
}

function reply(res: ServerResponse, status: number, result: IpcResult<unknown>): void {
  const body = Buffer.from(JSON.stringify(result), 'utf8');
  send(res, status, body, { ...baseHeaders(), 'Content-Type': 'application/json; charset=utf-8' });
}

function send(
  res: ServerResponse,
  status: number,
  body: Uint8Array | null,
  headers: Record<string, string>,
  headOnly = false,
): void {
  res.writeHead(status, { ...headers, 'Content-Length': String(body?.byteLength ?? 0) });
  res.end(headOnly ? undefined : (body ?? undefined));
}

/** The whole request body, or null once it passes the size cap (the rest is drained, not buffered). */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    if (!tooLarge) chunks.push(buffer);
  }
  return tooLarge ? null : Buffer.concat(chunks);
}
