import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'denne', week: 'týždenne', month: 'mesačne', year: 'ročne' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'každý # deň', few: 'každé # dni', many: 'každých # dňa', other: 'každých # dní' },
  week: { one: 'každý # týždeň', few: 'každé # týždne', many: 'každých # týždňa', other: 'každých # týždňov' },
  month: { one: 'každý # mesiac', few: 'každé # mesiace', many: 'každých # mesiaca', other: 'každých # mesiacov' },
  year: { one: 'každý # rok', few: 'každé # roky', many: 'každých # roka', other: 'každých # rokov' },
};

/** Slovak (formal “vy”), as the banner. Dates arrive in the genitive (“24. novembra 2026”). */
const sk = {
  locale: 'sk',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Nemôžete teraz zaplatiť?',
    'care.offers.title': 'Ďalšie možnosti',
    'care.offers.intro': 'Ak sa vám to teraz nehodí, nemusíte odchádzať. Môžete si dať prestávku alebo prejsť na menší tarif.',
    'care.offers.loading': 'Načítavame vaše možnosti…',
    'care.offers.error': 'Vaše možnosti sa nepodarilo načítať a nič sa nezmenilo. Skúste to, prosím, o chvíľu znova.',
    'care.offers.none': 'Pre vaše predplatné teraz nie je žiadna iná možnosť. Náš tím podpory vám rád pomôže.',
    'care.back': 'Späť',
    'care.confirm.title': 'Pred potvrdením si to, prosím, skontrolujte',
    'care.working': 'Ukladáme vašu voľbu…',
    'care.failed': 'Nepodarilo sa to a nič sa nezmenilo. Skúste to, prosím, znova.',
    'care.refused': 'Táto možnosť už pre vaše predplatné nie je dostupná. Nič sa nezmenilo.',

    'care.pause.title': 'Pozastaviť predplatné',
    'care.pause.length': 'Na ako dlho?',
    'care.pause.months': ({ months }) => plural('sk', months, { one: '# mesiac', few: '# mesiace', many: '# mesiaca', other: '# mesiacov' }),
    'care.pause.resumesOn': ({ date }) => `Platby sa obnovia ${date}.`,
    'care.pause.stopsService': 'Dovtedy je predplatné pozastavené a nič vám nenaúčtujeme.',
    'care.pause.keepsService': 'Službu môžete ďalej používať a dovtedy vám nič nenaúčtujeme.',
    'care.pause.noAccess': 'Počas pozastavenia nebudete môcť používať platené funkcie svojho účtu.',
    'care.pause.confirm': ({ months }) =>
      plural('sk', months, { one: 'Pozastaviť na # mesiac', few: 'Pozastaviť na # mesiace', many: 'Pozastaviť na # mesiaca', other: 'Pozastaviť na # mesiacov' }),
    'care.pause.done': ({ date }) => `Predplatné je pozastavené. Platby sa obnovia ${date}.`,

    'care.overdue.void': ({ amount }) => `Nezaplatená suma ${amount} bude zrušená: nebudete ju dlhovať.`,
    'care.overdue.leaveOpen': ({ amount }) => `Nezaplatená suma ${amount} je stále splatná a budeme sa ju ďalej pokúšať strhnúť.`,

    'care.plan.title': 'Prejsť na menší tarif',
    'care.plan.current': ({ plan, price }) => `Váš súčasný tarif: ${plan} (${price}).`,
    'care.plan.choose': 'Vyberte tarif',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Dnes vám z uloženej platobnej metódy strhneme ${amount} a potom pri každom obnovení.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Od nasledujúcej faktúry (${date}) budete platiť ${amount}.` : `Od nasledujúcej faktúry budete platiť ${amount}.`,
    'care.plan.prorate': 'Prípadný rozdiel za aktuálne obdobie sa vyrovná na nasledujúcej faktúre.',
    'care.plan.prorateNow': 'Prípadný rozdiel za aktuálne obdobie sa hneď naúčtuje alebo vráti.',
    'care.plan.confirm': ({ plan }) => `Prejsť na tarif ${plan}`,
    'care.plan.done': ({ plan }) => `Váš tarif je teraz ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('sk', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Obnovujeme vaše predplatné…',
    'care.resume.done': 'Vitajte späť! Vaše predplatné je znova aktívne.',

    'care.support.open': 'Kontaktovať podporu',
    'care.support.subject': 'Pomoc s platbou',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Dobrý deň,',
        '',
        'potrebujem pomoc s platbou.',
        '',
        `Čo vidím: ${summary}`,
        ...(reason ? [`Čo uviedla banka: ${reason}`] : []),
        ...(invoice ? [`Faktúra: ${invoice}`] : []),
        ...(amount ? [`Dlžná suma: ${amount}`] : []),
        '',
        'Ďakujem',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Dnes bolo zaplatené ${amount}.`,
    'care.receipt.next': ({ date }) => `Vaša ďalšia platba bude ${date}.`,

    'care.rating.question': 'Aké jednoduché to bolo?',
    'care.rating.send': 'Odoslať',
    'care.rating.1': 'Veľmi ťažké',
    'care.rating.2': 'Ťažké',
    'care.rating.3': 'Ani jednoduché, ani ťažké',
    'care.rating.4': 'Jednoduché',
    'care.rating.5': 'Veľmi jednoduché',
    'care.rating.thanks': 'Ďakujeme za spätnú väzbu.',
  },
} satisfies CareTranslation;

export default sk;
