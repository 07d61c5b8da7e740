// web-test-runner plugin: TCP proxies between a test page and the meeting service, so that a test
// can break the network under a live signaling connection the way real networks break it (a
// browser offers no way to cut its own open WebSocket). Signaling goes through the proxy when the
// test rewrites the meeting's SignalingUrl to it; media (UDP) does not.
//
//   POST /__tcp-proxy/start     {target}           a new proxy to `target` (an http or ws URL) → {port}
//   POST /__tcp-proxy/blackhole {port}             open connections stop passing bytes, both ways,
//                                                  without closing (a dead NAT mapping); new
//                                                  connections work
//   POST /__tcp-proxy/reset     {port, refuseMs}   open connections are reset, and new ones are
//                                                  refused for `refuseMs` (a network that drops)
//   POST /__tcp-proxy/allow     {port}             new connections are accepted again
//   POST /__tcp-proxy/stats     {port}             → {accepted}: connections accepted so far
//   POST /__tcp-proxy/stop      {port}
import { createServer, connect } from 'node:net';

function startProxy(target) {
  const { hostname, port } = new URL(target.replace(/^ws/, 'http'));
  const pairs = new Set();
  let refuseUntil = 0;
  let accepted = 0;
  const server = createServer((client) => {
    if (Date.now() < refuseUntil) {
      client.resetAndDestroy();
      return;
    }
    accepted++;
    const upstream = connect(Number(port), hostname);
    const pair = { client, upstream, blackholed: false };
    pairs.add(pair);
    const forward = (from, to) =>
      from.on('data', (chunk) => {
        if (!pair.blackholed) to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  const listening = new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(server.address().port)),
  );
  return {
    listening,
    get accepted() {
      return accepted;
    },
    allow() {
      refuseUntil = 0;
    },
    blackhole() {
      for (const pair of pairs) pair.blackholed = true;
    },
    reset(refuseMs) {
      refuseUntil = Date.now() + refuseMs;
      for (const pair of [...pairs]) {
        pairs.delete(pair);
        pair.client.resetAndDestroy();
        pair.upstream.destroy();
      }
    },
    stop() {
      this.reset(0);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function bodyOf(context) {
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export function tcpProxyPlugin() {
  const proxies = new Map();
  return {
    name: 'tcp-proxy',
    async serverStop() {
      await Promise.all([...proxies.values()].map((proxy) => proxy.stop()));
      proxies.clear();
    },
    async serve(context) {
      if (context.method !== 'POST' || !context.path.startsWith('/__tcp-proxy/')) return undefined;
      const action = context.path.slice('/__tcp-proxy/'.length);
      const body = await bodyOf(context);
      const reply = (value) => ({ body: JSON.stringify(value), type: 'json' });
      if (action === 'start') {
        const proxy = startProxy(String(body.target));
        const port = await proxy.listening;
        proxies.set(port, proxy);
        return reply({ port });
      }
      const proxy = proxies.get(Number(body.port));
      if (!proxy) return reply({ error: `no proxy on port ${body.port}` });
      if (action === 'blackhole') proxy.blackhole();
      else if (action === 'reset') proxy.reset(Number(body.refuseMs ?? 0));
      else if (action === 'allow') proxy.allow();
      else if (action === 'stats') return reply({ accepted: proxy.accepted });
      else if (action === 'stop') {
        await proxy.stop();
        proxies.delete(Number(body.port));
      } else return reply({ error: `unknown action ${action}` });
      return reply({ ok: true });
    },
  };
}
