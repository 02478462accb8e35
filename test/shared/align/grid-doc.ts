import type { StoryDocument } from '../../../shared/model/project';
import type { Version } from '../../../shared/model/version';
import { segmentText } from '../../../shared/text/segment';

/** A version built the way import builds one: text plus the segmenter's stored spans. */
export function versionOf(id: string, language: string, text: string, role: Version['role']): Version {
  const { paragraphs, sentences } = segmentText(text, language);
  return {
    id,
    language,
    detectedLanguage: language,
    role,
    label: id,
    url: null,
    date: null,
    text,
    paragraphs,
    sentences,
    origin: null,
  };
}

/** A story whose first version is the source and the rest translations. */
export function storyOf(versions: { id: string; lang: string; text: string }[]): StoryDocument {
  return {
    id: 'doc',
    title: 'Story',
    versions: versions.map((v, i) => versionOf(v.id, v.lang, v.text, i === 0 ? 'source' : 'translation')),
  };
}

/** The sentence texts of one version, for readable assertions. */
export function sentenceTexts(version: Version, indexes: readonly number[]): string[] {
  return indexes.map((i) => {
    const s = version.sentences[i];
    return s ? version.text.slice(s.start, s.end) : '?';
  });
}
