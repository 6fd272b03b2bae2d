// A dependency that fails, served on loopback, in the five ways a network fails a client:
//   down     nothing listens on the port (connect is refused)
//   silent   accepts the connection, reads what comes, never sends a byte
//   slow     answers 200 with its headers at once, then one body byte a second, never finishing
//   garbage  answers every connection with bytes that are not HTTP, then closes
//   5xx      answers every request 503 Service Unavailable (a JSON body), then closes
// Raw TCP, so every byte on the wire is the one written here, whatever the client speaks (git's
// smart HTTP, the registry API, Kubernetes, Slack, OTLP, OpenSearch, Prometheus, GitHub).
import { createServer } from 'node:net';
import { freePort } from './real-servers.mjs';

export const MODES = ['down', 'silent', 'slow', 'garbage', '5xx'];

const SERVICE_UNAVAILABLE = '{"error":"service unavailable"}';

/** Start a dependency failing in `mode`; `url` is its base URL, `close()` stops it. */
export async function startHostile(mode) {
  if (!MODES.includes(mode)) throw new Error(`unknown failure mode '${mode}' (one of ${MODES.join(', ')})`);
  if (mode === 'down') {
    const port = await freePort();
    return { mode, host: `127.0.0.1:${port}`, url: `http://127.0.0.1:${port}`, connections: 0, close: async () => {} };
  }
  const sockets = new Set();
  const timers = new Set();
  const handle = { mode, connections: 0 };
  const server = createServer((socket) => {
    handle.connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    if (mode === 'silent') return void socket.resume();
    if (mode === 'garbage') return void socket.end('\x00\x01\x02garbage \xff\xfe not HTTP at all\r\n\r\n');
    // slow and 5xx answer once the request's head has arrived.
    let head = '';
    const onData = (chunk) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      socket.resume();
      if (mode === '5xx') {
        socket.end(
          'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n' +
            `Content-Length: ${SERVICE_UNAVAILABLE.length}\r\nConnection: close\r\n\r\n${SERVICE_UNAVAILABLE}`
        );
        return;
      }
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n');
      const timer = setInterval(() => socket.write(' '), 1000);
      timers.add(timer);
      socket.on('close', () => {
        clearInterval(timer);
        timers.delete(timer);
      });
    };
    socket.on('data', onData);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return Object.assign(handle, {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  });
}
