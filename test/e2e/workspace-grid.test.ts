import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';

// The review grid end to end: column layout, moving a sentence between rows, and a long story drawn in part.
// Corpus texts are read from ../shared/corpus and written (header stripped) only to temp folders.
const tempDir = useTempDirs('file');
const REUTERS = '001-putin-li-2023/en_reuters_early_timeslive.txt';
const CNA = '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt';
const XINHUA = '001-putin-li-2023/zh_xinhua_readout_via_guancha.txt';
const KREMLIN_EN = '002-kremlin-zhang-gaoli-2017/en_kremlin.txt';
const KREMLIN_RU = '002-kremlin-zhang-gaoli-2017/ru_kremlin.txt';

let browser: BrowserSession;
const picker = createPickFilesStub();

async function corpusCopy(dir: string, relative: string, name: string, repeat = 1): Promise<string> {
  const text = stripCorpusHeader(await readFile(corpusPath(relative), 'utf8')).trim();
  const path = join(dir, name);
  await writeFile(path, Array.from({ length: repeat }, () => text).join('\n\n'));
  return path;
}

/** The column headings left to right. */
function headings(page: Page): Promise<string[]> {
  return page.locator('.version-column h2').allTextContents();
}

/** One version's drawn cells, top to bottom (null for an empty cell). */
function columnCells(page: Page, label: string): Promise<(string | null)[]> {
  return page
    .getByRole('group', { name: label, exact: true })
    .evaluate((column) =>
      Array.from(column.querySelectorAll('.paragraph, .cell-empty')).map((c) =>
        c.classList.contains('cell-empty') ? null : (c.textContent ?? ''),
      ),
    );
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('review grid in Chromium', () => {
  it('hides and reorders columns, keeps the layout after reload, and moves a sentence down a row', async () => {
    const inputs = await tempDir();
    const files = [
      await corpusCopy(inputs, REUTERS, 'reuters-en.txt'),
      await corpusCopy(inputs, CNA, 'cna-zh-Hant.txt'),
      await corpusCopy(inputs, XINHUA, 'xinhua-zh.txt'),
    ];
    const backend = await startAppBackend(await tempDir(), builtRendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1400, height: 900 });
    await createProjectWithStory(page, picker, 'Putin and Li', files);
    await page.getByRole('link', { name: /Russian President Vladimir Putin met/ }).click();
    await expect
      .poll(() => headings(page), { timeout: 30_000 })
      .toEqual(['reuters-en', 'cna-zh-Hant', 'xinhua-zh']);

    await page.getByText(/^Columns: 3 of 3 shown/).click();
    const list = page.getByRole('list', { name: 'Columns in order' });
    // The box follows the stored layout, so it changes once main has saved it: click, then wait for the grid.
    await list.getByRole('checkbox', { name: 'cna-zh-Hant' }).click();
    await expect.poll(() => headings(page)).toEqual(['reuters-en', 'xinhua-zh']);
    const earlier = list.getByRole('button', { name: 'Move “xinhua-zh” earlier' });
    await earlier.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.column-item').allTextContents())
      .toEqual([
        expect.stringContaining('reuters-en'),
        expect.stringContaining('xinhua-zh'),
        expect.stringContaining('cna-zh-Hant'),
      ]);
    await page.keyboard.press('Enter');
    await expect.poll(() => headings(page)).toEqual(['xinhua-zh', 'reuters-en']);
    // Focus stays on the moved version's controls, so the keyboard user can keep moving it.
    expect(await page.evaluate(() => document.activeElement?.closest('.column-item')?.textContent)).toContain(
      'xinhua-zh',
    );

    await page.reload();
    await expect.poll(() => headings(page), { timeout: 30_000 }).toEqual(['xinhua-zh', 'reuters-en']);
    // The Chinese column shows Chinese text: cells follow their version, not their place.
    expect((await columnCells(page, 'xinhua-zh')).join('')).toMatch(/[\u4e00-\u9fff]/);

    // Show the CNA translation again and move the last sentence of its first row down into the second row.
    await page.getByText(/^Columns: 2 of 3 shown/).click();
    await page.getByRole('checkbox', { name: 'cna-zh-Hant' }).click();
    await expect.poll(() => headings(page)).toEqual(['xinhua-zh', 'reuters-en', 'cna-zh-Hant']);
    // A row whose Chinese cell holds two sentences or more, with a Chinese cell in the row below.
    const before = await columnCells(page, 'cna-zh-Hant');
    const row = before.findIndex(
      (cell, i) =>
        (cell?.match(/[。！？]/g)?.length ?? 0) >= 2 && before[i + 1] !== null && i + 1 < before.length,
    );
    expect(row).toBeGreaterThanOrEqual(0);
    await page.getByRole('checkbox', { name: `Row ${row + 1}`, exact: true }).check();
    const move = page.getByRole('group', { name: 'Move a sentence between rows' });
    await move.getByRole('combobox', { name: 'Sentence of' }).selectOption({ label: 'cna-zh-Hant' });
    await move.getByRole('button', { name: 'Move last sentence down' }).click();
    await expect.poll(() => page.getByText('Sentence moved to the row below.').count()).toBe(1);
    await expect.poll(async () => (await columnCells(page, 'cna-zh-Hant'))[row]).not.toBe(before[row]);
    const after = await columnCells(page, 'cna-zh-Hant');
    const kept = after[row] ?? '';
    expect((before[row] ?? '').startsWith(kept)).toBe(true);
    const moved = (before[row] ?? '').slice(kept.length).trim();
    expect(moved.length).toBeGreaterThan(0);
    expect(after[row + 1]?.startsWith(moved)).toBe(true);
    expect(after[row + 1]?.endsWith(before[row + 1] ?? '')).toBe(true);
    await page.reload();
    await expect
      .poll(async () => (await columnCells(page, 'cna-zh-Hant'))[row + 1], { timeout: 30_000 })
      .toBe(after[row + 1]);
    expect(
      await page
        .locator('.row-controls')
        .nth(row + 1)
        .getByText('Aligned by hand')
        .count(),
    ).toBe(1);

    expect(errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await page.close();
    await backend.stop();
  });

  it('draws only part of a 2,000-row story, yet the keyboard and scrolling reach its last row', async () => {
    const inputs = await tempDir();
    // The Kremlin transcript pair repeated until the story has thousands of rows.
    const files = [
      await corpusCopy(inputs, KREMLIN_EN, 'long-en.txt', 120),
      await corpusCopy(inputs, KREMLIN_RU, 'long-ru.txt', 120),
    ];
    const backend = await startAppBackend(await tempDir(), builtRendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1400, height: 900 });
    await createProjectWithStory(page, picker, 'Long story', files);
    await page.getByRole('link', { name: /Vladimir Putin met/ }).click();
    const grid = page.locator('.version-grid');
    await grid.waitFor({ timeout: 60_000 });
    // The first screen comes from the story's head (a screenful of rows); the whole story follows.
    const headRows = Number(await grid.getAttribute('data-rows'));
    await page.getByRole('toolbar', { name: 'Alignment' }).waitFor({ timeout: 60_000 });
    const rows = Number(await grid.getAttribute('data-rows'));
    expect(rows).toBeGreaterThan(2000);
    expect(headRows === rows || headRows < 100).toBe(true);
    expect(await page.locator('.row-controls').count()).toBeLessThan(200);

    // Keyboard: End on the row picks jumps to the last row, drawing it.
    await page.getByRole('checkbox', { name: 'Row 1', exact: true }).focus();
    await page.keyboard.press('End');
    const last = page.getByRole('checkbox', { name: `Row ${rows}`, exact: true });
    await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Home');
    await expect
      .poll(() =>
        page
          .getByRole('checkbox', { name: 'Row 1', exact: true })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);

    // Scrolling: the wheel down to the end of the page draws the last row too, and rows stay level across columns.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          return page.locator(`.row-controls[data-row="${rows - 1}"]`).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    expect(await page.locator('.row-controls').count()).toBeLessThan(200);
    const tops = await page.evaluate((row) => {
      const cells = document.querySelectorAll<HTMLElement>(`[data-row="${row}"]`);
      return Array.from(cells).map((c) => Math.round(c.getBoundingClientRect().top));
    }, rows - 1);
    expect(tops.length).toBe(3);
    expect(new Set(tops).size).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
    await backend.stop();
    // Main aligns and finds the quotes of a long story before the grid shows; that takes a while on a busy machine.
  }, 240_000);
});
