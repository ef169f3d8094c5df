/**
 * Starts the engine before the rest of the app has arrived. index.html loads this module `async`:
 * it runs as soon as core.js and the module glue are here (both preloaded), while the page and the
 * app's other modules are still loading, so the engine compiles and reads its tables (the lexicon
 * and the stem table, on its first sentence) in the gaps where the main thread waits for the network.
 * On a CPU 4× slower than this project's machine the first sentence costs about 130 ms: done here,
 * it is no longer on the way to a usable board (`node tools/measure-load.mjs`). app.js gets the same
 * engine from loadCore() and handles a failure to load.
 */
import { loadCore } from './core.js';

loadCore().then((core) => {
  try {
    core.complete([{ label: '사과' }, { label: '먹다' }]);
  } catch {
    // A failing engine shows itself on the first tap (policy.js falls back to the plain words).
  }
}, () => {});
