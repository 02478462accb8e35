// Runs before every test file. In DOM tests, Testing Library's waits get room for a busy 2-core machine: a wait that
// fails still fails, only later (the default 1 s made correct tests flaky while other suites ran in parallel).
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 5_000 });
}
export {};
