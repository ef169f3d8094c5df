#!/usr/bin/env node
// Training curves of an OpenAI fine-tuning job, as the training dashboard draws them: train and
// validation loss and token accuracy per step, in one self-contained HTML page. It marks the
// checkpoint with the lowest validation loss and warns when validation loss rises while training
// loss falls (the model is learning the training words rather than the grammar).
//
//   node tools/dataset/curves.mjs --events events.json [--checkpoints checkpoints.json] [--job-file job.json] --out curves.html
//   node tools/dataset/curves.mjs --job ftjob-… --key-env OPENAI_API_KEY --out curves.html [--save DIR] [--every 30]
//
// The files are what the API answers (GET /v1/fine_tuning/jobs/ID/events?limit=100, …/checkpoints,
// …/jobs/ID), saved as they came; --job follows a running job until it ends, rewriting the page and
// showing progress on standard error, and --save keeps those three answers for later.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProgress } from '../progress.mjs';
import { curvesHtml } from '../report/curves-report.mjs';
import { isMain } from '../is-main.mjs';

export const FINAL_STATUSES = ['succeeded', 'failed', 'cancelled'];

const number = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The items of an API list answer ({object: "list", data: […]}), or of a plain array. */
function items(json, what) {
  if (Array.isArray(json)) return json;
  if (json && Array.isArray(json.data)) return json.data;
  throw new Error(`${what}: expected the API's list object ({"object":"list","data":[…]}) or an array`);
}

/**
 * The metrics per step from fine_tuning.job.event objects (type "metrics"), in step order; a step
 * reported twice keeps its latest event.
 * @returns {Array<{step: number, trainLoss: number|null, trainAccuracy: number|null, validLoss: number|null,
 *   validAccuracy: number|null, fullValidLoss: number|null, fullValidAccuracy: number|null, totalSteps: number|null}>}
 */
export function metricsOf(events) {
  const byStep = new Map();
  const sorted = [...items(events, 'events')].sort((a, b) => (a.created_at ?? 0) - (b.created_at ?? 0));
  for (const e of sorted) {
    const d = e?.data;
    if (!d || typeof d !== 'object' || (e.type && e.type !== 'metrics')) continue;
    const step = number(d.step);
    if (step === null) continue;
    byStep.set(step, {
      step,
      trainLoss: number(d.train_loss),
      trainAccuracy: number(d.train_mean_token_accuracy),
      validLoss: number(d.valid_loss),
      validAccuracy: number(d.valid_mean_token_accuracy),
      fullValidLoss: number(d.full_valid_loss),
      fullValidAccuracy: number(d.full_valid_mean_token_accuracy),
      totalSteps: number(d.total_steps),
    });
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

/** The job's messages (events that are not metrics), oldest first. */
export function messagesOf(events) {
  return items(events, 'events')
    .filter((e) => e && e.type !== 'metrics' && typeof e.message === 'string')
    .sort((a, b) => (a.created_at ?? 0) - (b.created_at ?? 0))
    .map((e) => ({ at: e.created_at, level: e.level || 'info', message: e.message }));
}

/**
 * fine_tuning.job.checkpoint objects, in step order.
 * @returns {Array<{id: string, step: number, model: string, job?: string, trainLoss, validLoss, fullValidLoss, trainAccuracy, validAccuracy, fullValidAccuracy}>}
 */
export function checkpointsOf(checkpoints) {
  return items(checkpoints, 'checkpoints')
    .filter((c) => c && (number(c.step_number) !== null || number(c.metrics?.step) !== null))
    .map((c) => {
      const m = c.metrics || {};
      return {
        id: c.id,
        step: number(c.step_number) ?? number(m.step),
        model: c.fine_tuned_model_checkpoint || '',
        job: c.fine_tuning_job_id || '',
        trainLoss: number(m.train_loss),
        validLoss: number(m.valid_loss),
        fullValidLoss: number(m.full_valid_loss),
        trainAccuracy: number(m.train_mean_token_accuracy),
        validAccuracy: number(m.valid_mean_token_accuracy),
        fullValidAccuracy: number(m.full_valid_mean_token_accuracy),
      };
    })
    .sort((a, b) => a.step - b.step);
}

/** Trailing means over `window` values: the curves are noisy from batch to batch. */
export function smooth(values, window) {
  return values.map((_, i) => {
    const part = values.slice(Math.max(0, i - window + 1), i + 1);
    return part.reduce((a, b) => a + b, 0) / part.length;
  });
}

// A rise smaller than this share of the lowest validation loss is noise, not overfitting.
const RISE = 0.03;

/**
 * Validation loss rising while training loss falls, over (step, train, valid) points: from where the
 * smoothed validation loss is lowest to the last point.
 * @returns {{fromStep: number, toStep: number, validFrom: number, validTo: number, trainFrom: number, trainTo: number}|null}
 */
export function overfitting(points, window) {
  const pts = points.filter((p) => p.valid !== null && p.train !== null);
  if (pts.length < 3) return null;
  const valid = smooth(pts.map((p) => p.valid), window);
  const train = smooth(pts.map((p) => p.train), window);
  let low = 0;
  valid.forEach((v, i) => { if (v < valid[low]) low = i; });
  const last = pts.length - 1;
  if (low === last || valid[last] <= valid[low] * (1 + RISE) || !(train[last] < train[low])) return null;
  return { fromStep: pts[low].step, toStep: pts[last].step, validFrom: valid[low], validTo: valid[last], trainFrom: train[low], trainTo: train[last] };
}

/**
 * Everything the page and the summary show.
 * @param {{events: object, checkpoints?: object, job?: object}} input the API's answers
 */
export function analyse({ events, checkpoints = null, job = null }) {
  const points = metricsOf(events);
  const ckpts = checkpoints ? checkpointsOf(checkpoints) : [];
  const totalSteps = points.reduce((t, p) => p.totalSteps ?? t, /** @type {number|null} */ (null)) ?? points.at(-1)?.step ?? 0;
  const lossOf = (c) => c.fullValidLoss ?? c.validLoss;

  // The lowest validation loss: among the checkpoints (what can be used), else among the steps.
  let best = null;
  for (const c of ckpts) {
    if (lossOf(c) !== null && (!best || lossOf(c) < best.loss)) best = { step: c.step, loss: lossOf(c), model: c.model, checkpoint: true };
  }
  if (!best) {
    for (const p of points) {
      const loss = p.fullValidLoss ?? p.validLoss;
      if (loss !== null && (!best || loss < best.loss)) best = { step: p.step, loss, model: '', checkpoint: false };
    }
  }

  const warnings = [];
  const stepPoints = points.map((p) => ({ step: p.step, train: p.trainLoss, valid: p.validLoss }));
  const validCount = stepPoints.filter((p) => p.valid !== null).length;
  const byStep = overfitting(stepPoints, Math.max(1, Math.min(25, Math.round(validCount / 6))));
  if (byStep) warnings.push({ kind: 'steps', ...byStep });
  const full = points.filter((p) => p.fullValidLoss !== null).map((p) => ({ step: p.step, train: p.trainLoss, valid: p.fullValidLoss }));
  const byEpoch = overfitting(full, 1);
  if (byEpoch) {
    // The full validation loss is measured once an epoch: compare the training loss over the same spans.
    const trainAt = (step) => {
      const near = points.filter((p) => p.trainLoss !== null && p.step <= step && p.step > step - Math.max(3, totalSteps / 20));
      return near.reduce((s, p) => s + p.trainLoss, 0) / Math.max(1, near.length);
    };
    const trainFrom = trainAt(byEpoch.fromStep);
    const trainTo = trainAt(byEpoch.toStep);
    if (trainTo < trainFrom) warnings.push({ kind: 'epochs', ...byEpoch, trainFrom, trainTo });
  }
  const jobId = job?.id || ckpts[0]?.job || '';
  return {
    job: job ? { id: job.id, model: job.model, status: job.status, fineTunedModel: job.fine_tuned_model, hyperparameters: job.hyperparameters, trainedTokens: job.trained_tokens } : (jobId ? { id: jobId } : null),
    points,
    checkpoints: ckpts,
    messages: messagesOf(events),
    totalSteps,
    best,
    warnings,
  };
}

/** The warning's sentence. */
export function warningText(w) {
  const where = w.kind === 'epochs' ? 'full validation loss (once an epoch)' : 'validation loss';
  return `${where} rose from ${w.validFrom.toFixed(3)} (step ${w.fromStep}) to ${w.validTo.toFixed(3)} (step ${w.toStep}) `
    + `while training loss fell from ${w.trainFrom.toFixed(3)} to ${w.trainTo.toFixed(3)}: the model is learning the training `
    + 'examples rather than the grammar; use the checkpoint with the lowest validation loss, or fewer epochs';
}

/** The text summary the command prints. */
export function summary(training) {
  const lines = [];
  const last = training.points.at(-1);
  const status = training.job?.status ? `, ${training.job.status}` : '';
  lines.push(`steps: ${last ? last.step : 0} of ${training.totalSteps}${training.job?.id ? ` (job ${training.job.id}${status})` : ''}`);
  if (last) {
    const lastValid = [...training.points].reverse().find((p) => p.validLoss !== null);
    lines.push(`last training loss ${last.trainLoss?.toFixed(3) ?? '—'}${lastValid ? `, last validation loss ${lastValid.validLoss.toFixed(3)} (step ${lastValid.step})` : ''}`);
  }
  if (training.best) {
    const where = training.best.checkpoint ? `checkpoint ${training.best.model}` : 'no checkpoint at that step';
    lines.push(`lowest validation loss: ${training.best.loss.toFixed(4)} at step ${training.best.step} (${where})`);
  }
  for (const w of training.warnings) lines.push(`warning: ${warningText(w)}`);
  return lines;
}

// ---- following a job --------------------------------------------------------------------------

/**
 * Reads the API's answers for a job: the job, every event (pages of 100, newest first, fetched until
 * one already `known` appears) and the checkpoints.
 * @param {{baseUrl: string, apiKey: string, job: string, fetch?: typeof fetch, known?: Map<string, object>}} options
 */
export async function fetchJob({ baseUrl, apiKey, job, fetch: fetchImpl = globalThis.fetch, known = new Map() }) {
  const base = baseUrl.replace(/\/+$/, '');
  const get = async (path) => {
    const response = await fetchImpl(`${base}${path}`, {
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(30000),
    });
    const text = await response.text();
    if (!response.ok) {
      let message = text.slice(0, 200);
      try {
        message = JSON.parse(text).error?.message || message;
      } catch { /* not JSON: keep the text */ }
      throw Object.assign(new Error(`GET ${path}: HTTP ${response.status}: ${message}`), { status: response.status });
    }
    return JSON.parse(text);
  };
  const id = encodeURIComponent(job);
  const jobObject = await get(`/fine_tuning/jobs/${id}`);
  const events = new Map(known);
  let after = '';
  for (let page = 0; page < 1000; page += 1) {
    const list = await get(`/fine_tuning/jobs/${id}/events?limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    const data = items(list, 'events');
    let sawKnown = false;
    for (const e of data) {
      if (known.has(e.id)) sawKnown = true;
      events.set(e.id, e);
    }
    if (!list.has_more || sawKnown || !data.length) break;
    after = data.at(-1).id;
  }
  const checkpoints = [];
  after = '';
  for (let page = 0; page < 100; page += 1) {
    const list = await get(`/fine_tuning/jobs/${id}/checkpoints?limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    const data = items(list, 'checkpoints');
    checkpoints.push(...data);
    if (!list.has_more || !data.length) break;
    after = data.at(-1).id;
  }
  const eventList = [...events.values()].sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0));
  return {
    job: jobObject,
    events: { object: 'list', data: eventList, has_more: false },
    checkpoints: { object: 'list', data: checkpoints, has_more: false },
  };
}

/**
 * Follows a job until it ends: each poll fetches its answers and hands them to `onUpdate`. A poll that
 * fails for the network, a rate limit or the server is tried again at the next one (up to `tries` in
 * a row); a refused key or an unknown job ends at once.
 * @param {{baseUrl: string, apiKey: string, job: string, everyMs?: number, tries?: number, fetch?: typeof fetch,
 *   sleep?: (ms: number) => Promise<void>, onUpdate: (answers: object) => void, onRetry?: (error: Error) => void}} options
 */
export async function followJob({ everyMs = 30000, tries = 5, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), onUpdate, onRetry, ...request }) {
  let known = new Map();
  let failures = 0;
  for (;;) {
    let answers = null;
    try {
      answers = await fetchJob({ ...request, known });
      failures = 0;
    } catch (error) {
      const status = error.status || 0;
      if (status && status !== 408 && status !== 409 && status !== 429 && status < 500) throw error;
      failures += 1;
      if (failures >= tries) throw error;
      onRetry?.(error);
    }
    if (answers) {
      known = new Map(answers.events.data.map((e) => [e.id, e]));
      onUpdate(answers);
      if (FINAL_STATUSES.includes(answers.job.status)) return answers;
    }
    await sleep(everyMs);
  }
}

function readJson(path, what) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${what} ${path}: ${error.message}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      checkpoints: { type: 'string' },
      'job-file': { type: 'string' },
      job: { type: 'string' },
      'base-url': { type: 'string', default: 'https://api.openai.com/v1' },
      'key-env': { type: 'string', default: 'OPENAI_API_KEY' },
      every: { type: 'string', default: '30' },
      save: { type: 'string' },
      out: { type: 'string', default: 'curves.html' },
    },
  });
  const write = (answers) => {
    const training = analyse(answers);
    writeFileSync(values.out, curvesHtml(training));
    return training;
  };
  if (values.events) {
    const training = write({
      events: readJson(values.events, '--events'),
      checkpoints: values.checkpoints ? readJson(values.checkpoints, '--checkpoints') : null,
      job: values['job-file'] ? readJson(values['job-file'], '--job-file') : null,
    });
    console.log([...summary(training), `wrote ${values.out}`].join('\n'));
    return;
  }
  if (!values.job) throw new Error('give --events FILE (saved answers) or --job ID (follow a job)');
  const apiKey = process.env[values['key-env']];
  if (!apiKey) throw new Error(`the API key is read from $${values['key-env']}, which is empty`);
  /** @type {ReturnType<typeof createProgress>|null} */
  let progress = null;
  let status = '';
  const answers = await followJob({
    baseUrl: values['base-url'],
    apiKey,
    job: values.job,
    everyMs: Number(values.every) * 1000,
    onRetry: (error) => (progress ? progress.note(`curves: ${error.message}; trying again`) : console.error(`curves: ${error.message}; trying again`)),
    onUpdate(latest) {
      const training = write(latest);
      if (values.save) save(values.save, latest);
      if (latest.job.status !== status) {
        status = latest.job.status;
        const text = `curves: job ${values.job} is ${status}`;
        if (progress) progress.note(text);
        else console.error(text);
      }
      const step = training.points.at(-1)?.step ?? 0;
      if (!progress && training.totalSteps) {
        progress = createProgress({ label: 'fine-tuning', total: training.totalSteps, unit: 'steps', failedWord: 'warnings', from: step, quietMs: 0, everyMs: 60000 });
      }
      progress?.update(step, training.warnings.length);
    },
  });
  progress?.finish();
  console.log([...summary(analyse(answers)), `wrote ${values.out}`].join('\n'));
}

/** Keeps the API's answers: DIR/job.json, DIR/events.json, DIR/checkpoints.json. */
export function save(dir, answers) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'job.json'), `${JSON.stringify(answers.job, null, 1)}\n`);
  writeFileSync(join(dir, 'events.json'), `${JSON.stringify(answers.events, null, 1)}\n`);
  writeFileSync(join(dir, 'checkpoints.json'), `${JSON.stringify(answers.checkpoints, null, 1)}\n`);
}

if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(`curves: ${error.message}`);
    process.exit(2);
  });
}
