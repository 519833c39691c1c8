'use client';
/**
 * `paymend/react`: React components for the Paymend elements, with every `paymend-*` event as an
 * `on…` prop (`paymend-status` → `onPaymendStatus`). Props are the element's properties, typed as
 * on the element (`status` is an object, `dismissible` a boolean), plus React's HTML attributes.
 *
 *   import { PaymendBanner } from 'paymend/react';
 *   <PaymendBanner endpoint="/billing/paymend" onPaymendUpdated={(e) => refresh(e.detail.status)} />
 *
 * Events go through `@lit/react`, which adds real DOM listeners: React's own `on…` props on custom
 * tags are not attached after server rendering and hydration, these are.
 *
 * Safe on a server (a Next.js server component may import it; `'use client'` makes it a client
 * boundary): importing it runs no element code and touches no `window`; server rendering outputs
 * the bare tag; each tag is registered in the browser when a component first mounts (see wrap.ts).
 */
import type { PaymendBanner as BannerElement } from '../components/banner/banner.component.js';
import type { PaymendForm as FormElement } from '../components/form/form.component.js';
import type { PaymendOffers as OffersElement } from '../components/offers/offers.component.js';
import type { PaymendReport as ReportElement } from '../components/report/report.component.js';
import type { PaymendWall as WallElement } from '../components/wall/wall.component.js';
import { wrap, type PaymendComponent } from './wrap.js';

export type { EventHandlers, PaymendComponent, PaymendComponentProps } from './wrap.js';

// Registers `<paymend-banner>` and `<paymend-wall>` (and finishes a redirect-based card update on
// return, as `paymend/define` does). The form and the offers register themselves when their lazy
// chunk loads; the report is the merchant's, never part of the customer's page.
const define = () => import('../define.js');
const form = () => import('../components/form/load-form.js').then((module) => module.loadForm());
const offers = () => import('../components/offers/load-offers.js').then((module) => module.loadOffers());
const report = () => import('../components/report/report.js');

/** Properties every status element has. */
const statusProperties = ['endpoint', 'lang', 'status'] as const;

const bannerEvents = {
  onPaymendStatus: 'paymend-status',
  onPaymendShown: 'paymend-shown',
  onPaymendOpenForm: 'paymend-open-form',
  onPaymendUpdated: 'paymend-updated',
  onPaymendVerificationPending: 'paymend-verification-pending',
  onPaymendOfferTaken: 'paymend-offer-taken',
  onPaymendSupport: 'paymend-support',
  onPaymendRated: 'paymend-rated',
  onPaymendResumed: 'paymend-resumed',
  onPaymendCancel: 'paymend-cancel',
  onPaymendDismiss: 'paymend-dismiss',
  onPaymendAfterDismiss: 'paymend-after-dismiss',
  onPaymendBarResize: 'paymend-bar-resize',
} as const;
const bannerProperties = [
  ...statusProperties,
  'placement',
  'reserve',
  'dismissible',
  'snooze',
  'returnFocus',
  'supportHref',
  'support',
  'askRating',
  'offers',
  'theme',
] as const;

const bannerShape = { tagName: 'paymend-banner', properties: bannerProperties, events: bannerEvents } as const;

/** `<paymend-banner>`: the message about a failing or expiring payment, with its fix. */
export const PaymendBanner: PaymendComponent<BannerElement, (typeof bannerProperties)[number], typeof bannerEvents> = /* @__PURE__ */ wrap({ ...bannerShape, displayName: 'PaymendBanner', register: define });

const wallEvents = {
  onPaymendSupport: 'paymend-support',
  onPaymendDismiss: 'paymend-dismiss',
  onPaymendAfterDismiss: 'paymend-after-dismiss',
  onPaymendUpdated: 'paymend-updated',
  onPaymendVerificationPending: 'paymend-verification-pending',
  onPaymendRated: 'paymend-rated',
  onPaymendOfferTaken: 'paymend-offer-taken',
  onPaymendResumed: 'paymend-resumed',
} as const;
const wallProperties = [...statusProperties, 'logoutHref', 'supportHref', 'support', 'cancelHref', 'returnFocus', 'askRating', 'now'] as const;

const wallShape = { tagName: 'paymend-wall', properties: wallProperties, events: wallEvents } as const;

/** `<paymend-wall>`: blocks the app (hard) or asks first (soft) once access has ended, with the fix. */
export const PaymendWall: PaymendComponent<WallElement, (typeof wallProperties)[number], typeof wallEvents> = /* @__PURE__ */ wrap({ ...wallShape, displayName: 'PaymendWall', register: define });

const formEvents = {
  onPaymendUpdated: 'paymend-updated',
  onPaymendVerificationPending: 'paymend-verification-pending',
  onPaymendCancel: 'paymend-cancel',
  onPaymendSupport: 'paymend-support',
  onPaymendRated: 'paymend-rated',
} as const;
const formProperties = [...statusProperties, 'publishableKey', 'returnUrl', 'hideCancel', 'supportHref', 'support', 'askRating'] as const;

const formShape = { tagName: 'paymend-form', properties: formProperties, events: formEvents } as const;

/** `<paymend-form>`: the card form on its own (its chunk and Stripe.js load when it first mounts). */
export const PaymendForm: PaymendComponent<FormElement, (typeof formProperties)[number], typeof formEvents> = /* @__PURE__ */ wrap({ ...formShape, displayName: 'PaymendForm', register: form });

const offersEvents = {
  onPaymendOfferTaken: 'paymend-offer-taken',
  onPaymendOpenForm: 'paymend-open-form',
  onPaymendCancel: 'paymend-cancel',
} as const;

const offersProperties = [...statusProperties, 'source'] as const;

const offersShape = { tagName: 'paymend-offers', properties: offersProperties, events: offersEvents } as const;

/** `<paymend-offers>`: "Can't pay right now?", the merchant's offers (a pause, a cheaper plan). */
export const PaymendOffers: PaymendComponent<OffersElement, (typeof offersProperties)[number], typeof offersEvents> = /* @__PURE__ */ wrap({ ...offersShape, displayName: 'PaymendOffers', register: offers });

const reportEvents = {
  onPaymendReport: 'paymend-report',
  onPaymendReportError: 'paymend-report-error',
} as const;
const reportProperties = ['endpoint', 'from', 'to', 'groupBy', 'theme', 'lang', 'report'] as const;

const reportShape = { tagName: 'paymend-report', properties: reportProperties, events: reportEvents } as const;

/** `<paymend-report>`: the merchant's recovery report (for an admin page, never the customer's). */
export const PaymendReport: PaymendComponent<ReportElement, (typeof reportProperties)[number], typeof reportEvents> = /* @__PURE__ */ wrap({ ...reportShape, displayName: 'PaymendReport', register: report });

/** What the wrappers map, for tools and tests: each component's tag, properties and event props (the same objects they were made from). */
export const wrappers = {
  PaymendBanner: bannerShape,
  PaymendWall: wallShape,
  PaymendForm: formShape,
  PaymendOffers: offersShape,
  PaymendReport: reportShape,
} as const;
