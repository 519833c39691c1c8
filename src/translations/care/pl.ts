import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'dziennie', week: 'tygodniowo', month: 'miesięcznie', year: 'rocznie' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'co # dzień', few: 'co # dni', many: 'co # dni', other: 'co # dnia' },
  week: { one: 'co # tydzień', few: 'co # tygodnie', many: 'co # tygodni', other: 'co # tygodnia' },
  month: { one: 'co # miesiąc', few: 'co # miesiące', many: 'co # miesięcy', other: 'co # miesiąca' },
  year: { one: 'co # rok', few: 'co # lata', many: 'co # lat', other: 'co # roku' },
};

/** Polish (informal “Ty”, capitalized, as the banner). Dates arrive in the genitive (“24 listopada 2026”). */
const pl = {
  locale: 'pl',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Nie możesz teraz zapłacić?',
    'care.offers.title': 'Inne możliwości',
    'care.offers.intro': 'Jeśli to nie jest dobry moment, nie musisz rezygnować. Możesz zrobić przerwę albo przejść na mniejszy plan.',
    'care.offers.loading': 'Wczytujemy Twoje możliwości…',
    'care.offers.error': 'Nie udało się wczytać Twoich możliwości i nic się nie zmieniło. Spróbuj ponownie za chwilę.',
    'care.offers.none': 'Dla Twojej subskrypcji nie ma teraz innej możliwości. Nasz zespół pomocy chętnie Ci pomoże.',
    'care.back': 'Wstecz',
    'care.confirm.title': 'Sprawdź, zanim potwierdzisz',
    'care.working': 'Zapisujemy Twój wybór…',
    'care.failed': 'Nie udało się i nic się nie zmieniło. Spróbuj ponownie.',
    'care.refused': 'Ta możliwość nie jest już dostępna dla Twojej subskrypcji. Nic się nie zmieniło.',

    'care.pause.title': 'Wstrzymaj subskrypcję',
    'care.pause.length': 'Na jak długo?',
    'care.pause.months': ({ months }) => plural('pl', months, { one: '# miesiąc', few: '# miesiące', many: '# miesięcy', other: '# miesiąca' }),
    'care.pause.resumesOn': ({ date }) => `Płatności zostaną wznowione ${date}.`,
    'care.pause.stopsService': 'Do tego czasu subskrypcja jest wstrzymana i nie pobierzemy żadnej opłaty.',
    'care.pause.keepsService': 'Możesz dalej korzystać z usługi, a do tego czasu nie pobierzemy żadnej opłaty.',
    'care.pause.noAccess': 'Podczas przerwy nie będziesz mieć dostępu do płatnych funkcji konta.',
    'care.pause.confirm': ({ months }) =>
      plural('pl', months, { one: 'Wstrzymaj na # miesiąc', few: 'Wstrzymaj na # miesiące', many: 'Wstrzymaj na # miesięcy', other: 'Wstrzymaj na # miesiąca' }),
    'care.pause.done': ({ date }) => `Subskrypcja jest wstrzymana. Płatności zostaną wznowione ${date}.`,

    'care.overdue.void': ({ amount }) => `Zaległa kwota ${amount} zostanie anulowana: nie musisz jej płacić.`,
    'care.overdue.leaveOpen': ({ amount }) => `Zaległa kwota ${amount} nadal jest do zapłaty i będziemy dalej próbować ją pobrać.`,

    'care.plan.title': 'Przejdź na mniejszy plan',
    'care.plan.current': ({ plan, price }) => `Twój obecny plan: ${plan} (${price}).`,
    'care.plan.choose': 'Wybierz plan',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Dziś pobierzemy ${amount} z zapisanej metody płatności, a potem przy każdym odnowieniu.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Od następnego rachunku (${date}) zapłacisz ${amount}.` : `Od następnego rachunku zapłacisz ${amount}.`,
    'care.plan.prorate': 'Ewentualna różnica za bieżący okres zostanie rozliczona na następnym rachunku.',
    'care.plan.prorateNow': 'Ewentualna różnica za bieżący okres zostanie od razu pobrana lub zwrócona.',
    'care.plan.confirm': ({ plan }) => `Przejdź na plan ${plan}`,
    'care.plan.done': ({ plan }) => `Twój plan to teraz ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('pl', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Wznawiamy Twoją subskrypcję…',
    'care.resume.done': 'Witaj ponownie! Twoja subskrypcja znów jest aktywna.',

    'care.support.open': 'Skontaktuj się z pomocą',
    'care.support.subject': 'Pomoc w sprawie płatności',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Dzień dobry,',
        '',
        'potrzebuję pomocy w sprawie płatności.',
        '',
        `Co widzę: ${summary}`,
        ...(reason ? [`Co przekazał bank: ${reason}`] : []),
        ...(invoice ? [`Faktura: ${invoice}`] : []),
        ...(amount ? [`Kwota do zapłaty: ${amount}`] : []),
        '',
        'Dziękuję',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Dziś zapłacono ${amount}.`,
    'care.receipt.next': ({ date }) => `Następna płatność: ${date}.`,

    'care.rating.question': 'Czy to było łatwe?',
    'care.rating.send': 'Wyślij',
    'care.rating.1': 'Bardzo trudne',
    'care.rating.2': 'Trudne',
    'care.rating.3': 'Ani łatwe, ani trudne',
    'care.rating.4': 'Łatwe',
    'care.rating.5': 'Bardzo łatwe',
    'care.rating.thanks': 'Dziękujemy za opinię.',
  },
} satisfies CareTranslation;

export default pl;
