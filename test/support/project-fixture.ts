import { createProject, type CommandContext } from '../../shared/model/apply-command';
import type { Project } from '../../shared/model/project';
import type { Version } from '../../shared/model/version';
import { segmentText } from '../../shared/text/segment';

/** A deterministic command context: ids v1, v2, … and a fixed clock. */
export function testContext(author = 'Tester'): CommandContext {
  let n = 0;
  return { now: '2026-01-01T00:00:00.000Z', newId: () => `id${++n}`, author };
}

export function emptyProject(name = 'Test project', ctx = testContext()): Project {
  return createProject(name, ctx);
}

/** What import would add for a text: its language and the segmenter's paragraphs and sentences (or given ones). */
export function versionInput(
  language: string,
  text: string,
  segments: Pick<Version, 'paragraphs' | 'sentences'> = segmentText(text, language),
): Omit<Version, 'id' | 'role'> {
  return {
    language,
    detectedLanguage: language,
    label: language,
    url: null,
    date: null,
    text,
    ...segments,
    origin: null,
  };
}
