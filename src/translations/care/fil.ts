import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'kada araw', week: 'kada linggo', month: 'kada buwan', year: 'kada taon' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'kada # araw' },
  week: { other: 'kada # linggo' },
  month: { other: 'kada # buwan' },
  year: { other: 'kada # taon' },
};

/** Filipino (“ka/mo”), with the everyday English loanwords the banner uses (subscription, plan, i-pause). */
const fil = {
  locale: 'fil',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Hindi makabayad ngayon?',
    'care.offers.title': 'Iba pang opsyon',
    'care.offers.intro': 'Kung hindi magandang panahon ngayon, hindi mo kailangang umalis. Puwede kang mag-pause o lumipat sa mas maliit na plan.',
    'care.offers.loading': 'Nilo-load ang iyong mga opsyon…',
    'care.offers.error': 'Hindi ma-load ang iyong mga opsyon, at walang nagbago. Pakisubukang muli mamaya.',
    'care.offers.none': 'Sa ngayon, walang ibang opsyon para sa iyong subscription. Ikalulugod ng aming support team na tumulong.',
    'care.back': 'Bumalik',
    'care.confirm.title': 'Pakisuri bago kumpirmahin',
    'care.working': 'Sine-save ang iyong pinili…',
    'care.failed': 'Hindi ito gumana, at walang nagbago. Pakisubukang muli.',
    'care.refused': 'Hindi na available ang opsyong ito para sa iyong subscription. Walang nagbago.',

    'care.pause.title': 'I-pause ang iyong subscription',
    'care.pause.length': 'Gaano katagal?',
    'care.pause.months': ({ months }) => plural('fil', months, { other: '# buwan' }),
    'care.pause.resumesOn': ({ date }) => `Magsisimula muli ang paniningil sa ${date}.`,
    'care.pause.stopsService': 'Hanggang doon, nakahinto ang iyong subscription at hindi ka sisingilin.',
    'care.pause.keepsService': 'Puwede mong patuloy na gamitin ang serbisyo, at hindi ka sisingilin hanggang doon.',
    'care.pause.noAccess': 'Habang naka-pause, hindi mo magagamit ang mga bayad na feature ng iyong account.',
    'care.pause.confirm': ({ months }) => plural('fil', months, { other: 'I-pause nang # buwan' }),
    'care.pause.done': ({ date }) => `Naka-pause ang iyong subscription. Magsisimula muli ang paniningil sa ${date}.`,

    'care.overdue.void': ({ amount }) => `Kakanselahin ang hindi nabayarang ${amount}: hindi mo na ito utang.`,
    'care.overdue.leaveOpen': ({ amount }) => `Dapat pa ring bayaran ang hindi nabayarang ${amount}, at patuloy naming susubukang singilin ito.`,

    'care.plan.title': 'Lumipat sa mas maliit na plan',
    'care.plan.current': ({ plan, price }) => `Ang kasalukuyang plan mo: ${plan} (${price}).`,
    'care.plan.choose': 'Pumili ng plan',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Sisingilin ka ng ${amount} ngayon gamit ang naka-save mong paraan ng pagbabayad, at pagkatapos ay sa bawat renewal.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Magbabayad ka ng ${amount} simula sa susunod mong bill sa ${date}.` : `Magbabayad ka ng ${amount} simula sa susunod mong bill.`,
    'care.plan.prorate': 'Aayusin sa susunod mong bill ang anumang diperensya para sa kasalukuyang panahon.',
    'care.plan.prorateNow': 'Agad na sisingilin o ibabalik ang anumang diperensya para sa kasalukuyang panahon.',
    'care.plan.confirm': ({ plan }) => `Lumipat sa ${plan}`,
    'care.plan.done': ({ plan }) => `Nasa ${plan} ka na ngayon.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('fil', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Itinutuloy ang iyong subscription…',
    'care.resume.done': 'Maligayang pagbabalik! Aktibo na muli ang iyong subscription.',

    'care.support.open': 'Makipag-ugnayan sa suporta',
    'care.support.subject': 'Tulong sa aking bayad',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Kumusta,',
        '',
        'Kailangan ko ng tulong sa aking bayad.',
        '',
        `Ang nakikita ko: ${summary}`,
        ...(reason ? [`Ang sinabi ng bangko: ${reason}`] : []),
        ...(invoice ? [`Invoice: ${invoice}`] : []),
        ...(amount ? [`Halagang dapat bayaran: ${amount}`] : []),
        '',
        'Salamat',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Nabayaran ngayong araw ang ${amount}.`,
    'care.receipt.next': ({ date }) => `Ang susunod mong bayad ay sa ${date}.`,

    'care.rating.question': 'Gaano kadali ito?',
    'care.rating.send': 'Ipadala',
    'care.rating.1': 'Napakahirap',
    'care.rating.2': 'Mahirap',
    'care.rating.3': 'Hindi madali, hindi mahirap',
    'care.rating.4': 'Madali',
    'care.rating.5': 'Napakadali',
    'care.rating.thanks': 'Salamat sa pagsabi sa amin.',
  },
} satisfies CareTranslation;

export default fil;
