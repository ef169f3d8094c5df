// The evaluation report page (tools/report/eval-report.mjs) against known runs: two runs of four rows
// each, written here row by row, so every figure on the page is known in advance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarise } from '../../tools/eval.mjs';
import { closestExpected, evalReportHtml, wordDiff } from '../../tools/report/eval-report.mjs';
import { esc } from '../../tools/report/html.mjs';

const score = (exact, particles, conjugations) => ({
  exact, particles: { right: particles[0], total: particles[1] }, conjugations: { right: conjugations[0], total: conjugations[1] },
});

/** One row of a run: the rules' answer, the model's (or none), and which was shown. */
function row(line, category, cards, expected, rules, model = null) {
  const r = { line, category, cards, expected, rules, source: 'rules' };
  if (model) {
    r.model = model;
    if (model.outcome === 'accepted' || model.outcome === 'repaired') r.source = 'model';
  }
  const shown = r.source === 'model' ? model : rules;
  r.shown = { sentence: shown.sentence };
  r.score = shown.score;
  return r;
}

const ok = score(true, [1, 1], [1, 1]);

// The rules alone: 3 of 4 right; the miss (학교에 가요) was high confidence.
const rulesRun = summarise({ gold: '/x/tests/gold/gold.tsv', engine: 'rules', endpoint: null, modelId: null }, [
  row(1, 'object', ['사과', '먹다'], '사과를 먹어요', { sentence: '사과를 먹어요', confidence: 'high', score: ok }),
  row(2, 'location', ['학교', '공부하다'], '학교에서 공부해요', { sentence: '학교에 공부해요', confidence: 'high', score: score(false, [0, 1], [1, 1]) }),
  row(3, 'unseen_object', ['두리안', '먹다'], '두리안을 먹어요', { sentence: '두리안을 먹어요', confidence: 'medium', score: ok }),
  row(4, 'companion', ['친구', '놀다'], '친구랑 놀아요 | 친구하고 놀아요', { sentence: '친구랑 놀아요', confidence: 'low', score: ok }),
]);

// A model in auto mode: row 2 right (an improvement), row 3 refused, row 4 wrong and shown (a regression),
// row 1 repaired; latencies 120, 340, 90 and 2100 ms.
const modelRun = summarise({ gold: '/x/tests/gold/gold.tsv', engine: 'auto', endpoint: 'http://127.0.0.1:8081/v1', modelId: 'ft:gpt-4o:malmoi:1' }, [
  row(1, 'object', ['사과', '먹다'], '사과를 먹어요', rulesRun.rows[0].rules,
    { outcome: 'repaired', sentence: '사과를 먹어요', latencyMs: 120, score: ok }),
  row(2, 'location', ['학교', '공부하다'], '학교에서 공부해요', { ...rulesRun.rows[1].rules, confidence: 'low' },
    { outcome: 'accepted', sentence: '학교에서 공부해요', latencyMs: 340, score: ok }),
  row(3, 'unseen_object', ['두리안', '먹다'], '두리안을 먹어요', rulesRun.rows[2].rules,
    { outcome: 'refused', code: 'not_json', latencyMs: 90 }),
  row(4, 'companion', ['친구', '놀다'], '친구랑 놀아요 | 친구하고 놀아요', rulesRun.rows[3].rules,
    { outcome: 'accepted', sentence: '친구가 놀아요', latencyMs: 2100, score: score(false, [0, 1], [1, 1]) }),
]);

/** The cells of each table row of the page, as text. */
function tableRows(page) {
  return [...page.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]));
}

const has = (rows, cells) => rows.some((r) => cells.every((c, i) => r[i] === esc(c)));

test('the runs sum up as written', () => {
  assert.deepEqual(rulesRun.totals, { rows: 4, exact: 3, particles: [3, 4], conjugations: [4, 4] });
  assert.deepEqual(modelRun.totals, { rows: 4, exact: 3, particles: [3, 4], conjugations: [4, 4] });
  assert.deepEqual(modelRun.model.outcomes, { accepted: 2, repaired: 1, overridden: 0, refused: 1 });
  assert.deepEqual(modelRun.model.latencies, [90, 120, 340, 2100]);
});

test('one page: no script, no request of any kind, a policy that forbids them', () => {
  const page = evalReportHtml(modelRun, rulesRun);
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
  assert.doesNotMatch(page, /<script|<link|<img|<iframe|\b(src|href)=|url\(/);
});

test('accuracy: tiles and the numbers of each chart, both runs side by side', () => {
  const page = evalReportHtml(modelRun, rulesRun);
  const rows = tableRows(page);
  assert.match(page, /<div class="tile" data-measure="exact sentence match"><div class="name">exact sentence match<\/div><div class="value">75\.0%<\/div><div class="other">3 of 4<\/div><div class="other">rules: 75\.0% \(3\/4\) <span class="">\(±0\.0 points\)<\/span><\/div><\/div>/);
  assert.match(page, /data-measure="model answers validated">.*?<div class="value">75\.0%<\/div><div class="other">3 of 4<\/div><\/div>/);
  assert.ok(has(rows, ['measure', 'ft:gpt-4o:malmoi:1 (auto)', 'rules']));
  assert.ok(has(rows, ['exact sentence', '75.0% (3/4)', '75.0% (3/4)']));
  assert.ok(has(rows, ['particles', '75.0% (3/4)', '75.0% (3/4)']));
  // Per category, exact: location improved, companion regressed.
  assert.ok(has(rows, ['location', '100.0% (1/1)', '0.0% (0/1)']));
  assert.ok(has(rows, ['companion', '0.0% (0/1)', '100.0% (1/1)']));
  // Three per-category charts plus the overall one; every chart is labelled by its title and description.
  for (const id of ['chart-accuracy', 'chart-category-0', 'chart-category-1', 'chart-category-2']) {
    assert.match(page, new RegExp(`<svg [^>]*role="img" aria-labelledby="${id}-title ${id}-desc"`));
  }
  assert.match(page, /<desc id="chart-accuracy-desc">exact sentence: ft:gpt-4o:malmoi:1 \(auto\) 75\.0% \(3\/4\), rules 75\.0% \(3\/4\); particles: /);
});

test('calibration: the rules\u2019 confidence against an exact match, for each run', () => {
  const page = evalReportHtml(modelRun, rulesRun);
  const rows = tableRows(page);
  // The model run's rules were unsure of row 2 (low) and wrong; the rules run's were sure (high) and wrong.
  assert.ok(has(rows, ['high', '1', '1', '0', '100.0%']));
  assert.ok(has(rows, ['low', '2', '1', '1', '50.0%']));
  assert.ok(has(rows, ['high', '2', '1', '1', '50.0%']));
  assert.match(page, /<desc id="chart-calibration-1-desc">The rules&#39; confidence against an exact match\. high: 1 right, 1 wrong \(50\.0% right\); medium: 1 right, 0 wrong \(100\.0% right\); low: 1 right, 0 wrong \(100\.0% right\)<\/desc>/);
});

test('the model: outcomes, refusals by code, latency percentiles and histogram', () => {
  const page = evalReportHtml(modelRun, rulesRun);
  const rows = tableRows(page);
  assert.ok(has(rows, ['ft:gpt-4o:malmoi:1 (auto)', '2', '1', '0', '1', '4']));
  assert.ok(has(rows, ['code', 'ft:gpt-4o:malmoi:1 (auto)']));
  assert.ok(has(rows, ['not_json', '1']));
  assert.ok(has(rows, ['run', 'answers', 'p50', 'p90', 'p95', 'p99', 'max']));
  assert.ok(has(rows, ['ft:gpt-4o:malmoi:1 (auto)', '4', '340 ms', '2100 ms', '2100 ms', '2100 ms', '2100 ms']));
  // 12 bins of 180 ms up to 2100 ms: three answers in the first two bins, one in the last.
  assert.match(page, /<desc id="chart-latency-0-desc">4 answers; p50 340 ms, p90 2100 ms, p95 2100 ms, p99 2100 ms, max 2100 ms\. Per 180 ms: 0–180 ms 2, 180–360 ms 1, 360–540 ms 0, /);
  assert.match(page, /1980–2160 ms 1<\/desc>/);
  // The rules run has no model: its run asks nothing, and no chart invents one.
  assert.doesNotMatch(evalReportHtml(rulesRun), /The model<\/h2>/);
});

test('rows that changed: improved and regressed, matched by cards and options', () => {
  const page = evalReportHtml(modelRun, rulesRun);
  assert.match(page, /4 rows are in both runs \(matched by their cards and options\)\. 1 improved \(right in ft:gpt-4o:malmoi:1 \(auto\), wrong in rules\); 1 regressed\./);
  const improved = page.slice(page.indexOf('id="improved"'), page.indexOf('id="regressed"'));
  const regressed = page.slice(page.indexOf('id="regressed"'), page.indexOf('id="failures"'));
  assert.match(improved, /<td>2<\/td><td>location<\/td><td>학교 공부하다<\/td><td>학교에서 공부해요<\/td><td><mark title="differs from the expected sentence">학교에<\/mark> 공부해요<\/td><td>학교에서 공부해요<\/td>/);
  assert.match(regressed, /<td>4<\/td><td>companion<\/td>.*<td>친구랑 놀아요<\/td><td><mark title="differs from the expected sentence">친구가<\/mark> 놀아요<\/td>/);
});

test('failing rows: cards, expected, the rules\u2019 and the model\u2019s sentences, the differing words marked', () => {
  const page = evalReportHtml(modelRun, rulesRun);
  const failures = page.slice(page.indexOf('id="failures"'));
  assert.match(failures, /<h2>Failing rows of ft:gpt-4o:malmoi:1 \(auto\) \(1\)<\/h2>/);
  assert.match(failures, /<th scope="col">line<\/th><th scope="col">category<\/th><th scope="col">cards<\/th><th scope="col">expected<\/th><th scope="col">rules<\/th><th scope="col">model<\/th><th scope="col">shown<\/th>/);
  assert.match(failures, /<td>4<\/td><td>companion<\/td><td>친구 놀다<\/td><td>친구랑 놀아요 \| 친구하고 놀아요<\/td><td>친구랑 놀아요<\/td><td><mark title="differs from the expected sentence">친구가<\/mark> 놀아요<\/td><td>model<\/td>/);
  const rulesOnly = evalReportHtml(rulesRun);
  assert.match(rulesOnly, /<td>2<\/td><td>location<\/td><td>학교 공부하다<\/td><td>학교에서 공부해요<\/td><td><mark title="differs from the expected sentence">학교에<\/mark> 공부해요<\/td><\/tr>/);
});

test('data is escaped wherever it appears', () => {
  const evil = summarise({ gold: '<b>.tsv', engine: 'rules', endpoint: null, modelId: null }, [
    row(1, '<img src=x>', ['<script>'], '"a" & b', { sentence: '</td><script>', confidence: 'high', score: score(false, [0, 0], [0, 0]) }),
  ]);
  const page = evalReportHtml(evil);
  assert.doesNotMatch(page, /<script>|<img src=x>|<b>\.tsv/);
  assert.match(page, /&lt;script&gt;/);
  assert.match(page, /&quot;a&quot; &amp; b/);
});

test('the word diff marks what differs from the closest acceptable sentence', () => {
  assert.deepEqual(wordDiff('학교에 가요', '학교에서 가요'), [{ word: '학교에', same: false }, { word: '가요', same: true }]);
  assert.deepEqual(wordDiff('저는 사과를 먹어요', '사과를 먹어요'), [{ word: '저는', same: false }, { word: '사과를', same: true }, { word: '먹어요', same: true }]);
  assert.equal(closestExpected('친구하고 놀아요', '친구랑 놀아요 | 친구하고 놀아요'), '친구하고 놀아요');
});

test('a run whose scoring rendered answers otherwise says so at the top', () => {
  assert.doesNotMatch(evalReportHtml(rulesRun), /rendered differently/);
  const page = evalReportHtml({ ...rulesRun, renderedApart: 2 });
  assert.match(page, /<div class="warning" role="alert">rules: 2 answers rendered differently when scored/);
});
