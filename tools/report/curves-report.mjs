// The training curves page (tools/dataset/curves.mjs): loss and token accuracy per step for the
// training and validation data, the checkpoint with the lowest validation loss ringed, any span where
// validation loss rose while training loss fell shaded and explained, and the checkpoints' table.
import { COLORS, lineChart, percent } from './charts.mjs';
import { esc, html, page, paragraph, section, table } from './html.mjs';

const fixed = (digits) => (v) => (v === null || v === undefined ? '—' : v.toFixed(digits));

function warningBlock(w) {
  const where = w.kind === 'epochs' ? 'Full validation loss (measured once an epoch)' : 'Validation loss';
  return html(`<div class="warning" role="alert"><strong>Overfitting:</strong> ${esc(where)} rose from `
    + `${esc(w.validFrom.toFixed(3))} at step ${esc(w.fromStep)} to ${esc(w.validTo.toFixed(3))} at step ${esc(w.toStep)} `
    + `while training loss fell from ${esc(w.trainFrom.toFixed(3))} to ${esc(w.trainTo.toFixed(3))}. The model is learning the `
    + 'training examples rather than the grammar: use the checkpoint with the lowest validation loss, or train for fewer epochs.</div>');
}

/**
 * @param {ReturnType<import('../dataset/curves.mjs').analyse>} training
 * @returns {string} the HTML document
 */
export function curvesHtml(training) {
  const { points, checkpoints, best, warnings, job } = training;
  const series = (key) => points.filter((p) => p[key] !== null).map((p) => ({ x: p.step, y: p[key] }));
  const spans = warnings.map((w) => ({ from: w.fromStep, to: w.toStep, label: 'validation loss rising while training loss falls' }));
  const describe = (name, pts, format) => (pts.length
    ? `${name}: ${pts.length} points, from ${format(pts[0].y)} at step ${pts[0].x} to ${format(pts.at(-1).y)} at step ${pts.at(-1).x}, lowest ${format(Math.min(...pts.map((p) => p.y)))}`
    : `${name}: none`);

  const loss = [
    { name: 'training loss', color: COLORS.sky, width: 1.5, points: series('trainLoss') },
    { name: 'validation loss', color: COLORS.orange, width: 2.5, points: series('validLoss') },
    { name: 'full validation loss', color: COLORS.vermillion, dots: true, width: 2, dash: true, points: series('fullValidLoss') },
  ];
  const accuracy = [
    { name: 'training accuracy', color: COLORS.sky, width: 1.5, points: series('trainAccuracy') },
    { name: 'validation accuracy', color: COLORS.orange, width: 2.5, points: series('validAccuracy') },
    { name: 'full validation accuracy', color: COLORS.vermillion, dots: true, width: 2, dash: true, points: series('fullValidAccuracy') },
  ];
  const markers = best ? [{ x: best.step, y: best.loss, label: `lowest validation loss ${best.loss.toFixed(3)}, step ${best.step}`, color: COLORS.green }] : [];
  const bestText = best
    ? ` The lowest validation loss, ${best.loss.toFixed(4)}, is at step ${best.step}${best.checkpoint ? ` (checkpoint ${best.model})` : ''}.`
    : '';
  const warnText = warnings.length ? ` Shaded: validation loss rising while training loss falls, steps ${warnings.map((w) => `${w.fromStep}–${w.toStep}`).join(' and ')}.` : '';
  const visible = (s) => s.filter((x) => x.points.length);

  const lossChart = lineChart({
    id: 'chart-loss',
    title: 'Loss per step',
    description: `${visible(loss).map((s) => describe(s.name, s.points, fixed(3))).join('; ')}.${bestText}${warnText}`,
    series: visible(loss),
    markers,
    spans,
    xLabel: 'step',
    yLabel: 'loss',
    yFormat: (v) => v.toFixed(2),
    yMin: 0,
  });
  const accuracyChart = lineChart({
    id: 'chart-accuracy',
    title: 'Token accuracy per step',
    description: `${visible(accuracy).map((s) => describe(s.name, s.points, percent)).join('; ')}.${warnText}`,
    series: visible(accuracy),
    spans,
    xLabel: 'step',
    yLabel: 'mean token accuracy',
    yFormat: (v) => `${Math.round(v * 100)}%`,
  });

  const rows = checkpoints.map((c) => [
    String(c.step),
    best?.checkpoint && best.step === c.step ? html(`<strong>${esc(c.model)}</strong> ◀ lowest validation loss`) : c.model,
    fixed(3)(c.trainLoss), fixed(3)(c.validLoss), fixed(3)(c.fullValidLoss), percent(c.fullValidAccuracy ?? c.validAccuracy),
  ]);
  const last = points.at(-1);
  const status = job?.status ? `; ${job.status}` : '';
  const subtitle = `${job?.id ? `Job ${job.id}` : 'Fine-tuning job'}${job?.model ? ` on ${job.model}` : ''}: `
    + `step ${last ? last.step : 0} of ${training.totalSteps}${status}`;

  const body = [
    warnings.length ? section('Warning', warnings.map(warningBlock), 'warnings') : null,
    section('Loss', [lossChart, paragraph('Training loss is measured on each step’s batch; validation loss on a sample of the validation file every few steps; full validation loss on the whole validation file at each epoch’s end.', 'note')], 'loss'),
    section('Token accuracy', [accuracyChart], 'accuracy'),
    section('Checkpoints', [
      checkpoints.length
        ? table({ head: ['step', 'model', 'training loss', 'validation loss', 'full validation loss', 'validation accuracy'], numeric: [true, false, true, true, true, true], rows })
        : paragraph('No checkpoints yet.', 'note'),
      best ? paragraph(best.checkpoint
        ? `Use ${best.model}: its validation loss (${best.loss.toFixed(4)}) is the lowest. Evaluate it on the gold sets (tools/eval.mjs) before a child sees it.`
        : `The lowest validation loss (${best.loss.toFixed(4)}) is at step ${best.step}, where no checkpoint was kept.`) : null,
    ].filter(Boolean), 'checkpoints'),
    training.messages.length ? section('Messages', [table({
      head: ['time (UTC)', 'level', 'message'],
      rows: training.messages.slice(-20).map((m) => [m.at ? new Date(m.at * 1000).toISOString().slice(0, 19).replace('T', ' ') : '—', m.level, m.message]),
    })], 'messages') : null,
  ].filter(Boolean);
  return page({ title: 'Malmoi fine-tuning curves', subtitle, body });
}
