// The command-line contract other tools depend on: one line out per line in, in order;
// "error: CODE message" in place of a bad line; exit status 1 if any line failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../support/build.mjs';

test('particle: word<TAB>particle → the word with the particle attached', () => {
  const { status, stdout } = runCli(['particle'], '사과\t을/를\n물\t를\n나\t이/가\nTV\t이/가\n');
  assert.equal(status, 0);
  assert.equal(stdout, '사과를\n물을\n내가\nTV가\n');
});

test('particle: a bad line prints an error in its place, the rest go on, exit status 1', () => {
  const input = Buffer.concat([
    Buffer.from('사과\t을/를\n\t을\n사과\t엉\n사과\n🍎\t을\n'),
    Buffer.from([0xff, 0x09, 0xec, 0x9d, 0x84, 0x0a]), // invalid UTF-8, TAB, 을
    Buffer.from('책\t은/는\n'),
  ]);
  const { status, stdout } = runCli(['particle'], input);
  assert.equal(status, 1);
  const lines = stdout.split('\n');
  assert.equal(lines.length, 8); // seven answers and the final newline
  assert.equal(lines[0], '사과를');
  assert.match(lines[1], /^error: empty_word /);
  assert.match(lines[2], /^error: unknown_particle /);
  assert.match(lines[3], /^error: bad_line /);
  assert.match(lines[4], /^error: unreadable_word /);
  assert.match(lines[5], /^error: invalid_utf8 /);
  assert.equal(lines[6], '책은');
});

test('particle: Windows line endings and an empty input are handled', () => {
  assert.equal(runCli(['particle'], '밥\t이/가\r\n').stdout, '밥이\n');
  const empty = runCli(['particle'], '');
  assert.equal(empty.status, 0);
  assert.equal(empty.stdout, '');
});

test('an unknown command prints the usage and exits 2', () => {
  const { status, stderr } = runCli(['frobnicate']);
  assert.equal(status, 2);
  assert.match(stderr, /usage: malmoi/);
});

test('api: JSON lines in, envelopes out', () => {
  const { stdout } = runCli(['api', 'particle'], '{"word":"사과","particle":"을/를"}\nnot json\n');
  const [first, second] = stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(first.ok, true);
  assert.equal(first.value.text, '사과를');
  assert.deepEqual(second, { ok: false, error: { code: 'bad_json', message: 'the request is not valid JSON' } });
});
