import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, isTrustedSenderUrl } from '../../../electron/backend/app-origin';
import { serveRendererFile } from '../../../electron/backend/renderer-files';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('IPC sender check', () => {
  it('trusts only pages of the app scheme', () => {
    expect(isTrustedSenderUrl('app://verbatim/index.html')).toBe(true);
    for (const url of [
      'https://verbatim/index.html',
      'app://evil/index.html',
      'file:///etc/passwd',
      '',
      null,
      undefined,
      'app:/',
    ]) {
      expect(isTrustedSenderUrl(url), String(url)).toBe(false);
    }
  });

  it('opens only https links externally', () => {
    expect(isSafeExternalUrl('https://www.reuters.com/world/')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@x.org',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('serving the renderer', () => {
  it('serves files with the CSP and refuses paths outside the renderer folder', async () => {
    const root = await tempDir();
    const dist = join(root, 'renderer');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html>');
    await writeFile(join(dist, 'assets', 'a.js'), 'x');
    await writeFile(join(root, 'secret.txt'), 'secret');
    const index = await serveRendererFile(dist, '/');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toMatch(/text\/html/);
    expect(index.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect((await serveRendererFile(dist, '/assets/a.js')).headers['Content-Type']).toMatch(/javascript/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%E0%A4%A']) {
      const answer = await serveRendererFile(dist, path);
      expect(answer.body, path).toBeNull();
      expect([400, 403, 404]).toContain(answer.status);
    }
  });
});
