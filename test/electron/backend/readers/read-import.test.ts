import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extensionOf, formatOf, readImport } from '../../../../electron/backend/readers/read-import';
import { corpusPath } from '../../../support/paths';
import { errorOf } from '../../../support/app-error';

describe('file names', () => {
  it('knows text and Markdown extensions and nothing else', () => {
    expect(extensionOf('a/b/Story.Final.MD')).toBe('md');
    expect(extensionOf('.notes')).toBe('');
    expect(extensionOf('C:\\dir.d\\README')).toBe('');
    expect(formatOf('x.txt')).toBe('text');
    expect(formatOf('x.text')).toBe('text');
    expect(formatOf('README')).toBe('text');
    expect(formatOf('x.markdown')).toBe('markdown');
    expect(formatOf('x.docx')).toBeNull();
  });
});

describe('readImport', () => {
  it('reads a corpus file: encoding, language and segments that point into the text', () => {
    const bytes = readFileSync(corpusPath('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt'));
    const read = readImport(bytes, 'ru_kremlin.txt');
    expect(read.encoding).toBe('utf-8');
    expect(read.format).toBe('text');
    expect(read.detectedLanguage).toBe('ru');
    expect(read.paragraphs.length).toBe(read.text.split('\n').filter((l) => l.trim() !== '').length);
    for (const s of read.sentences) expect(read.text.slice(s.start, s.end).trim()).not.toBe('');
  });

  it('reads a legacy-encoded file and detects its language', () => {
    const bytes = iconv.encode(
      'Добро пожаловать. Мы с Вами не первый раз встречаемся, у нас добрые отношения.',
      'koi8-r',
    );
    const read = readImport(bytes, 'letter.txt');
    expect(read.encoding).toBe('koi8-r');
    expect(read.detectedLanguage).toBe('ru');
    expect(read.sentences).toHaveLength(2);
  });

  it('turns Markdown into plain text before segmenting', () => {
    const md = '# Title\n\nSome **bold** words in a [link](https://x.y). A second sentence.\n';
    const read = readImport(new TextEncoder().encode(md), 'story.md');
    expect(read.format).toBe('markdown');
    expect(read.text).toBe('Title\n\nSome bold words in a link. A second sentence.');
    expect(read.paragraphs).toHaveLength(2);
    expect(read.sentences).toHaveLength(3);
  });

  it('refuses unsupported types with the file name', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]);
    const error = errorOf(() => readImport(docx, 'report.docx'));
    expect(error.code).toBe('import.unsupportedType');
    expect(error.params.fileName).toBe('report.docx');
    expect(errorOf(() => readImport(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'a.png')).code).toBe(
      'import.unsupportedType',
    );
  });

  it('names the file in decoding errors', () => {
    const error = errorOf(() => readImport(new Uint8Array(0), 'empty.txt'));
    expect(error.code).toBe('import.empty');
    expect(error.params.fileName).toBe('empty.txt');
    expect(errorOf(() => readImport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'pic.txt')).code).toBe(
      'import.binary',
    );
  });

  it('refuses Markdown that has no readable text', () => {
    expect(
      errorOf(() => readImport(new TextEncoder().encode('![only](image.png)\n\n---\n'), 'a.md')).code,
    ).toBe('import.empty');
  });

  it('leaves the language null for text too short to tell', () => {
    expect(readImport(new TextEncoder().encode('OK'), 'a.txt').detectedLanguage).toBeNull();
  });
});
