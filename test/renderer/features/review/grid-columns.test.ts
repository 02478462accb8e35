import { describe, expect, it } from 'vitest';
import type { StoryDocument } from '../../../../shared/model/project';
import type { Version } from '../../../../shared/model/version';
import {
  moveColumn,
  resolveColumns,
  setColumnHidden,
  visibleColumns,
} from '../../../../renderer/features/review/grid-columns';

function version(id: string): Version {
  return {
    id,
    label: id,
    role: id === 'en' ? 'source' : 'translation',
    language: id,
    detectedLanguage: null,
    text: '',
    paragraphs: [],
    sentences: [],
    origin: null,
  } as unknown as Version;
}

const doc = (columns: StoryDocument['columns']): StoryDocument => ({
  id: 'd',
  title: 'T',
  versions: ['en', 'zh', 'ar'].map(version),
  columns,
});

const ids = (entries: { version: Version }[]) => entries.map((e) => e.version.id);

describe('column layout', () => {
  it('shows every version in story order when nothing is stored', () => {
    expect(ids(visibleColumns(doc(null), null))).toEqual(['en', 'zh', 'ar']);
  });

  it('follows the stored order, appends versions it does not name and drops unknown ids', () => {
    const d = doc({ order: ['ar', 'gone', 'en', 'ar'], hidden: [] });
    const columns = resolveColumns(d, d.columns);
    expect(ids(columns)).toEqual(['ar', 'en', 'zh']);
    expect(columns.map((c) => c.storyIndex)).toEqual([2, 0, 1]);
  });

  it('hides hidden versions but never all of them', () => {
    expect(ids(visibleColumns(doc(null), { order: [], hidden: ['zh'] }))).toEqual(['en', 'ar']);
    expect(ids(visibleColumns(doc(null), { order: ['zh'], hidden: ['en', 'zh', 'ar'] }))).toEqual(['zh']);
  });

  it('moves a column one place and stops at either end', () => {
    const columns = resolveColumns(doc(null), { order: [], hidden: ['ar'] });
    expect(moveColumn(columns, 'ar', -1)).toEqual({ order: ['en', 'ar', 'zh'], hidden: ['ar'] });
    expect(moveColumn(columns, 'en', 1)).toEqual({ order: ['zh', 'en', 'ar'], hidden: ['ar'] });
    expect(moveColumn(columns, 'en', -1).order).toEqual(['en', 'zh', 'ar']);
    expect(moveColumn(columns, 'ar', 1).order).toEqual(['en', 'zh', 'ar']);
  });

  it('refuses to hide the last shown column', () => {
    const columns = resolveColumns(doc(null), { order: [], hidden: ['zh', 'ar'] });
    expect(setColumnHidden(columns, 'en', true)).toBeNull();
    expect(setColumnHidden(columns, 'zh', false)).toEqual({ order: ['en', 'zh', 'ar'], hidden: ['ar'] });
  });
});
