export const MAX_OBJECT_KEY_LENGTH = 512;

const ALLOWED = /^[A-Za-z0-9/._-]$/;

/** A key the store refuses; `reason` says which rule it broke. Thrown before any I/O. */
export class ObjectKeyInvalidError extends Error {
  readonly code = 'OBJECT_STORE.KEY_INVALID';

  constructor(
    readonly key: string,
    readonly reason: string,
  ) {
    super(`object key ${describe(key)} ${reason}`);
    this.name = 'ObjectKeyInvalidError';
  }
}

/**
 * Keys are relative, slash-separated paths such as `letters/2026/case-123/reminder-1.pdf`.
 * The rules keep one key meaning the same object on S3 and on a filesystem: no `..`, no leading
 * slash, no empty or `.` segments, only [A-Za-z0-9/._-], at most 512 characters.
 */
export function assertValidObjectKey(key: string): void {
  const problem = findKeyProblem(key);
  if (problem) throw new ObjectKeyInvalidError(key, problem);
}

function findKeyProblem(key: string): string | undefined {
  if (typeof key !== 'string' || key.length === 0) return 'is empty';
  if (key.length > MAX_OBJECT_KEY_LENGTH) return `is ${key.length} characters long; the limit is ${MAX_OBJECT_KEY_LENGTH}`;
  if (key.startsWith('/')) return 'starts with "/"; keys are relative';
  if (key.includes('..')) return 'contains ".."';
  for (let i = 0; i < key.length; i++) {
    if (!ALLOWED.test(key[i]!)) {
      return `contains ${JSON.stringify(key[i])} at position ${i}; only A-Z a-z 0-9 / . _ - are allowed`;
    }
  }
  if (key.endsWith('/')) return 'ends with "/"; a key names an object, not a folder';
  if (key.includes('//')) return 'contains an empty segment ("//")';
  if (key.split('/').includes('.')) return 'contains a "." segment';
  return undefined;
}

function describe(key: unknown): string {
  if (typeof key !== 'string') return String(key);
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);
}
