// A small load generator: a steady request rate split across pods by weight, as a canary
// traffic split does. It remembers when each pod first and last answered 5xx — the breach
// a gate has to catch.
import { rng } from './telemetry-fixtures.mjs';

/**
 * @param {{ ratePerSecond: number, seed?: number, couponShare?: number }} options
 *   couponShare: the fraction of carts that carry a coupon code.
 */
export function startLoad({ ratePerSecond, seed = 7, couponShare = 0.05 }) {
  const random = rng(seed);
  /** @type {Array<{ name: string, url: string, weight: number }>} */
  let targets = [];
  const stats = {};
  const inFlight = new Set();
  const send = async (target) => {
    const items = 1 + Math.floor(random() * 9);
    const coupon = random() < couponShare ? '&coupon=SPRING' : '';
    const s = (stats[target.name] ??= { requests: 0, errors: 0, firstErrorAt: undefined, lastErrorAt: undefined });
    try {
      const res = await fetch(`${target.url}/checkout?items=${items}${coupon}`);
      await res.arrayBuffer();
      s.requests++;
      if (res.status >= 500) {
        s.errors++;
        s.firstErrorAt ??= Date.now();
        s.lastErrorAt = Date.now();
      }
    } catch {
      // A pod that is going away mid-request: not the app's answer, not counted.
    }
  };
  const pick = () => {
    const total = targets.reduce((sum, t) => sum + t.weight, 0);
    let x = random() * total;
    return targets.find((t) => (x -= t.weight) < 0) ?? targets.at(-1);
  };
  const timer = setInterval(() => {
    if (targets.length === 0) return;
    const p = send(pick());
    inFlight.add(p);
    p.finally(() => inFlight.delete(p));
  }, 1000 / ratePerSecond);
  return {
    stats,
    /** Replace the traffic split, e.g. [{name, url, weight: 80}, {name, url, weight: 20}]. */
    route(next) {
      targets = next.filter((t) => t.weight > 0);
    },
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
    }
  };
}
