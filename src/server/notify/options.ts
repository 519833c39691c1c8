/**
 * The `notify` option of `createHandler`: who is told what, through which transport, how often, and
 * where the link in each message leads. Validated with the other options at start-up, so a typo in a
 * cadence or a channel without a transport fails the deploy, not a customer's first failed renewal.
 */
import { z } from 'zod';
import { NOTIFY_CHANNELS, type ComposeInput, type ComposedMessage } from '../../notify/types.js';
import type { NotifyQueue, Transport } from './types.js';

const fn = <T>(what: string) => z.custom<T>((value) => typeof value === 'function', { message: `${what} must be a function` });

const httpsUrl = z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' });

const transport = z.custom<Transport>(
  (value) => !!value && typeof value === 'object' && typeof (value as Transport).send === 'function',
  { message: 'must be a transport: SmtpTransport, HookTransport, or an object with send(message)' },
);

const queue = z.custom<NotifyQueue>(
  (value) =>
    !!value && typeof value === 'object' && ['enqueue', 'cancel', 'start', 'close'].every((m) => typeof (value as Record<string, unknown>)[m] === 'function'),
  { message: 'must be a notify queue (MemoryNotifyQueue, BullNotifyQueue): enqueue, cancel, start, close' },
);

/** The signed no-login links and the page they open. */
export const linksSchema = z.strictObject({
  /** HMAC key (32+ characters). Default: derived from `webhookSecret`, so a fresh install works. */
  secret: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Keys that signed links still in circulation after a rotation: verified, never used to sign. */
  previousSecrets: z.array(z.string().min(32, 'must be at least 32 characters')).default([]),
  /** How long a link works. Stripe's default retry schedule ends after about three weeks. */
  ttlDays: z.number().int().min(1).max(60).default(21),
  /** Your own page instead of the hosted one: links go there with `?paymend=fix` (the customer signs in). */
  pageUrl: httpsUrl.optional(),
  /** Where the hosted page loads the widget (`…/paymend.js` and its chunks); default: the handler serves its own copy. */
  assetsUrl: httpsUrl.optional(),
  /** The origin links point at (the handler's public origin). Default: the first `publicOrigin`. */
  origin: z.url({ protocol: /^https?$/, message: 'must be an origin like https://app.example.com' }).optional(),
});

/** When follow-ups are sent; every step can be turned off. */
export const cadenceSchema = z.strictObject({
  /** A reminder this many days after the first notice if nothing changed; 0 sends none. */
  reminderAfterDays: z.number().min(0).max(60).default(3),
  /** A notice the day before a soft wall ends access. */
  accessEnds: z.boolean().default(true),
  /** A notice when the last retry fails or the wall turns hard. */
  final: z.boolean().default(true),
  /** A notice when the card will not last until the next charge (`invoice.upcoming`). */
  expiring: z.boolean().default(true),
  /** The thank-you after a failed payment is recovered. */
  recovered: z.boolean().default(true),
});

export const supportSchema = z
  .strictObject({ url: httpsUrl.optional(), email: z.email('must be an email address').optional() })
  .refine((s) => s.url !== undefined || s.email !== undefined, { message: 'name at least one way to reach support: url or email' });

export const fromSchema = z.strictObject({
  /** Your product's name: the sender and the signature ("Acme Analytics"). */
  name: z.string().trim().min(1).max(100),
  /** The sender address of email (required when email is a channel). */
  email: z.email('must be an email address').optional(),
  replyTo: z.email('must be an email address').optional(),
});

const DEFAULT_CADENCE = { reminderAfterDays: 3, accessEnds: true, final: true, expiring: true, recovered: true };

export const notifySchema = z
  .strictObject({
    /** The channels messages go out on; each needs a transport. The banner is in-app anyway. */
    channels: z.array(z.enum(NOTIFY_CHANNELS)).min(1).default(['email']),
    from: fromSchema,
    support: supportSchema,
    transports: z.strictObject({ email: transport.optional(), sms: transport.optional(), in_app: transport.optional() }).default({}),
    cadence: cadenceSchema.default(DEFAULT_CADENCE),
    links: linksSchema.default({ previousSecrets: [], ttlDays: 21 }),
    /** The locale when the customer has no `preferred_locales`. */
    defaultLocale: z.string().min(2).default('en'),
    /** Default: BullMQ on the `RedisStore`'s Redis, else in-process. */
    queue: queue.optional(),
    /** Your own wording: called instead of `composeMessage` (which you may call and adjust). */
    compose: fn<(input: ComposeInput) => ComposedMessage | Promise<ComposedMessage>>('compose').optional(),
  })
  .superRefine((notify, ctx) => {
    for (const channel of new Set(notify.channels)) {
      if (!notify.transports[channel]) {
        ctx.addIssue({ code: 'custom', path: ['transports', channel], message: `"${channel}" is a channel but has no transport` });
      }
    }
    if (notify.channels.includes('email') && !notify.from.email) {
      ctx.addIssue({ code: 'custom', path: ['from', 'email'], message: 'email is a channel: set the sender address' });
    }
  });

export type NotifyOptions = z.input<typeof notifySchema>;
export type ResolvedNotifyOptions = z.output<typeof notifySchema>;

/** The nested schemas whose keys "did you mean …?" knows. */
export const NOTIFY_SCHEMAS = [notifySchema, linksSchema, cadenceSchema, fromSchema] as const;
