/**
 * Awaits a Stripe SDK call that must fail: checks the error's class and the fields given (a RegExp
 * matches a field's text, anything else must be deep-equal), and returns the error for more checks.
 */
import assert from 'node:assert/strict';

export async function rejects<E extends Error>(promise: Promise<unknown>, errorClass: new (...args: never[]) => E, fields: Record<string, unknown> = {}): Promise<E> {
  const error: unknown = await promise.then(
    () => assert.fail(`expected ${errorClass.name}, the call succeeded`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof errorClass, `expected ${errorClass.name}, got ${String(error)}`);
  for (const [key, value] of Object.entries(fields)) {
    const actual: unknown = (error as unknown as Record<string, unknown>)[key];
    if (value instanceof RegExp) assert.match(String(actual), value, `error.${key}`);
    else assert.deepEqual(actual, value, `error.${key}`);
  }
  return error;
}
