// A server component: it renders on the server only, and may import Paymend's types (never its
// element code). The client component below is where the banner and its event props live.
import type { State } from 'paymend/protocol';
import { BillingBanner } from './billing-banner';

/**
 * What your app's own header says about billing, per Paymend state. Typed by the package's own
 * union, so a state a new release adds is a type error here rather than a blank label.
 */
const billingLabels: Record<State, string> = {
  ok: 'All paid',
  expiring: 'Card expiring soon',
  expired: 'Card expired',
  missing: 'No payment method',
  failed: 'Payment failed',
  action_required: 'Your bank needs a confirmation',
  processing: 'Payment on its way',
  paused: 'Subscription paused',
};

export default function Home() {
  return (
    <main>
      <BillingBanner endpoint="/billing/paymend" labels={billingLabels} />
      <h1>Your app</h1>
      <p>
        <a href="/login">Sign in as the demo user</a>
      </p>
    </main>
  );
}
