/**
 * The admin page's switchers, as the dashboard's (demo/browser/page.ts): they restyle and relocalize
 * `<paymend-report>` only through what the docs document, its `lang` and `theme` attributes and
 * `--paymend-*` custom properties. The page itself follows the language's direction (Arabic, Hebrew).
 */
const form = document.getElementById('admin-controls') as HTMLFormElement;
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
const reports = () => document.querySelectorAll<HTMLElement>('paymend-report');

const params = new URLSearchParams(location.search);
const theme = params.get('theme') ?? localStorage.getItem('demo-theme') ?? 'light';
const lang = params.get('lang') ?? localStorage.getItem('demo-lang') ?? 'en';

function applyTheme(value: string): void {
  document.body.classList.toggle('dark', value === 'dark');
  document.body.classList.toggle('brand', value === 'brand');
  for (const element of reports()) element.setAttribute('theme', value === 'dark' ? 'dark' : 'light');
  localStorage.setItem('demo-theme', value);
}

function applyLang(value: string): void {
  let direction = 'ltr';
  try {
    const locale = new Intl.Locale(value) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction ?? (/^(ar|he|fa|ur)\b/.test(value) ? 'rtl' : 'ltr');
  } catch {
    // An unknown tag: left to right, as the element's own fallback.
  }
  document.documentElement.lang = value;
  document.documentElement.dir = direction;
  for (const element of reports()) element.setAttribute('lang', value);
  localStorage.setItem('demo-lang', value);
}

const known = (element: HTMLSelectElement, value: string) => [...element.options].some((option) => option.value === value);
select('theme').value = known(select('theme'), theme) ? theme : 'light';
select('lang').value = known(select('lang'), lang) ? lang : 'en';
applyTheme(select('theme').value);
applyLang(select('lang').value);

form.addEventListener('change', (event) => {
  const target = event.target as HTMLSelectElement;
  if (target.name === 'theme') applyTheme(target.value);
  if (target.name === 'lang') applyLang(target.value);
});
