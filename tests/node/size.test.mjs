// The engine a tablet downloads stays inside its size budget (tools/wasm-size.mjs holds the number).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { wasmPath } from '../support/build.mjs';
import { WASM_BUDGET_BYTES, gzippedSize } from '../../tools/wasm-size.mjs';

test('the wasm module, gzipped, fits the budget', () => {
  assert.ok(existsSync(wasmPath), `${wasmPath} is missing: run tools/build.sh`);
  const wasm = gzippedSize(wasmPath);
  const report = `wasm ${wasm} B gzipped; budget ${WASM_BUDGET_BYTES} B`;
  console.log(report);
  assert.ok(wasm <= WASM_BUDGET_BYTES, `over the size budget: ${report}`);
});
