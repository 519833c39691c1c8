/**
 * Signed no-login links: `v1.<payload>.<mac>`, both parts base64url, the MAC an HMAC-SHA256 of
 * `v1.<payload>` under the merchant's link secret. The payload names one customer, the invoice, the
 * step and channel of the message it came in, the locale to speak, and when it was issued and
 * stops working. Nothing in it is secret (the customer holds it); the MAC makes it unforgeable.
 *
 * Two layers, as in derive.ts: `signToken` / `readToken` are pure (a secret, a moment, plain data)
 * and decide forged / expired / valid; `LinkSigner` adds what needs the store, the revocation of an
 * invoice's links once it is fixed ("used"). Revocation is by time: links of that customer and
 * invoice issued up to the revocation are used, a link issued later (a new problem with the same
 * card, `invoiceId: null`) works.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { NOTIFY_CHANNELS, NOTIFY_STEPS, type NotifyChannel, type NotifyStep } from '../../notify/types.js';
import { storeUnavailable } from '../errors.js';
import type { Store } from '../stores/types.js';

const VERSION = 'v1';
const DAY_MS = 86_400_000;
/** base64url of 32 bytes, unpadded. */
const MAC_LENGTH = 43;
/** A payload far larger than any we sign is refused before any work (claims are ~200 bytes). */
const MAX_PAYLOAD = 1024;
const TOKEN = new RegExp(`^${VERSION}\\.([A-Za-z0-9_-]{1,${MAX_PAYLOAD}})\\.([A-Za-z0-9_-]{${MAC_LENGTH}})$`);

/** What a link lets its holder do: this customer's update flow, for this message. */
export interface LinkClaims {
  customerId: string;
  /** The invoice the message was about; null for a card that is only expiring. */
  invoiceId: string | null;
  step: NotifyStep;
  channel: NotifyChannel;
  /** BCP 47: the page speaks the language the message was written in. */
  locale: string;
  /** ms since epoch. */
  issuedAt: number;
  /** ms since epoch; the link works while `now < expiresAt`. */
  expiresAt: number;
}

export type LinkSubject = Pick<LinkClaims, 'customerId' | 'invoiceId' | 'step' | 'channel' | 'locale'>;

/**
 * A link's verdict. An expired or used link was still ours (its MAC is valid), so its claims are
 * known: the calm page speaks the customer's language. A forged one tells nothing.
 */
export type LinkVerdict =
  | { ok: true; claims: LinkClaims }
  | { ok: false; reason: 'forged' }
  | { ok: false; reason: 'expired' | 'used'; claims: LinkClaims };

// Short keys: the token travels in SMS, where every character counts.
const PayloadSchema = z.strictObject({
  c: z.string().regex(/^cus_[A-Za-z0-9]{1,250}$/),
  i: z.string().regex(/^in_[A-Za-z0-9]{1,250}$/).nullable(),
  s: z.enum(NOTIFY_STEPS),
  ch: z.enum(NOTIFY_CHANNELS),
  l: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
});

/** The subject of a link, checked: what `updateLink` and the notifier may sign. Throws a TypeError naming the field. */
export function checkSubject(subject: LinkSubject): LinkSubject {
  const parsed = PayloadSchema.pick({ c: true, i: true, s: true, ch: true, l: true }).safeParse({
    c: subject?.customerId,
    i: subject?.invoiceId,
    s: subject?.step,
    ch: subject?.channel,
    l: subject?.locale,
  });
  if (!parsed.success) {
    const names: Record<string, string> = { c: 'customerId', i: 'invoiceId', s: 'step', ch: 'channel', l: 'locale' };
    const fields = [...new Set(parsed.error.issues.map((issue) => names[String(issue.path[0])] ?? String(issue.path[0])))];
    throw new TypeError(`paymend link: invalid ${fields.join(', ')} (customerId cus_…, invoiceId in_… or null, a notify step and channel, a BCP 47 locale)`);
  }
  return subject;
}

/** The default link key when the merchant names none: derived from the webhook secret, so a fresh install works. */
export function deriveLinkSecret(webhookSecret: string): Buffer {
  // A separate key, not the webhook secret itself: a link MAC can never be replayed as a webhook signature.
  return Buffer.from(hkdfSync('sha256', webhookSecret, 'paymend', 'paymend link signing v1', 32));
}

function mac(secret: string | Buffer, signed: string): Buffer {
  return createHmac('sha256', secret).update(signed).digest();
}

/** Pure: the token for `claims` under `secret`. */
export function signToken(claims: LinkClaims, secret: string | Buffer): string {
  const payload: z.infer<typeof PayloadSchema> = {
    c: claims.customerId,
    i: claims.invoiceId,
    s: claims.step,
    ch: claims.channel,
    l: claims.locale,
    iat: claims.issuedAt,
    exp: claims.expiresAt,
  };
  const signed = `${VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${signed}.${mac(secret, signed).toString('base64url')}`;
}

/**
 * Pure: what `token` says at `now`, when any of `secrets` signed it. The MAC is checked before the
 * payload is even decoded, so nothing an attacker wrote is parsed; every comparison is constant-time
 * and every secret is tried (no early exit that times which key matched).
 */
export function readToken(token: unknown, secrets: ReadonlyArray<string | Buffer>, now: number): Exclude<LinkVerdict, { reason: 'used' }> {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  if (!match) return { ok: false, reason: 'forged' };
  const [, encoded = '', givenMac = ''] = match;
  const given = Buffer.from(givenMac, 'base64url');
  const signed = `${VERSION}.${encoded}`;
  let valid = false;
  for (const secret of secrets) {
    const expected = mac(secret, signed);
    if (given.length === expected.length && timingSafeEqual(given, expected)) valid = true;
  }
  if (!valid) return { ok: false, reason: 'forged' };
  let payload: z.infer<typeof PayloadSchema>;
  try {
    payload = PayloadSchema.parse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
  } catch {
    // Signed by us yet malformed: only a bug or a leaked key makes one. Never trusted.
    return { ok: false, reason: 'forged' };
  }
  const claims: LinkClaims = {
    customerId: payload.c,
    invoiceId: payload.i,
    step: payload.s,
    channel: payload.ch,
    locale: payload.l,
    issuedAt: payload.iat,
    expiresAt: payload.exp,
  };
  return now < claims.expiresAt ? { ok: true, claims } : { ok: false, reason: 'expired', claims };
}

/** Pure: the store key of a customer's invoice's revocation. */
export function revocationKey(customerId: string, invoiceId: string | null): string {
  return `link:revoked:${customerId}:${invoiceId ?? 'none'}`;
}

/** Pure: whether a revocation recorded at `revokedAt` (ms, as stored) ends the link. */
export function isRevoked(claims: LinkClaims, revokedAt: string | null): boolean {
  if (revokedAt === null) return false;
  const at = Number(revokedAt);
  // An unreadable record is taken as "revoked": a fixed problem's link must not come back to life.
  return !Number.isFinite(at) || claims.issuedAt <= at;
}

export interface LinkSignerOptions {
  /** Signs new links; first of the keys links are verified with. */
  secret: string | Buffer;
  /** Verify only (links still in circulation after a rotation). */
  previousSecrets?: ReadonlyArray<string | Buffer>;
  ttlDays: number;
  store: Store;
  now: () => number;
}

/** Signs, verifies and revokes the links of one handler. */
export class LinkSigner {
  private readonly secrets: ReadonlyArray<string | Buffer>;

  constructor(private readonly options: LinkSignerOptions) {
    this.secrets = [options.secret, ...(options.previousSecrets ?? [])];
  }

  /** A fresh token for `subject`, valid for `ttlDays` from now. Throws a TypeError on a malformed subject. */
  sign(subject: LinkSubject): string {
    const { customerId, invoiceId, step, channel, locale } = checkSubject(subject);
    const issuedAt = this.options.now();
    return signToken({ customerId, invoiceId, step, channel, locale, issuedAt, expiresAt: issuedAt + this.options.ttlDays * DAY_MS }, this.options.secret);
  }

  /** forged / expired / used, or the claims. A store that cannot answer is a 503: a revoked link must not pass. */
  async verify(token: unknown): Promise<LinkVerdict> {
    const verdict = readToken(token, this.secrets, this.options.now());
    if (!verdict.ok) return verdict;
    const { customerId, invoiceId } = verdict.claims;
    const revokedAt = await this.options.store.getValue(revocationKey(customerId, invoiceId)).catch((error: unknown) => {
      throw storeUnavailable(error);
    });
    return isRevoked(verdict.claims, revokedAt) ? { ok: false, reason: 'used', claims: verdict.claims } : verdict;
  }

  /** Ends every link issued so far for this customer's invoice (the notifier calls it once the invoice is recovered). */
  async revoke(customerId: string, invoiceId: string | null): Promise<void> {
    // Kept a little longer than any link of before could live: after that, expiry refuses them anyway.
    const ttlMs = (this.options.ttlDays + 1) * DAY_MS;
    await this.options.store.setValue(revocationKey(customerId, invoiceId), String(this.options.now()), ttlMs);
  }
}

/** Where links lead: the hosted page (`{origin}{basePath}/update?t=…`) or the merchant's own page. */
export type LinkTarget = { kind: 'hosted'; base: string } | { kind: 'page'; url: string };

export interface LinkTargetInput {
  pageUrl?: string | undefined;
  origin?: string | undefined;
  publicOrigins: readonly string[];
  basePath?: string | undefined;
}

/**
 * Pure: where links lead, or the problem that stops building an absolute URL (named after the
 * option to set). A message goes out of the app: a relative link would be useless in it.
 */
export function linkTargetOf(input: LinkTargetInput): LinkTarget | { problem: string } {
  if (input.pageUrl) return { kind: 'page', url: input.pageUrl };
  const origin = input.origin ? new URL(input.origin).origin : input.publicOrigins.find((o) => /^https?:\/\//.test(o));
  if (!origin) {
    return { problem: 'notify.links.origin: set it (or publicOrigin) to the origin the handler is reached at, so links in messages are absolute URLs' };
  }
  if (input.basePath === undefined) {
    return { problem: 'basePath: set it (e.g. "/billing/paymend") so links can name the update page, or set notify.links.pageUrl' };
  }
  return { kind: 'hosted', base: `${origin}${input.basePath === '/' ? '' : input.basePath}/update` };
}

/** Pure: the absolute URL of one link. The merchant's own page gets no token: the customer signs in there. */
export function linkUrlFor(target: LinkTarget, token: string): string {
  if (target.kind === 'hosted') return `${target.base}?t=${token}`;
  const url = new URL(target.url);
  url.searchParams.set('paymend', 'fix');
  return url.href;
}
