import type { AlignmentFixSet, Project } from '../../../shared/model/project';

/** What main computes a story's alignment and quotes from: its versions' texts and kinds, and the manual fixes. */
export interface StoryInputs {
  versions: readonly { id: string; role: string; language: string; text: string }[];
  fixes: readonly AlignmentFixSet[];
}

/** The story's inputs in a project, or null when the project is not loaded or has no such story. */
export function storyInputs(project: Project | null, documentId: string): StoryInputs | null {
  const doc = project?.documents.find((d) => d.id === documentId);
  if (!project || !doc) return null;
  return {
    versions: doc.versions.map(({ id, role, language, text }) => ({ id, role, language, text })),
    fixes: project.alignmentFixes.filter((f) => f.documentId === documentId),
  };
}

/**
 * Whether two snapshots would give the same alignment and quotes. Comparing texts is cheap (equal strings compare
 * by length first, then by content), so annotating, which changes no text, never makes the grid ask main again.
 */
export function sameStoryInputs(a: StoryInputs, b: StoryInputs): boolean {
  return (
    a.versions.length === b.versions.length &&
    a.versions.every((v, i) => {
      const w = b.versions[i];
      return (
        w !== undefined &&
        v.id === w.id &&
        v.role === w.role &&
        v.language === w.language &&
        v.text === w.text
      );
    }) &&
    JSON.stringify(a.fixes) === JSON.stringify(b.fixes)
  );
}
