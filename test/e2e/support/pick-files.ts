/** A stand-in for the native file chooser: tests queue the paths each next `import.pickFiles` call should get. */
export interface PickFilesStub {
  /** Pass as `pickFiles` in the handlers' deps; answers queued picks in order, then `[]` (a cancelled dialog). */
  pickFiles: () => Promise<string[]>;
  /** Queues the paths the next dialog "chooses". */
  queue(paths: readonly string[]): void;
  /** How many times the app opened the dialog. */
  readonly calls: number;
}

/** Creates an empty stub; every dialog is cancelled until a test queues a pick. */
export function createPickFilesStub(): PickFilesStub {
  const picks: string[][] = [];
  let calls = 0;
  return {
    pickFiles: async () => {
      calls += 1;
      return picks.shift() ?? [];
    },
    queue(paths) {
      picks.push([...paths]);
    },
    get calls() {
      return calls;
    },
  };
}
