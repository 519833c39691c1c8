/**
 * The no-login links of one handler, put together from its options: the signer (with the merchant's
 * key, or one derived from the webhook secret), where links lead, the page's routes, and
 * `updateLink` for merchants who send their own mail. Kept out of handler.ts, which only mounts it.
 */
import type { NotifyChannel, NotifyStep } from '../../notify/types.js';
import { HandlerOptionsError, type RateLimit, type ResolvedOptions } from '../options.js';
import { linksSchema } from './options.js';
import { CdnAssets, cdnDirectory } from '../pages/assets.js';
import { linkRoutes } from './link-routes.js';
import { canonical } from '../../translations/match.js';
import { LinkSigner, deriveLinkSecret, linkTargetOf, linkUrlFor, type LinkClaims } from './links.js';

/** What `handler.updateLink()` takes: the message a link goes in. */
export interface UpdateLinkInput {
  customerId: string;
  /** The invoice the message is about; null (or absent) for a card that is only expiring. */
  invoiceId?: string | null;
  step: NotifyStep;
  channel: NotifyChannel;
  /** BCP 47; default `notify.defaultLocale`, else English. */
  locale?: string | null;
}

export interface LinkHooks {
  /** Called on each valid open of the hosted page (tracking counts each token's first open). */
  onOpen?: (claims: LinkClaims) => void | Promise<void>;
}

export function createLinkFeature(options: ResolvedOptions, limit: (name: string, key: string, rule: RateLimit) => Promise<void>) {
  const notify = options.notify;
  const links = notify?.links ?? linksSchema.parse({});
  const signer = new LinkSigner({
    secret: links.secret ?? deriveLinkSecret(options.webhookSecret),
    previousSecrets: links.previousSecrets,
    ttlDays: links.ttlDays,
    store: options.store,
    now: options.now,
  });
  const target = linkTargetOf({
    pageUrl: links.pageUrl,
    origin: links.origin,
    publicOrigins: options.origin.publicOrigins,
    basePath: options.basePath,
  });
  // Messages would carry links that lead nowhere: fail the deploy, naming the option to set.
  if (notify && 'problem' in target) throw new HandlerOptionsError([target.problem]);

  const hooks: LinkHooks = {};
  const basePath = options.basePath === '/' ? '' : (options.basePath ?? '');
  const appOrigin = links.origin ? new URL(links.origin).origin : options.origin.publicOrigins.find((o) => /^https?:\/\//.test(o));
  const routes = linkRoutes({
    signer,
    basePath,
    assetsUrl: links.assetsUrl,
    assets: new CdnAssets(cdnDirectory(), options.logger),
    merchantName: notify?.from.name,
    support: notify?.support ?? options.support,
    defaultLocale: notify?.defaultLocale ?? 'en',
    signInUrl: appOrigin ? `${appOrigin}/` : undefined,
    limit,
    onOpen: (claims) => hooks.onOpen?.(claims),
    logger: options.logger,
  });

  /** The absolute URL of a fresh link for one message. Throws a TypeError on bad input or when no URL can be built. */
  function updateLink(input: UpdateLinkInput): string {
    if ('problem' in target) throw new TypeError(`paymend updateLink: ${target.problem}`);
    const locale = input?.locale ?? notify?.defaultLocale ?? 'en';
    const token = signer.sign({
      customerId: input?.customerId,
      invoiceId: input?.invoiceId ?? null,
      step: input?.step,
      channel: input?.channel,
      locale: (typeof locale === 'string' && canonical(locale)) || locale,
    });
    return linkUrlFor(target, token);
  }

  return { signer, routes, hooks, updateLink };
}
