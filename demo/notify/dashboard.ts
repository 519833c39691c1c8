/**
 * The dashboard's notifications panel: how many messages the outbox holds (a link to it), the demo
 * clock, and the buttons that move it. A plain form POST (works without script, keyboard and all);
 * the server refuses it from any other origin.
 */
import { ADVANCE_DAYS, DAY_MS, type DemoClock } from './clock.js';
import { escapeHtml } from './outbox-page.js';
import type { Outbox } from './outbox.js';

export function renderNotifyPanel(outbox: Outbox, clock: DemoClock, canAdvance: boolean): string {
  const count = outbox.size;
  const now = new Date(clock.now());
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(now);
  const ahead = Math.round(clock.aheadMs / DAY_MS);
  const buttons = ADVANCE_DAYS.map((days) => `<button type="submit" name="days" value="${days}">+${days} day${days === 1 ? '' : 's'}</button>`).join(' ');
  return `<section class="notify-panel" aria-labelledby="notify-title">
        <h2 id="notify-title">Notifications</h2>
        <p><a href="/outbox" id="outbox-link">Outbox: <span id="outbox-count">${count}</span> message${count === 1 ? '' : 's'}</a> (email and SMS the demo sent)</p>
        <p>Demo clock: <time id="demo-clock" datetime="${escapeHtml(now.toISOString())}">${escapeHtml(date)} UTC</time>${ahead > 0 ? ` (${ahead} day${ahead === 1 ? '' : 's'} ahead)` : ''}</p>
        ${
          canAdvance
            ? `<form method="post" action="/demo/clock" class="advance" aria-label="Advance the clock"><span>Advance the clock:</span> ${buttons}</form>
        <p class="hint">Follow-ups that fall due on the way are sent (a reminder 3 days after the first notice).</p>`
            : '<p class="hint">With real Stripe keys the clock follows Stripe’s and cannot be advanced.</p>'
        }
      </section>`;
}
