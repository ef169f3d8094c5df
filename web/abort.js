/**
 * A signal that aborts when any of `signals` aborts, with that signal's reason: AbortSignal.any where
 * the runtime has it (Node 20, current browsers), the same by hand where it does not (Node 18, which
 * Debian 12 ships, and Safari before 17.4). Used by the app (model.js, policy.js) and the server.
 * @param {AbortSignal[]} signals
 * @returns {AbortSignal}
 */
export function anySignal(signals) {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}
