/**
 * The few assertions the browser tests need. Small on purpose: no chai bundle to serve, and every
 * failure message shows both values.
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown) => {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
};

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(`${message} (got ${show(value)})`);
}

export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  if (show(actual) !== show(expected)) {
    throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function includes(haystack: string | null | undefined, needle: string, message = 'missing text'): void {
  if (!haystack?.includes(needle)) {
    throw new AssertionError(`${message}: expected ${show(haystack)} to include ${show(needle)}`);
  }
}

/** Awaits a promise that must reject, and returns the rejection for further checks. */
export async function rejects(promise: Promise<unknown>, message = 'expected a rejection'): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new AssertionError(message);
}
