// The type of the wasm module's JS glue (web/gen/malmoi-core.js, written by Emscripten), copied next
// to it by the build so that tsc can check web/core.js (tools/check.sh). Keep it in step with
// wasm/bindings.cpp: each export takes a JSON request string and returns the core's JSON envelope.

/** One loaded module: the functions wasm/bindings.cpp exports by name. */
export interface MalmoiCoreModule {
  particle(request: string): string;
  conjugate(request: string): string;
  complete(request: string): string;
  prompt(request: string): string;
  validate(request: string): string;
  functions(): string;
  [name: string]: (request: string) => string;
}

/** The options the module takes (-sINCOMING_MODULE_JS_API in CMakeLists.txt). */
export interface MalmoiCoreOptions {
  wasmBinary?: ArrayBuffer | Uint8Array;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
  /**
   * Instantiates the module in place of the glue's own loader: given the glue's imports, calls
   * `receive` with the instance (and its module) and returns the exports, or `{}` when `receive`
   * is called later.
   */
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    receive: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
  ) => WebAssembly.Exports;
}

declare function createMalmoiCore(options?: MalmoiCoreOptions): Promise<MalmoiCoreModule>;
export default createMalmoiCore;
