// The engine a tablet downloads stays inside its size budget (tools/wasm-size.mjs holds the number).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { gluePath, wasmPath } from '../support/build.mjs';
import { WASM_BUDGET_BYTES, gzippedSizes } from '../../tools/wasm-size.mjs';

test('the wasm module and its JS glue, gzipped, fit the budget', () => {
  for (const path of [wasmPath, gluePath]) assert.ok(existsSync(path), `${path} is missing: run tools/build.sh`);
  const { wasm, glue, total } = gzippedSizes(wasmPath, gluePath);
  const report = `wasm ${wasm} B + glue ${glue} B = ${total} B gzipped; budget ${WASM_BUDGET_BYTES} B`;
  console.log(report);
  assert.ok(total <= WASM_BUDGET_BYTES, `over the size budget: ${report}`);
});
