// Compiled by `tsc --noEmit` (skipLibCheck off): paymend/jsx types the tags in JSX, paymend/react
// types the wrappers; each @ts-expect-error proves a mistake is caught (tsc fails if it is not).
import type {} from 'paymend/jsx';
import { PaymendBanner, PaymendForm, PaymendWall } from 'paymend/react';
import type { Status } from 'paymend';

export const tag = <paymend-banner endpoint="/billing/paymend" placement="top" dismissible onpaymend-status={(event) => event.detail.status.state} />;
export const styled = <paymend-wall endpoint="/billing/paymend" style={{ '--paymend-spacing': '0.5rem' }} />;
// @ts-expect-error: not an attribute of <paymend-banner> (a typo of endpoint)
export const typo = <paymend-banner endpont="/billing/paymend" />;
// @ts-expect-error: the banner sets its state attribute itself; it is not a prop
export const output = <paymend-banner state="failed" />;
// @ts-expect-error: placement is inline, top or bottom
export const badPlacement = <paymend-banner placement="left" />;

export const wrapped = (status: Status) => (
  <>
    <PaymendBanner endpoint="/billing/paymend" onPaymendUpdated={(event) => event.detail.recovered} />
    <PaymendWall status={status} onPaymendDismiss={(event) => event.preventDefault()} />
    <PaymendForm endpoint="/billing/paymend" publishableKey="pk_test_123" onPaymendCancel={() => undefined} />
  </>
);
// @ts-expect-error: not a property of PaymendBanner
export const wrappedTypo = <PaymendBanner endpont="/billing/paymend" />;
// @ts-expect-error: dismissible is a boolean
export const wrappedBadType = <PaymendBanner dismissible="yes" />;
// @ts-expect-error: the detail of paymend-status has no `recovered`
export const wrongDetail = <PaymendBanner onPaymendStatus={(event) => event.detail.recovered} />;
