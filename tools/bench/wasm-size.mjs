#!/usr/bin/env node
// Where the wasm module's bytes are: the module gzipped (the budget the issue sets; there is no JS
// glue, web/core.js instantiates it, and its own size is printed too),
// each section's size, the data segments (the embedded tables), and, for a build with function names
// (emcc --profiling-funcs), the largest functions and the share of each kind of code (nlohmann::json,
// libc++, the core's own). Prints what it measured; asserts nothing.
//   node tools/bench/wasm-size.mjs [path/to/malmoi-core.wasm] [--top 40]
// A named build for the function breakdown (the shipped one has no names):
//   emcmake cmake -S . -B /tmp/prof -DMALMOI_WASM_OUT=/tmp/prof/out -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs
//   cmake --build /tmp/prof && node tools/bench/wasm-size.mjs /tmp/prof/out/malmoi-core.wasm
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { parseArgs } from 'node:util';
import { root, wasmPath } from '../built.mjs';

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '40' } }, allowPositionals: true });
const file = positionals[0] || wasmPath;
const bytes = readFileSync(file);
const loader = readFileSync(`${root}/web/core.js`);

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const fmt = (n) => n.toLocaleString('en-US');

/** The module's sections, function bodies (by index) and names, read straight from the binary. */
function parse(buf) {
  let at = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const name = () => {
    const length = u32();
    const text = buf.subarray(at, at + length).toString('utf8');
    at += length;
    return text;
  };
  const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
    'element', 'code', 'data', 'datacount'];
  const sections = [];
  const bodies = [];
  const segments = [];
  const names = new Map();
  let imported = 0;
  while (at < buf.length) {
    const id = buf[at++];
    const size = u32();
    const start = at;
    const end = at + size;
    let label = SECTION[id] || `id ${id}`;
    if (id === 0) {
      label = `custom "${name()}"`;
      if (label === 'custom "name"') {
        while (at < end) {
          const kind = buf[at++];
          const length = u32();
          const next = at + length;
          if (kind === 1) {
            for (let n = u32(); n > 0; n -= 1) {
              const index = u32();
              names.set(index, name());
            }
          }
          at = next;
        }
      }
    } else if (id === 2) {
      for (let n = u32(); n > 0; n -= 1) {
        name();
        name();
        const kind = buf[at++];
        if (kind === 0) { u32(); imported += 1; } else if (kind === 1) { at += 1; const flags = u32(); u32(); if (flags & 1) u32(); } else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); } else { at += 2; }
      }
    } else if (id === 10) {
      for (let n = u32(), i = 0; i < n; i += 1) {
        const length = u32();
        bodies.push({ index: imported + i, size: length + 1 });
        at += length;
      }
    } else if (id === 11) {
      for (let n = u32(); n > 0; n -= 1) {
        const flags = u32();
        if (flags === 0) { while (buf[at++] !== 0x0b); } else if (flags === 2) { u32(); while (buf[at++] !== 0x0b); }
        const length = u32();
        segments.push(buf.subarray(at, at + length));
        at += length;
      }
    }
    sections.push({ label, size: end - start });
    at = end;
  }
  return { sections, bodies, segments, names };
}

const { sections, bodies, segments, names } = parse(bytes);
const codeBytes = bodies.reduce((sum, b) => sum + b.size, 0);
const dataBytes = segments.reduce((sum, s) => sum + s.length, 0);

console.log(`${file}`);
console.log(`  wasm ${fmt(bytes.length)} B raw, ${fmt(gz(bytes))} B gzip -9, ${fmt(br(bytes))} B brotli 11`);
console.log(`  (${(gz(bytes) / 1024).toFixed(1)} KB gzipped; no JS glue: web/core.js, the app module that loads it, is ` +
  `${fmt(loader.length)} B raw, ${fmt(gz(loader))} B gzip -9)`);
console.log('\nSections (raw bytes):');
for (const s of sections) console.log(`  ${s.label.padEnd(24)} ${fmt(s.size).padStart(9)}`);

// The data segments hold the embedded tables (core/data) and every string literal; gzip them alone
// to see what they cost on the wire.
const data = Buffer.concat(segments);
console.log(`\nData: ${segments.length} segment(s), ${fmt(dataBytes)} B raw, ${fmt(gz(data))} B gzipped alone`);
console.log(`Code: ${fmt(bodies.length)} functions, ${fmt(codeBytes)} B raw`);

if (names.size) {
  /** @type {Array<[string, RegExp]>} */
  const groups = [
    ['nlohmann::json', /nlohmann/],
    ['embind / emscripten', /emscripten|embind|_embind|__getTypeName/],
    ['libc++ std::', /std::__2::|std::/],
    ['malmoi::', /malmoi::/],
  ];
  const totals = new Map(groups.map(([label]) => [label, 0]));
  totals.set('other (libc, runtime)', 0);
  for (const b of bodies) {
    const n = names.get(b.index) || '';
    // A function counts for the first group its name mentions, in the order above: a malmoi function
    // instantiating a json template counts as json code.
    const group = groups.find(([, re]) => re.test(n))?.[0] || 'other (libc, runtime)';
    totals.set(group, totals.get(group) + b.size);
  }
  console.log('\nCode by kind (raw bytes of function bodies, first match in this order):');
  for (const [label, size] of totals) console.log(`  ${label.padEnd(24)} ${fmt(size).padStart(9)}  ${(100 * size / codeBytes).toFixed(1)}%`);
  const top = Number(values.top) || 40;
  console.log(`\nLargest ${top} functions:`);
  for (const b of [...bodies].sort((x, y) => y.size - x.size).slice(0, top)) {
    console.log(`  ${fmt(b.size).padStart(7)}  ${(names.get(b.index) || `#${b.index}`).slice(0, 150)}`);
  }
} else {
  console.log('\n(no name section: build with --profiling-funcs for the function breakdown)');
}
