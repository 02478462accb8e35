import { describe, expect, it } from 'vitest';
import { storedProjectSchema, SCHEMA_VERSION } from '../../../shared/model/project';

const v1 = {
  schemaVersion: 1,
  id: 'p1',
  name: 'Old project',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  documents: [],
  annotations: [
    {
      id: 'a1',
      documentId: 'd1',
      versionId: 'v1',
      start: 3,
      end: 9,
      quote: 'Putin ',
      category: 'misquote',
      severity: 'major',
      comment: 'cut',
      status: 'open',
      author: 'Ana',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

describe('stored project migration', () => {
  it('lifts a schema 1 annotation to one linked span with an empty thread', () => {
    const project = storedProjectSchema.parse(v1);
    expect(project.schemaVersion).toBe(SCHEMA_VERSION);
    expect(project.annotations[0]).toMatchObject({
      spans: [{ versionId: 'v1', start: 3, end: 9, quote: 'Putin ', detached: false }],
      subtype: null,
      correction: '',
      replies: [],
      comment: 'cut',
    });
    expect(project.review.mqmThreshold).toBeGreaterThan(0);
  });

  it('still refuses a schema 1 file whose annotation is broken', () => {
    const broken = { ...v1, annotations: [{ ...v1.annotations[0], end: 2 }] };
    expect(storedProjectSchema.safeParse(broken).success).toBe(false);
  });

  it('refuses a subtype from another category', () => {
    const current = storedProjectSchema.parse(v1);
    const bad = { ...current, annotations: [{ ...current.annotations[0], subtype: 'spelling' }] };
    expect(storedProjectSchema.safeParse(bad).success).toBe(false);
    const good = { ...current, annotations: [{ ...current.annotations[0], subtype: 'quote-cut' }] };
    expect(storedProjectSchema.safeParse(good).success).toBe(true);
  });
});
