import { describe, expect, it } from 'vitest';
import {
  checkImports,
  collectImports,
  ELECTRON_ALLOWED,
  formatViolation,
  isNodeBuiltin,
  type ImportViolation,
} from './import-rules';
import { listSourceFiles, readSourceFiles } from './source-files';

/** Runs the checker on one in-memory file and returns what it flagged, as `specifier → reason` pairs. */
function flagged(file: string, text: string): ImportViolation[] {
  return checkImports([{ path: file, text }]);
}

describe('import scanner', () => {
  it('finds every form of module reference, with its line', () => {
    const text = [
      "import a from 'm-default';",
      "import type { B } from 'm-type';",
      "export * from 'm-star';",
      "export { c } from 'm-named';",
      "const d = await import('m-dynamic');",
      "const e = require('m-require');",
      "import f = require('m-equals');",
      "type G = typeof import('m-typeof');",
      "import 'm-side-effect';",
      'const h = import(`m-template`);',
    ].join('\n');
    expect(collectImports(text)).toEqual([
      { specifier: 'm-default', line: 1 },
      { specifier: 'm-type', line: 2 },
      { specifier: 'm-star', line: 3 },
      { specifier: 'm-named', line: 4 },
      { specifier: 'm-dynamic', line: 5 },
      { specifier: 'm-require', line: 6 },
      { specifier: 'm-equals', line: 7 },
      { specifier: 'm-typeof', line: 8 },
      { specifier: 'm-side-effect', line: 9 },
      { specifier: 'm-template', line: 10 },
    ]);
  });

  it('is not fooled by module names in strings or comments', () => {
    const text = "// import fs from 'fs'\nconst s = \"import x from 'electron'\";\n/* require('os') */\n";
    expect(collectImports(text)).toEqual([]);
  });

  it('knows Node built-ins with and without the node: prefix', () => {
    for (const name of ['fs', 'fs/promises', 'path', 'node:fs', 'node:test', 'child_process', 'crypto']) {
      expect(isNodeBuiltin(name), name).toBe(true);
    }
    for (const name of ['zod', 'i18next', 'react-dom/client', '@scope/fs', 'fsx']) {
      expect(isNodeBuiltin(name), name).toBe(false);
    }
  });
});

describe('import rules on synthetic files', () => {
  it('forbids electron and Node in shared/ and renderer/', () => {
    for (const layer of ['shared', 'renderer']) {
      const file = `${layer}/x/y.ts`;
      expect(flagged(file, "import { app } from 'electron';")).toHaveLength(1);
      expect(flagged(file, "import type { IpcRenderer } from 'electron/renderer';")).toHaveLength(1);
      expect(flagged(file, "import fs from 'node:fs';")).toHaveLength(1);
      expect(flagged(file, "import path from 'path';")).toHaveLength(1);
      expect(flagged(file, "export { readFile } from 'fs/promises';")).toHaveLength(1);
      expect(flagged(file, "const cp = require('child_process');")).toHaveLength(1);
      expect(flagged(file, "const os = await import('os');")).toHaveLength(1);
      expect(flagged(file, "import { z } from 'zod';")).toEqual([]);
    }
  });

  it('forbids renderer/ → electron/ and shared/ → renderer/ or electron/', () => {
    expect(
      flagged('renderer/features/a.tsx', "import { x } from '../../electron/backend/store';"),
    ).toHaveLength(1);
    expect(flagged('renderer/a.ts', "import type { X } from '../electron/ipc';")).toHaveLength(1);
    expect(flagged('shared/model/a.ts', "import { x } from '../../renderer/api';")).toHaveLength(1);
    expect(flagged('shared/a.ts', "import { x } from '../electron/backend/handlers';")).toHaveLength(1);
    expect(flagged('renderer/a.ts', "import { x } from '../shared/model/project';")).toEqual([]);
    expect(flagged('electron/backend/a.ts', "import { x } from '../../shared/model/project';")).toEqual([]);
  });

  it('lets only the allowed electron/ files import electron', () => {
    for (const file of ELECTRON_ALLOWED) {
      expect(flagged(file, "import { app } from 'electron';"), file).toEqual([]);
    }
    expect(flagged('electron/backend/handlers.ts', "import { dialog } from 'electron';")).toHaveLength(1);
    expect(flagged('electron/cli/verbatim.ts', "const { app } = require('electron');")).toHaveLength(1);
    expect(flagged('electron/util.ts', "import { app } from 'electron/main';")).toHaveLength(1);
    expect(flagged('electron/backend/store.ts', "import fs from 'node:fs';")).toEqual([]);
  });

  it('keeps plain-Node electron/ code from pulling in an electron-importing file', () => {
    expect(flagged('electron/backend/handlers.ts', "import { pick } from '../dialogs';")).toHaveLength(1);
    expect(flagged('electron/cli/verbatim.ts', "import { m } from '../menu.js';")).toHaveLength(1);
    expect(flagged('electron/main.ts', "import { createHandlers } from './backend/handlers';")).toEqual([]);
  });

  it('refuses imports that leave the repository or use absolute paths', () => {
    expect(flagged('shared/a.ts', "import x from '../../outside';")).toHaveLength(1);
    expect(flagged('electron/backend/a.ts', "import x from '/etc/thing';")).toHaveLength(1);
  });

  it('names file, line and specifier in the message', () => {
    const [v] = flagged(
      'renderer/app.tsx',
      "import React from 'react';\nimport { ipcRenderer } from 'electron';\n",
    );
    expect(v).toBeDefined();
    expect(formatViolation(v!)).toMatch(
      /^renderer\/app\.tsx:2 imports 'electron': renderer\/ must not import electron/,
    );
  });
});

describe('import rules on the real tree', () => {
  it('scans the source folders', () => {
    const files = listSourceFiles();
    // The scaffold alone has dozens of shared/ files; an empty scan means the walker broke, not that all is well.
    expect(files.filter((f) => f.startsWith('shared/')).length).toBeGreaterThan(10);
    expect(files).toContain('shared/ipc/contract.ts');
  });

  it('has no layering violations', () => {
    const violations = checkImports(readSourceFiles()).map(formatViolation);
    expect(violations).toEqual([]);
  });
});
