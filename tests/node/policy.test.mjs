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
