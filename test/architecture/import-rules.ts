import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { lineOf, type SourceFile } from './source-files';

/** The only files that may import `electron`; the rest of electron/ must run in plain Node (CLI, tests, bridge). */
export const ELECTRON_ALLOWED = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/window.ts',
  'electron/protocol.ts',
  'electron/ipc.ts',
  'electron/menu.ts',
  'electron/dialogs.ts',
] as const;

/** One module reference in a file, with the line it is on. */
export interface ImportRef {
  specifier: string;
  line: number;
}

/** A broken rule, phrased so the failure message alone says what to fix. */
export interface ImportViolation {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

const BUILTINS = new Set(builtinModules);

/**
 * Every module a file refers to: static imports (also `import type`), `export … from`, `import x = require()`,
 * `require()`, dynamic `import()`, `typeof import()` and `/// <reference types>`, as the TypeScript scanner sees them.
 */
export function collectImports(text: string): ImportRef[] {
  const info = ts.preProcessFile(text, true, true);
  const refs = info.importedFiles.map((f) => ({ specifier: f.fileName, line: lineOf(text, f.pos) }));
  for (const ref of info.typeReferenceDirectives)
    refs.push({ specifier: ref.fileName, line: lineOf(text, ref.pos) });
  return refs;
}

/** True for `electron` and its subpaths (`electron/main`, …), i.e. the package, not our folder. */
export function isElectronModule(specifier: string): boolean {
  return specifier === 'electron' || specifier.startsWith('electron/');
}

/** True for `node:*` and every bare name Node ships (`fs`, `fs/promises`, `path`, …). */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  if (BUILTINS.has(specifier)) return true;
  return !specifier.startsWith('@') && BUILTINS.has(specifier.split('/')[0] ?? '');
}

/** The repo-relative target of a relative specifier, or null for a package name. */
export function resolveRelative(fromFile: string, specifier: string): string | null {
  if (
    !specifier.startsWith('./') &&
    !specifier.startsWith('../') &&
    specifier !== '.' &&
    specifier !== '..'
  ) {
    return null;
  }
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
}

function topFolder(repoPath: string): string {
  return repoPath.split('/')[0] ?? '';
}

function withoutExtension(repoPath: string): string {
  return repoPath.replace(/\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/, '');
}

const ALLOWED_STEMS = new Set(ELECTRON_ALLOWED.map(withoutExtension));

/** The rule a single reference breaks, if any. */
function judge(file: string, specifier: string): string | null {
  const layer = topFolder(file);
  const target = resolveRelative(file, specifier);
  const targetLayer = target === null ? null : topFolder(target);
  const isPure = layer === 'shared' || layer === 'renderer';

  if (isPure && isElectronModule(specifier)) return `${layer}/ must not import electron`;
  if (isPure && isNodeBuiltin(specifier)) return `${layer}/ must not import Node built-ins`;
  if (layer === 'renderer' && targetLayer === 'electron') return 'renderer/ must not import from electron/';
  if (layer === 'shared' && (targetLayer === 'renderer' || targetLayer === 'electron')) {
    return `shared/ must not import from ${targetLayer}/`;
  }
  if (specifier.startsWith('/')) return 'absolute import paths break once the app is bundled';
  if (targetLayer === '..' || target === '..') return 'imports reach outside the repository';
  if (layer === 'electron' && !ALLOWED_STEMS.has(withoutExtension(file))) {
    if (isElectronModule(specifier)) {
      return `only ${ELECTRON_ALLOWED.join(', ')} may import electron; this file must run in plain Node`;
    }
    if (target !== null && ALLOWED_STEMS.has(withoutExtension(target))) {
      return `${target} imports electron, so plain-Node code must not import it (pass what it needs as a dependency)`;
    }
  }
  return null;
}

/** Checks every file against the layering rules and returns all violations, in file order. */
export function checkImports(files: readonly SourceFile[]): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const file of files) {
    for (const ref of collectImports(file.text)) {
      const reason = judge(file.path, ref.specifier);
      if (reason) violations.push({ file: file.path, line: ref.line, specifier: ref.specifier, reason });
    }
  }
  return violations;
}

/** One line per violation: `file:line imports 'x': reason`. */
export function formatViolation(v: ImportViolation): string {
  return `${v.file}:${v.line} imports '${v.specifier}': ${v.reason}`;
}
