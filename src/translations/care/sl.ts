import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'na dan', week: 'na teden', month: 'na mesec', year: 'na leto' };
/** Slovenian has a dual: “vsaka 2 meseca”, “vsake 3 mesece”, “vsakih 5 mesecev”. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'vsak # dan', two: 'vsaka # dneva', few: 'vsake # dni', other: 'vsakih # dni' },
  week: { one: 'vsak # teden', two: 'vsaka # tedna', few: 'vsake # tedne', other: 'vsakih # tednov' },
  month: { one: 'vsak # mesec', two: 'vsaka # meseca', few: 'vsake # mesece', other: 'vsakih # mesecev' },
  year: { one: 'vsako # leto', two: 'vsaki # leti', few: 'vsaka # leta', other: 'vsakih # let' },
};

/**
 * Slovenian (formal “vi”), as the banner. Formatted dates are in the nominative (“24. november
 * 2026”), so they follow a label and a colon rather than a preposition.
 */
const sl = {
  locale: 'sl',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Trenutno ne morete plačati?',
    'care.offers.title': 'Druge možnosti',
    'care.offers.intro': 'Če vam zdaj ne ustreza, vam ni treba oditi. Lahko si vzamete premor ali preidete na manjši paket.',
    'care.offers.loading': 'Nalagamo vaše možnosti…',
    'care.offers.error': 'Vaših možnosti ni bilo mogoče naložiti in nič se ni spremenilo. Poskusite znova čez trenutek.',
    'care.offers.none': 'Za vašo naročnino trenutno ni druge možnosti. Naša ekipa za podporo vam bo z veseljem pomagala.',
    'care.back': 'Nazaj',
    'care.confirm.title': 'Preverite, preden potrdite',
    'care.working': 'Shranjujemo vašo izbiro…',
    'care.failed': 'Ni uspelo in nič se ni spremenilo. Poskusite znova.',
    'care.refused': 'Ta možnost za vašo naročnino ni več na voljo. Nič se ni spremenilo.',

    'care.pause.title': 'Začasno ustavite naročnino',
    'care.pause.length': 'Za koliko časa?',
    'care.pause.months': ({ months }) => plural('sl', months, { one: '# mesec', two: '# meseca', few: '# meseci', other: '# mesecev' }),
    'care.pause.resumesOn': ({ date }) => `Datum ponovnega obračunavanja: ${date}.`,
    'care.pause.stopsService': 'Do takrat je vaša naročnina ustavljena in ničesar vam ne bomo zaračunali.',
    'care.pause.keepsService': 'Storitev lahko še naprej uporabljate in do takrat vam ne bomo ničesar zaračunali.',
    'care.pause.noAccess': 'Med premorom ne boste mogli uporabljati plačljivih funkcij svojega računa.',
    'care.pause.confirm': ({ months }) =>
      plural('sl', months, { one: 'Ustavi za # mesec', two: 'Ustavi za # meseca', few: 'Ustavi za # mesece', other: 'Ustavi za # mesecev' }),
    'care.pause.done': ({ date }) => `Vaša naročnina je začasno ustavljena. Datum ponovnega obračunavanja: ${date}.`,

    'care.overdue.void': ({ amount }) => `Neplačani znesek ${amount} bo preklican: ne boste ga dolgovali.`,
    'care.overdue.leaveOpen': ({ amount }) => `Neplačani znesek ${amount} je še vedno treba plačati in ga bomo še naprej poskušali izterjati.`,

    'care.plan.title': 'Preidite na manjši paket',
    'care.plan.current': ({ plan, price }) => `Vaš trenutni paket: ${plan} (${price}).`,
    'care.plan.choose': 'Izberite paket',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Danes vam bomo s shranjenim plačilnim sredstvom zaračunali ${amount}, nato pa ob vsakem podaljšanju.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Od naslednjega računa (${date}) boste plačevali ${amount}.` : `Od naslednjega računa boste plačevali ${amount}.`,
    'care.plan.prorate': 'Morebitna razlika za tekoče obdobje bo poračunana na naslednjem računu.',
    'care.plan.prorateNow': 'Morebitna razlika za tekoče obdobje se takoj zaračuna ali dobropiše.',
    'care.plan.confirm': ({ plan }) => `Preidi na paket ${plan}`,
    'care.plan.done': ({ plan }) => `Vaš paket je zdaj ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('sl', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Nadaljujemo vašo naročnino…',
    'care.resume.done': 'Dobrodošli nazaj! Vaša naročnina je znova aktivna.',

    'care.support.open': 'Obrnite se na podporo',
    'care.support.subject': 'Pomoč pri plačilu',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Pozdravljeni,',
        '',
        'potrebujem pomoč pri plačilu.',
        '',
        `Kaj vidim: ${summary}`,
        ...(reason ? [`Kaj je sporočila banka: ${reason}`] : []),
        ...(invoice ? [`Račun: ${invoice}`] : []),
        ...(amount ? [`Znesek za plačilo: ${amount}`] : []),
        '',
        'Hvala',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Danes je bilo plačano ${amount}.`,
    'care.receipt.next': ({ date }) => `Datum naslednjega plačila: ${date}.`,

    'care.rating.question': 'Kako preprosto je bilo?',
    'care.rating.send': 'Pošlji',
    'care.rating.1': 'Zelo težko',
    'care.rating.2': 'Težko',
    'care.rating.3': 'Niti preprosto niti težko',
    'care.rating.4': 'Preprosto',
    'care.rating.5': 'Zelo preprosto',
    'care.rating.thanks': 'Hvala, ker ste nam povedali.',
  },
} satisfies CareTranslation;

export default sl;
