import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it. playwright-core never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless run as root in a container, with no traffic leaving the machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A page showing the app, and every console error or uncaught exception it has produced so far. */
export interface AppPage {
  page: Page;
  errors: string[];
}

/** One browser with a throw-away profile; `openApp` gives pages wired to a bridge the way the preload wires Electron. */
export interface BrowserSession {
  context: BrowserContext;
  openApp(bridgeUrl: string, pathname?: string): Promise<AppPage>;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh user-data dir that `close()` deletes. */
export async function launchBrowser(): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'verbatim-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    openApp: (bridgeUrl, pathname = '/') => openApp(context, bridgeUrl, pathname),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a page with `window.api` installed before any app script runs, then loads `pathname` from the bridge. */
export async function openApp(context: BrowserContext, bridgeUrl: string, pathname = '/'): Promise<AppPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(installApi, bridgeUrl);
  await page.goto(new URL(pathname, bridgeUrl).href);
  return { page, errors };
}

/**
 * Runs inside the page (serialised by Playwright, so it must be self-contained): the same shape the Electron
 * preload exposes, `window.api.invoke(channel, arg): Promise<IpcResult>`, frozen like a contextBridge object.
 */
function installApi(bridgeUrl: string): void {
  const invoke = async (channel: unknown, arg: unknown): Promise<unknown> => {
    const init: RequestInit = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
    if (arg !== undefined) init.body = JSON.stringify(arg);
    const response = await fetch(`${bridgeUrl}/ipc/${encodeURIComponent(String(channel))}`, init);
    return response.json();
  };
  Object.defineProperty(window, 'api', { value: Object.freeze({ invoke }), enumerable: true });
}
