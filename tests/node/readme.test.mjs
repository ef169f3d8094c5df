// Every ```console example in README.md runs as written: each "$ command" line is run with bash in
// the repository, and its output must be the lines that follow it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../support/build.mjs';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1]);

test('the README has console examples', () => {
  assert.ok(blocks.length >= 5);
});

blocks.forEach((block, b) => {
  const examples = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('$ ')) examples.push({ command: line.slice(2), output: [] });
    else if (examples.length && line !== '') examples.at(-1).output.push(line);
  }
  for (const { command, output } of examples) {
    test(`README example ${b + 1}: ${command.slice(0, 70)}`, () => {
      const run = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
      const lines = run.stdout.split('\n').filter((l) => l !== '');
      assert.deepEqual(lines, output, `stderr: ${run.stderr}`);
    });
  }
});

// The ```js example: each `core.…;  // 'value'` line gives what web/core.js returns.
test('README JavaScript example: web/core.js answers as shown', async () => {
  const { loadBuiltCore } = await import('../support/build.mjs');
  const core = await loadBuiltCore();
  const lines = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'));
  const claims = lines.map((line) => line.match(/^(core\..+?);\s*\/\/\s*'(.*)'$/)).filter(Boolean);
  assert.ok(claims.length >= 3);
  for (const [, expression, expected] of claims) {
    assert.equal(new Function('core', `return ${expression};`)(core), expected, expression);
  }
});
