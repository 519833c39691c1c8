import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'päivässä', week: 'viikossa', month: 'kuukaudessa', year: 'vuodessa' };
/** “3 kuukauden välein”: the unit is genitive singular after any number, so one form serves. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: '# päivän välein' },
  week: { other: '# viikon välein' },
  month: { other: '# kuukauden välein' },
  year: { other: '# vuoden välein' },
};

/**
 * Finnish (“sinä”), as the banner. Dates (“24. marraskuuta 2026”) read as “on that day” without a
 * case ending; plan names and amounts follow a noun or a colon, so they are never inflected.
 */
const fi = {
  locale: 'fi',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Etkö pysty maksamaan juuri nyt?',
    'care.offers.title': 'Muut vaihtoehdot',
    'care.offers.intro': 'Jos nyt ei ole hyvä hetki, sinun ei tarvitse lopettaa. Voit pitää tauon tai vaihtaa pienempään tilaukseen.',
    'care.offers.loading': 'Vaihtoehtoja ladataan…',
    'care.offers.error': 'Vaihtoehtoja ei voitu ladata, eikä mikään muuttunut. Yritä hetken päästä uudelleen.',
    'care.offers.none': 'Tilauksellesi ei ole juuri nyt muuta vaihtoehtoa. Tukitiimimme auttaa mielellään.',
    'care.back': 'Takaisin',
    'care.confirm.title': 'Tarkista ennen kuin vahvistat',
    'care.working': 'Valintaasi tallennetaan…',
    'care.failed': 'Se ei onnistunut, eikä mikään muuttunut. Yritä uudelleen.',
    'care.refused': 'Tämä vaihtoehto ei ole enää käytettävissä tilauksellesi. Mikään ei muuttunut.',

    'care.pause.title': 'Pidä tauko tilauksessa',
    'care.pause.length': 'Kuinka pitkäksi aikaa?',
    'care.pause.months': ({ months }) => plural('fi', months, { one: '# kuukausi', other: '# kuukautta' }),
    'care.pause.resumesOn': ({ date }) => `Laskutus jatkuu ${date}.`,
    'care.pause.stopsService': 'Siihen asti tilauksesi on keskeytetty, eikä sinulta veloiteta mitään.',
    'care.pause.keepsService': 'Voit jatkaa palvelun käyttöä, eikä sinulta veloiteta mitään ennen sitä.',
    'care.pause.noAccess': 'Tauon aikana et voi käyttää tilisi maksullisia ominaisuuksia.',
    'care.pause.confirm': ({ months }) => plural('fi', months, { other: 'Pidä tauko # kuukaudeksi' }),
    'care.pause.done': ({ date }) => `Tilauksesi on tauolla. Laskutus jatkuu ${date}.`,

    'care.overdue.void': ({ amount }) => `Maksamaton summa ${amount} mitätöidään: sinun ei tarvitse maksaa sitä.`,
    'care.overdue.leaveOpen': ({ amount }) => `Maksamaton summa ${amount} on edelleen maksettava, ja yritämme edelleen periä sen.`,

    'care.plan.title': 'Vaihda pienempään tilaukseen',
    'care.plan.current': ({ plan, price }) => `Nykyinen tilauksesi: ${plan} (${price}).`,
    'care.plan.choose': 'Valitse tilaus',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Tallennetulta maksutavaltasi veloitetaan tänään ${amount} ja sen jälkeen aina uusimisen yhteydessä.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Maksat ${amount} seuraavasta laskusta alkaen (${date}).` : `Maksat ${amount} seuraavasta laskusta alkaen.`,
    'care.plan.prorate': 'Mahdollinen erotus kuluvalta jaksolta tasataan seuraavassa laskussa.',
    'care.plan.prorateNow': 'Mahdollinen erotus kuluvalta jaksolta veloitetaan tai hyvitetään heti.',
    'care.plan.confirm': ({ plan }) => `Vaihda tilaukseen ${plan}`,
    'care.plan.done': ({ plan }) => `Tilauksesi on nyt ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('fi', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Tilaustasi jatketaan…',
    'care.resume.done': 'Tervetuloa takaisin! Tilauksesi on taas voimassa.',

    'care.support.open': 'Ota yhteyttä tukeen',
    'care.support.subject': 'Apua maksuni kanssa',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hei,',
        '',
        'Tarvitsen apua maksuni kanssa.',
        '',
        `Mitä näen: ${summary}`,
        ...(reason ? [`Mitä pankki sanoi: ${reason}`] : []),
        ...(invoice ? [`Lasku: ${invoice}`] : []),
        ...(amount ? [`Maksettava summa: ${amount}`] : []),
        '',
        'Kiitos',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Tänään maksettiin ${amount}.`,
    'care.receipt.next': ({ date }) => `Seuraava maksusi on ${date}.`,

    'care.rating.question': 'Kuinka helppoa tämä oli?',
    'care.rating.send': 'Lähetä',
    'care.rating.1': 'Todella vaikeaa',
    'care.rating.2': 'Vaikeaa',
    'care.rating.3': 'Ei helppoa eikä vaikeaa',
    'care.rating.4': 'Helppoa',
    'care.rating.5': 'Todella helppoa',
    'care.rating.thanks': 'Kiitos, että kerroit.',
  },
} satisfies CareTranslation;

export default fi;
