import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../shared/model/project';
import { corpusPath, stripCorpusHeader } from '../support/paths';
import { useTempDirs } from '../support/temp-dir';
import { seriousAxeViolations } from './support/axe';
import { builtRendererDir, createProjectWithStory, startAppBackend } from './support/backend';
import { launchBrowser, type BrowserSession } from './support/browser';
import { createPickFilesStub } from './support/pick-files';

// Correcting a version's text end to end: the real built renderer in Chromium, the real handlers and project file.
// Kremlin transcript texts (kremlin.ru, CC BY 4.0), read from ../shared/corpus into a temp folder; the English one
// gets a typo to fix.
const tempDir = useTempDirs('file');
const EN = '002-kremlin-zhang-gaoli-2017/en_kremlin.txt';
const RU = '002-kremlin-zhang-gaoli-2017/ru_kremlin.txt';
const RIGHT = 'my heartfelt greetings';
const TYPO = 'my heartfelt greetngs';
const DELETED = 'We have very good relations.';

let browser: BrowserSession;
let dataDir: string;
let files: { en: string; ru: string };
const picker = createPickFilesStub();

/** Calls the real handlers the way the renderer does, through the page's window.api. */
async function invoke<T>(page: Page, channel: string, arg: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([c, a]) => {
      const api = (window as unknown as { api: { invoke(c: string, a: unknown): Promise<unknown> } }).api;
      return api.invoke(c as string, a);
    },
    [channel, arg] as const,
  );
  const r = result as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Focuses the English cell holding `text` and opens its editor with F2. */
async function editCell(page: Page, text: string) {
  const cell = page.locator('.version-column').first().locator('.paragraph', { hasText: text });
  await cell.focus();
  await page.keyboard.press('F2');
  const area = page.getByRole('textbox', { name: 'Text of this cell' });
  await expect.poll(() => area.count()).toBe(1);
  return area;
}

beforeAll(async () => {
  dataDir = await tempDir();
  const inputs = await tempDir();
  files = { en: join(inputs, 'kremlin-en.txt'), ru: join(inputs, 'kremlin-ru.txt') };
  const en = stripCorpusHeader(await readFile(corpusPath(EN), 'utf8'));
  expect(en).toContain(RIGHT);
  expect(en.split(DELETED)).toHaveLength(2);
  await writeFile(files.en, en.replace(RIGHT, TYPO));
  await writeFile(files.ru, stripCorpusHeader(await readFile(corpusPath(RU), 'utf8')));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('editing text in Chromium', () => {
  it('fixes a typo inside an annotated phrase and keeps a deleted phrase’s annotation as detached', async () => {
    const backend = await startAppBackend(dataDir, builtRendererDir, picker);
    const { page, errors } = await browser.openApp(backend.bridge.url);
    await page.setViewportSize({ width: 1360, height: 900 });
    await createProjectWithStory(page, picker, 'Putin meets Zhang Gaoli', [files.en, files.ru]);

    // Two annotations on the English text, added through the real handlers.
    const [summary] = await invoke<{ id: string }[]>(page, 'projects.list', {});
    const projectId = summary!.id;
    const opened = await invoke<Project>(page, 'projects.open', { projectId });
    const doc = opened.documents[0]!;
    const en = doc.versions[0]!;
    for (const [phrase, comment] of [
      [TYPO, 'typo'],
      [DELETED, 'tone'],
    ] as const) {
      const start = en.text.indexOf(phrase);
      await invoke(page, 'projects.command', {
        projectId,
        command: {
          type: 'annotation.add',
          documentId: doc.id,
          spans: [{ versionId: en.id, start, end: start + phrase.length }],
          category: 'accuracy',
          severity: 'minor',
          comment,
        },
      });
    }
    await page.reload();
    await page.getByRole('link', { name: /Vladimir Putin met/ }).click();
    const marks = page.locator('.version-column').first().locator('mark');
    await expect.poll(() => marks.allTextContents()).toEqual([TYPO, DELETED]);

    // Fix the typo: the annotation follows its text and still highlights it.
    const area = await editCell(page, TYPO);
    const before = await area.inputValue();
    expect(before).toContain(TYPO);
    // The editor, its toolbar and the grid under it pass axe's serious and critical rules.
    expect(await seriousAxeViolations(page)).toEqual([]);
    await area.fill(before.replace('greetngs', 'greetings'));
    await page.getByRole('button', { name: 'Save text' }).click();
    await expect
      .poll(() => page.locator('.announcer').textContent())
      .toContain('Text saved. 1 annotation followed its text.');
    await expect.poll(() => marks.allTextContents()).toEqual([RIGHT, DELETED]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(RIGHT);

    // Delete the annotated sentence: the annotation stays, listed as detached.
    const area2 = await editCell(page, DELETED);
    const cellText = await area2.inputValue();
    // The aligner may give the sentence a row of its own: then the whole cell goes.
    await area2.fill(
      cellText.includes(`${DELETED} `) ? cellText.replace(`${DELETED} `, '') : cellText.replace(DELETED, ''),
    );
    await page.getByRole('button', { name: 'Save text' }).click();
    await expect
      .poll(() => page.locator('.announcer').textContent())
      .toContain('1 annotation lost its text and is now detached; it stays in the list.');
    await expect.poll(() => marks.allTextContents()).toEqual([RIGHT]);
    const item = page.locator('.annotation-item', { hasText: 'tone' });
    await expect.poll(() => item.locator('.span-detached').count()).toBe(1);
    expect(await item.textContent()).toContain(DELETED);

    await backend.store.flush();
    const saved = await backend.store.loadProject(projectId);
    const text = saved.documents[0]!.versions[0]!.text;
    expect(text).toContain(RIGHT);
    expect(text).not.toContain(DELETED);
    const [typo, tone] = saved.annotations;
    expect(typo!.spans[0]).toMatchObject({ quote: RIGHT, detached: false });
    expect(text.slice(typo!.spans[0]!.start, typo!.spans[0]!.end)).toBe(RIGHT);
    expect(tone!.spans[0]).toMatchObject({ quote: DELETED, detached: true });
    // The Russian version was not touched.
    expect(saved.documents[0]!.versions[1]!.text).toBe(opened.documents[0]!.versions[1]!.text);

    expect(errors).toEqual([]);
    expect(backend.bridge.unexpectedErrors).toEqual([]);
    await page.close();
    await backend.stop();
  });
});
