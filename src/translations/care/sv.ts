import { plural } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'per dag', week: 'per vecka', month: 'per månad', year: 'per år' };
/** “var 3:e månad”, “var 21:a vecka”: Swedish counts intervals with an ordinal; år is neuter (“vart”). */
const UNIT: Record<BillingInterval, string> = { day: 'var #.. dag', week: 'var #.. vecka', month: 'var #.. månad', year: 'vart #.. år' };
const ordinal = new Intl.PluralRules('sv', { type: 'ordinal' });
const every = (interval: BillingInterval, count: number) =>
  plural('sv', count, { other: UNIT[interval] ?? UNIT.month }).replace('..', ordinal.select(count) === 'one' ? ':a' : ':e');

/** Swedish (“du”), as the banner. */
const sv = {
  locale: 'sv',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Kan du inte betala just nu?',
    'care.offers.title': 'Andra alternativ',
    'care.offers.intro': 'Om det inte passar just nu behöver du inte avsluta. Du kan ta en paus eller byta till ett mindre abonnemang.',
    'care.offers.loading': 'Dina alternativ läses in…',
    'care.offers.error': 'Dina alternativ kunde inte läsas in, och inget har ändrats. Försök igen om en stund.',
    'care.offers.none': 'Det finns inget annat alternativ för ditt abonnemang just nu. Vår kundtjänst hjälper dig gärna.',
    'care.back': 'Tillbaka',
    'care.confirm.title': 'Kontrollera innan du bekräftar',
    'care.working': 'Ditt val sparas…',
    'care.failed': 'Det gick inte, och inget har ändrats. Försök igen.',
    'care.refused': 'Det här alternativet är inte längre tillgängligt för ditt abonnemang. Inget har ändrats.',

    'care.pause.title': 'Pausa ditt abonnemang',
    'care.pause.length': 'Hur länge?',
    'care.pause.months': ({ months }) => plural('sv', months, { one: '# månad', other: '# månader' }),
    'care.pause.resumesOn': ({ date }) => `Debiteringen börjar igen den ${date}.`,
    'care.pause.stopsService': 'Fram till dess står ditt abonnemang still, och du debiteras inte.',
    'care.pause.keepsService': 'Du kan fortsätta använda tjänsten, och du debiteras inte förrän dess.',
    'care.pause.noAccess': 'Medan det är pausat kan du inte använda kontots betalfunktioner.',
    'care.pause.confirm': ({ months }) => plural('sv', months, { one: 'Pausa i # månad', other: 'Pausa i # månader' }),
    'care.pause.done': ({ date }) => `Ditt abonnemang är pausat. Debiteringen börjar igen den ${date}.`,

    'care.overdue.void': ({ amount }) => `Det obetalda beloppet på ${amount} makuleras: du är inte längre skyldig det.`,
    'care.overdue.leaveOpen': ({ amount }) => `Det obetalda beloppet på ${amount} ska fortfarande betalas, och vi fortsätter att försöka dra det.`,

    'care.plan.title': 'Byt till ett mindre abonnemang',
    'care.plan.current': ({ plan, price }) => `Du har ${plan} (${price}).`,
    'care.plan.choose': 'Välj ett abonnemang',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Du debiteras ${amount} i dag med ditt sparade betalsätt, och sedan vid varje förnyelse.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Du betalar ${amount} från nästa faktura den ${date}.` : `Du betalar ${amount} från nästa faktura.`,
    'care.plan.prorate': 'En eventuell skillnad för den aktuella perioden regleras på nästa faktura.',
    'care.plan.prorateNow': 'En eventuell skillnad för den aktuella perioden debiteras eller krediteras direkt.',
    'care.plan.confirm': ({ plan }) => `Byt till ${plan}`,
    'care.plan.done': ({ plan }) => `Du har nu ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${every(interval, count)}`,

    'care.resume.working': 'Ditt abonnemang återupptas…',
    'care.resume.done': 'Välkommen tillbaka! Ditt abonnemang är aktivt igen.',

    'care.support.open': 'Kontakta support',
    'care.support.subject': 'Hjälp med min betalning',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hej,',
        '',
        'Jag behöver hjälp med min betalning.',
        '',
        `Det här ser jag: ${summary}`,
        ...(reason ? [`Det här sa banken: ${reason}`] : []),
        ...(invoice ? [`Faktura: ${invoice}`] : []),
        ...(amount ? [`Belopp att betala: ${amount}`] : []),
        '',
        'Tack',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `${amount} har betalats i dag.`,
    'care.receipt.next': ({ date }) => `Din nästa betalning är den ${date}.`,

    'care.rating.question': 'Hur enkelt var det?',
    'care.rating.send': 'Skicka',
    'care.rating.1': 'Mycket svårt',
    'care.rating.2': 'Svårt',
    'care.rating.3': 'Varken enkelt eller svårt',
    'care.rating.4': 'Enkelt',
    'care.rating.5': 'Mycket enkelt',
    'care.rating.thanks': 'Tack för att du berättade.',
  },
} satisfies CareTranslation;

export default sv;
