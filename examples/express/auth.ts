/**
 * Stands in for your own auth (a session store, Passport, Auth.js, Clerk…): replace this file.
 *
 * Paymend asks `resolveCustomer(request)` who is signed in. The answer must come from your server's
 * records, never from an id the browser sent: here a signed cookie names the user, and USERS (your
 * users table) holds each user's Stripe customer id.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const USERS: Record<string, { stripeCustomerId: string | undefined }> = {
  demo: { stripeCustomerId: process.env.EXAMPLE_CUSTOMER_ID },
};

function sign(userId: string): string {
  const secret = process.env.SESSION_SECRET;
  if (!secret) throw new Error('Set SESSION_SECRET: it signs the session cookie');
  return createHmac('sha256', secret).update(userId).digest('base64url');
}

/** The Set-Cookie header that signs `userId` in. */
export function sessionCookie(userId: string): string {
  return `session=${userId}.${sign(userId)}; Path=/; HttpOnly; SameSite=Lax`;
}

/** The signed-in user's Stripe customer id, or null (Paymend then answers 401). */
export function signedInCustomer(request: Request): string | null {
  const value = /(?:^|;\s*)session=([\w-]+)\.([\w-]+)/.exec(request.headers.get('cookie') ?? '');
  if (!value) return null;
  const [, userId = '', signature = ''] = value;
  const expected = Buffer.from(sign(userId));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Object.hasOwn(USERS, userId) ? (USERS[userId]!.stripeCustomerId ?? null) : null;
}
