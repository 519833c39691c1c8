import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'päevas', week: 'nädalas', month: 'kuus', year: 'aastas' };
/** “iga 3 kuu tagant”: the unit is genitive singular after any number, so one form serves. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'iga # päeva tagant' },
  week: { other: 'iga # nädala tagant' },
  month: { other: 'iga # kuu tagant' },
  year: { other: 'iga # aasta tagant' },
};

/**
 * Estonian (“sina”), as the banner. Formatted dates are in the nominative (“24. november 2026”),
 * so they follow “kuupäeval”; plan names and amounts follow a noun, so they are never inflected.
 */
const et = {
  locale: 'et',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Ei saa praegu maksta?',
    'care.offers.title': 'Muud võimalused',
    'care.offers.intro': 'Kui praegu ei sobi, ei pea sa lahkuma. Võid teha pausi või minna üle väiksemale paketile.',
    'care.offers.loading': 'Sinu võimalusi laaditakse…',
    'care.offers.error': 'Sinu võimalusi ei õnnestunud laadida ja midagi ei muutunud. Proovi hetke pärast uuesti.',
    'care.offers.none': 'Sinu tellimusele ei ole praegu muud võimalust. Meie tugimeeskond aitab hea meelega.',
    'care.back': 'Tagasi',
    'care.confirm.title': 'Palun kontrolli enne kinnitamist',
    'care.working': 'Sinu valikut salvestatakse…',
    'care.failed': 'See ei õnnestunud ja midagi ei muutunud. Palun proovi uuesti.',
    'care.refused': 'See võimalus ei ole sinu tellimusele enam saadaval. Midagi ei muutunud.',

    'care.pause.title': 'Peata tellimus',
    'care.pause.length': 'Kui kauaks?',
    'care.pause.months': ({ months }) => plural('et', months, { one: '# kuu', other: '# kuud' }),
    'care.pause.resumesOn': ({ date }) => `Arveldamine jätkub kuupäeval ${date}.`,
    'care.pause.stopsService': 'Seni on sinu tellimus peatatud ja sinult tasu ei võeta.',
    'care.pause.keepsService': 'Saad teenust edasi kasutada ja seni sinult tasu ei võeta.',
    'care.pause.noAccess': 'Peatamise ajal ei saa sa kasutada oma konto tasulisi funktsioone.',
    'care.pause.confirm': ({ months }) => plural('et', months, { other: 'Peata # kuuks' }),
    'care.pause.done': ({ date }) => `Sinu tellimus on peatatud. Arveldamine jätkub kuupäeval ${date}.`,

    'care.overdue.void': ({ amount }) => `Tasumata summa ${amount} tühistatakse: sa ei pea seda maksma.`,
    'care.overdue.leaveOpen': ({ amount }) => `Tasumata summa ${amount} tuleb endiselt tasuda ja me püüame seda edasi sisse nõuda.`,

    'care.plan.title': 'Mine üle väiksemale paketile',
    'care.plan.current': ({ plan, price }) => `Sinu praegune pakett: ${plan} (${price}).`,
    'care.plan.choose': 'Vali pakett',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Täna võetakse sinu salvestatud makseviisilt ${amount} ja seejärel iga pikendamise ajal.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Alates järgmisest arvest kuupäeval ${date} maksad ${amount}.` : `Alates järgmisest arvest maksad ${amount}.`,
    'care.plan.prorate': 'Jooksva perioodi võimalik vahe arvestatakse järgmisel arvel.',
    'care.plan.prorateNow': 'Jooksva perioodi võimalik vahe võetakse või tagastatakse kohe.',
    'care.plan.confirm': ({ plan }) => `Vali pakett ${plan}`,
    'care.plan.done': ({ plan }) => `Sinu pakett on nüüd ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('et', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Sinu tellimust jätkatakse…',
    'care.resume.done': 'Tere tulemast tagasi! Sinu tellimus on jälle aktiivne.',

    'care.support.open': 'Võta ühendust toega',
    'care.support.subject': 'Abi minu maksega',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Tere',
        '',
        'Vajan abi oma maksega.',
        '',
        `Mida ma näen: ${summary}`,
        ...(reason ? [`Mida pank ütles: ${reason}`] : []),
        ...(invoice ? [`Arve: ${invoice}`] : []),
        ...(amount ? [`Tasumisele kuuluv summa: ${amount}`] : []),
        '',
        'Aitäh',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Täna tasuti ${amount}.`,
    'care.receipt.next': ({ date }) => `Sinu järgmine makse on kuupäeval ${date}.`,

    'care.rating.question': 'Kui lihtne see oli?',
    'care.rating.send': 'Saada',
    'care.rating.1': 'Väga raske',
    'care.rating.2': 'Raske',
    'care.rating.3': 'Ei lihtne ega raske',
    'care.rating.4': 'Lihtne',
    'care.rating.5': 'Väga lihtne',
    'care.rating.thanks': 'Aitäh, et andsid teada.',
  },
} satisfies CareTranslation;

export default et;
