import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPath, repoRoot, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';

// The aligned document view end to end: the real built renderer in Chromium, the real handlers and project folder.
// Kremlin transcript texts (kremlin.ru, CC BY 4.0), read from ../shared/corpus into a temp folder.
const tempDir = useTempDirs('file');
const rendererDir = builtRendererDir;
const EN = '002-kremlin-zhang-gaoli-2017/en_kremlin.txt';
const RU = '002-kremlin-zhang-gaoli-2017/ru_kremlin.txt';
const DROPPED_RU = 'Прошу Вас передать ему самый искренний и тёплый привет.';
const DROPPED_EN = 'I would like to ask you to pass on my warm and sincere greetings.';
const REUTERS = '001-putin-li-2023/en_reuters_early_timeslive.txt';
const CNA = '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt';
const DROPPED_ZH_START = '蒲亭致開幕詞時說';

let browser: BrowserSession;
let dataDir: string;
let files: { en: string; ru: string };
const picker = createPickFilesStub();

/** Each grid row as [English cell, Russian cell]; null for an empty ("no counterpart") cell. */
async function gridRows(page: Page): Promise<(string | null)[][]> {
  return page.evaluate(() => {
    const columns = Array.from(document.querySelectorAll('.version-column')).map((column) =>
      Array.from(column.querySelectorAll('.paragraph, .cell-empty')).map((cell) =>
        cell.classList.contains('cell-empty') ? null : (cell.textContent ?? ''),
      ),
    );
    const first = columns[0] ?? [];
    return first.map((_, row) => columns.map((c) => c[row] ?? null));
  });
}

beforeAll(async () => {
  dataDir = await tempDir();
  const inputs = await tempDir();
  files = { en: join(inputs, 'kremlin-en.txt'), ru: join(inputs, 'kremlin-ru.txt') };
  const ru = stripCorpusHeader(await readFile(corpusPath(RU), 'utf8'));
  expect(ru).toContain(DROPPED_RU);
  await writeFile(files.en, stripCorpusHeader(await readFile(corpusPath(EN), 'utf8')));
  // The translation under review lost one sentence.
  await writeFile(files.ru, ru.replace(` ${DROPPED_RU}`, '').replace(DROPPED_RU, ''));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('alignment in Chromium', () => {
  // The Kremlin pair's dropped sentence is not asserted to stand alone: in texts this short the aligner still often
  // merges a sentence with no counterpart into a neighbouring row (issue 3 stays open for it; see the next test).
  it('aligns the imported pair and keeps a manual merge across reload and restart as an anchor', async () => {
    let backend = await startAppBackend(dataDir, rendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1360, height: 900 });
    await createProjectWithStory(page, picker, 'Putin meets Zhang Gaoli', [files.en, files.ru]);
    await page.getByRole('link', { name: /Vladimir Putin met/ }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Row 1', exact: true }).count()).toBe(1);

    // Every English sentence is on exactly one row, in order, whatever the aligner made of the dropped one.
    const rows = await gridRows(page);
    const englishCells = rows.map((r) => r[0]).filter((c): c is string => c !== null);
    expect(englishCells.join(' ').replace(/\s+/g, ' ')).toContain(DROPPED_EN);
    expect(englishCells.filter((c) => c.includes(DROPPED_EN))).toHaveLength(1);
    expect(backend.alignments.computed).toBe(1);

    // Merge the first two rows.
    const [one, two] = rows;
    await page.getByRole('checkbox', { name: 'Row 1', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Row 2', exact: true }).check();
    await page.getByRole('button', { name: 'Merge rows' }).click();
    const fixedMark = page.locator('.row-controls').first().getByText('Aligned by hand');
    await expect.poll(() => fixedMark.count()).toBe(1);
    const joined = (a: string | null | undefined, b: string | null | undefined) =>
      [a, b].filter((x) => x).join('\n');
    const mergedRow = (await gridRows(page))[0];
    expect(mergedRow?.[0]?.replace(/\s+/g, ' ')).toBe(joined(one?.[0], two?.[0]).replace(/\s+/g, ' '));
    expect(mergedRow?.[1]?.replace(/\s+/g, ' ')).toBe(joined(one?.[1], two?.[1]).replace(/\s+/g, ' '));

    await page.reload();
    await expect.poll(async () => (await gridRows(page))[0]).toEqual(mergedRow);

    // Quit and start again on the same folder: the fix comes back from disk and the alignment is recomputed with it.
    const route = new URL(page.url()).hash;
    await page.close();
    await backend.stop();
    backend = await startAppBackend(dataDir, rendererDir, picker);
    const again = await browser.openApp(backend.bridge.url, `/${route}`);
    await again.page.setViewportSize({ width: 1360, height: 900 });
    await expect.poll(async () => (await gridRows(again.page))[0]).toEqual(mergedRow);
    expect(backend.alignments.computed).toBe(1);
    expect(await again.page.locator('.row-controls').first().getByText('Aligned by hand').count()).toBe(1);
    const project = backend.store.listProjects()[0];
    const saved = project ? await backend.store.loadProject(project.id) : null;
    expect(saved?.alignmentFixes).toHaveLength(1);
    expect(saved?.alignmentFixes[0]?.fixed[0]?.srcText.replace(/\s+/g, ' ')).toBe(
      mergedRow?.[0]?.replace(/\s+/g, ' '),
    );

    await again.page.getByRole('checkbox', { name: 'Row 2', exact: true }).focus();
    await again.page.screenshot({ path: join(repoRoot, 'docs', 'screenshot-alignment.png') });
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await again.page.close();
    await backend.stop();
  });

  it('shows the English quote whose Chinese translation was dropped on a row with an empty cell', async () => {
    // Reuters' story and CNA's Chinese translation of it, with Putin's quoted sentence deleted from the translation.
    const inputs = await tempDir();
    const en = join(inputs, 'reuters-en.txt');
    const zh = join(inputs, 'cna-zh-Hant.txt');
    const cna = stripCorpusHeader(await readFile(corpusPath(CNA), 'utf8'));
    const droppedLine = cna.split('\n').find((l) => l.startsWith(DROPPED_ZH_START));
    expect(droppedLine).toBeDefined();
    await writeFile(en, stripCorpusHeader(await readFile(corpusPath(REUTERS), 'utf8')));
    await writeFile(zh, cna.replace(`${droppedLine}\n`, ''));

    const backend = await startAppBackend(dataDir, rendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1360, height: 900 });
    await createProjectWithStory(page, picker, 'Reuters and CNA', [en, zh]);
    await page.getByRole('link', { name: /Russian President Vladimir Putin met/ }).click();
    await expect.poll(async () => (await gridRows(page)).length).toBeGreaterThan(3);
    const rows = await gridRows(page);
    const quoteRow = rows.find((r) => r[0]?.includes('Development of relations between our two nations'));
    expect(quoteRow?.[1]).toBeNull();
    expect(await page.getByText('No counterpart').count()).toBeGreaterThan(0);
    // Every other English row still has its Chinese counterpart or was merged; nothing is lost.
    const chinese = rows.map((r) => r[1] ?? '').join('');
    expect(chinese).not.toContain('我們兩國關係');
    expect(chinese).toContain('李尚福');
    // Scroll the dropped quote's row into view once the "project created" notice has gone.
    await page.getByText('No counterpart').nth(1).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect
      .poll(() => page.getByText('Project “Reuters and CNA” created.').count(), { timeout: 10_000 })
      .toBe(0);
    await page.screenshot({ path: join(repoRoot, 'docs', 'screenshot-omission.png') });
    expect(errors).toEqual([]);
    await page.close();
    await backend.stop();
  });
});
