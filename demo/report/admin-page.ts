/**
 * The merchant admin page's HTML: `<paymend-report>` mounted as the docs tell merchants (its own
 * script, never the customer-facing one), with the dashboard's language and theme switchers, and the
 * demo admin login in front of it.
 */
import { escapeHtml } from '../notify/outbox-page.js';

const STYLE = `
      body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1f2430; }
      body.dark { background: #14171f; color: #e7e9ee; }
      header { background: #1f2430; color: #fff; padding: 0.75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; align-items: center; }
      header a { color: #cfd6e4; }
      .controls { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; font-size: 0.875rem; }
      .controls select, .controls button { font: inherit; }
      main { max-width: 72rem; margin: 1.5rem auto; padding: 0 1.5rem; }
      .hint { font-size: 0.875rem; opacity: 0.85; }
      body.dark a { color: #9ec1ff; }
      body.brand {
        --paymend-font-family: Georgia, serif;
        --paymend-radius: 0;
        --paymend-report-color-accent: #6d28d9;
      }
      .login { max-width: 28rem; margin: 3rem auto; background: #fff; border-radius: 0.5rem; padding: 1.5rem; box-shadow: 0 1px 2px rgb(0 0 0 / 0.08); }
      .login button { font: inherit; padding: 0.4rem 0.9rem; }`;

const LANGUAGES = [
  ['en', 'English'],
  ['en-GB', 'English (UK)'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['pt-BR', 'Português (Brasil)'],
  ['ja', '日本語'],
  ['zh', '中文（简体）'],
  ['zh-TW', '中文（繁體）'],
  ['ar', 'العربية'],
  ['he', 'עברית'],
] as const;

export interface AdminPageInput {
  endpoint: string;
  seeded: { invoices: number; months: number; from: string } | null;
}

export function renderAdminPage({ endpoint, seeded }: AdminPageInput): string {
  const options = LANGUAGES.map(([tag, name]) => `<option value="${tag}" lang="${tag}">${escapeHtml(name)}</option>`).join('\n            ');
  const from = seeded ? ` from="${escapeHtml(seeded.from)}"` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Acme Analytics — Recovery report (Paymend demo admin)</title>
    <!-- The merchant's admin page loads the report's own entry; customer pages never do. -->
    <script type="module" src="/paymend-report.js"></script>
    <script type="module" src="/admin.js"></script>
    <style>${STYLE}
    </style>
  </head>
  <body>
    <header>
      <strong>Acme Analytics · Admin</strong>
      <form class="controls" id="admin-controls">
        <label>Language
          <select name="lang">
            ${options}
          </select>
        </label>
        <label>Theme
          <select name="theme">
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="brand">Brand (custom properties)</option>
          </select>
        </label>
        <a href="/">Customer dashboard</a>
      </form>
    </header>
    <main>
      <p class="hint" lang="en" dir="ltr">${
        seeded
          ? `Demo data: ${seeded.invoices} failing invoices over the last ${seeded.months} months, played through the offline Stripe stand-in and the handler at start-up.`
          : 'Stripe test mode: the report shows what this handler has seen.'
      }</p>
      <paymend-report endpoint="${escapeHtml(endpoint)}"${from}></paymend-report>
    </main>
  </body>
</html>
`;
}

export function renderAdminLogin(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Admin sign-in (Paymend demo)</title>
    <style>${STYLE}
    </style>
  </head>
  <body>
    <main>
      <form class="login" method="post" action="/admin/login">
        <h1>Acme Analytics admin</h1>
        <p>The merchant's own admin login, separate from the customer's. In the demo there is no password.</p>
        <button type="submit">Sign in as the merchant</button>
        <p class="hint"><a href="/">Back to the customer dashboard</a></p>
      </form>
    </main>
  </body>
</html>
`;
}
