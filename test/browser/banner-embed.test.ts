// A status embedded in the page (embedStatus from paymend/server) is read before any request: the
// banner and the wall decide without GET /status; a malformed one is ignored with one warning, and
// the element asks the endpoint instead, as if nothing had been embedded.
import '../../src/define.js';
import type { PaymendWall } from '../../src/index.js';
import type { Status } from '../../src/protocol/index.js';
import { embedStatus } from '../../src/server/embed.js';
import { equal, ok } from './assert.js';
import { banner, part, serve, title } from './banner-helpers.js';
import { captureWarnings, freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

const added: Element[] = [];
/** `<script type="application/json" data-paymend-status="forEndpoint">text</script>`, parsed as HTML (as a server-rendered page is). */
function embedScript(text: string, forEndpoint = ''): HTMLScriptElement {
  const template = document.createElement('template');
  template.innerHTML = `<script type="application/json" data-paymend-status="${forEndpoint}">${text}</script>`;
  const script = template.content.firstElementChild as HTMLScriptElement;
  added.push(script);
  return script;
}

describe('a status embedded in the page', () => {
  afterEach(() => {
    restore();
    for (const element of added.splice(0)) element.remove();
  });

  it("as the banner's own child: shown with no GET /status, and paymend-status fires", async () => {
    const served = serve(makeStatus('ok'));
    const statuses = listen(document, 'paymend-status');
    const element = banner({ endpoint: freshEndpoint() });
    element.append(embedScript(embedStatus(makeStatus('failed'))));
    mount(element);
    await until(() => element.getAttribute('state') === 'failed', 'the embedded failure');
    ok(title(element).length > 0, 'the message is rendered');
    equal(statuses.length, 1, 'paymend-status once');
    await settle(100);
    equal(served.statusCalls().length, 0, 'no GET /status (the "shown" beacon is the only request)');
  });

  it('with the view module already run (loaded render-blocking): rendered in the very first update, no import to wait for', async () => {
    await import('../../src/components/banner/banner-view.js');
    serve(makeStatus('ok'));
    const element = banner({ endpoint: freshEndpoint() });
    element.append(embedScript(embedStatus(makeStatus('expired'))));
    mount(element);
    await element.updateComplete;
    equal(element.getAttribute('state'), 'expired', 'the state is set in the first update');
    ok(part(element, 'message'), 'the message is rendered in the first update');
  });

  it('in the document for this endpoint: the banner and the wall both use it, no GET /status', async () => {
    const endpoint = freshEndpoint();
    const served = serve(makeStatus('ok'));
    document.body.append(embedScript(embedStatus(makeStatus('failed', { access: { wall: 'soft', endsAt: '2030-03-20T00:00:00Z' } })), endpoint));
    const element = mount(banner({ endpoint }));
    const wall = mount(Object.assign(document.createElement('paymend-wall'), { endpoint }) as PaymendWall);
    await until(() => element.getAttribute('state') === 'failed', 'the banner');
    await until(() => part(wall, 'dialog'), 'the wall');
    await settle(100);
    equal(served.statusCalls().length, 0, 'no GET /status');
  });

  it("another endpoint's embedded status is not this one's: it fetches", async () => {
    const served = serve(makeStatus('expired'));
    document.body.append(embedScript(embedStatus(makeStatus('failed')), '/somewhere/else'));
    const element = mount(banner({ endpoint: freshEndpoint() }));
    await until(() => element.getAttribute('state') === 'expired', 'the fetched status');
    equal(served.statusCalls().length, 1);
  });

  const malformed: Array<[string, string, RegExp]> = [
    ['not JSON', '{"v":1,', /not JSON/],
    ['not a status', '{"hello":"world"}', /not a Paymend status/],
    ['a status with a malformed invoice', JSON.stringify({ ...makeStatus('failed'), invoice: { id: 42 } }), /invoice/],
  ];
  for (const [what, text, warning] of malformed) {
    it(`${what}: ignored with one warning, then the element asks the endpoint`, async () => {
      const warnings = captureWarnings();
      const served = serve(makeStatus('expiring'));
      const element = banner({ endpoint: freshEndpoint() });
      element.append(embedScript(text));
      mount(element);
      await until(() => element.getAttribute('state') === 'expiring', 'the fetched status');
      equal(served.statusCalls().length, 1, 'one GET /status');
      const paymendWarnings = warnings.filter((args) => String(args[0]).startsWith('[paymend]'));
      equal(paymendWarnings.length, 1, `one warning: ${paymendWarnings.map(String).join(' | ')}`);
      ok(warning.test(String(paymendWarnings[0]?.[0])), String(paymendWarnings[0]?.[0]));
    });
  }

  it('null (nobody signed in, as embedStatus(null) gives): no warning, it fetches', async () => {
    const warnings = captureWarnings();
    const served = serve(makeStatus('ok'));
    const element = banner({ endpoint: freshEndpoint() });
    element.append(embedScript(embedStatus(null)));
    mount(element);
    await until(() => served.statusCalls().length === 1, 'the status request');
    equal(warnings.length, 0);
  });

  it('hostile text from embedStatus stays inside its script when the page is parsed, and reads back the same', async () => {
    const hostile = '</script><script>window.__embedPwned = true</script><!--';
    const status: Status = { ...makeStatus('failed'), failure: { code: 'card_declined', declineCode: hostile, adviceCode: null } };
    const holder = document.createElement('div');
    holder.innerHTML = `<script type="application/json" data-paymend-status>${embedStatus(status)}</script><p>after</p>`;
    added.push(holder);
    equal(holder.querySelectorAll('script').length, 1, 'one script element');
    equal(holder.lastElementChild?.localName, 'p', 'the markup after it is markup');
    equal((JSON.parse(holder.querySelector('script')!.textContent!) as Status).failure?.declineCode, hostile);
    equal('__embedPwned' in window, false);
  });
});
