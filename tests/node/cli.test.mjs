// The command-line contract other tools depend on: one line out per line in, in order;
// "error: CODE message" in place of a bad line; exit status 1 if any line failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('conjugate: dictionary<TAB>form → the form, with the same error convention', () => {
  const { status, stdout } = runCli(['conjugate'],
    '마시다\tpolite_present\n춥다\tpolite_present\n모르다\tpolite_present\n먹다\twant\n공부하다\tnegative\n먹다\tfly\n먹\tpolite_past\n');
  assert.equal(status, 1);
  assert.deepEqual(stdout.split('\n').slice(0, 5), ['마셔요', '추워요', '몰라요', '먹고 싶어요', '공부 안 해요']);
  assert.match(stdout.split('\n')[5], /^error: unknown_form /);
  assert.match(stdout.split('\n')[6], /^error: not_dictionary_form /);
});

test('complete: a JSON array of cards → the sentence; --json → the whole result', () => {
  const input = '["나", "학교", "가다"]\n["사과", "먹다"]\n[]\nnot json\n';
  const plain = runCli(['complete'], input);
  assert.equal(plain.status, 1);
  const lines = plain.stdout.split('\n');
  assert.equal(lines[0], '나는 학교에 가요');
  assert.equal(lines[1], '사과를 먹어요');
  assert.match(lines[2], /^error: no_cards /);
  assert.match(lines[3], /^error: bad_json /);
  const json = runCli(['complete', '--json'], '["사과", "먹다"]\n');
  const result = JSON.parse(json.stdout);
  assert.deepEqual(result.edits, { insertWords: [{ index: 1, word: '를' }], transformedWords: [{ index: 2, word: '먹어요' }] });
  assert.equal(result.confidence, 'high');
});

test('prompt and validate: the request body, and a model answer vetted', () => {
  const body = JSON.parse(runCli(['prompt', '--model', 'ft:x', '--style', 'compatible'], '["사과", "먹다"]\n').stdout);
  assert.equal(body.model, 'ft:x');
  assert.equal(body.max_tokens, 300);
  assert.equal(body.messages[1].content.endsWith('["사과", "먹다"]'), true);
  const answer = JSON.stringify({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', refusal: null,
    content: '{"insertWords":[{"index":1,"word":"를"}],"transformedWords":[{"index":2,"word":"먹어요"}]}' } }] });
  const line = (status, text) => JSON.stringify({ cards: ['사과', '먹다'], status, body: text });
  const { status, stdout } = runCli(['validate'], `${line(200, answer)}\n${line(401, '{"error":{"code":"invalid_api_key"}}')}\n`);
  assert.equal(status, 1);
  const [ok, bad] = stdout.trim().split('\n');
  assert.equal(JSON.parse(ok).sentence, '사과를 먹어요');
  assert.match(bad, /^error: unauthorized /);
});

test('dataset and check-dataset: files that pass every check, byte-identical for one seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malmoi-dataset-'));
  try {
    const made = runCli(['dataset', '--train', '120', '--val', '30', '--seed', '4', '--out', dir]);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /train\.jsonl: 120 examples/);
    const first = readFileSync(join(dir, 'train.jsonl'), 'utf8');
    runCli(['dataset', '--train', '120', '--val', '30', '--seed', '4', '--out', dir]);
    assert.equal(readFileSync(join(dir, 'train.jsonl'), 'utf8'), first);
    const check = runCli(['check-dataset', join(dir, 'train.jsonl'), '--against', join(dir, 'val.jsonl')]);
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /OK\n$/);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, 'not json\n');
    assert.equal(runCli(['check-dataset', broken]).status, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
