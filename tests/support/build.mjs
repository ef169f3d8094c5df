// Paths to the built artefacts the tests exercise, and the wasm core loaded as the app loads it.
// A missing build is a failure with a clear message, never a skip.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = join(root, 'build', 'malmoi');
export const wasmPath = join(root, 'web', 'gen', 'malmoi-core.wasm');
export const gluePath = join(root, 'web', 'gen', 'malmoi-core.js');

function requireBuilt(path, how) {
  if (!existsSync(path)) throw new Error(`${path} is missing: build it first (${how})`);
}

/** Loads web/core.js with the built wasm, exactly the module the browser uses. */
export async function loadBuiltCore() {
  requireBuilt(wasmPath, 'tools/build.sh');
  requireBuilt(gluePath, 'tools/build.sh');
  const { loadCore } = await import(join(root, 'web', 'core.js'));
  return loadCore({ wasmBinary: readFileSync(wasmPath) });
}

/**
 * Runs build/malmoi with `args`, feeding `input` on standard input.
 * @returns {{status: number, stdout: string, stderr: string}}
 */
export function runCli(args, input = '') {
  requireBuilt(cliPath, 'cmake -S . -B build && cmake --build build');
  const result = spawnSync(cliPath, args, { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
