// The shop's app code as two commits have it. The bad commit is an ordinary refactor slip:
// coupons moved to a lookup table, but the table was never filled, so every cart with a
// coupon fails with a TypeError — a fraction of requests, like most real regressions.
export const GOOD = `const COUPONS = { SPRING: { percent: 10 } };
export function checkout({ items, coupon }) {
  const subtotal = items * 1250;
  const discount = coupon && COUPONS[coupon] ? Math.round((subtotal * COUPONS[coupon].percent) / 100) : 0;
  return { items, total: subtotal - discount };
}
`;

export const BAD = `const COUPONS = new Map();
export function checkout({ items, coupon }) {
  const subtotal = items * 1250;
  const discount = coupon ? Math.round((subtotal * COUPONS.get(coupon).percent) / 100) : 0;
  return { items, total: subtotal - discount };
}
`;
