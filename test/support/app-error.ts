import { AppError } from '../../shared/errors';

/** The AppError `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
