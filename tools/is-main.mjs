// Whether a module is the script Node was started with (`node tools/eval.mjs`), rather than imported.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * @param {string} moduleUrl the caller's import.meta.url
 * @returns {boolean}
 */
export function isMain(moduleUrl) {
  try {
    return pathToFileURL(realpathSync(process.argv[1])).href === moduleUrl;
  } catch {
    return false;
  }
}
