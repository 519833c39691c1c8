import type { NotifyStrings } from './types.js';

/**
 * Filipino (fil): friendly "ikaw"/"mo" with the everyday loanwords the banner uses
 * (`src/translations/fil.ts`): card, subscription, access, i-update. An open payment is one that
 * is "hindi pa naaayos", as in the banner's wall.
 */
export default {
  locale: 'fil',
  messages: {
    'subject.failed': ({ merchant }) => `Hindi natuloy ang iyong bayad sa ${merchant}`,
    'subject.action_required': ({ merchant }) => `Pakikumpirma ang iyong bayad sa ${merchant}`,
    'subject.expiring': ({ merchant }) => `Malapit nang mag-expire ang iyong card para sa ${merchant}`,
    'subject.final': ({ merchant }) => `Kailangan ng aksyon: hindi pa rin naaayos ang iyong bayad sa ${merchant}`,
    'subject.reminder': ({ merchant }) => `Paalala: hindi pa rin naaayos ang iyong bayad sa ${merchant}`,
    'subject.access_ends': ({ merchant }) => `Malapit nang matapos ang iyong access sa ${merchant}`,
    'subject.recovered': ({ merchant }) => `Salamat: natuloy na ang iyong bayad sa ${merchant}`,

    'lead.failed': ({ merchant }) => `Hindi namin nasingil ang pinakahuling bayad para sa iyong subscription sa ${merchant}.`,
    'lead.action_required': ({ merchant }) =>
      `Kailangan ng iyong bangko na kumpirmahin mo ang pinakahuling bayad para sa ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Malapit nang mag-expire ang card na ginagamit mo para sa ${merchant}.`,
    'lead.final': ({ merchant }) =>
      `Ilang beses na naming sinubukan pero hindi namin nasingil ang bayad para sa iyong subscription sa ${merchant}, at hindi na namin ito susubukang muli nang kusa.`,
    'lead.reminder': ({ merchant }) =>
      `Isang maikling paalala: hindi pa rin naaayos ang bayad para sa iyong subscription sa ${merchant}.`,
    'lead.access_ends': ({ merchant }) =>
      `Malapit nang matapos ang iyong access sa ${merchant} dahil may bayad pang hindi naaayos.`,
    'lead.recovered': ({ merchant }) =>
      `Salamat! Natuloy na ang iyong bayad para sa ${merchant}, at ayos na ang iyong subscription.`,

    // SMS: GSM 7-bit characters only (straight apostrophes), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: hindi natuloy ang iyong bayad. I-update ang iyong card dito: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: kailangan ng iyong bangko na kumpirmahin mo ang isang bayad: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: mag-e-expire ang iyong card bago ang susunod na bayad. I-update ito dito: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: hindi pa naaayos ang iyong bayad at hindi na namin ito susubukan ulit. Ayusin dito: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: paalala, hindi pa naaayos ang iyong bayad. Ayusin ito dito: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: matatapos na ang iyong access dahil may bayad pang hindi naaayos. Ayusin dito: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: salamat, natuloy na ang iyong bayad. Mga detalye: ${link}`,
    'sms.help': ({ contact }) => `Tulong: ${contact}`,

    'email.greeting': ({ name }) => `Magandang araw, ${name}!`,
    'email.greetingNoName': 'Magandang araw!',
    'email.cta.update': 'I-update ang paraan ng pagbabayad',
    'email.cta.confirm': 'Kumpirmahin ang bayad',
    'email.cta.view': 'Tingnan ang mga detalye ng billing',
    'email.linkFallback': 'Kung hindi gumagana ang button, kopyahin ang link na ito sa iyong browser:',
    'email.support': ({ contact }) => `May tanong? Masaya kaming tumulong: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Natatanggap mo ang email na ito dahil may subscription ka sa ${merchant}. Tungkol ito sa iyong billing, kaya ipinapadala ito kahit nag-unsubscribe ka na sa aming mga newsletter.`,

    'tone.soft':
      'Kadalasan ay pansamantala lang ito at walang problema sa iyong card: madalas itong naaayos sa pagdagdag ng pondo o sa muling pagsubok mamaya.',
    'tone.hard': 'Hindi na magagamit ang card na ito para sa iyong subscription. Pakidagdag ng ibang card o paraan ng pagbabayad.',

    'recovered.paid': ({ amount, date }) => `Natanggap namin ang ${amount} noong ${date}.`,
    'recovered.next': ({ date }) => `Ang susunod mong bayad ay sa ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Mag-e-expire ang iyong ${card} bago ang susunod mong bayad sa ${date}. I-update ito ngayon para walang maantala.`,
    'reminder.still': 'Isang minuto lang ang kailangan para maayos ito, at tuloy-tuloy ang iyong subscription.',
    'accessEnds.when': ({ date }) => `Kung hindi maaayos ang bayad, matatapos ang iyong access sa ${date}.`,

    'page.title': ({ merchant }) => `I-update ang iyong paraan ng pagbabayad · ${merchant}`,
    'page.heading': 'I-update ang iyong paraan ng pagbabayad',
    'page.intro': ({ merchant }) =>
      `Magdagdag ng bagong card o paraan ng pagbabayad para sa iyong subscription sa ${merchant}. Hindi mo kailangang mag-sign in.`,
    'page.done': 'Tapos na. Salamat! Puwede mo nang isara ang page na ito.',
    'page.invalid.title': 'Hindi gumagana ang link na ito',
    'page.invalid.body':
      'Maaaring kulang ang link. Pakibuksan itong muli mula sa mensaheng ipinadala namin, o mag-sign in sa iyong account para i-update ang iyong paraan ng pagbabayad.',
    'page.expired.title': 'Nag-expire na ang link na ito',
    'page.expired.body':
      'Para sa iyong seguridad, gumagana lang ang mga update link sa limitadong panahon. Mag-sign in sa iyong account para i-update ang iyong paraan ng pagbabayad.',
    'page.used.title': 'Naayos na ito',
    'page.used.body': 'Naayos na ang bayad na para sa link na ito, kaya hindi na gumagana ang link. Wala ka nang kailangang gawin.',
    'page.signIn': 'Mag-sign in sa iyong account',
    'page.help': ({ contact }) => `Kailangan ng tulong? Makipag-ugnayan sa amin: ${contact}`,
    'page.noscript': 'Paki-on ang JavaScript para ligtas mong ma-update ang iyong paraan ng pagbabayad.',
  },
} satisfies NotifyStrings;
