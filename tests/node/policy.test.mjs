// web/policy.js without a browser: the memory of validated model answers belongs to one model, so a
// teacher who switches the model sees the new model asked, not the old model's answer shown as AI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPolicy } from '../../web/policy.js';

const cards = [{ label: '사과' }, { label: '먹다' }];
const core = { complete: () => ({ sentence: '사과를 먹어요', tokens: [], confidence: 'high' }) };

function setUp() {
  const shown = [];
  const asked = [];
  let answered = () => {};
  const policy = createPolicy({
    getCore: () => core,
    askModel: async (sent) => {
      asked.push(sent.map((c) => c.label));
      const result = { sentence: '사과를 먹어요', tokens: [], disagreements: [] };
      queueMicrotask(() => answered());
      return result;
    },
    onShow: (value) => shown.push(value),
    debounceMs: 0,
  });
  const nextAnswer = () => new Promise((resolve) => { answered = () => setTimeout(resolve, 0); });
  return { policy, shown, asked, nextAnswer };
}

test('a remembered answer is shown at once for the same cards and the same model', async () => {
  const { policy, shown, asked, nextAnswer } = setUp();
  const how = { mode: 'model', available: true, limitMs: 5000, modelKey: 'server' };
  const first = nextAnswer();
  policy.update(cards, how);
  await first;
  assert.equal(shown.at(-1).source, 'model');
  policy.update(cards, how);
  assert.deepEqual({ source: shown.at(-1).source, state: shown.at(-1).state, asked: asked.length }, { source: 'model', state: 'done', asked: 1 });
});

test('after a change of model the old answer is not shown as AI: the new model is asked', async () => {
  const { policy, shown, asked, nextAnswer } = setUp();
  const first = nextAnswer();
  policy.update(cards, { mode: 'model', available: true, limitMs: 5000, modelKey: '["custom","http://a/v1","model-a"]' });
  await first;
  const second = nextAnswer();
  policy.update(cards, { mode: 'model', available: true, limitMs: 5000, modelKey: '["custom","http://a/v1","model-b"]' });
  // At once: the rule answer while the new model is asked.
  assert.deepEqual({ source: shown.at(-1).source, state: shown.at(-1).state }, { source: 'rules', state: 'waiting' });
  await second;
  assert.equal(asked.length, 2);
  assert.equal(shown.at(-1).source, 'model');
});

test('the board\'s options reach the rules and the model, and answers are remembered per options', async () => {
  const completed = [];
  const optionsAsked = [];
  const shown = [];
  let answered = () => {};
  const policy = createPolicy({
    getCore: () => ({ complete: (sent, options) => { completed.push(options); return { sentence: '사과를 먹어', tokens: [], confidence: 'high' }; } }),
    askModel: async (sent, signal, options) => {
      optionsAsked.push(options);
      queueMicrotask(() => answered());
      return { sentence: '사과를 먹어', tokens: [], disagreements: [] };
    },
    onShow: (value) => shown.push(value),
    debounceMs: 0,
  });
  const nextAnswer = () => new Promise((resolve) => { answered = () => setTimeout(resolve, 0); });
  const plain = { register: 'plain', firstPerson: '나', order: 'arrange', collapseRepeats: true };
  const polite = { ...plain, register: 'polite' };
  let answer = nextAnswer();
  policy.update(cards, { mode: 'model', available: true, limitMs: 5000, modelKey: 'server', options: plain });
  await answer;
  assert.deepEqual([completed.at(-1), optionsAsked.at(-1)], [plain, plain]);
  // The same cards with other options: not the remembered 반말 answer, the model is asked again.
  answer = nextAnswer();
  policy.update(cards, { mode: 'model', available: true, limitMs: 5000, modelKey: 'server', options: polite });
  assert.equal(shown.at(-1).state, 'waiting');
  await answer;
  assert.deepEqual(optionsAsked, [plain, polite]);
});

test('model.js sends the options with the prompt and validates against them', async () => {
  const { requestModel } = await import('../../web/model.js');
  const requests = [];
  const core = {
    prompt: (request) => { requests.push(['prompt', request.options]); return { body: '{}' }; },
    validate: (request) => { requests.push(['validate', request.options]); return { sentence: '같이 놀아' }; },
  };
  const options = { register: 'plain', firstPerson: '저', order: 'arrange', collapseRepeats: true };
  const fetch = async () => new Response('{}', { status: 200 });
  await requestModel(cards, { endpoint: { kind: 'server' } }, { core, fetch, engineOptions: options });
  assert.deepEqual(requests, [['prompt', options], ['validate', options]]);
});
