import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** Hungarian long dates end with a period (“2026. november 24.”), which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

const PER: Record<BillingInterval, string> = { day: 'naponta', week: 'hetente', month: 'havonta', year: 'évente' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: '# naponta' },
  week: { other: '# hetente' },
  month: { other: '# havonta' },
  year: { other: '# évente' },
};

/**
 * Hungarian (formal “Ön”), as the banner. Dates, amounts and plan names never take a suffix:
 * they follow a label and a colon, or a noun (“… összeg”), so they read right whatever they are.
 */
const hu = {
  locale: 'hu',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Most nem tud fizetni?',
    'care.offers.title': 'Más lehetőségek',
    'care.offers.intro': 'Ha most nem alkalmas, nem kell kilépnie. Szüneteltetheti az előfizetését, vagy átválthat egy kisebb csomagra.',
    'care.offers.loading': 'Lehetőségei betöltése…',
    'care.offers.error': 'Nem sikerült betölteni a lehetőségeit, és semmi sem változott. Kérjük, próbálja újra egy kicsit később.',
    'care.offers.none': 'Előfizetéséhez jelenleg nincs más lehetőség. Ügyfélszolgálatunk szívesen segít.',
    'care.back': 'Vissza',
    'care.confirm.title': 'Kérjük, ellenőrizze, mielőtt megerősíti',
    'care.working': 'Választásának mentése…',
    'care.failed': 'Ez nem sikerült, és semmi sem változott. Kérjük, próbálja újra.',
    'care.refused': 'Ez a lehetőség már nem érhető el az előfizetéséhez. Semmi sem változott.',

    'care.pause.title': 'Előfizetés szüneteltetése',
    'care.pause.length': 'Mennyi időre?',
    'care.pause.months': ({ months }) => plural('hu', months, { other: '# hónap' }),
    'care.pause.resumesOn': ({ date }) => `A számlázás újraindulásának napja: ${dot(date)}`,
    'care.pause.stopsService': 'Addig az előfizetése szünetel, és nem terhelünk semmit.',
    'care.pause.keepsService': 'Továbbra is használhatja a szolgáltatást, és addig nem terhelünk semmit.',
    'care.pause.noAccess': 'A szünet alatt nem használhatja fiókja fizetős funkcióit.',
    'care.pause.confirm': ({ months }) => plural('hu', months, { other: 'Szüneteltetés # hónapra' }),
    'care.pause.done': ({ date }) => `Az előfizetése szünetel. A számlázás újraindulásának napja: ${dot(date)}`,

    'care.overdue.void': ({ amount }) => `A ki nem fizetett ${amount} összeget sztornózzuk: nem kell kifizetnie.`,
    'care.overdue.leaveOpen': ({ amount }) => `A ki nem fizetett ${amount} összeg továbbra is esedékes, és továbbra is megpróbáljuk beszedni.`,

    'care.plan.title': 'Váltás kisebb csomagra',
    'care.plan.current': ({ plan, price }) => `Jelenlegi csomagja: ${plan} (${price}).`,
    'care.plan.choose': 'Válasszon csomagot',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Ma ${amount} összeget terhelünk a mentett fizetési módjára, majd minden megújításkor.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `A következő számlától (${date}) ${amount} összeget fizet.` : `A következő számlától ${amount} összeget fizet.`,
    'care.plan.prorate': 'Az aktuális időszakra eső esetleges különbözetet a következő számlán számoljuk el.',
    'care.plan.prorateNow': 'Az aktuális időszakra eső esetleges különbözetet azonnal terheljük vagy jóváírjuk.',
    'care.plan.confirm': ({ plan }) => `Váltás erre: ${plan}`,
    'care.plan.done': ({ plan }) => `Mostantól ez a csomagja: ${plan}.`,

    // Hungarian puts how often before the amount: “havonta 5 €”, “3 havonta 15 €”.
    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${PER[interval] ?? PER.month} ${amount}` : `${plural('hu', count, EVERY[interval] ?? EVERY.month)} ${amount}`,

    'care.resume.working': 'Előfizetése folytatása…',
    'care.resume.done': 'Örülünk, hogy újra itt van! Előfizetése ismét aktív.',

    'care.support.open': 'Kapcsolatfelvétel az ügyfélszolgálattal',
    'care.support.subject': 'Segítség a fizetésemmel kapcsolatban',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Jó napot!',
        '',
        'Segítségre van szükségem a fizetésemmel kapcsolatban.',
        '',
        `Amit látok: ${summary}`,
        ...(reason ? [`Amit a bank közölt: ${reason}`] : []),
        ...(invoice ? [`Számla: ${invoice}`] : []),
        ...(amount ? [`Fizetendő összeg: ${amount}`] : []),
        '',
        'Köszönöm',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Ma kifizetett összeg: ${amount}.`,
    'care.receipt.next': ({ date }) => `A következő fizetés napja: ${dot(date)}`,

    'care.rating.question': 'Mennyire volt egyszerű?',
    'care.rating.send': 'Küldés',
    'care.rating.1': 'Nagyon nehéz',
    'care.rating.2': 'Nehéz',
    'care.rating.3': 'Se nem könnyű, se nem nehéz',
    'care.rating.4': 'Könnyű',
    'care.rating.5': 'Nagyon könnyű',
    'care.rating.thanks': 'Köszönjük, hogy elmondta.',
  },
} satisfies CareTranslation;

export default hu;
