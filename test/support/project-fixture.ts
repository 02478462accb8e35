import { createProject, type CommandContext } from '../../shared/model/apply-command';
import type { Project } from '../../shared/model/project';

/** A deterministic command context: ids v1, v2, … and a fixed clock. */
export function testContext(author = 'Tester'): CommandContext {
  let n = 0;
  return { now: '2026-01-01T00:00:00.000Z', newId: () => `id${++n}`, author };
}

export function emptyProject(name = 'Test project', ctx = testContext()): Project {
  return createProject(name, ctx);
}
