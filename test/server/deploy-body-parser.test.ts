// A body parser mounted before Paymend (express.json() first, or `await request.json()` in a
// route) leaves no body to read: the answer must name the mount order. Real HTTP, an
// Express-like middleware chain without Express.
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { createHandler, toNodeHandler, type PaymendHandler } from '../../src/server/index.js';
import { send, serve, type Served } from './deploy-http.js';
import { PUBLISHABLE_KEY, WEBHOOK_SECRET, seedCustomer, stripeClientFor } from './harness.js';

type Middleware = (req: IncomingMessage & { body?: unknown; _body?: boolean; originalUrl?: string }, res: ServerResponse, next: () => void) => void;

/** What express.json() does: drain the stream, parse it, mark the request as parsed. */
const jsonParser: Middleware = (req, _res, next) => {
  if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return next();
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    req.body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    req._body = true;
    next();
  });
};

/** A hand-written reader that leaves no mark but an ended stream. */
const drain: Middleware = (req, _res, next) => {
  req.resume();
  req.on('end', next);
};

/** app.use(...middlewares), with app.use('/billing/paymend', paymend) semantics for the mount. */
function chain(middlewares: Middleware[], paymend: ReturnType<typeof toNodeHandler>) {
  return (req: IncomingMessage, res: ServerResponse) => {
    let index = 0;
    const next = () => {
      const middleware = middlewares[index++];
      if (middleware) return middleware(req, res, next);
      const original = req.url!;
      Object.assign(req, { originalUrl: original, url: original.replace('/billing/paymend', '') });
      paymend(req, res);
    };
    next();
  };
}

let standin: StripeStandin;
let customerId: string;
let logs: string[];
let handler: PaymendHandler;
before(async () => {
  standin = await startStripeStandin();
  customerId = seedCustomer(standin).customerId;
  logs = [];
  handler = createHandler({
    stripe: stripeClientFor(standin),
    publishableKey: PUBLISHABLE_KEY,
    webhookSecret: WEBHOOK_SECRET,
    basePath: '/billing/paymend',
    resolveCustomer: () => customerId,
    logger: { warn: (m) => logs.push(`warn: ${m}`), error: (m) => logs.push(`error: ${m}`) },
  });
});
after(async () => {
  await handler.close();
  await standin.close();
});

const widget = { 'content-type': 'application/json', 'paymend-request': '1', 'sec-fetch-site': 'same-origin' };
const MOUNT_ORDER = /Mount Paymend before express\.json\(\)/;

async function assertMountOrderNamed(server: Served, why: string) {
  for (const [path, headers] of [
    ['/billing/paymend/setup-intent', widget],
    ['/billing/paymend/webhook', { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': 't=1,v1=00' }],
  ] as const) {
    logs.length = 0;
    const answer = await send(server.port, { path, headers, body: '{"id":"evt_1"}' });
    assert.equal(answer.status, 500, `${why}, ${path}: ${answer.text}`);
    const error = answer.json().error!;
    assert.equal(error.code, 'internal_error');
    assert.match(error.message, MOUNT_ORDER, `${why}, ${path}`);
    assert.ok(logs.some((line) => line.startsWith('error: ') && MOUNT_ORDER.test(line)), `logged (${why}, ${path}): ${logs.join(' | ')}`);
  }
}

describe('a body parser mounted before Paymend', () => {
  it('express.json() first: widget POSTs and the webhook name the mount order', { timeout: 30_000 }, async () => {
    const server = await serve(chain([jsonParser], toNodeHandler(handler)));
    try {
      await assertMountOrderNamed(server, 'express.json() first');
      // GETs have no body: the status still works with the parser in front.
      assert.equal((await send(server.port, { method: 'GET', path: '/billing/paymend/status' })).status, 200);
    } finally {
      await server.close();
    }
  });

  it('any middleware that drained the stream first, also for a wrapped handler', { timeout: 30_000 }, async () => {
    const wrapped = async (request: Request) => handler(request);
    for (const paymend of [toNodeHandler(handler), toNodeHandler(wrapped)]) {
      const server = await serve(chain([drain], paymend));
      try {
        await assertMountOrderNamed(server, 'drained stream');
      } finally {
        await server.close();
      }
    }
  });

  it('a web Request whose body was already read (`await request.json()` before paymend(request))', { timeout: 30_000 }, async () => {
    const server = await serve((req, res) => {
      const request = new Request(`http://localhost:3000${req.url}`, {
        method: req.method,
        headers: new Headers(req.headers as Record<string, string>),
        body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
        duplex: 'half',
      } as RequestInit);
      void (async () => {
        await request.json();
        const response = await handler(request);
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })();
    });
    try {
      await assertMountOrderNamed(server, 'body read in the route');
    } finally {
      await server.close();
    }
  });

  it('mounted before the parser, the same chain works', { timeout: 30_000 }, async () => {
    const paymend = toNodeHandler(handler);
    const server = await serve((req, res) => (req.url!.startsWith('/billing/paymend/') ? chain([], paymend)(req, res) : chain([jsonParser], paymend)(req, res)));
    try {
      const answer = await send(server.port, { path: '/billing/paymend/setup-intent', headers: widget, body: '{}' });
      assert.equal(answer.status, 200, answer.text);
    } finally {
      await server.close();
    }
  });
});
