import type { NotifyStrings } from './types.js';

/**
 * Estonian (et): "sina", like the banner (`src/translations/et.ts`). Dates are nominative, so they
 * follow "kuupäeval"; the merchant's name takes no case ending ("teenuse Acme", "teenusele Acme").
 * SMS avoid õ, š and ž where a natural wording allows (ä, ö and ü are GSM 7-bit, those are not).
 */
export default {
  locale: 'et',
  messages: {
    'subject.failed': ({ merchant }) => `Sinu teenuse ${merchant} makse ei läinud läbi`,
    'subject.action_required': ({ merchant }) => `Palun kinnita oma teenuse ${merchant} makse`,
    'subject.expiring': ({ merchant }) => `Sinu kaart teenuse ${merchant} jaoks aegub peagi`,
    'subject.final': ({ merchant }) => `Vajab tähelepanu: teenuse ${merchant} makse on endiselt tasumata`,
    'subject.reminder': ({ merchant }) => `Meeldetuletus: teenuse ${merchant} makse on endiselt tasumata`,
    'subject.access_ends': ({ merchant }) => `Sinu ligipääs teenusele ${merchant} lõpeb peagi`,
    'subject.recovered': ({ merchant }) => `Aitäh! Sinu teenuse ${merchant} makse läks läbi`,

    'lead.failed': ({ merchant }) => `Sinu teenuse ${merchant} tellimuse viimane makse ei läinud läbi.`,
    'lead.action_required': ({ merchant }) => `Sinu pank palub sul kinnitada teenuse ${merchant} viimase makse.`,
    'lead.expiring': ({ merchant }) => `Kaart, mida kasutad teenuse ${merchant} eest maksmiseks, aegub peagi.`,
    'lead.final': ({ merchant }) =>
      `Proovisime mitu korda, kuid sinu teenuse ${merchant} tellimuse makset ei õnnestunud võtta ja me ei proovi seda enam ise uuesti.`,
    'lead.reminder': ({ merchant }) => `Väike meeldetuletus: sinu teenuse ${merchant} tellimuse makse on endiselt tasumata.`,
    'lead.access_ends': ({ merchant }) => `Sinu ligipääs teenusele ${merchant} lõpeb peagi, sest üks makse on endiselt tasumata.`,
    'lead.recovered': ({ merchant }) => `Aitäh! Sinu teenuse ${merchant} makse läks läbi ja sinu tellimus on korras.`,

    // SMS: GSM 7-bit where possible (see above), straight apostrophes, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: sinu makse ei läinud läbi. Uuenda kaarti siin: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: sinu pank palub sul makse kinnitada: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: sinu kaart aegub enne järgmist makset. Uuenda seda siin: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: sinu makse on tasumata ja me ei proovi seda uuesti. Korrasta see siin: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: meeldetuletus, sinu makse on endiselt tasumata. Korrasta see siin: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: sinu ligipääs suletakse peagi, sest makse on tasumata. Korrasta see siin: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: aitäh, sinu makse läks läbi. Üksikasjad: ${link}`,
    'sms.help': ({ contact }) => `Abi: ${contact}`,

    'email.greeting': ({ name }) => `Tere, ${name}!`,
    'email.greetingNoName': 'Tere!',
    'email.cta.update': 'Uuenda makseviisi',
    'email.cta.confirm': 'Kinnita makse',
    'email.cta.view': 'Vaata arveldusandmeid',
    'email.linkFallback': 'Kui nupp ei tööta, kopeeri see link oma brauserisse:',
    'email.support': ({ contact }) => `Küsimusi? Aitame hea meelega: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Saad selle e-kirja, sest sul on teenuse ${merchant} tellimus. Kiri puudutab sinu arveldust, seega saadame selle ka siis, kui oled uudiskirjast loobunud.`,

    'tone.soft':
      'See on tavaliselt ajutine ja sinu kaardiga on kõik korras: sageli aitab kontole raha lisamine või hiljem uuesti proovimine.',
    'tone.hard': 'Seda kaarti ei saa enam sinu tellimuse jaoks kasutada. Palun lisa teine kaart või makseviis.',

    'recovered.paid': ({ amount, date }) => `Kuupäeval ${date} laekus ${amount}.`,
    'recovered.next': ({ date }) => `Sinu järgmine makse on kuupäeval ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Sinu ${card} aegub enne järgmist makset, mis on kuupäeval ${date}. Uuenda kaardi andmeid kohe, et midagi ei katkeks.`,
    'reminder.still': 'Selle korda tegemine võtab vaid minuti ja sinu tellimus jätkub.',
    'accessEnds.when': ({ date }) => `Kui makset ei tasuta, lõpeb sinu ligipääs kuupäeval ${date}.`,

    'page.title': ({ merchant }) => `Uuenda oma makseviisi · ${merchant}`,
    'page.heading': 'Uuenda oma makseviisi',
    'page.intro': ({ merchant }) => `Lisa oma teenuse ${merchant} tellimusele uus kaart või makseviis. Sisse logida pole vaja.`,
    'page.done': 'Valmis. Aitäh! Võid selle lehe sulgeda.',
    'page.invalid.title': 'See link ei tööta',
    'page.invalid.body':
      'Link võib olla poolik. Ava see uuesti meie saadetud sõnumist või logi oma kontole sisse, et makseviisi uuendada.',
    'page.expired.title': 'See link on aegunud',
    'page.expired.body':
      'Sinu turvalisuse huvides töötavad uuenduslingid vaid piiratud aja. Logi oma kontole sisse, et makseviisi uuendada.',
    'page.used.title': 'See on juba korras',
    'page.used.body': 'Makse, mille jaoks see link oli, on juba korras, seega link enam ei tööta. Midagi muud pole vaja teha.',
    'page.signIn': 'Logi oma kontole sisse',
    'page.help': ({ contact }) => `Vajad abi? Võta meiega ühendust: ${contact}`,
    'page.noscript': 'Makseviisi turvaliseks uuendamiseks lülita JavaScript sisse.',
  },
} satisfies NotifyStrings;
