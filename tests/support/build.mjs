// Paths to the built artefacts the tests exercise, and the wasm core loaded as the app loads it.
// A missing build is a failure with a clear message, never a skip. The tools use the same module
// (tools/built.mjs): tests may depend on tools, never the other way round.
export { cliPath, loadBuiltCore, root, runCli, wasmPath } from '../../tools/built.mjs';
