/**
 * The demo's outbox: one list of every message the demo "sent", whichever way it left the handler.
 * Email arrives over real SMTP (the demo's inbox parses it); SMS is handed over by a `HookTransport`.
 * Keeping both in one list, in arrival order, is what lets a person (and the tests) read the story of
 * one failed renewal top to bottom: the first notice, the reminder, the thank-you.
 */

export type OutboxChannel = 'email' | 'sms';

/** One message as the customer would have received it. */
export interface OutboxEntry {
  channel: OutboxChannel;
  /** The email address or phone number it went to. */
  to: string;
  /** Email only; null for SMS. */
  subject: string | null;
  /** The plain-text part of an email, or the SMS text. */
  text: string;
  /** The email's HTML document; null for SMS. */
  html: string | null;
  /** The signed update link found in the message, null if it carries none. */
  link: string | null;
  /** When it arrived, ISO-8601, on the demo's clock (so "3 days later" reads as such). */
  sentAt: string;
}

/** What the SMTP inbox hands over for one parsed mail (a subset of mailparser's `ParsedMail`). */
export interface ArrivedEmail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/**
 * The signed link to the hosted page: `…/update?t=<token>`. Read from the text (an email's HTML
 * has the same link, entity-escaped). The token alphabet is base64url plus `.` separators; anything
 * else ends the link, so trailing punctuation in a sentence is not taken in.
 */
const UPDATE_LINK = /https?:\/\/[^\s"'<>()]+\/update\?t=[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*/;

export function findUpdateLink(...parts: Array<string | null | undefined>): string | null {
  for (const part of parts) {
    const found = part ? UPDATE_LINK.exec(part.replaceAll('&amp;', '&')) : null;
    if (found) return found[0];
  }
  return null;
}

/** Bounded: the demo runs for hours on a laptop; the oldest messages go first. */
const MAX_ENTRIES = 500;

export class Outbox {
  private readonly entries: OutboxEntry[] = [];
  /** How many of the oldest were dropped: keeps a message's number (its `/outbox/<n>.html`) stable. */
  private dropped = 0;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  addEmail(mail: ArrivedEmail): OutboxEntry {
    return this.add({ channel: 'email', to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, link: findUpdateLink(mail.text, mail.html) });
  }

  addSms(sms: { to: string; text: string }): OutboxEntry {
    return this.add({ channel: 'sms', to: sms.to, subject: null, text: sms.text, html: null, link: findUpdateLink(sms.text) });
  }

  /** Every message, oldest first (newest last), as copies. */
  list(): OutboxEntry[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  /** How many messages the outbox holds now (what `/outbox.json` lists). */
  get size(): number {
    return this.entries.length;
  }

  /** How many messages arrived since the demo started (dropped ones included). */
  get count(): number {
    return this.dropped + this.entries.length;
  }

  /** The first number `at()` still knows (older messages were dropped). */
  get first(): number {
    return this.dropped;
  }

  /** Message number `n` (0 = the first that ever arrived), or undefined once dropped or not yet sent. */
  at(n: number): OutboxEntry | undefined {
    return Number.isInteger(n) && n >= this.dropped ? this.entries[n - this.dropped] : undefined;
  }

  /**
   * Resolves once `predicate` holds for the list, checked now and after every arrival: tests wait
   * on arrivals, never on a timer. Rejects after `limitMs` with what did arrive (a bound on a
   * failure, not a speed check).
   */
  waitFor(predicate: (entries: OutboxEntry[]) => boolean, limitMs = 15_000): Promise<OutboxEntry[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate(this.list())) return false;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(this.list());
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`the outbox never matched; it holds ${JSON.stringify(this.list().map((e) => [e.channel, e.to, e.subject ?? e.text]))}`));
      }, limitMs);
      this.waiters.add(check);
      check();
    });
  }

  private add(entry: Omit<OutboxEntry, 'sentAt'>): OutboxEntry {
    const stored: OutboxEntry = { ...entry, sentAt: new Date(this.now()).toISOString() };
    this.entries.push(stored);
    if (this.entries.length > MAX_ENTRIES) this.dropped += this.entries.splice(0, this.entries.length - MAX_ENTRIES).length;
    for (const check of [...this.waiters]) check();
    return stored;
  }
}
