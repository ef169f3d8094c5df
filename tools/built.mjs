// The built artefacts the Node tools use: the app's core (web/core.js, the only module that loads
// the app's wasm, given the built bytes) and the native command-line tool build/malmoi, which also
// holds the tools-only functions the app's wasm leaves out (scoring against a gold set). A missing
// build is an error that says how to build it.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cliPath = join(root, 'build', 'malmoi');
export const wasmPath = join(root, 'web', 'gen', 'malmoi-core.wasm');

function requireBuilt(path, how) {
  if (!existsSync(path)) throw new Error(`${path} is missing: build it first (${how})`);
}

/** Loads web/core.js with the built wasm, exactly the module the browser uses. */
export async function loadBuiltCore() {
  requireBuilt(wasmPath, 'tools/build.sh');
  const { loadCore } = await import(join(root, 'web', 'core.js'));
  return loadCore({ wasmBinary: readFileSync(wasmPath) });
}

/**
 * Runs build/malmoi with `args`, feeding `input` on standard input.
 * @returns {{status: number, stdout: string, stderr: string}}
 */
export function runCli(args, input = '') {
  requireBuilt(cliPath, 'cmake -S . -B build && cmake --build build');
  const result = spawnSync(cliPath, args, { input, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Calls a function of the native tools (`build/malmoi api NAME`) on many requests in one process.
 * Answers one envelope per request, in order: {ok: true, value} or {ok: false, error: {code, message}}.
 * @param {string} name e.g. "score" @param {object[]} requests
 */
export function callTools(name, requests) {
  if (!requests.length) return [];
  const { stdout, stderr, status } = runCli(['api', name], `${requests.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const lines = stdout.split('\n').slice(0, -1);
  if (lines.length !== requests.length) {
    throw new Error(`build/malmoi api ${name} answered ${lines.length} lines for ${requests.length} requests (status ${status}): ${stderr}`);
  }
  return lines.map((line) => JSON.parse(line));
}
