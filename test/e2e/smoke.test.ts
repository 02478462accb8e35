import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { IpcHandlers } from '../../shared/ipc/contract';
import { startBridge, type Bridge } from './support/bridge';
import { CHROMIUM_PATH, launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';

// The policy the app ships (shared/security/csp.ts), spelled out so a weakened constant fails here too.
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const SECRET = 'outside-the-renderer-folder';

const notInFake = async (): Promise<never> => {
  throw new AppError('internal', {}, 'not part of the smoke fake');
};

/** Just enough of the contract to prove the transport: a value, a parsed argument, a known and an unknown failure. */
const fakeHandlers: IpcHandlers = {
  'app.info': async () => ({
    name: 'Verbatim',
    version: '0.0.0-smoke',
    platform: 'test',
    dataDir: '/nowhere',
  }),
  'settings.get': notInFake,
  'settings.update': notInFake,
  'projects.list': notInFake,
  'projects.undo': notInFake,
  'projects.redo': notInFake,
  'projects.history': notInFake,
  'projects.create': async ({ name }) => ({
    id: 'p1',
    name,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    documentCount: 0,
    annotationCount: 0,
  }),
  'projects.rename': notInFake,
  'projects.delete': async () => {
    throw new Error('disk on fire');
  },
  'projects.open': async ({ projectId }) => {
    throw new AppError('project.notFound', { projectId });
  },
  'projects.command': notInFake,
  'import.pickFiles': notInFake,
  'import.bytes': notInFake,
  'alignment.get': notInFake,
  'quotes.get': notInFake,
  'document.head': notInFake,
};

const INDEX_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>smoke</title><link rel="stylesheet" href="./style.css"></head>
<body><pre id="out"></pre>
<script>document.title = 'inline-ran';</script>
<script type="module" src="./app.js"></script></body></html>`;

const APP_JS = `
const info = await window.api.invoke('app.info', {});
const bad = await window.api.invoke('projects.create', { name: 42 });
const created = await window.api.invoke('projects.create', { name: 'Смоук 测试' });
const frozen = Object.isFrozen(window.api);
document.getElementById('out').textContent = JSON.stringify({ info, bad, created, frozen });
document.body.dataset.done = 'yes';
`;

let root: string;
let bridge: Bridge;

/** A raw GET whose path is sent exactly as given (fetch would normalise `..` away before it left). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function ipc(channel: string, body: string | undefined, headers: Record<string, string> = {}) {
  const response = await fetch(`${bridge.url}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, envelope: (await response.json()) as unknown };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'verbatim-smoke-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rendererDir, 'app.js'), APP_JS);
  await writeFile(path.join(rendererDir, 'style.css'), 'pre { font-family: monospace; }');
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  bridge = await startBridge({ handlers: fakeHandlers, rendererDir });
});

afterAll(async () => {
  await bridge?.close();
  await rm(root, { recursive: true, force: true });
});

describe('bridge: static files', () => {
  it('serves the renderer on loopback with the strict CSP and right content types', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const index = await fetch(`${bridge.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<pre id="out">');
    const script = await fetch(`${bridge.url}/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect((await fetch(`${bridge.url}/style.css`)).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await fetch(`${bridge.url}/nope.js`)).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e%2fsecret.txt',
  ])('refuses path traversal: %s', async (rawPath) => {
    const { status, body } = await rawGet(bridge.url, rawPath);
    expect(status).toBe(403);
    expect(body).not.toContain(SECRET);
  });

  it('refuses other methods on static paths', async () => {
    expect((await fetch(`${bridge.url}/index.html`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('bridge: IPC contract', () => {
  it('round-trips a call through dispatch and the handler', async () => {
    expect(await ipc('app.info', '{}')).toEqual({
      status: 200,
      envelope: {
        ok: true,
        value: { name: 'Verbatim', version: '0.0.0-smoke', platform: 'test', dataDir: '/nowhere' },
      },
    });
    const created = await ipc('projects.create', JSON.stringify({ name: 'Обзор' }));
    expect(created.envelope).toMatchObject({ ok: true, value: { id: 'p1', name: 'Обзор' } });
  });

  it('treats an empty body as no argument', async () => {
    expect((await ipc('app.info', undefined)).envelope).toMatchObject({ ok: true });
  });

  it('answers ipc.invalidArguments for arguments the schema refuses', async () => {
    expect((await ipc('projects.create', JSON.stringify({ name: 42 }))).envelope).toEqual({
      ok: false,
      error: { code: 'ipc.invalidArguments', params: { channel: 'projects.create', field: 'name' } },
    });
    const extra = await ipc('app.info', JSON.stringify({ sneaky: true }));
    expect(extra.envelope).toMatchObject({ ok: false, error: { code: 'ipc.invalidArguments' } });
    const garbled = await ipc('app.info', '{not json');
    expect(garbled.status).toBe(400);
    expect(garbled.envelope).toMatchObject({ ok: false, error: { code: 'ipc.invalidArguments' } });
  });

  it('answers ipc.unknownChannel for a channel outside the contract', async () => {
    expect((await ipc('fs.readFile', '{}')).envelope).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknownChannel', params: { channel: 'fs.readFile' } },
    });
  });

  it('passes AppErrors through and hides unexpected ones as internal', async () => {
    expect((await ipc('projects.open', JSON.stringify({ projectId: 'p9' }))).envelope).toEqual({
      ok: false,
      error: { code: 'project.notFound', params: { projectId: 'p9' } },
    });
    const before = bridge.unexpectedErrors.length;
    expect((await ipc('projects.delete', JSON.stringify({ projectId: 'p1' }))).envelope).toEqual({
      ok: false,
      error: { code: 'internal', params: {} },
    });
    expect(bridge.unexpectedErrors.length).toBe(before + 1);
    expect(String(bridge.unexpectedErrors.pop())).toContain('disk on fire');
  });

  it('refuses calls from another origin, other methods and non-JSON bodies', async () => {
    const foreign = await ipc('app.info', '{}', { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.envelope).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    expect((await fetch(`${bridge.url}/ipc/app.info`)).status).toBe(405);
    expect((await ipc('app.info', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
  });
});

describe('pickFiles stub', () => {
  it('answers queued picks in order, then a cancelled dialog', async () => {
    const stub = createPickFilesStub();
    stub.queue(['/a.txt', '/b.txt']);
    stub.queue(['/c.txt']);
    expect(await stub.pickFiles()).toEqual(['/a.txt', '/b.txt']);
    expect(await stub.pickFiles()).toEqual(['/c.txt']);
    expect(await stub.pickFiles()).toEqual([]);
    expect(stub.calls).toBe(3);
  });
});

describe('browser through the bridge', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} missing: apt-get install -y chromium`);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs the page under the CSP with window.api talking to the handlers', async () => {
    const { page, errors } = await browser.openApp(bridge.url);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 15_000 });
    const out = JSON.parse((await page.textContent('#out')) ?? 'null') as Record<string, unknown>;
    expect(out.info).toMatchObject({ ok: true, value: { name: 'Verbatim' } });
    expect(out.bad).toMatchObject({ ok: false, error: { code: 'ipc.invalidArguments' } });
    expect(out.created).toMatchObject({ ok: true, value: { name: 'Смоук 测试' } });
    expect(out.frozen).toBe(true);
    // The inline script must have been blocked by the header's policy, and the browser must have said so.
    expect(await page.title()).toBe('smoke');
    expect(errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    await page.close();
  });
});
