import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'dienā', week: 'nedēļā', month: 'mēnesī', year: 'gadā' };
/** “ik pēc 3 mēnešiem”, but “ik pēc 21 mēneša”: “pēc” takes the genitive singular, the dative plural. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { one: 'ik pēc # dienas', other: 'ik pēc # dienām' },
  week: { one: 'ik pēc # nedēļas', other: 'ik pēc # nedēļām' },
  month: { one: 'ik pēc # mēneša', other: 'ik pēc # mēnešiem' },
  year: { one: 'ik pēc # gada', other: 'ik pēc # gadiem' },
};

/**
 * Latvian (polite “Jūs”), as the banner. Formatted dates are in the nominative (“2026. gada
 * 24. novembris”), so they follow a label and a colon rather than taking a case ending.
 */
const lv = {
  locale: 'lv',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Nevarat samaksāt tieši tagad?',
    'care.offers.title': 'Citas iespējas',
    'care.offers.intro': 'Ja tagad nav īstais brīdis, jums nav jāaiziet. Varat ieturēt pauzi vai pāriet uz mazāku plānu.',
    'care.offers.loading': 'Ielādējam jūsu iespējas…',
    'care.offers.error': 'Jūsu iespējas neizdevās ielādēt, un nekas nav mainījies. Lūdzu, mēģiniet vēlreiz pēc brīža.',
    'care.offers.none': 'Jūsu abonementam pašlaik nav citu iespēju. Mūsu atbalsta komanda labprāt palīdzēs.',
    'care.back': 'Atpakaļ',
    'care.confirm.title': 'Lūdzu, pārbaudiet pirms apstiprināšanas',
    'care.working': 'Saglabājam jūsu izvēli…',
    'care.failed': 'Neizdevās, un nekas nav mainījies. Lūdzu, mēģiniet vēlreiz.',
    'care.refused': 'Šī iespēja jūsu abonementam vairs nav pieejama. Nekas nav mainījies.',

    'care.pause.title': 'Apturēt abonementu',
    'care.pause.length': 'Uz cik ilgu laiku?',
    'care.pause.months': ({ months }) => plural('lv', months, { one: '# mēnesis', other: '# mēneši' }),
    'care.pause.resumesOn': ({ date }) => `Maksājumi atsāksies: ${date}.`,
    'care.pause.stopsService': 'Līdz tam jūsu abonements ir apturēts, un maksa netiks iekasēta.',
    'care.pause.keepsService': 'Varat turpināt izmantot pakalpojumu, un līdz tam maksa netiks iekasēta.',
    'care.pause.noAccess': 'Kamēr abonements ir apturēts, jūs nevarēsiet izmantot sava konta maksas funkcijas.',
    'care.pause.confirm': ({ months }) => plural('lv', months, { one: 'Apturēt uz # mēnesi', other: 'Apturēt uz # mēnešiem' }),
    'care.pause.done': ({ date }) => `Jūsu abonements ir apturēts. Maksājumi atsāksies: ${date}.`,

    'care.overdue.void': ({ amount }) => `Nesamaksātā summa ${amount} tiks anulēta: jums tā nebūs jāmaksā.`,
    'care.overdue.leaveOpen': ({ amount }) => `Nesamaksātā summa ${amount} joprojām ir jāmaksā, un mēs turpināsim mēģināt to iekasēt.`,

    'care.plan.title': 'Pāriet uz mazāku plānu',
    'care.plan.current': ({ plan, price }) => `Jūsu pašreizējais plāns: ${plan} (${price}).`,
    'care.plan.choose': 'Izvēlieties plānu',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Šodien no saglabātā maksājuma veida tiks iekasēta summa ${amount}, un pēc tam – katrā atjaunošanas reizē.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `No nākamā rēķina (${date}) jūs maksāsiet ${amount}.` : `No nākamā rēķina jūs maksāsiet ${amount}.`,
    'care.plan.prorate': 'Iespējamā starpība par pašreizējo periodu tiks ieskaitīta nākamajā rēķinā.',
    'care.plan.prorateNow': 'Iespējamā starpība par pašreizējo periodu tiek iekasēta vai atmaksāta uzreiz.',
    'care.plan.confirm': ({ plan }) => `Pāriet uz plānu ${plan}`,
    'care.plan.done': ({ plan }) => `Jūsu plāns tagad ir ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('lv', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Atsākam jūsu abonementu…',
    'care.resume.done': 'Laipni lūdzam atpakaļ! Jūsu abonements atkal ir aktīvs.',

    'care.support.open': 'Sazināties ar atbalstu',
    'care.support.subject': 'Palīdzība ar manu maksājumu',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Labdien!',
        '',
        'Man vajadzīga palīdzība ar maksājumu.',
        '',
        `Ko es redzu: ${summary}`,
        ...(reason ? [`Ko teica banka: ${reason}`] : []),
        ...(invoice ? [`Rēķins: ${invoice}`] : []),
        ...(amount ? [`Maksājamā summa: ${amount}`] : []),
        '',
        'Paldies',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Šodien samaksātā summa: ${amount}.`,
    'care.receipt.next': ({ date }) => `Nākamā maksājuma datums: ${date}.`,

    'care.rating.question': 'Cik viegli tas bija?',
    'care.rating.send': 'Sūtīt',
    'care.rating.1': 'Ļoti grūti',
    'care.rating.2': 'Grūti',
    'care.rating.3': 'Ne viegli, ne grūti',
    'care.rating.4': 'Viegli',
    'care.rating.5': 'Ļoti viegli',
    'care.rating.thanks': 'Paldies, ka pastāstījāt.',
  },
} satisfies CareTranslation;

export default lv;
