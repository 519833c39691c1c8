import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'per dag', week: 'per uke', month: 'per måned', year: 'per år' };
/** “hver 3. måned”: Norwegian counts intervals with an ordinal; år is neuter (“hvert”). */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'hver #. dag' },
  week: { other: 'hver #. uke' },
  month: { other: 'hver #. måned' },
  year: { other: 'hvert #. år' },
};

/** Norwegian Bokmål (“du”), as the banner; also served for `no` and `nn`. */
const nb = {
  locale: 'nb',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Kan du ikke betale akkurat nå?',
    'care.offers.title': 'Andre muligheter',
    'care.offers.intro': 'Hvis det ikke passer nå, trenger du ikke å avslutte. Du kan ta en pause eller bytte til et mindre abonnement.',
    'care.offers.loading': 'Laster inn mulighetene dine…',
    'care.offers.error': 'Mulighetene dine kunne ikke lastes inn, og ingenting er endret. Prøv igjen om litt.',
    'care.offers.none': 'Det finnes ingen annen mulighet for abonnementet ditt akkurat nå. Kundestøtten vår hjelper deg gjerne.',
    'care.back': 'Tilbake',
    'care.confirm.title': 'Sjekk før du bekrefter',
    'care.working': 'Lagrer valget ditt…',
    'care.failed': 'Det gikk ikke, og ingenting er endret. Prøv igjen.',
    'care.refused': 'Denne muligheten er ikke lenger tilgjengelig for abonnementet ditt. Ingenting er endret.',

    'care.pause.title': 'Sett abonnementet på pause',
    'care.pause.length': 'Hvor lenge?',
    'care.pause.months': ({ months }) => plural('nb', months, { one: '# måned', other: '# måneder' }),
    'care.pause.resumesOn': ({ date }) => `Betalingen starter igjen ${date}.`,
    'care.pause.stopsService': 'Frem til da står abonnementet stille, og du blir ikke belastet.',
    'care.pause.keepsService': 'Du kan fortsatt bruke tjenesten, og du blir ikke belastet før da.',
    'care.pause.noAccess': 'Mens det er på pause, kan du ikke bruke de betalte funksjonene i kontoen din.',
    'care.pause.confirm': ({ months }) => plural('nb', months, { one: 'Sett på pause i # måned', other: 'Sett på pause i # måneder' }),
    'care.pause.done': ({ date }) => `Abonnementet ditt er satt på pause. Betalingen starter igjen ${date}.`,

    'care.overdue.void': ({ amount }) => `Det ubetalte beløpet på ${amount} blir annullert: du skylder det ikke lenger.`,
    'care.overdue.leaveOpen': ({ amount }) => `Det ubetalte beløpet på ${amount} må fortsatt betales, og vi fortsetter å prøve å trekke det.`,

    'care.plan.title': 'Bytt til et mindre abonnement',
    'care.plan.current': ({ plan, price }) => `Du har ${plan} (${price}).`,
    'care.plan.choose': 'Velg et abonnement',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Du blir belastet ${amount} i dag med den lagrede betalingsmåten din, og deretter ved hver fornyelse.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Du betaler ${amount} fra neste regning, som kommer ${date}.` : `Du betaler ${amount} fra neste regning.`,
    'care.plan.prorate': 'En eventuell differanse for inneværende periode gjøres opp på neste regning.',
    'care.plan.prorateNow': 'En eventuell differanse for inneværende periode belastes eller krediteres med én gang.',
    'care.plan.confirm': ({ plan }) => `Bytt til ${plan}`,
    'care.plan.done': ({ plan }) => `Du har nå ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('nb', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Gjenopptar abonnementet ditt…',
    'care.resume.done': 'Velkommen tilbake! Abonnementet ditt er aktivt igjen.',

    'care.support.open': 'Kontakt kundestøtte',
    'care.support.subject': 'Hjelp med betalingen min',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hei,',
        '',
        'Jeg trenger hjelp med betalingen min.',
        '',
        `Dette ser jeg: ${summary}`,
        ...(reason ? [`Dette sa banken: ${reason}`] : []),
        ...(invoice ? [`Faktura: ${invoice}`] : []),
        ...(amount ? [`Utestående beløp: ${amount}`] : []),
        '',
        'Takk',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `${amount} ble betalt i dag.`,
    'care.receipt.next': ({ date }) => `Neste betaling er ${date}.`,

    'care.rating.question': 'Hvor enkelt var dette?',
    'care.rating.send': 'Send inn',
    'care.rating.1': 'Svært vanskelig',
    'care.rating.2': 'Vanskelig',
    'care.rating.3': 'Verken enkelt eller vanskelig',
    'care.rating.4': 'Enkelt',
    'care.rating.5': 'Svært enkelt',
    'care.rating.thanks': 'Takk for at du sa ifra.',
  },
} satisfies CareTranslation;

export default nb;
