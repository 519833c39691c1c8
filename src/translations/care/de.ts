import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'pro Tag', week: 'pro Woche', month: 'pro Monat', year: 'pro Jahr' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'alle # Tage' },
  week: { other: 'alle # Wochen' },
  month: { other: 'alle # Monate' },
  year: { other: 'alle # Jahre' },
};

/** German (formal “Sie”), as the banner. */
const de = {
  locale: 'de',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Können Sie gerade nicht zahlen?',
    'care.offers.title': 'Andere Möglichkeiten',
    'care.offers.intro': 'Wenn es gerade nicht passt, müssen Sie nicht kündigen. Sie können eine Pause einlegen oder zu einem kleineren Tarif wechseln.',
    'care.offers.loading': 'Ihre Möglichkeiten werden geladen…',
    'care.offers.error': 'Ihre Möglichkeiten konnten nicht geladen werden, und es hat sich nichts geändert. Bitte versuchen Sie es gleich noch einmal.',
    'care.offers.none': 'Für Ihr Abo gibt es gerade keine andere Möglichkeit. Unser Support-Team hilft Ihnen gern weiter.',
    'care.back': 'Zurück',
    'care.confirm.title': 'Bitte prüfen Sie, bevor Sie bestätigen',
    'care.working': 'Ihre Auswahl wird gespeichert…',
    'care.failed': 'Das hat nicht geklappt, und es hat sich nichts geändert. Bitte versuchen Sie es noch einmal.',
    'care.refused': 'Diese Möglichkeit steht für Ihr Abo nicht mehr zur Verfügung. Es hat sich nichts geändert.',

    'care.pause.title': 'Abo pausieren',
    'care.pause.length': 'Für wie lange?',
    'care.pause.months': ({ months }) => plural('de', months, { one: '# Monat', other: '# Monate' }),
    'care.pause.resumesOn': ({ date }) => `Die Abrechnung beginnt wieder am ${date}.`,
    'care.pause.stopsService': 'Bis dahin ruht Ihr Abo, und es wird nichts abgebucht.',
    'care.pause.keepsService': 'Sie können den Dienst weiter nutzen, und bis dahin wird nichts abgebucht.',
    'care.pause.noAccess': 'Während der Pause können Sie die kostenpflichtigen Funktionen Ihres Kontos nicht nutzen.',
    'care.pause.confirm': ({ months }) => plural('de', months, { one: 'Für # Monat pausieren', other: 'Für # Monate pausieren' }),
    'care.pause.done': ({ date }) => `Ihr Abo ist pausiert. Die Abrechnung beginnt wieder am ${date}.`,

    'care.overdue.void': ({ amount }) => `Der offene Betrag von ${amount} wird storniert: Sie schulden ihn nicht mehr.`,
    'care.overdue.leaveOpen': ({ amount }) => `Der offene Betrag von ${amount} ist weiterhin fällig, und wir versuchen weiter, ihn einzuziehen.`,

    'care.plan.title': 'Zu einem kleineren Tarif wechseln',
    'care.plan.current': ({ plan, price }) => `Ihr aktueller Tarif: ${plan} (${price}).`,
    'care.plan.choose': 'Tarif wählen',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Heute werden ${amount} über Ihre hinterlegte Zahlungsmethode abgebucht, danach bei jeder Verlängerung.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Ab Ihrer nächsten Rechnung am ${date} zahlen Sie ${amount}.` : `Ab Ihrer nächsten Rechnung zahlen Sie ${amount}.`,
    'care.plan.prorate': 'Eine Differenz für den laufenden Zeitraum wird mit Ihrer nächsten Rechnung verrechnet.',
    'care.plan.prorateNow': 'Eine Differenz für den laufenden Zeitraum wird sofort berechnet oder gutgeschrieben.',
    'care.plan.confirm': ({ plan }) => `Zu ${plan} wechseln`,
    'care.plan.done': ({ plan }) => `Ihr Tarif ist jetzt ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('de', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Ihr Abo wird fortgesetzt…',
    'care.resume.done': 'Willkommen zurück! Ihr Abo ist wieder aktiv.',

    'care.support.open': 'Support kontaktieren',
    'care.support.subject': 'Hilfe bei meiner Zahlung',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hallo,',
        '',
        'ich brauche Hilfe bei meiner Zahlung.',
        '',
        `Was ich sehe: ${summary}`,
        ...(reason ? [`Was die Bank gesagt hat: ${reason}`] : []),
        ...(invoice ? [`Rechnung: ${invoice}`] : []),
        ...(amount ? [`Fälliger Betrag: ${amount}`] : []),
        '',
        'Vielen Dank',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Heute wurden ${amount} bezahlt.`,
    'care.receipt.next': ({ date }) => `Ihre nächste Zahlung ist am ${date}.`,

    'care.rating.question': 'Wie einfach war das?',
    'care.rating.send': 'Senden',
    'care.rating.1': 'Sehr schwierig',
    'care.rating.2': 'Schwierig',
    'care.rating.3': 'Weder einfach noch schwierig',
    'care.rating.4': 'Einfach',
    'care.rating.5': 'Sehr einfach',
    'care.rating.thanks': 'Danke für Ihre Rückmeldung.',
  },
} satisfies CareTranslation;

export default de;
