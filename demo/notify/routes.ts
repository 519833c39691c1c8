/**
 * The demo's notification routes: the outbox (page, JSON, each email's HTML) and the button that
 * advances the clock. A table of small functions like the handler's; `undefined` means "not mine".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DAY_MS, parseAdvanceDays, type DemoClock } from './clock.js';
import { EMAIL_FRAME_CSP, OUTBOX_PAGE_CSP, parseScheme, previewEmail, renderOutboxPage } from './outbox-page.js';
import type { Outbox } from './outbox.js';

export interface NotifyRoutesContext {
  outbox: Outbox;
  clock: DemoClock;
  /** The demo's own origin (`http://127.0.0.1:8080`): POSTs from anywhere else are refused. */
  origin: string;
  /** Offline only: real Stripe's clock cannot be moved, and the handler must agree with it. */
  canAdvance: boolean;
}

const HELP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Help — Acme Analytics</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem"><h1>Acme Analytics help</h1>
<p>This is the help page the demo's messages link to. Write to <a href="mailto:help@acme.example">help@acme.example</a>, or go back to the <a href="/">dashboard</a>.</p></body></html>`;

type Send = (res: ServerResponse, status: number, type: string, body: string, headers?: Record<string, string>) => void;

/**
 * A state-changing POST is ours only when the browser says it came from our own page: a
 * `Sec-Fetch-Site: same-origin` (every current browser sends it), else an `Origin` equal to ours.
 * Neither (a form on another site, a bare `curl`) or anything else is refused. Never from Host.
 */
export function isSameOriginPost(headers: IncomingMessage['headers'], origin: string): boolean {
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  return headers.origin === origin;
}

async function readSmallBody(req: IncomingMessage, limit = 1024): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > limit) throw new RangeError('body too large');
  }
  return body;
}

async function advanceClock(ctx: NotifyRoutesContext, req: IncomingMessage, res: ServerResponse, send: Send): Promise<void> {
  if (!isSameOriginPost(req.headers, ctx.origin)) return send(res, 403, 'text/plain; charset=utf-8', 'Cross-site request refused');
  if (!ctx.canAdvance) return send(res, 409, 'text/plain; charset=utf-8', 'With real Stripe keys the clock follows Stripe and cannot be advanced');
  let days: number | null = null;
  try {
    const all = new URLSearchParams(await readSmallBody(req)).getAll('days');
    days = all.length === 1 ? parseAdvanceDays(all[0]) : null;
  } catch {
    return send(res, 413, 'text/plain; charset=utf-8', 'Request body too large');
  }
  if (days === null) return send(res, 400, 'text/plain; charset=utf-8', 'Advance by 1, 3 or 7 days');
  await ctx.clock.advance(days * DAY_MS);
  const now = new Date(ctx.clock.now()).toISOString();
  // A script asks for JSON; the dashboard's plain form (no script needed) goes back to the dashboard.
  if (/application\/json/.test(req.headers.accept ?? '')) {
    return send(res, 200, 'application/json', JSON.stringify({ now, aheadDays: ctx.clock.aheadMs / DAY_MS, outbox: ctx.outbox.count }));
  }
  send(res, 303, 'text/plain; charset=utf-8', '', { location: '/#notify-title' });
}

/** Serves the route if it is one of these; resolves false when it is not. */
export async function serveNotifyRoute(ctx: NotifyRoutesContext, req: IncomingMessage, res: ServerResponse, url: URL, send: Send): Promise<boolean> {
  const method = req.method ?? 'GET';
  if (url.pathname === '/demo/clock') {
    if (method !== 'POST') send(res, 405, 'text/plain; charset=utf-8', 'POST only', { allow: 'POST' });
    else await advanceClock(ctx, req, res, send);
    return true;
  }
  if (url.pathname === '/help') {
    // Where every message's "how to reach us" points: a merchant's help page, here a stub.
    send(res, 200, 'text/html; charset=utf-8', HELP_PAGE, { 'content-security-policy': OUTBOX_PAGE_CSP });
    return true;
  }
  if (url.pathname !== '/outbox' && url.pathname !== '/outbox.json' && !url.pathname.startsWith('/outbox/')) return false;
  if (method !== 'GET' && method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'GET only', { allow: 'GET, HEAD' });
    return true;
  }
  if (url.pathname === '/outbox.json') {
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(ctx.outbox.list()));
  } else if (url.pathname === '/outbox') {
    send(res, 200, 'text/html; charset=utf-8', renderOutboxPage(ctx.outbox, new Date(ctx.clock.now()).toISOString(), parseScheme(url.searchParams.get('scheme'))), {
      'content-security-policy': OUTBOX_PAGE_CSP,
      'x-content-type-options': 'nosniff',
    });
  } else {
    const n = /^\/outbox\/(\d{1,6})\.html$/.exec(url.pathname)?.[1];
    const entry = n === undefined ? undefined : ctx.outbox.at(Number(n));
    if (!entry?.html) send(res, 404, 'text/plain; charset=utf-8', 'No such email');
    else send(res, 200, 'text/html; charset=utf-8', previewEmail(entry.html, parseScheme(url.searchParams.get('scheme'))), { 'content-security-policy': EMAIL_FRAME_CSP, 'x-content-type-options': 'nosniff' });
  }
  return true;
}
