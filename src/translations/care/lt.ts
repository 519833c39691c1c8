import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** A full Lithuanian date ends in “d.” (“2026 m. lapkričio 24 d.”), which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

const PER: Record<BillingInterval, string> = { day: 'per dieną', week: 'per savaitę', month: 'per mėnesį', year: 'per metus' };
/** “kas 3 mėnesius”: “kas” takes the accusative, whose form follows the number. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'kas # dieną', few: 'kas # dienas', many: 'kas # dienos', other: 'kas # dienų' },
  week: { one: 'kas # savaitę', few: 'kas # savaites', many: 'kas # savaitės', other: 'kas # savaičių' },
  month: { one: 'kas # mėnesį', few: 'kas # mėnesius', many: 'kas # mėnesio', other: 'kas # mėnesių' },
  year: { one: 'kas # metus', few: 'kas # metus', many: 'kas # metų', other: 'kas # metų' },
};

/** Lithuanian (polite “jūs”), as the banner. */
const lt = {
  locale: 'lt',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Negalite sumokėti dabar?',
    'care.offers.title': 'Kitos galimybės',
    'care.offers.intro': 'Jei dabar netinkamas metas, jums nebūtina išeiti. Galite padaryti pertrauką arba pereiti prie mažesnio plano.',
    'care.offers.loading': 'Įkeliamos jūsų galimybės…',
    'care.offers.error': 'Nepavyko įkelti jūsų galimybių, ir niekas nepasikeitė. Bandykite dar kartą po akimirkos.',
    'care.offers.none': 'Šiuo metu jūsų prenumeratai kitų galimybių nėra. Mūsų pagalbos komanda mielai padės.',
    'care.back': 'Atgal',
    'care.confirm.title': 'Prieš patvirtindami patikrinkite',
    'care.working': 'Išsaugomas jūsų pasirinkimas…',
    'care.failed': 'Nepavyko, ir niekas nepasikeitė. Bandykite dar kartą.',
    'care.refused': 'Ši galimybė jūsų prenumeratai nebetaikoma. Niekas nepasikeitė.',

    'care.pause.title': 'Pristabdyti prenumeratą',
    'care.pause.length': 'Kuriam laikui?',
    'care.pause.months': ({ months }) => plural('lt', months, { one: '# mėnuo', few: '# mėnesiai', many: '# mėnesio', other: '# mėnesių' }),
    'care.pause.resumesOn': ({ date }) => `Mokėjimai vėl bus nuskaitomi nuo ${dot(date)}`,
    'care.pause.stopsService': 'Iki tol jūsų prenumerata sustabdyta, ir mokesčio nenuskaitysime.',
    'care.pause.keepsService': 'Galite toliau naudotis paslauga, o iki tol mokesčio nenuskaitysime.',
    'care.pause.noAccess': 'Kol prenumerata pristabdyta, negalėsite naudotis mokamomis paskyros funkcijomis.',
    'care.pause.confirm': ({ months }) =>
      plural('lt', months, { one: 'Pristabdyti # mėnesiui', few: 'Pristabdyti # mėnesiams', many: 'Pristabdyti # mėnesio', other: 'Pristabdyti # mėnesių' }),
    'care.pause.done': ({ date }) => `Jūsų prenumerata pristabdyta. Mokėjimai vėl bus nuskaitomi nuo ${dot(date)}`,

    'care.overdue.void': ({ amount }) => `Nesumokėta ${amount} suma bus anuliuota: jos mokėti nereikės.`,
    'care.overdue.leaveOpen': ({ amount }) => `Nesumokėtą ${amount} sumą vis dar reikia sumokėti, ir toliau bandysime ją nuskaityti.`,

    'care.plan.title': 'Pereiti prie mažesnio plano',
    'care.plan.current': ({ plan, price }) => `Jūsų dabartinis planas: ${plan} (${price}).`,
    'care.plan.choose': 'Pasirinkite planą',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Šiandien iš išsaugoto mokėjimo būdo nuskaitysime ${amount}, o vėliau – kaskart atnaujinant.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Nuo kitos sąskaitos (${date}) mokėsite ${amount}.` : `Nuo kitos sąskaitos mokėsite ${amount}.`,
    'care.plan.prorate': 'Galimas einamojo laikotarpio skirtumas bus įskaičiuotas į kitą sąskaitą.',
    'care.plan.prorateNow': 'Galimas einamojo laikotarpio skirtumas nuskaitomas arba grąžinamas iš karto.',
    'care.plan.confirm': ({ plan }) => `Pereiti prie plano ${plan}`,
    'care.plan.done': ({ plan }) => `Dabar jūsų planas – ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('lt', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Atnaujiname jūsų prenumeratą…',
    'care.resume.done': 'Sveiki sugrįžę! Jūsų prenumerata vėl aktyvi.',

    'care.support.open': 'Susisiekti su pagalba',
    'care.support.subject': 'Pagalba dėl mokėjimo',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Sveiki,',
        '',
        'man reikia pagalbos dėl mokėjimo.',
        '',
        `Ką matau: ${summary}`,
        ...(reason ? [`Ką pranešė bankas: ${reason}`] : []),
        ...(invoice ? [`Sąskaita: ${invoice}`] : []),
        ...(amount ? [`Mokėtina suma: ${amount}`] : []),
        '',
        'Ačiū',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Šiandien sumokėta ${amount}.`,
    'care.receipt.next': ({ date }) => `Kitas mokėjimas – ${dot(date)}`,

    'care.rating.question': 'Ar buvo lengva?',
    'care.rating.send': 'Siųsti',
    'care.rating.1': 'Labai sunku',
    'care.rating.2': 'Sunku',
    'care.rating.3': 'Nei lengva, nei sunku',
    'care.rating.4': 'Lengva',
    'care.rating.5': 'Labai lengva',
    'care.rating.thanks': 'Ačiū, kad pasidalijote.',
  },
} satisfies CareTranslation;

export default lt;
