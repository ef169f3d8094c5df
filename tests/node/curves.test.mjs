// The training-curve reader (tools/dataset/curves.mjs) on a recorded fine-tuning job written for these
// tests in the shape of OpenAI's API answers (tests/fixtures/finetune/: the job, its events newest
// first, its checkpoints): 90 steps over 3 epochs, validation loss lowest at the second epoch's end and
// rising in the third while training loss keeps falling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, checkpointsOf, fetchJob, followJob, metricsOf, overfitting, summary } from '../../tools/dataset/curves.mjs';
import { root } from '../../tools/built.mjs';

const fixtures = join(root, 'tests', 'fixtures', 'finetune');
const read = (name) => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));
const events = read('events.json');
const checkpoints = read('checkpoints.json');
const job = read('job.json');

test('metrics events become one point per step, in step order', () => {
  const points = metricsOf(events);
  assert.equal(points.length, 90);
  assert.deepEqual(points.map((p) => p.step), Array.from({ length: 90 }, (_, i) => i + 1));
  assert.equal(points.filter((p) => p.validLoss !== null).length, 30); // every third step
  assert.deepEqual(points.filter((p) => p.fullValidLoss !== null).map((p) => p.step), [30, 60, 90]);
  assert.equal(points[0].totalSteps, 90);
  const step60 = events.data.find((e) => e.data?.step === 60).data;
  assert.deepEqual(points[59], {
    step: 60, trainLoss: step60.train_loss, trainAccuracy: step60.train_mean_token_accuracy,
    validLoss: step60.valid_loss, validAccuracy: step60.valid_mean_token_accuracy,
    fullValidLoss: 0.3175, fullValidAccuracy: 0.9131, totalSteps: 90,
  });
});

test('a step reported twice keeps its latest event; message events are not metrics', () => {
  const data = [
    { id: 'a', created_at: 1, type: 'metrics', data: { step: 1, train_loss: 2 } },
    { id: 'b', created_at: 2, type: 'metrics', data: { step: 1, train_loss: 1.5 } },
    { id: 'c', created_at: 3, type: 'message', message: 'Fine-tuning job started', data: {} },
  ];
  const points = metricsOf({ object: 'list', data });
  assert.equal(points.length, 1);
  assert.equal(points[0].trainLoss, 1.5);
  assert.throws(() => metricsOf({ nothing: true }), /list object/);
});

test('checkpoints in step order with their metrics', () => {
  const c = checkpointsOf(checkpoints);
  assert.deepEqual(c.map((x) => x.step), [30, 60, 90]);
  assert.equal(c[1].model, 'ft:gpt-4o-2024-08-06:school-a:malmoi-aac-ko:B1x9Qz7K:ckpt-step-60');
  assert.equal(c[1].fullValidLoss, 0.3175);
  assert.equal(c[2].job, 'ftjob-Mm4lK2xQe7PZ9wR3tYc1VbNa');
});

test('the checkpoint with the lowest validation loss, and the overfitting warnings', () => {
  const training = analyse({ events, checkpoints, job });
  assert.deepEqual(training.best, {
    step: 60, loss: 0.3175, model: 'ft:gpt-4o-2024-08-06:school-a:malmoi-aac-ko:B1x9Qz7K:ckpt-step-60', checkpoint: true,
  });
  const epochs = training.warnings.find((w) => w.kind === 'epochs');
  assert.equal(epochs.fromStep, 60);
  assert.equal(epochs.toStep, 90);
  assert.equal(epochs.validFrom, 0.3175);
  assert.equal(epochs.validTo, 0.3562);
  assert.ok(epochs.trainTo < epochs.trainFrom);
  const steps = training.warnings.find((w) => w.kind === 'steps');
  assert.ok(steps.fromStep >= 57 && steps.fromStep <= 72, `the rise starts at step ${steps.fromStep}`);
  assert.equal(steps.toStep, 90);
  assert.equal(training.job.status, 'succeeded');
  assert.equal(training.totalSteps, 90);
});

test('a healthy run (both losses falling) has no warning; without checkpoints the best is a step', () => {
  const data = Array.from({ length: 40 }, (_, i) => ({
    id: `e${i}`, created_at: i, type: 'metrics',
    data: { step: i + 1, train_loss: 2 / (i + 1), valid_loss: 2.2 / (i + 1) + 0.1, total_steps: 40 },
  }));
  const training = analyse({ events: { object: 'list', data } });
  assert.deepEqual(training.warnings, []);
  assert.deepEqual(training.best, { step: 40, loss: 2.2 / 40 + 0.1, model: '', checkpoint: false });
  assert.match(summary(training).join('\n'), /no checkpoint at that step/);
});

test('noise is not overfitting: a rise under 3% of the lowest loss', () => {
  const points = [1, 0.8, 0.6, 0.5, 0.505, 0.51].map((v, i) => ({ step: i + 1, valid: v, train: 1 - i * 0.1 }));
  assert.equal(overfitting(points, 1), null);
  points.push({ step: 7, valid: 0.56, train: 0.3 });
  assert.deepEqual(overfitting(points, 1), { fromStep: 4, toStep: 7, validFrom: 0.5, validTo: 0.56, trainFrom: 0.7, trainTo: 0.3 });
});

test('the command writes the page and prints the summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malmoi-curves-'));
  try {
    const out = join(dir, 'curves.html');
    const run = spawnSync(process.execPath, [join(root, 'tools', 'dataset', 'curves.mjs'),
      '--events', join(fixtures, 'events.json'), '--checkpoints', join(fixtures, 'checkpoints.json'),
      '--job-file', join(fixtures, 'job.json'), '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines[0], 'steps: 90 of 90 (job ftjob-Mm4lK2xQe7PZ9wR3tYc1VbNa, succeeded)');
    assert.equal(lines[2], 'lowest validation loss: 0.3175 at step 60 (checkpoint ft:gpt-4o-2024-08-06:school-a:malmoi-aac-ko:B1x9Qz7K:ckpt-step-60)');
    assert.ok(lines.some((l) => l.startsWith('warning: full validation loss (once an epoch) rose from 0.318 (step 60) to 0.356 (step 90)')));
    const page = readFileSync(out, 'utf8');
    assert.equal((page.match(/<svg /g) || []).length, 2);
    assert.match(page, /<title id="chart-loss-title">Loss per step<\/title>/);
    assert.match(page, /lowest validation loss 0\.318, step 60/);
    assert.match(page, /role="alert"><strong>Overfitting:/);
    assert.doesNotMatch(page, /<script|\b(src|href)=/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A fake of OpenAI's fine-tuning job endpoints replaying the recorded job: each GET of the job moves
 * the clock on, so the job runs over `polls` polls; events are paged `pageSize` at a time.
 */
async function startFakeJobApi({ polls = 3, pageSize = 25, failFirst = 0 } = {}) {
  const all = [...events.data].sort((a, b) => a.created_at - b.created_at);
  const start = all[0].created_at;
  const end = all.at(-1).created_at;
  let poll = 0;
  let failures = failFirst;
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), auth: req.headers.authorization });
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== 'Bearer sk-test') return send(401, { error: { message: 'Incorrect API key provided' } });
    if (failures > 0) {
      failures -= 1;
      return send(503, { error: { message: 'overloaded' } });
    }
    const now = start + ((end - start) * Math.min(poll, polls)) / polls;
    const visible = all.filter((e) => e.created_at <= now).reverse(); // newest first
    if (url.pathname === `/v1/fine_tuning/jobs/${job.id}`) {
      poll += 1;
      const nowAfter = start + ((end - start) * Math.min(poll, polls)) / polls;
      return send(200, { ...job, status: nowAfter >= end ? 'succeeded' : 'running' });
    }
    if (url.pathname === `/v1/fine_tuning/jobs/${job.id}/events`) {
      const after = url.searchParams.get('after');
      const from = after ? visible.findIndex((e) => e.id === after) + 1 : 0;
      const page = visible.slice(from, from + Math.min(pageSize, Number(url.searchParams.get('limit') || 20)));
      return send(200, { object: 'list', data: page, has_more: from + page.length < visible.length });
    }
    if (url.pathname === `/v1/fine_tuning/jobs/${job.id}/checkpoints`) {
      return send(200, { object: 'list', data: checkpoints.data.filter((c) => c.created_at <= now), has_more: false });
    }
    return send(404, { error: { message: 'no such job' } });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test('following a job: polls until it ends, pages through new events only, and sees every step', async () => {
  const api = await startFakeJobApi({ polls: 3, pageSize: 25 });
  try {
    const updates = [];
    const final = await followJob({
      baseUrl: api.url, apiKey: 'sk-test', job: job.id, everyMs: 0, sleep: async () => {},
      onUpdate: (answers) => updates.push(analyse(answers)),
    });
    assert.deepEqual(updates.map((u) => u.job.status), ['running', 'running', 'succeeded']);
    const steps = updates.map((u) => u.points.at(-1)?.step ?? 0);
    assert.ok(steps[0] < steps[1] && steps[1] < steps[2], `steps seen: ${steps}`);
    assert.equal(steps[2], 90);
    assert.equal(final.events.data.length, events.data.length);
    assert.deepEqual(analyse(final).best, analyse({ events, checkpoints, job }).best);
    assert.ok(api.requests.every((r) => r.auth === 'Bearer sk-test'));
    const eventPages = api.requests.filter((r) => r.path.endsWith('/events'));
    assert.ok(eventPages.some((r) => r.query.after), 'later pages ask for events after the last one seen');
    // Each poll stops paging at the first event it already has: far fewer pages than re-reading all.
    const fullReads = Math.ceil(events.data.length / 25) * 3;
    assert.ok(eventPages.length < fullReads, `${eventPages.length} pages`);
  } finally {
    await api.close();
  }
});

test('following a job: a refused key ends at once; a busy server is tried again', async () => {
  const api = await startFakeJobApi({ polls: 1, failFirst: 2 });
  try {
    await assert.rejects(fetchJob({ baseUrl: api.url, apiKey: 'sk-wrong', job: job.id }), /HTTP 401: Incorrect API key provided/);
    const retries = [];
    const final = await followJob({
      baseUrl: api.url, apiKey: 'sk-test', job: job.id, everyMs: 0, sleep: async () => {},
      onUpdate: () => {}, onRetry: (error) => retries.push(error.message),
    });
    assert.equal(retries.length, 2);
    assert.match(retries[0], /HTTP 503/);
    assert.equal(final.job.status, 'succeeded');
  } finally {
    await api.close();
  }
});
