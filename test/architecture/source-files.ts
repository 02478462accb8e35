import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so checks read the real tree wherever vitest is started from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folders whose code ships in the app; the checks scan exactly these. */
export const SOURCE_ROOTS = ['shared', 'renderer', 'electron'] as const;

/** One source file as the checks see it: a repo-relative POSIX path and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);

/** Lists every TypeScript file under the given repo-relative folders, sorted, so a scan is complete and stable. */
export function listSourceFiles(
  roots: readonly string[] = SOURCE_ROOTS,
  repoRoot: string = REPO_ROOT,
): string[] {
  const found: string[] = [];
  const walk = (relDir: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(repoRoot, relDir), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const rel = `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(rel);
      } else if (entry.isFile() && SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
        found.push(rel);
      }
    }
  };
  for (const root of roots) walk(root);
  return found.sort();
}

/** Reads the listed files into memory for the pure checkers. */
export function readSourceFiles(
  roots: readonly string[] = SOURCE_ROOTS,
  repoRoot: string = REPO_ROOT,
): SourceFile[] {
  return listSourceFiles(roots, repoRoot).map((rel) => ({
    path: rel,
    text: readFileSync(path.join(repoRoot, rel), 'utf8'),
  }));
}

/** 1-based line of a character offset, for messages that point at `file:line`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
