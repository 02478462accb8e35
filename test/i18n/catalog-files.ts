import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../architecture/source-files';

/** One locale's strings, flattened to `feature.key.sub` → text. */
export type Catalog = Map<string, string>;

/** Every locale's catalog plus anything wrong with the files' shape. */
export interface LoadedCatalogs {
  catalogs: Map<string, Catalog>;
  problems: string[];
}

/** Flattens one feature file (`{ "<feature>": { … } }`) into `feature.…` keys, reporting any shape it must not have. */
export function flattenFeature(
  feature: string,
  json: unknown,
  label: string,
): { entries: Catalog; problems: string[] } {
  const entries: Catalog = new Map();
  const problems: string[] = [];
  if (!isPlainObject(json)) {
    return { entries, problems: [`${label}: must be a JSON object`] };
  }
  const topKeys = Object.keys(json);
  if (topKeys.length !== 1 || topKeys[0] !== feature) {
    problems.push(
      `${label}: must have exactly one top-level key "${feature}", found ${JSON.stringify(topKeys)}`,
    );
  }
  const walk = (value: unknown, prefix: string): void => {
    if (typeof value === 'string') {
      entries.set(prefix, value);
    } else if (isPlainObject(value)) {
      for (const [name, child] of Object.entries(value)) {
        if (name === '' || name.includes('.')) {
          problems.push(`${label}: key "${prefix}.${name}" must be non-empty and contain no "."`);
          continue;
        }
        walk(child, `${prefix}.${name}`);
      }
    } else {
      problems.push(`${label}: "${prefix}" must be a string or an object, not ${JSON.stringify(value)}`);
    }
  };
  for (const name of topKeys) walk(json[name], name);
  return { entries, problems };
}

/** Reads `<localesDir>/<lang>/<feature>.json` for every language and feature, and flags files outside that list. */
export function loadCatalogs(
  localesDir: string,
  languages: readonly string[],
  features: readonly string[],
): LoadedCatalogs {
  const catalogs = new Map<string, Catalog>();
  const problems: string[] = [];
  const rel = (p: string): string => path.relative(REPO_ROOT, p) || p;

  for (const dir of existsSync(localesDir) ? readdirSync(localesDir) : []) {
    if (!languages.includes(dir)) problems.push(`${rel(path.join(localesDir, dir))}: not a UI language`);
  }
  for (const lang of languages) {
    const catalog: Catalog = new Map();
    catalogs.set(lang, catalog);
    const langDir = path.join(localesDir, lang);
    for (const file of existsSync(langDir) ? readdirSync(langDir) : []) {
      if (!features.some((f) => `${f}.json` === file)) {
        problems.push(
          `${rel(path.join(langDir, file))}: not listed in CATALOG_FEATURES, so it is never loaded`,
        );
      }
    }
    for (const feature of features) {
      const file = path.join(langDir, `${feature}.json`);
      if (!existsSync(file)) {
        problems.push(`${rel(file)}: missing`);
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        problems.push(`${rel(file)}: invalid JSON (${(error as Error).message})`);
        continue;
      }
      const flat = flattenFeature(feature, json, rel(file));
      problems.push(...flat.problems);
      for (const [key, value] of flat.entries) catalog.set(key, value);
    }
  }
  return { catalogs, problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
