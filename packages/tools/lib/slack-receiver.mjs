// A loopback stand-in for Slack (it cannot run here): an incoming-webhook endpoint
// (POST /services/T/B/X) and the Web API's chat.postMessage, checking the documented Block Kit
// payload shape. `script` decides each answer: 'ok', {status: 429, retryAfter}, 500, or
// 'garbage' (HTTP 200 with an HTML page, as a captive portal or a misrouted proxy answers).
import { createServer } from 'node:http';

const BLOCK_TYPES = new Set(['header', 'section', 'context', 'divider', 'actions', 'image']);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What a cut in the wrong place leaves in mrkdwn: an `&` that starts no escape outside a link
 * (`&amp;` cut to `&am`), a `<` never closed (a link cut in half), half a surrogate pair.
 */
export function mrkdwnProblems(text) {
  const problems = [];
  if (LONE_SURROGATE.test(text)) problems.push('half a surrogate pair');
  const outsideLinks = text.replace(/<[^<>]*>/g, '');
  if (outsideLinks.includes('<') || outsideLinks.includes('>')) problems.push('an unclosed or raw < >');
  if (/&(?!amp;|lt;|gt;)/.test(outsideLinks)) problems.push('a broken & escape');
  return problems;
}

/**
 * The checks Slack applies that a wrong payload would fail (docs.slack.dev/reference/block-kit/blocks:
 * section text 1-3000, fields ≤ 10 of ≤ 2000, header plain_text ≤ 150, context 1-10 elements), and
 * the escapes and links of every mrkdwn text left whole.
 */
export function blockKitProblems(payload) {
  const problems = [];
  const mrkdwn = (where, text) => problems.push(...mrkdwnProblems(text).map((p) => `${where}: ${p}`));
  if (typeof payload.text === 'string') mrkdwn('text', payload.text);
  if (typeof payload.text !== 'string' || payload.text === '') problems.push('text (the fallback) missing');
  if (!Array.isArray(payload.blocks) || payload.blocks.length === 0 || payload.blocks.length > 50)
    problems.push('blocks must be 1-50 items');
  for (const [i, block] of (payload.blocks ?? []).entries()) {
    if (!BLOCK_TYPES.has(block.type)) problems.push(`block ${i}: unknown type ${block.type}`);
    if (block.type === 'header' && (block.text?.type !== 'plain_text' || !(block.text.text?.length <= 150)))
      problems.push(`block ${i}: header needs plain_text ≤ 150`);
    if (block.type === 'section') {
      if (!block.text && !block.fields) problems.push(`block ${i}: section needs text or fields`);
      if (
        block.fields &&
        (block.fields.length > 10 ||
          block.fields.some((f) => !['mrkdwn', 'plain_text'].includes(f.type) || f.text.length > 2000))
      )
        problems.push(`block ${i}: fields ≤ 10, each ≤ 2000`);
      if (block.text && !(block.text.text.length >= 1 && block.text.text.length <= 3000))
        problems.push(`block ${i}: text 1-3000`);
      for (const t of [block.text, ...(block.fields ?? [])].filter((t) => t?.type === 'mrkdwn'))
        mrkdwn(`block ${i}`, t.text);
    }
    if (block.type === 'header' && LONE_SURROGATE.test(block.text?.text ?? ''))
      problems.push(`block ${i}: header has half a surrogate pair`);
    if (block.type === 'context') {
      if (!(block.elements?.length > 0 && block.elements.length <= 10))
        problems.push(`block ${i}: context needs 1-10 elements`);
      for (const e of block.elements ?? []) {
        if (e.text?.length > 3000) problems.push(`block ${i}: context text ≤ 3000`);
        if (e.type === 'mrkdwn') mrkdwn(`block ${i}`, e.text);
      }
    }
  }
  return problems;
}

/**
 * @param {{ script?: Array<string | number | { status: number, retryAfter: number }>, token?: string }} [options]
 */
export async function startSlackReceiver({ script = ['ok'], token } = {}) {
  const received = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const step = script[Math.min(n++, script.length - 1)];
      received.push({ url: req.url, headers: req.headers, body, answered: step });
      const api = req.url === '/api/chat.postMessage';
      if (step && typeof step === 'object' && step.status === 429) {
        return res.writeHead(429, { 'retry-after': String(step.retryAfter) }).end('rate_limited');
      }
      if (typeof step === 'number') return res.writeHead(step).end('internal_error');
      if (step === 'garbage')
        return res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body>Access denied by policy</body></html>');
      const problems = blockKitProblems(body);
      if (api) {
        const ok = req.headers.authorization === `Bearer ${token}` && body.channel && problems.length === 0;
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(
            JSON.stringify(
              ok
                ? { ok: true, channel: 'C0GOLDEN01', ts: `${1712345678 + n}.000100` }
                : { ok: false, error: problems[0] ?? 'invalid_auth' }
            )
          );
      }
      if (problems.length > 0) return res.writeHead(400).end('invalid_blocks');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    webhookUrl: `${base}/services/T000/B000/sEcReTwEbHoOkPaTh`,
    apiUrl: `${base}/api`,
    received,
    close: () => new Promise((r) => server.close(r))
  };
}
