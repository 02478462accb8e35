import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, repoRoot, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';

// Quotes end to end: the real built renderer in Chromium, the real handlers, quote engine and project folder.
// Copyrighted corpus texts are read from ../shared/corpus and only copied, header stripped, into a temp folder.
const tempDir = useTempDirs('file');
const rendererDir = builtRendererDir;
const SEED = '001-putin-li-2023/en_seed.txt';
const REUTERS = '001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt';
const LI_START = 'In recent times cooperation';
const PUTIN_START = 'We are working actively';

let browser: BrowserSession;
let dataDir: string;
let files: { seed: string; reuters: string };
const picker = createPickFilesStub();

/** The highlighted quote in column `col` (0-based) whose text starts (after its mark) with `start`. */
function quoteIn(page: Page, col: number, start: string): Locator {
  return page
    .locator('.version-column')
    .nth(col)
    .locator('.quote', { hasText: start })
    .filter({ hasText: new RegExp(`^\\W?${start}`) })
    .first();
}

/** What the page draws after an element (the CSS badge), and the text of its accessible description. */
async function badgeAndDescription(quote: Locator): Promise<{ badge: string; description: string }> {
  return quote.evaluate((el) => {
    const badge = getComputedStyle(el, '::after').content;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const description = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    return { badge, description };
  });
}

beforeAll(async () => {
  dataDir = await tempDir();
  const inputs = await tempDir();
  files = { seed: join(inputs, 'en_seed.txt'), reuters: join(inputs, 'en_reuters.txt') };
  await writeFile(files.seed, stripCorpusHeader(await readFile(corpusPath(SEED), 'utf8')));
  await writeFile(files.reuters, stripCorpusHeader(await readFile(corpusPath(REUTERS), 'utf8')));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('quotes in Chromium', () => {
  it('highlights Li’s quote with “translated by the Kremlin”, lights its counterpart, and uses the registry', async () => {
    const backend = await startAppBackend(dataDir, rendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1440, height: 960 });
    await createProjectWithStory(page, picker, 'Putin meets Li Shangfu', [files.seed, files.reuters]);
    await page.getByRole('link', { name: /Putin and Chinese defense minister/ }).click();

    // Li's words in the seed story: speech, spoken by Li, with the badge the story's one sentence justifies.
    const li = quoteIn(page, 0, LI_START);
    await expect.poll(() => li.count(), { timeout: 15_000 }).toBe(1);
    expect(await li.getAttribute('class')).toContain('quote-speech');
    expect(await li.getAttribute('data-badge')).toContain('translated by the Kremlin');
    const shown = await badgeAndDescription(li);
    expect(shown.badge).toContain('translated by the Kremlin');
    expect(shown.description).toContain('Speaker: Li Shangfu');
    expect(shown.description).toContain('translated by the Kremlin');
    const term = page.locator('.version-column').nth(0).locator('.quote-term').first();
    expect((await term.textContent())?.replace(/[“”"]/g, '')).toBe('no limits');
    // Putin's words carry no badge yet: nothing says he was translated and the registry is empty.
    expect(await quoteIn(page, 0, PUTIN_START).getAttribute('data-badge')).toBeNull();

    // Hover: the same words in the other version light up.
    await li.hover();
    const counterpart = quoteIn(page, 1, LI_START);
    await expect.poll(async () => (await counterpart.getAttribute('class')) ?? '').toContain('quote-linked');

    // The side panel's Quotes tab lists Li's quote and where it is found.
    await page.getByRole('tab', { name: /^Quotes/ }).click();
    const panel = page.locator('.quote-list');
    expect(await panel.locator('.quote-entry', { hasText: LI_START }).textContent()).toContain(
      'Speaker: Li Shangfu',
    );

    // Register Putin as a Russian speaker in Settings: his English quotes become "translator unknown".
    const storyUrl = page.url();
    await page.getByRole('link', { name: 'Settings' }).click();
    const speakers = page.getByRole('region', { name: 'Speakers’ languages' });
    await speakers.getByRole('textbox', { name: 'Name' }).fill('Vladimir Putin');
    await speakers.getByRole('textbox', { name: 'Language' }).fill('ru');
    await speakers.getByRole('button', { name: 'Add speaker' }).click();
    await expect.poll(() => speakers.getByText('Vladimir Putin').count()).toBe(1);
    expect(backend.store.getSettings().speakerLanguages).toEqual([
      { name: 'Vladimir Putin', language: 'ru' },
    ]);
    await page.goto(storyUrl);
    const putin = quoteIn(page, 0, PUTIN_START);
    await expect
      .poll(async () => putin.getAttribute('data-badge'), { timeout: 15_000 })
      .toBe('translator unknown');
    // A statement naming the translator still wins for Li.
    expect(await quoteIn(page, 0, LI_START).getAttribute('data-badge')).toBe('translated by the Kremlin');

    await quoteIn(page, 0, LI_START).scrollIntoViewIfNeeded();
    await quoteIn(page, 0, LI_START).hover();
    await expect
      .poll(async () => (await quoteIn(page, 1, LI_START).getAttribute('class')) ?? '')
      .toContain('quote-linked');
    await page.screenshot({ path: join(repoRoot, 'docs', 'screenshot-quotes.png') });
    expect(errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await page.close();
    await backend.store.flush();
    await backend.bridge.close();
  });
});
