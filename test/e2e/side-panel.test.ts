import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { seriousAxeViolations } from './support/axe';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';

// The side panel end to end: the real built renderer in Chromium, the real handlers and a real project file, on
// Reuters' story and CNA's Chinese translation of it. Copyrighted corpus texts are read from ../shared/corpus and
// only copied, header stripped, into a temp folder.
const tempDir = useTempDirs('file');
const EN = '001-putin-li-2023/en_reuters_early_timeslive.txt';
const ZH = '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt';
// Typed in simplified characters; CNA writes 克里姆林宮 in traditional ones.
const KREMLIN_QUERY = '克里姆林宫';
const KREMLIN_CNA = '克里姆林宮';

let browser: BrowserSession;
let dataDir: string;
let files: string[];
let cna: string;
const picker = createPickFilesStub();

beforeAll(async () => {
  dataDir = await tempDir();
  const inputs = await tempDir();
  files = [join(inputs, 'reuters-en.txt'), join(inputs, 'cna-zh-Hant.txt')];
  cna = stripCorpusHeader(await readFile(corpusPath(ZH), 'utf8'));
  await writeFile(files[0] as string, stripCorpusHeader(await readFile(corpusPath(EN), 'utf8')));
  await writeFile(files[1] as string, cna);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Searches the shown columns from the panel's Search tab and returns how many results are listed. */
async function search(page: Page, query: string): Promise<number> {
  const panel = page.getByRole('complementary', { name: 'Review panel' });
  await panel.getByRole('tab', { name: 'Search' }).click();
  await panel.getByRole('searchbox', { name: 'Search all shown columns' }).fill(query);
  await expect.poll(() => panel.locator('.search-hit').count()).toBeGreaterThan(0);
  return panel.locator('.search-hit').count();
}

/** Annotates the grid's current selection with the given severity through the form (Ctrl+Enter opens it). */
async function annotateSelection(page: Page, severity: string, comment: string): Promise<void> {
  await expect.poll(() => page.getByRole('button', { name: 'Annotate selection' }).isEnabled()).toBe(true);
  await page.keyboard.press('Control+Enter');
  const form = page
    .getByRole('form', { name: 'New annotation' })
    .or(page.getByRole('dialog', { name: 'New annotation' }));
  await form.getByLabel('Category').selectOption({ label: 'Terminology' });
  await form.getByLabel('Severity').selectOption({ label: severity });
  await form.getByLabel('Comment').fill(comment);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect.poll(() => form.count()).toBe(0);
}

describe('the side panel in Chromium', () => {
  it('finds a Chinese word in the CNA column, filters by severity and scores the story against its threshold', async () => {
    let backend = await startAppBackend(dataDir, builtRendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1440, height: 960 });
    await createProjectWithStory(page, picker, 'Side panel', files);
    await page.getByRole('link', { name: /Russian President Vladimir Putin met/ }).click();
    await expect
      .poll(() => page.locator('[lang="zh-Hant"][data-start]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const panel = page.getByRole('complementary', { name: 'Review panel' });
    const tabs = panel.getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(3);
    expect(await tabs.nth(0).textContent()).toBe('Annotations 0');
    expect(await tabs.nth(2).textContent()).toBe('Search');

    // Search: a simplified query finds the traditional spelling, in the CNA column only.
    const found = await search(page, KREMLIN_QUERY);
    expect(found).toBe(cna.split(KREMLIN_CNA).length - 1);
    const first = panel.locator('.search-hit').first();
    expect(await first.locator('.search-hit-version').textContent()).toBe('cna-zh-Hant');
    expect(await first.locator('mark').textContent()).toBe(KREMLIN_CNA);
    await panel.getByRole('searchbox', { name: 'Search all shown columns' }).press('Enter');
    const selected = await page.evaluate(() => {
      const s = window.getSelection();
      const node = s?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return { text: s?.toString(), lang: element?.closest('[data-start]')?.getAttribute('lang') };
    });
    expect(selected).toEqual({ text: KREMLIN_CNA, lang: 'zh-Hant' });
    await annotateSelection(page, 'Critical', 'Name of the Kremlin');

    // One critical error in a few hundred words: far above the default threshold of 10.
    const score = panel.getByRole('region', { name: 'MQM score' });
    await expect.poll(() => score.locator('.mqm-verdict').textContent()).toContain('Fail');
    expect(await score.getByText('Threshold: 10').count()).toBe(1);

    // A second, minor one; then only the critical one passes the severity filter.
    await search(page, '蒲亭');
    await panel.locator('.search-hit').first().click();
    await annotateSelection(page, 'Minor', 'Putin’s name');
    await expect.poll(() => panel.locator('.annotation-item').count()).toBe(2);
    await panel.getByRole('combobox', { name: 'Filter by severity' }).selectOption('critical');
    await expect.poll(() => panel.locator('.annotation-item').count()).toBe(1);
    expect(await panel.locator('.annotation-item').textContent()).toContain(KREMLIN_CNA);
    expect(await panel.getByRole('heading', { name: 'Annotations (1 of 2)' }).count()).toBe(1);
    const counts = panel.getByRole('list', { name: 'By severity' });
    expect(await counts.getByRole('listitem').allTextContents()).toEqual([
      'Neutral (0)',
      'Minor (1)',
      'Major (0)',
      'Critical (1)',
    ]);
    // F8 from the page goes to the (only) filtered annotation and lights its highlight in the grid.
    await page.locator('body').press('F8');
    await expect.poll(() => page.locator('mark.hl-active').first().textContent()).toBe(KREMLIN_CNA);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Raising the threshold above the score makes the story pass, and the threshold is kept in the project file.
    const value = Number(
      (await score.locator('.mqm-value').textContent())?.match(/[\d.,]+/)?.[0].replace(',', ''),
    );
    expect(value).toBeGreaterThan(10);
    const threshold = String(Math.ceil(value) + 1);
    await score.getByRole('textbox', { name: 'Threshold (points per 1,000 words)' }).fill(threshold);
    await score.getByRole('button', { name: 'Save threshold' }).click();
    await expect.poll(() => score.locator('.mqm-verdict').textContent()).toContain('Pass');

    const route = new URL(page.url()).hash;
    await page.close();
    await backend.stop();
    backend = await startAppBackend(dataDir, builtRendererDir, picker);
    const again = await browser.openApp(backend.bridge.url, `/${route}`);
    const panelAgain = again.page.getByRole('complementary', { name: 'Review panel' });
    const scoreAgain = panelAgain.getByRole('region', { name: 'MQM score' });
    await expect.poll(() => scoreAgain.locator('.mqm-verdict').textContent()).toContain('Pass');
    expect(await scoreAgain.getByText(`Threshold: ${threshold}`).count()).toBe(1);
    expect(
      await scoreAgain.getByRole('textbox', { name: 'Threshold (points per 1,000 words)' }).inputValue(),
    ).toBe(threshold);

    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await again.page.close();
    await backend.stop();
  }, 120_000);
});
