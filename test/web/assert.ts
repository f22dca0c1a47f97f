// The assertions the web suite needs (a browser has no node:assert): each throws an Error with the message and the values.

/** Fails unless `value` is truthy. */
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(`${message} (got ${JSON.stringify(value)})`);
}

/** Fails unless `actual === expected`. */
export function equal<T>(actual: T, expected: T, message = 'values differ'): void {
  if (actual !== expected) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Fails unless both values have the same JSON form (plain data: arrays, records, strings, numbers). */
export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}
