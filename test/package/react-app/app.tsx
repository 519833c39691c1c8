// The page both renderers share: createRoot in the browser, renderToString + hydrateRoot for SSR.
import { PaymendBanner } from 'paymend/react';

declare global {
  interface Window {
    paymendEvents?: Array<{ type: string; detail: unknown }>;
  }
}

/** What the test reads back: each event prop call, in order (the detail is JSON-safe). */
function record(type: string, detail: unknown): void {
  if (typeof window === 'undefined') return;
  (window.paymendEvents ??= []).push({ type, detail });
}

export function App() {
  return (
    <main>
      <h1>Billing</h1>
      <PaymendBanner
        id="banner"
        endpoint="/billing/paymend"
        dismissible
        lang="en"
        onPaymendStatus={(event) => record('status', { state: event.detail.status.state })}
        onPaymendShown={(event) => record('shown', event.detail)}
        onPaymendDismiss={(event) => record('dismiss', event.detail)}
      />
    </main>
  );
}
