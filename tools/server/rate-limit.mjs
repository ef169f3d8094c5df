/**
 * Per-client token bucket. Each client starts with `burst` tokens; a request takes one; tokens come
 * back at `ratePerMinute`. No timers: buckets refill lazily when touched, and idle buckets (full again)
 * are swept at most once a minute so the map stays small.
 */

/**
 * @typedef {object} RateDecision
 * @property {boolean} ok                 whether the request may go ahead
 * @property {number} retryAfterSeconds   whole seconds until one token is back (0 when ok)
 */

/**
 * @param {{ratePerMinute: number, burst: number, now?: () => number}} options  `now` in milliseconds
 * @returns {{take: (client: string) => RateDecision, size: () => number}}
 */
export function createRateLimiter({ ratePerMinute, burst, now = Date.now }) {
  if (!(ratePerMinute > 0) || !(burst >= 1)) throw new RangeError('rate and burst must be positive');
  const perMs = ratePerMinute / 60000;
  /** @type {Map<string, {tokens: number, at: number}>} */
  const buckets = new Map();
  let lastSweep = now();

  function refill(bucket, time) {
    bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
  }

  function sweep(time) {
    if (time - lastSweep < 60000) return;
    lastSweep = time;
    for (const [client, bucket] of buckets) {
      refill(bucket, time);
      if (bucket.tokens >= burst) buckets.delete(client);
    }
  }

  return {
    take(client) {
      const time = now();
      sweep(time);
      let bucket = buckets.get(client);
      if (!bucket) {
        bucket = { tokens: burst, at: time };
        buckets.set(client, bucket);
      }
      refill(bucket, time);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true, retryAfterSeconds: 0 };
      }
      const waitMs = (1 - bucket.tokens) / perMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
