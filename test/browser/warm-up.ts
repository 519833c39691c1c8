/**
 * Loads, once per page, what the first message of a test file needs: the banner's and the wall's
 * views, the form's chunk and English. On a busy machine that first load can take longer than the
 * waits of a test that is about something else, so a `before` hook with its own generous timeout
 * pays for it up front. Only for files that do not test the lazy loading itself.
 */
import '../../src/define.js';
import { captureWarnings, makeStatus, mount, restore, until } from './helpers.js';

interface MochaHook {
  before(body: (this: { timeout(ms: number): void }) => Promise<void>): void;
}

export function warmUpBeforeAll(): void {
  (globalThis as unknown as MochaHook).before(async function () {
    this.timeout(90_000);
    captureWarnings(); // the wall's form has no endpoint here, and says so
    try {
      const banner = mount(Object.assign(document.createElement('paymend-banner'), { status: makeStatus('failed'), lang: 'en' }));
      const wall = mount(
        Object.assign(document.createElement('paymend-wall'), {
          status: makeStatus('failed', { access: { wall: 'hard', endsAt: null } }),
          lang: 'en',
        }),
      );
      await until(
        () => banner.shadowRoot?.querySelector('[part~="message"]') && wall.shadowRoot?.querySelector('dialog')?.open && customElements.get('paymend-form'),
        'the views and the form chunk to load',
        60_000,
      );
    } finally {
      restore();
    }
  });
}
