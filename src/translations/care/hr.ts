import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** Croatian dates end with a period (“24. studenoga 2026.”), which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

const PER: Record<BillingInterval, string> = { day: 'dnevno', week: 'tjedno', month: 'mjesečno', year: 'godišnje' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'svaki # dan', few: 'svaka # dana', other: 'svakih # dana' },
  week: { one: 'svaki # tjedan', few: 'svaka # tjedna', other: 'svakih # tjedana' },
  month: { one: 'svaki # mjesec', few: 'svaka # mjeseca', other: 'svakih # mjeseci' },
  year: { one: 'svaku # godinu', few: 'svake # godine', other: 'svakih # godina' },
};

/** Croatian (formal “vi”), as the banner. */
const hr = {
  locale: 'hr',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Ne možete platiti upravo sada?',
    'care.offers.title': 'Druge mogućnosti',
    'care.offers.intro': 'Ako vam sada ne odgovara, ne morate otići. Možete napraviti stanku ili prijeći na manji paket.',
    'care.offers.loading': 'Učitavamo vaše mogućnosti…',
    'care.offers.error': 'Vaše mogućnosti nije bilo moguće učitati i ništa se nije promijenilo. Pokušajte ponovno za trenutak.',
    'care.offers.none': 'Za vašu pretplatu trenutačno nema druge mogućnosti. Naš tim podrške rado će vam pomoći.',
    'care.back': 'Natrag',
    'care.confirm.title': 'Provjerite prije potvrde',
    'care.working': 'Spremamo vaš odabir…',
    'care.failed': 'To nije uspjelo i ništa se nije promijenilo. Pokušajte ponovno.',
    'care.refused': 'Ova mogućnost više nije dostupna za vašu pretplatu. Ništa se nije promijenilo.',

    'care.pause.title': 'Pauzirajte pretplatu',
    'care.pause.length': 'Na koliko dugo?',
    'care.pause.months': ({ months }) => plural('hr', months, { one: '# mjesec', few: '# mjeseca', other: '# mjeseci' }),
    'care.pause.resumesOn': ({ date }) => `Naplata se nastavlja ${dot(date)}`,
    'care.pause.stopsService': 'Do tada je vaša pretplata zaustavljena i nećemo vam ništa naplatiti.',
    'care.pause.keepsService': 'Uslugu možete nastaviti koristiti, a do tada vam nećemo ništa naplatiti.',
    'care.pause.noAccess': 'Dok je pretplata pauzirana, nećete moći koristiti plaćene značajke svojeg računa.',
    'care.pause.confirm': ({ months }) =>
      plural('hr', months, { one: 'Pauziraj na # mjesec', few: 'Pauziraj na # mjeseca', other: 'Pauziraj na # mjeseci' }),
    'care.pause.done': ({ date }) => `Vaša je pretplata pauzirana. Naplata se nastavlja ${dot(date)}`,

    'care.overdue.void': ({ amount }) => `Neplaćeni iznos od ${amount} bit će poništen: nećete ga dugovati.`,
    'care.overdue.leaveOpen': ({ amount }) => `Neplaćeni iznos od ${amount} i dalje je dospio i nastavit ćemo ga pokušavati naplatiti.`,

    'care.plan.title': 'Prijeđite na manji paket',
    'care.plan.current': ({ plan, price }) => `Vaš trenutačni paket: ${plan} (${price}).`,
    'care.plan.choose': 'Odaberite paket',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Danas ćemo vam sa spremljenog načina plaćanja naplatiti ${amount}, a zatim pri svakoj obnovi.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Od sljedećeg računa (${date}) plaćat ćete ${amount}.` : `Od sljedećeg računa plaćat ćete ${amount}.`,
    'care.plan.prorate': 'Eventualna razlika za tekuće razdoblje obračunat će se na sljedećem računu.',
    'care.plan.prorateNow': 'Eventualna razlika za tekuće razdoblje odmah se naplaćuje ili vraća.',
    'care.plan.confirm': ({ plan }) => `Prijeđi na paket ${plan}`,
    'care.plan.done': ({ plan }) => `Vaš je paket sada ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('hr', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Nastavljamo vašu pretplatu…',
    'care.resume.done': 'Dobro došli natrag! Vaša je pretplata ponovno aktivna.',

    'care.support.open': 'Kontaktirajte podršku',
    'care.support.subject': 'Pomoć s plaćanjem',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Poštovani,',
        '',
        'trebam pomoć s plaćanjem.',
        '',
        `Što vidim: ${summary}`,
        ...(reason ? [`Što je rekla banka: ${reason}`] : []),
        ...(invoice ? [`Račun: ${invoice}`] : []),
        ...(amount ? [`Iznos za plaćanje: ${amount}`] : []),
        '',
        'Hvala',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Danas je plaćeno ${amount}.`,
    'care.receipt.next': ({ date }) => `Vaše je sljedeće plaćanje ${dot(date)}`,

    'care.rating.question': 'Koliko je ovo bilo jednostavno?',
    'care.rating.send': 'Pošalji',
    'care.rating.1': 'Vrlo teško',
    'care.rating.2': 'Teško',
    'care.rating.3': 'Ni jednostavno ni teško',
    'care.rating.4': 'Jednostavno',
    'care.rating.5': 'Vrlo jednostavno',
    'care.rating.thanks': 'Hvala što ste nam rekli.',
  },
} satisfies CareTranslation;

export default hr;
