const reported = new WeakSet<object>();

/**
 * Logs one `console.warn` per distinct failure. Elements that share one request share its error
 * object, so a page with several banners and a broken backend warns once, not once per banner.
 */
export function warnOnce(cause: unknown, message: string): void {
  if (typeof cause === 'object' && cause !== null) {
    if (reported.has(cause)) return;
    reported.add(cause);
  }
  console.warn(`[paymend] ${message}`);
}
