/** The export key: kept in a file readable by its owner only, compared in constant time. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/** A key shorter than this (a hand-written password, say) is refused. */
export const MIN_KEY_LENGTH = 32;

export interface ExportKey {
  key: string;
  /** True when the file did not exist and the key was generated now. */
  created: boolean;
  /** Why the file's permissions are unsafe, if they are. */
  warning?: string;
}

/** Reads the key from `file`, or creates the file (mode 0600) with 256 random bits. */
export function loadOrCreateKey(file: string): ExportKey {
  if (!existsSync(file)) {
    const key = randomBytes(32).toString('base64url');
    // `wx`: never overwrite a key another process has just written.
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return { key, created: true };
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < MIN_KEY_LENGTH) {
    throw new Error(`the export key in ${file} is too short (${key.length} characters; at least ${MIN_KEY_LENGTH})`);
  }
  const groupOrOthers = statSync(file).mode & 0o077;
  const warning = groupOrOthers ? `${file} can be read by other users: chmod 600 ${file}` : undefined;
  return { key, created: false, warning };
}

/** Whether `given` is the key, in a time that does not depend on where they differ. */
export function isKey(given: string, key: string): boolean {
  // Digests have the same length whatever was given, as timingSafeEqual requires.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(key));
}
