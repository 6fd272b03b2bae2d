/**
 * OTEL_RESOURCE_ATTRIBUTES: `key=value` pairs joined by commas, values percent-encoded
 * (OpenTelemetry SDK environment variable spec, W3C Baggage value rules). One malformed pair
 * makes an SDK discard the whole variable, so we encode everything outside the safe set and
 * keep the service's own pairs byte-for-byte.
 */

/** Characters a baggage value may carry unencoded (printable ASCII minus `"`, `,`, `;`, `\`, `%`, `=`, space). */
const SAFE = /[A-Za-z0-9!#$&'()*+\-./:<>?@[\]^_`{|}~]/;

export function encodeAttributeValue(value: string): string {
  let out = '';
  for (const ch of value) {
    if (SAFE.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Attribute keys are written as they are; refuse one that would break the list. */
function assertKey(key: string): void {
  if (!/^[A-Za-z0-9._\-/]+$/.test(key)) throw new Error(`invalid resource attribute key '${key}'`);
}

/**
 * Merge `ours` into an existing value: pairs with other keys are kept verbatim and in order,
 * pairs with our keys are replaced, ours are appended in the order given.
 */
export function mergeResourceAttributes(existing: string | undefined, ours: Record<string, string>): string {
  const kept = (existing ?? '')
    .split(',')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '')
    .filter((pair) => {
      const key = pair.slice(0, Math.max(pair.indexOf('='), 0)).trim();
      return !(key in ours);
    });
  const added = Object.entries(ours).map(([key, value]) => {
    assertKey(key);
    return `${key}=${encodeAttributeValue(value)}`;
  });
  return [...kept, ...added].join(',');
}

/** Decode to a map, as an SDK would (for tests and for reading back what is deployed). */
export function parseResourceAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    out[pair.slice(0, eq).trim()] = decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return out;
}
