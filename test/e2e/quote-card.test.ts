import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { seriousAxeViolations } from './support/axe';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';

// The quote card end to end: the real built renderer in Chromium, the real handlers, quote engine and project
// folder, on Reuters' story, CNA's Chinese translation and AP's English story of the same meeting. Copyrighted
// corpus texts are read from ../shared/corpus and only copied, header stripped, into a temp folder.
const tempDir = useTempDirs('file');
const REUTERS = '001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt';
const CNA = '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt';
const AP = '001-putin-li-2023/en_ap_focuscap_copy.txt';
const LI_START = 'In recent times cooperation';
const EVIDENCE = "Li's comments were translated by the Kremlin.";

let browser: BrowserSession;
let dataDir: string;
let files: string[];
const picker = createPickFilesStub();

/** The highlighted quote in the column named `column` whose text starts (after its mark) with `start`. */
function quoteIn(page: Page, column: string, start: string): Locator {
  return page
    .getByRole('group', { name: column })
    .locator('.quote', { hasText: start })
    .filter({ hasText: new RegExp(`^\\W?${start}`) })
    .first();
}

/** The text of the `<dd>` after the card's `<dt>` named `term`. */
function fact(card: Locator, term: string): Promise<string | null> {
  return card.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').textContent();
}

beforeAll(async () => {
  dataDir = await tempDir();
  const inputs = await tempDir();
  files = [join(inputs, 'reuters-en.txt'), join(inputs, 'cna-zh-Hant.txt'), join(inputs, 'ap-en.txt')];
  for (const [i, source] of [REUTERS, CNA, AP].entries()) {
    await writeFile(files[i] as string, stripCorpusHeader(await readFile(corpusPath(source), 'utf8')));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the quote card in Chromium', () => {
  it('shows Li’s translator with its evidence, selects the evidence in the grid, and diffs two English versions', async () => {
    const backend = await startAppBackend(dataDir, builtRendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1440, height: 960 });
    await createProjectWithStory(page, picker, 'Quote card', files);
    await page.getByRole('link', { name: /Chinese defense minister hail military cooperation/ }).click();

    // A click on Li's highlighted words in the Reuters column opens the card.
    const li = quoteIn(page, 'reuters-en', LI_START);
    await expect.poll(() => li.count(), { timeout: 30_000 }).toBe(1);
    await li.scrollIntoViewIfNeeded();
    await li.click();
    const card = page.getByRole('dialog', { name: 'Quote by Li Shangfu' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await fact(card, 'Speaker')).toBe('Li Shangfu');
    expect(await fact(card, 'Translation')).toBe('translated by the Kremlin');
    const evidence = card.getByRole('figure', { name: 'Evidence in “reuters-en”' });
    expect(await evidence.locator('blockquote').textContent()).toBe(EVIDENCE);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Jump to the evidence: the sentence is selected in the Reuters column, ready to annotate.
    await evidence.getByRole('button', { name: 'Select this sentence in the text' }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(EVIDENCE);
    const inReuters = await page.evaluate(() => {
      const node = window.getSelection()?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return element?.closest('.version-column')?.querySelector('h2, h3')?.textContent ?? null;
    });
    expect(inReuters).toContain('reuters-en');
    await expect.poll(() => page.getByRole('button', { name: 'Annotate selection' }).isEnabled()).toBe(true);

    // Escape closes the card and gives focus back to the quote that opened it.
    await card.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await li.evaluate((el) => el === document.activeElement)).toBe(true);

    // From the Quotes tab: Putin's words in Reuters and AP's English compared word by word.
    await page.getByRole('tab', { name: /^Quotes/ }).click();
    await page.getByRole('button', { name: /^Quote card: .We are (also )?working actively/ }).click();
    const putin = page.getByRole('dialog', { name: /^Quote by .*Putin/ });
    await expect.poll(() => putin.count()).toBe(1);
    const versions = putin.getByRole('region', { name: 'Versions of this quote' });
    expect(await versions.getByRole('listitem').count()).toBe(3);
    // AP words Putin's opening remark differently; the card finds it by its wording in the other English version.
    const ap = versions.getByRole('listitem').filter({ hasText: 'ap-en' });
    expect(await ap.locator('blockquote').textContent()).toMatch(/^"We are also working actively/);
    const diff = putin.getByRole('region', { name: 'Compare wording' });
    // Only the two English versions are offered; CNA's Chinese has no partner to compare with.
    const from = diff.getByRole('combobox', { name: 'Compare' });
    expect((await from.locator('option').allTextContents()).sort()).toEqual([
      'ap-en (English)',
      'reuters-en (English)',
    ]);
    await from.selectOption({ label: 'reuters-en (English)' });
    const options = await diff.getByRole('combobox', { name: 'with' }).locator('option').allTextContents();
    expect(options).toEqual(['ap-en (English)']);
    const added = await diff.locator('.quote-diff-text ins').allTextContents();
    const removed = await diff.locator('.quote-diff-text del').allTextContents();
    expect(added.join(' ')).toContain('also');
    expect(removed.join(' ')).toContain('our');
    expect(await seriousAxeViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await page.close();
    await backend.stop();
  });
});
