import { AppError } from '../errors';
import type { ProjectCommand } from '../model/commands';
import type { AlignmentFixSet, Project, StoryDocument } from '../model/project';
import type { Version } from '../model/version';
import { addFix, conflicts, isFix, makeFixedBead } from './grid-fixes';

type FixCommand = Extract<ProjectCommand, { type: 'alignment.fix' | 'alignment.unfix' }>;

function versionOf(doc: StoryDocument, versionId: string): Version {
  const version = doc.versions.find((v) => v.id === versionId);
  if (!version) throw new AppError('version.notFound', { versionId });
  return version;
}

function samePair(set: AlignmentFixSet, documentId: string, sourceId: string, targetId: string): boolean {
  return (
    set.documentId === documentId && set.sourceVersionId === sourceId && set.targetVersionId === targetId
  );
}

/**
 * Adds (`alignment.fix`) or removes (`alignment.unfix`) fixed beads between a story's source version and others.
 * A new fix replaces the fixes it conflicts with; beads of one command must not conflict with each other.
 */
export function applyAlignmentCommand(project: Project, doc: StoryDocument, command: FixCommand): Project {
  const source = versionOf(doc, command.sourceVersionId);
  let sets = project.alignmentFixes;
  for (const ref of command.beads) {
    const target = versionOf(doc, ref.targetVersionId);
    if (target.id === source.id) {
      throw new AppError('alignment.fixInvalid');
    }
    const current = sets.find((s) => samePair(s, doc.id, source.id, target.id));
    let fixed = current?.fixed ?? [];
    if (command.type === 'alignment.fix') {
      const bead = makeFixedBead(source, target, ref.src, ref.tgt);
      const earlier = command.beads.slice(0, command.beads.indexOf(ref));
      if (earlier.some((e) => e.targetVersionId === target.id && conflicts(e, bead))) {
        throw new AppError('alignment.fixInvalid');
      }
      fixed = addFix(fixed, bead);
    } else {
      if (!fixed.some((f) => isFix(f, ref.src, ref.tgt))) {
        throw new AppError('alignment.fixNotFound');
      }
      fixed = fixed.filter((f) => !isFix(f, ref.src, ref.tgt));
    }
    const others = sets.filter((s) => !samePair(s, doc.id, source.id, target.id));
    const next: AlignmentFixSet = {
      documentId: doc.id,
      sourceVersionId: source.id,
      targetVersionId: target.id,
      fixed,
    };
    sets = fixed.length > 0 ? [...others, next] : others;
  }
  return { ...project, alignmentFixes: sets };
}

/** Drops the fixes that involve a removed document or version, so no fix outlives what it ties together. */
export function dropFixesOf(project: Project, removed: { documentId?: string; versionId?: string }): Project {
  return {
    ...project,
    alignmentFixes: project.alignmentFixes.filter(
      (s) =>
        s.documentId !== removed.documentId &&
        s.sourceVersionId !== removed.versionId &&
        s.targetVersionId !== removed.versionId,
    ),
  };
}
