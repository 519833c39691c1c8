import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'per dag', week: 'per week', month: 'per maand', year: 'per jaar' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'elke # dagen' },
  week: { other: 'elke # weken' },
  month: { other: 'elke # maanden' },
  year: { other: 'elke # jaar' },
};

/** Dutch, informal “je” as the banner. */
const nl = {
  locale: 'nl',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Kun je nu niet betalen?',
    'care.offers.title': 'Andere mogelijkheden',
    'care.offers.intro': 'Komt het nu niet goed uit? Je hoeft niet weg te gaan. Je kunt even pauzeren of overstappen op een kleiner abonnement.',
    'care.offers.loading': 'Je mogelijkheden worden geladen…',
    'care.offers.error': 'Je mogelijkheden konden niet worden geladen, en er is niets veranderd. Probeer het zo nog eens.',
    'care.offers.none': 'Er is op dit moment geen andere mogelijkheid voor je abonnement. Ons supportteam helpt je graag.',
    'care.back': 'Terug',
    'care.confirm.title': 'Controleer dit voordat je bevestigt',
    'care.working': 'Je keuze wordt opgeslagen…',
    'care.failed': 'Dat is niet gelukt, en er is niets veranderd. Probeer het nog eens.',
    'care.refused': 'Deze mogelijkheid is niet meer beschikbaar voor je abonnement. Er is niets veranderd.',

    'care.pause.title': 'Je abonnement pauzeren',
    'care.pause.length': 'Hoe lang?',
    'care.pause.months': ({ months }) => plural('nl', months, { one: '# maand', other: '# maanden' }),
    'care.pause.resumesOn': ({ date }) => `De betalingen starten weer op ${date}.`,
    'care.pause.stopsService': 'Tot dan staat je abonnement stil en betaal je niets.',
    'care.pause.keepsService': 'Je kunt de dienst blijven gebruiken, en tot dan betaal je niets.',
    'care.pause.noAccess': 'Zolang het gepauzeerd is, kun je de betaalde functies van je account niet gebruiken.',
    'care.pause.confirm': ({ months }) => plural('nl', months, { one: '# maand pauzeren', other: '# maanden pauzeren' }),
    'care.pause.done': ({ date }) => `Je abonnement is gepauzeerd. De betalingen starten weer op ${date}.`,

    'care.overdue.void': ({ amount }) => `Het openstaande bedrag van ${amount} wordt geschrapt: je hoeft het niet meer te betalen.`,
    'care.overdue.leaveOpen': ({ amount }) => `Het openstaande bedrag van ${amount} moet nog steeds betaald worden, en we blijven proberen het te innen.`,

    'care.plan.title': 'Overstappen op een kleiner abonnement',
    'care.plan.current': ({ plan, price }) => `Je hebt nu ${plan} (${price}).`,
    'care.plan.choose': 'Kies een abonnement',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Vandaag wordt ${amount} afgeschreven via je opgeslagen betaalmethode, en daarna bij elke verlenging.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Je betaalt ${amount} vanaf je volgende factuur op ${date}.` : `Je betaalt ${amount} vanaf je volgende factuur.`,
    'care.plan.prorate': 'Een eventueel verschil voor de huidige periode wordt verrekend op je volgende factuur.',
    'care.plan.prorateNow': 'Een eventueel verschil voor de huidige periode wordt meteen in rekening gebracht of teruggestort.',
    'care.plan.confirm': ({ plan }) => `Overstappen op ${plan}`,
    'care.plan.done': ({ plan }) => `Je hebt nu ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('nl', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Je abonnement wordt hervat…',
    'care.resume.done': 'Welkom terug! Je abonnement is weer actief.',

    'care.support.open': 'Contact opnemen met support',
    'care.support.subject': 'Hulp bij mijn betaling',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hallo,',
        '',
        'Ik heb hulp nodig bij mijn betaling.',
        '',
        `Wat ik zie: ${summary}`,
        ...(reason ? [`Wat de bank zei: ${reason}`] : []),
        ...(invoice ? [`Factuur: ${invoice}`] : []),
        ...(amount ? [`Openstaand bedrag: ${amount}`] : []),
        '',
        'Bedankt',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Vandaag is ${amount} betaald.`,
    'care.receipt.next': ({ date }) => `Je volgende betaling is op ${date}.`,

    'care.rating.question': 'Hoe makkelijk ging dit?',
    'care.rating.send': 'Versturen',
    'care.rating.1': 'Heel moeilijk',
    'care.rating.2': 'Moeilijk',
    'care.rating.3': 'Niet makkelijk en niet moeilijk',
    'care.rating.4': 'Makkelijk',
    'care.rating.5': 'Heel makkelijk',
    'care.rating.thanks': 'Bedankt voor je reactie.',
  },
} satisfies CareTranslation;

export default nl;
