import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'pr. dag', week: 'pr. uge', month: 'pr. måned', year: 'pr. år' };
/** “hver 3. måned”: Danish counts intervals with an ordinal; år is neuter (“hvert”). */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'hver #. dag' },
  week: { other: 'hver #. uge' },
  month: { other: 'hver #. måned' },
  year: { other: 'hvert #. år' },
};

/** Danish (“du”), as the banner. */
const da = {
  locale: 'da',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Kan du ikke betale lige nu?',
    'care.offers.title': 'Andre muligheder',
    'care.offers.intro': 'Hvis det ikke passer lige nu, behøver du ikke at stoppe. Du kan holde pause eller skifte til et mindre abonnement.',
    'care.offers.loading': 'Dine muligheder indlæses…',
    'care.offers.error': 'Dine muligheder kunne ikke indlæses, og intet er ændret. Prøv igen om lidt.',
    'care.offers.none': 'Der er ingen anden mulighed for dit abonnement lige nu. Vores supportteam hjælper gerne.',
    'care.back': 'Tilbage',
    'care.confirm.title': 'Tjek venligst, før du bekræfter',
    'care.working': 'Dit valg gemmes…',
    'care.failed': 'Det lykkedes ikke, og intet er ændret. Prøv igen.',
    'care.refused': 'Denne mulighed er ikke længere tilgængelig for dit abonnement. Intet er ændret.',

    'care.pause.title': 'Sæt dit abonnement på pause',
    'care.pause.length': 'Hvor længe?',
    'care.pause.months': ({ months }) => plural('da', months, { one: '# måned', other: '# måneder' }),
    'care.pause.resumesOn': ({ date }) => `Betalingen starter igen den ${date}.`,
    'care.pause.stopsService': 'Indtil da er dit abonnement stoppet, og du bliver ikke opkrævet.',
    'care.pause.keepsService': 'Du kan fortsat bruge tjenesten, og du bliver ikke opkrævet indtil da.',
    'care.pause.noAccess': 'Mens det er på pause, kan du ikke bruge de betalte funktioner på din konto.',
    'care.pause.confirm': ({ months }) => plural('da', months, { one: 'Sæt på pause i # måned', other: 'Sæt på pause i # måneder' }),
    'care.pause.done': ({ date }) => `Dit abonnement er sat på pause. Betalingen starter igen den ${date}.`,

    'care.overdue.void': ({ amount }) => `Det ubetalte beløb på ${amount} annulleres: du skylder det ikke længere.`,
    'care.overdue.leaveOpen': ({ amount }) => `Det ubetalte beløb på ${amount} skal stadig betales, og vi prøver fortsat at opkræve det.`,

    'care.plan.title': 'Skift til et mindre abonnement',
    'care.plan.current': ({ plan, price }) => `Du har ${plan} (${price}).`,
    'care.plan.choose': 'Vælg et abonnement',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Du bliver opkrævet ${amount} i dag med din gemte betalingsmetode og derefter ved hver fornyelse.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Du betaler ${amount} fra din næste regning den ${date}.` : `Du betaler ${amount} fra din næste regning.`,
    'care.plan.prorate': 'En eventuel difference for den nuværende periode udlignes på din næste regning.',
    'care.plan.prorateNow': 'En eventuel difference for den nuværende periode opkræves eller krediteres med det samme.',
    'care.plan.confirm': ({ plan }) => `Skift til ${plan}`,
    'care.plan.done': ({ plan }) => `Du har nu ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('da', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Dit abonnement genoptages…',
    'care.resume.done': 'Velkommen tilbage! Dit abonnement er aktivt igen.',

    'care.support.open': 'Kontakt support',
    'care.support.subject': 'Hjælp til min betaling',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hej',
        '',
        'Jeg har brug for hjælp til min betaling.',
        '',
        `Det ser jeg: ${summary}`,
        ...(reason ? [`Det sagde banken: ${reason}`] : []),
        ...(invoice ? [`Faktura: ${invoice}`] : []),
        ...(amount ? [`Skyldigt beløb: ${amount}`] : []),
        '',
        'Tak',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `${amount} er betalt i dag.`,
    'care.receipt.next': ({ date }) => `Din næste betaling er den ${date}.`,

    'care.rating.question': 'Hvor nemt var det?',
    'care.rating.send': 'Indsend',
    'care.rating.1': 'Meget svært',
    'care.rating.2': 'Svært',
    'care.rating.3': 'Hverken nemt eller svært',
    'care.rating.4': 'Nemt',
    'care.rating.5': 'Meget nemt',
    'care.rating.thanks': 'Tak, fordi du fortalte os det.',
  },
} satisfies CareTranslation;

export default da;
