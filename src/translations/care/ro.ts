import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'pe zi', week: 'pe săptămână', month: 'pe lună', year: 'pe an' };
/** From 20 on, Romanian puts “de” between the number and the noun: “2 luni”, “21 de luni”. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'la fiecare # zi', few: 'la fiecare # zile', other: 'la fiecare # de zile' },
  week: { one: 'la fiecare # săptămână', few: 'la fiecare # săptămâni', other: 'la fiecare # de săptămâni' },
  month: { one: 'la fiecare # lună', few: 'la fiecare # luni', other: 'la fiecare # de luni' },
  year: { one: 'la fiecare # an', few: 'la fiecare # ani', other: 'la fiecare # de ani' },
};

/** Romanian (formal “dumneavoastră”, written “dvs.”), as the banner. */
const ro = {
  locale: 'ro',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Nu puteți plăti acum?',
    'care.offers.title': 'Alte opțiuni',
    'care.offers.intro': 'Dacă acum nu este un moment potrivit, nu trebuie să renunțați. Puteți lua o pauză sau puteți trece la un plan mai mic.',
    'care.offers.loading': 'Se încarcă opțiunile dvs.…',
    'care.offers.error': 'Opțiunile dvs. nu au putut fi încărcate și nu s-a schimbat nimic. Încercați din nou peste câteva momente.',
    'care.offers.none': 'Momentan nu există altă opțiune pentru abonamentul dvs. Echipa noastră de asistență vă ajută cu plăcere.',
    'care.back': 'Înapoi',
    'care.confirm.title': 'Verificați înainte de a confirma',
    'care.working': 'Se salvează alegerea dvs.…',
    'care.failed': 'Nu a funcționat și nu s-a schimbat nimic. Încercați din nou.',
    'care.refused': 'Această opțiune nu mai este disponibilă pentru abonamentul dvs. Nu s-a schimbat nimic.',

    'care.pause.title': 'Întrerupeți abonamentul',
    'care.pause.length': 'Pentru cât timp?',
    'care.pause.months': ({ months }) => plural('ro', months, { one: '# lună', few: '# luni', other: '# de luni' }),
    'care.pause.resumesOn': ({ date }) => `Plățile se reiau pe ${date}.`,
    'care.pause.stopsService': 'Până atunci, abonamentul este suspendat și nu veți fi taxat.',
    'care.pause.keepsService': 'Puteți folosi în continuare serviciul și nu veți fi taxat până atunci.',
    'care.pause.noAccess': 'Cât timp este întrerupt, nu veți putea folosi funcțiile plătite ale contului.',
    'care.pause.confirm': ({ months }) =>
      plural('ro', months, { one: 'Întrerupeți pentru # lună', few: 'Întrerupeți pentru # luni', other: 'Întrerupeți pentru # de luni' }),
    'care.pause.done': ({ date }) => `Abonamentul dvs. este întrerupt. Plățile se reiau pe ${date}.`,

    'care.overdue.void': ({ amount }) => `Suma restantă de ${amount} va fi anulată: nu o veți mai datora.`,
    'care.overdue.leaveOpen': ({ amount }) => `Suma restantă de ${amount} este în continuare datorată și vom încerca în continuare să o încasăm.`,

    'care.plan.title': 'Treceți la un plan mai mic',
    'care.plan.current': ({ plan, price }) => `Planul dvs. actual: ${plan} (${price}).`,
    'care.plan.choose': 'Alegeți un plan',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Astăzi veți fi taxat cu ${amount} prin metoda de plată salvată, apoi la fiecare reînnoire.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Veți plăti ${amount} începând cu următoarea factură, pe ${date}.` : `Veți plăti ${amount} începând cu următoarea factură.`,
    'care.plan.prorate': 'Eventuala diferență pentru perioada curentă va fi reglată pe următoarea factură.',
    'care.plan.prorateNow': 'Eventuala diferență pentru perioada curentă se facturează sau se creditează imediat.',
    'care.plan.confirm': ({ plan }) => `Treceți la ${plan}`,
    'care.plan.done': ({ plan }) => `Planul dvs. este acum ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('ro', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Se reia abonamentul dvs.…',
    'care.resume.done': 'Bine ați revenit! Abonamentul dvs. este din nou activ.',

    'care.support.open': 'Contactați asistența',
    'care.support.subject': 'Ajutor cu plata mea',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Bună ziua,',
        '',
        'Am nevoie de ajutor cu plata mea.',
        '',
        `Ce văd: ${summary}`,
        ...(reason ? [`Ce a spus banca: ${reason}`] : []),
        ...(invoice ? [`Factură: ${invoice}`] : []),
        ...(amount ? [`Sumă de plată: ${amount}`] : []),
        '',
        'Mulțumesc',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Astăzi s-a plătit suma de ${amount}.`,
    'care.receipt.next': ({ date }) => `Următoarea plată este pe ${date}.`,

    'care.rating.question': 'Cât de ușor a fost?',
    'care.rating.send': 'Trimite',
    'care.rating.1': 'Foarte greu',
    'care.rating.2': 'Greu',
    'care.rating.3': 'Nici ușor, nici greu',
    'care.rating.4': 'Ușor',
    'care.rating.5': 'Foarte ușor',
    'care.rating.thanks': 'Vă mulțumim că ne-ați spus.',
  },
} satisfies CareTranslation;

export default ro;
