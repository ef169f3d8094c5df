// The slowest taps we can construct: 32 cards (the core's limit) in the shapes that make the role
// search and the arrangement work hardest, through the app's wasm core in Node. Prints the median and
// the slowest of 30 calls each; asserts nothing (tests/cpp/test_assemble.cpp bounds the search).
//   node tools/bench/worst-tap.mjs
import { loadBuiltCore } from '../built.mjs';
const core = await loadBuiltCore();
const nouns = ['사과','학교','친구','엄마','버스','공원','연필','책','물','선생님','강아지','집','우유','가방','의자','할머니'];
const verbs = ['먹다','가다','주다','보다','타다','놀다','만들다','쓰다'];
const shapes = {
  'nouns then one verb (32)': [...nouns, ...nouns].slice(0, 31).concat(['주다']),
  'noun noun verb ×10 + 2': Array.from({ length: 32 }, (_, i) => (i % 3 === 2 ? verbs[i % 8] : nouns[i % 16])),
  'unknown words (32)': Array.from({ length: 32 }, (_, i) => `낱말${i}`),
  'all grammar and nouns': Array.from({ length: 32 }, (_, i) => ['싶다', '안', '?', nouns[i % 16]][i % 4]),
};
for (const [name, labels] of Object.entries(shapes)) {
  const cards = labels.map((label) => ({ label }));
  core.complete(cards);
  const times = [];
  for (let r = 0; r < 30; r++) { const t = performance.now(); core.complete(cards); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(`${name}: wasm median ${times[15].toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms`);
}
