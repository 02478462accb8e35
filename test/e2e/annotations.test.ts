import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';
import { selectText } from './support/select-text';

// Linked annotations end to end: the built renderer in Chromium, the real handlers, history and project folder.
// Copyrighted corpus texts are read from ../shared/corpus and only copied, header stripped, into a temp folder.
const tempDir = useTempDirs('file');
const EN = '001-putin-li-2023/en_reuters_early_timeslive.txt';
const ZH = '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt';

let browser: BrowserSession;
let dataDir: string;
let files: { en: string; zh: string };
const picker = createPickFilesStub();

/** The spans an annotation item or form lists, one "In “label”: quote" line each. */
async function spanLines(root: Locator): Promise<string[]> {
  return root
    .locator('.annotation-spans > li')
    .evaluateAll((items) =>
      items.map(
        (li) => `${li.querySelector('.span-version')?.textContent} ${li.querySelector('q')?.textContent}`,
      ),
    );
}

const marks = (page: Page, lang: string) => page.locator(`[lang="${lang}"][data-start] mark`);

beforeAll(async () => {
  dataDir = await tempDir();
  const inputs = await tempDir();
  files = { en: join(inputs, 'reuters-en.txt'), zh: join(inputs, 'cna-zh-Hant.txt') };
  await writeFile(files.en, stripCorpusHeader(await readFile(corpusPath(EN), 'utf8')));
  await writeFile(files.zh, stripCorpusHeader(await readFile(corpusPath(ZH), 'utf8')));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('annotations in Chromium', () => {
  it('links a span in the English and the Chinese column, undoes and redoes it, keeps it across reload, adds a reply', async () => {
    const backend = await startAppBackend(dataDir, builtRendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1440, height: 960 });
    await createProjectWithStory(page, picker, 'Reuters and CNA', [files.en, files.zh]);
    await page.getByRole('link', { name: /Russian President Vladimir Putin met/ }).click();
    await expect
      .poll(() => page.locator('[lang="zh-Hant"][data-start]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const projectId = backend.store.listProjects()[0]!.id;
    const stored = async () => (await backend.store.loadProject(projectId)).annotations;

    await selectText(page, 'en', '“no limits” partnership');
    await page.getByRole('button', { name: 'Annotate selection' }).click();
    const form = page.getByRole('form', { name: 'New annotation' });
    await selectText(page, 'zh-Hant', '夥伴關係「無上限」');
    await form.getByRole('button', { name: 'Add selection to this annotation' }).click();
    await expect
      .poll(() => spanLines(form))
      .toEqual(['In “reuters-en”: “no limits” partnership', 'In “cna-zh-Hant”: 夥伴關係「無上限」']);
    await form.getByLabel('Category').selectOption({ label: 'Terminology' });
    await form.getByLabel('Subtype').selectOption({ label: 'Wrong term' });
    await form.getByLabel('Severity').selectOption({ label: 'Major' });
    await form.getByLabel('Comment').fill('Is 無上限 the agreed rendering of “no limits”?');
    await form.getByRole('button', { name: 'Save annotation' }).click();

    const item = page.locator('.annotation-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await spanLines(item)).toEqual([
      'In “reuters-en”: “no limits” partnership',
      'In “cna-zh-Hant”: 夥伴關係「無上限」',
    ]);
    await expect
      .poll(async () => (await marks(page, 'en').allTextContents()).join(''))
      .toBe('“no limits” partnership');
    expect((await marks(page, 'zh-Hant').allTextContents()).join('')).toBe('夥伴關係「無上限」');
    const saved = (await stored())[0];
    expect(saved?.spans.map((s) => s.quote)).toEqual(['“no limits” partnership', '夥伴關係「無上限」']);
    expect(saved).toMatchObject({ category: 'terminology', subtype: 'wrong-term', severity: 'major' });

    // Undo with the keyboard (focus is on the new item's button, not in a text field), then redo.
    await expect.poll(() => page.getByRole('button', { name: 'Undo: add annotation' }).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => item.count()).toBe(0);
    expect(await marks(page, 'en').count()).toBe(0);
    expect(await marks(page, 'zh-Hant').count()).toBe(0);
    await expect.poll(async () => (await stored()).length).toBe(0);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Undone: add annotation.');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(async () => (await stored()).length).toBe(1);
    expect(await marks(page, 'zh-Hant').count()).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
    expect(await spanLines(item)).toEqual([
      'In “reuters-en”: “no limits” partnership',
      'In “cna-zh-Hant”: 夥伴關係「無上限」',
    ]);
    await expect.poll(() => marks(page, 'zh-Hant').count()).toBeGreaterThan(0);

    await item.getByRole('button', { name: 'Reply' }).click();
    await item
      .getByRole('form', { name: 'New reply' })
      .getByLabel('Reply')
      .fill('Taiwan media use 無上限; keep it.');
    await item.getByRole('button', { name: 'Add reply' }).click();
    await expect.poll(() => item.getByText('Taiwan media use 無上限; keep it.').count()).toBe(1);
    await expect
      .poll(async () => (await stored())[0]?.replies.map((r) => r.text))
      .toEqual(['Taiwan media use 無上限; keep it.']);
    // The reply is a step of its own, undone by the toolbar button that names it.
    await page.getByRole('button', { name: 'Undo: add reply' }).click();
    await expect.poll(async () => (await stored())[0]?.replies.length).toBe(0);
    await expect.poll(() => item.getByText('Taiwan media use 無上限; keep it.').count()).toBe(0);

    expect(errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await page.close();
    await backend.stop();
  });
});
