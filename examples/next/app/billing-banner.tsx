'use client';
// A client component: the banner's event props are functions, which only a client component can pass.
import { useState } from 'react';
import type { State } from 'paymend/protocol';
import { PaymendBanner } from 'paymend/react';

export function BillingBanner({ endpoint, labels }: { endpoint: string; labels: Record<State, string> }) {
  const [state, setState] = useState<State | null>(null);
  return (
    <>
      {/* onPaymendStatus: every status the banner reads (real DOM listeners, so they work after hydration). */}
      <PaymendBanner endpoint={endpoint} onPaymendStatus={(event) => setState(event.detail.status.state)} />
      <p role="status" data-billing-state={state ?? ''}>
        Billing: {state ? labels[state] : '…'}
      </p>
    </>
  );
}
