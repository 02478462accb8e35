import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, repoRoot, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';
import { selectText } from './support/select-text';

// The real built renderer in Chromium, the real handlers and a real project folder: the walking skeleton end to end.
const tempDir = useTempDirs('file');
const rendererDir = builtRendererDir;
const EN = '001-putin-li-2023/en_reuters_early_timeslive.txt';
const ZH = '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt';

let browser: BrowserSession;
let dataDir: string;
let files: { en: string; zh: string };
const picker = createPickFilesStub();

beforeAll(async () => {
  dataDir = await tempDir();
  const inputs = await tempDir();
  // Copyrighted texts are read from ../shared/corpus and only copied, header stripped, into a temp folder.
  files = { en: join(inputs, 'reuters-en.txt'), zh: join(inputs, 'cna-zh-Hant.txt') };
  await writeFile(files.en, stripCorpusHeader(await readFile(corpusPath(EN), 'utf8')));
  await writeFile(files.zh, stripCorpusHeader(await readFile(corpusPath(ZH), 'utf8')));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the walking skeleton in Chromium', () => {
  it('imports an article and its translation, shows two columns, keeps an annotation across reload and restart', async () => {
    let backend = await startAppBackend(dataDir, rendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1360, height: 900 });

    await createProjectWithStory(page, picker, 'Putin meets Li Shangfu', [files.en, files.zh]);
    expect(picker.calls).toBe(1);

    await page.getByRole('link', { name: /Russian President Vladimir Putin met/ }).click();
    const columns = page.getByRole('group', { name: /reuters-en|cna-zh-Hant/ });
    await expect.poll(() => columns.count()).toBe(2);
    await expect.poll(() => page.locator('[lang="en"]').first().textContent()).toContain('no limits');
    expect(await page.locator('[lang="zh-Hant"]').first().textContent()).toContain('蒲亭');

    await selectText(page, 'en', '“no limits” partnership');
    await page.getByRole('button', { name: 'Annotate selection' }).click();
    const form = page
      .getByRole('form', { name: 'New annotation' })
      .or(page.getByRole('dialog', { name: 'New annotation' }));
    await form.getByLabel('Category').selectOption({ label: 'Terminology' });
    await form.getByLabel('Severity').selectOption({ label: 'Major' });
    await form.getByLabel('Comment').fill('CNA renders “no limits” as 無上限; check the agreed term.');
    await form.getByRole('button', { name: 'Save annotation' }).click();

    const panel = page.getByRole('complementary', { name: 'Review panel' });
    await expect.poll(() => panel.getByText('check the agreed term').count()).toBe(1);
    expect(await page.locator('mark').filter({ hasText: 'no limits' }).count()).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => panel.getByText('check the agreed term').count()).toBe(1);

    // Quit and start again on the same folder: the annotation comes back from disk.
    const route = new URL(page.url()).hash;
    await page.close();
    await backend.stop();
    backend = await startAppBackend(dataDir, rendererDir, picker);
    const again = await browser.openApp(backend.bridge.url, `/${route}`);
    await again.page.setViewportSize({ width: 1360, height: 900 });
    const panelAgain = again.page.getByRole('complementary', { name: 'Review panel' });
    await expect.poll(() => panelAgain.getByText('check the agreed term').count()).toBe(1);
    await expect
      .poll(async () => (await again.page.locator('[lang="zh-Hant"]').allTextContents()).join('\n'))
      .toContain('李尚福');
    await again.page.screenshot({ path: join(repoRoot, 'docs', 'screenshot.png') });

    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await again.page.close();
    await backend.stop();
  });

  it('imports by drag and drop and refuses a binary file with a clear message', async () => {
    const backend = await startAppBackend(dataDir, rendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.getByLabel('Project name').fill('Dropped files');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('link', { name: 'Dropped files' }).click();

    const text = stripCorpusHeader(
      await readFile(corpusPath('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt'), 'utf8'),
    );
    const dataTransfer = await page.evaluateHandle(
      ({ text }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'kremlin-ru.txt', { type: 'text/plain' }));
        dt.items.add(
          new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3])], 'photo.txt'),
        );
        return dt;
      },
      { text },
    );
    const zone = page.locator('.drop-zone').first();
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.getByText(/photo\.txt” is not a text file/).count()).toBe(1);
    await expect.poll(() => page.getByText(/kremlin-ru\.txt — /).count()).toBe(1);

    await page
      .getByRole('link', { name: /Россия|Путин|Чжан|В\.Путин|Президент/ })
      .first()
      .click();
    await expect.poll(() => page.locator('[lang="ru"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
    await backend.stop();
  });

  it('switches the interface to Arabic, right to left, and remembers it', async () => {
    const backend = await startAppBackend(dataDir, rendererDir, picker);
    const { page } = await browser.openApp(backend.bridge.url, '/#/settings');
    // The same folder as the tests above: both of their projects are still there.
    expect(
      backend.store
        .listProjects()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Dropped files', 'Putin meets Li Shangfu']);
    await page.getByLabel('Interface language').selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.goto(new URL('/#/', backend.bridge.url).href);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.screenshot({ path: join(repoRoot, 'docs', 'screenshot-ar.png') });
    await page.close();
    await backend.stop();
  });
});
