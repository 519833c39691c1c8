/**
 * The merchant's side of the demo: `/admin`, an admin page with `<paymend-report>`, behind its own
 * demo login (`/admin/login`). The handler's `authorizeReport` asks this module, and only this
 * module: the customer's `demo_session` never reads the report, and the admin cookie never signs
 * anyone in as a customer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSameOriginPost } from '../notify/routes.js';
import { renderAdminLogin, renderAdminPage } from './admin-page.js';

export const ADMIN_COOKIE = 'demo_admin';
const COOKIE = new RegExp(`(?:^|;\\s*)${ADMIN_COOKIE}=([A-Za-z0-9]{32})(?:;|$)`);

type Send = (res: ServerResponse, status: number, type: string, body: string, headers?: Record<string, string>) => void;

export class AdminSessions {
  private readonly ids = new Set<string>();

  /** A new admin session; its id is the cookie's value. */
  open(): string {
    const id = crypto.randomUUID().replaceAll('-', '');
    this.ids.add(id);
    return id;
  }

  /** Whether a Cookie header carries an admin session this demo opened. */
  isAdmin(cookieHeader: string | null | undefined): boolean {
    const id = COOKIE.exec(cookieHeader ?? '')?.[1];
    return id !== undefined && this.ids.has(id);
  }

  /** The handler's `authorizeReport`: the admin cookie, nothing else. */
  readonly authorizeReport = (request: Request): boolean => this.isAdmin(request.headers.get('cookie'));
}

export interface AdminContext {
  sessions: AdminSessions;
  /** The demo's origin: the login POST from anywhere else is refused. */
  origin: string;
  basePath: string;
  /** What the page says was seeded (count and span), or null when nothing was (Stripe test mode). */
  seeded: { invoices: number; months: number; from: string } | null;
}

/** Serves `/admin` and `/admin/login`; false when the path is not one of them. */
export function serveAdminRoute(ctx: AdminContext, req: IncomingMessage, res: ServerResponse, url: URL, send: Send): boolean {
  const html = 'text/html; charset=utf-8';
  if (url.pathname === '/admin/login') {
    if (req.method === 'GET') {
      send(res, 200, html, renderAdminLogin());
      return true;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET, POST' });
      return true;
    }
    // A login form another site could post would sign a visitor in without asking (login CSRF).
    if (!isSameOriginPost(req.headers, ctx.origin)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Cross-site request refused');
      return true;
    }
    const id = ctx.sessions.open();
    send(res, 303, 'text/plain', '', { location: '/admin', 'set-cookie': `${ADMIN_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict` });
    return true;
  }
  if (url.pathname === '/admin') {
    if (req.method !== 'GET') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET' });
      return true;
    }
    if (!ctx.sessions.isAdmin(req.headers.cookie)) {
      send(res, 303, 'text/plain', '', { location: '/admin/login' });
      return true;
    }
    send(res, 200, html, renderAdminPage({ endpoint: ctx.basePath, seeded: ctx.seeded }));
    return true;
  }
  return false;
}
