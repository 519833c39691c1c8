/**
 * The demo page's switchers. They restyle and relocalize Paymend only through what the docs
 * documents for merchants: the `lang`, `theme` and `placement` attributes and `--paymend-*` custom
 * properties. `?placement=top` (or `bottom`) in the address picks the banner's placement too.
 */
const form = document.getElementById('demo-controls') as HTMLFormElement;
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
const paymend = () => document.querySelectorAll<HTMLElement>('paymend-banner, paymend-wall');

const params = new URLSearchParams(location.search);
const theme = localStorage.getItem('demo-theme') ?? 'light';
const lang = params.get('lang') ?? localStorage.getItem('demo-lang') ?? 'en';
const placement = params.get('placement') ?? localStorage.getItem('demo-placement') ?? 'inline';

function applyTheme(value: string): void {
  document.body.classList.toggle('dark', value === 'dark');
  document.body.classList.toggle('brand', value === 'brand');
  for (const element of paymend()) element.setAttribute('theme', value === 'dark' ? 'dark' : 'light');
  localStorage.setItem('demo-theme', value);
}

function applyLang(value: string): void {
  for (const element of paymend()) element.setAttribute('lang', value);
  localStorage.setItem('demo-lang', value);
}

/** The banner inline, or as a bar; the page makes room for a bar with --paymend-bar-top/-bottom (index.html). */
function applyPlacement(value: string): void {
  const known = ['inline', 'top', 'bottom'].includes(value) ? value : 'inline';
  for (const element of document.querySelectorAll('paymend-banner')) element.setAttribute('placement', known);
  select('placement').value = known;
  localStorage.setItem('demo-placement', known);
}

select('theme').value = theme;
select('lang').value = lang;
applyTheme(theme);
applyLang(lang);
applyPlacement(placement);

const scenario = document.body.dataset.scenario;
if (scenario) select('scenario').value = scenario;

form.addEventListener('change', (event) => {
  const target = event.target as HTMLSelectElement;
  if (target.name === 'theme') applyTheme(target.value);
  if (target.name === 'lang') applyLang(target.value);
  if (target.name === 'placement') applyPlacement(target.value);
  if (target.name === 'scenario') {
    // The language goes along: the new customer's preferred language at Stripe, for email and SMS.
    location.assign(`/login?scenario=${encodeURIComponent(target.value)}&lang=${encodeURIComponent(select('lang').value)}`);
  }
});

/**
 * The notifications panel's outbox count, kept current: messages go out a moment after a webhook (and
 * after "Advance the clock"), often after the dashboard rendered. Demo chrome, so a light poll while
 * the tab is visible is enough.
 */
const outboxCount = document.getElementById('outbox-count');
async function refreshOutboxCount(): Promise<void> {
  if (!outboxCount || document.visibilityState !== 'visible') return;
  try {
    const count = ((await (await fetch('/outbox.json')).json()) as unknown[]).length;
    outboxCount.textContent = String(count);
    outboxCount.nextSibling!.textContent = count === 1 ? ' message' : ' messages';
  } catch {
    // The demo server restarted or is gone: the count stays as it was.
  }
}
if (outboxCount) {
  void refreshOutboxCount();
  setInterval(() => void refreshOutboxCount(), 3000);
}
