import type { NotifyStrings } from './types.js';

/**
 * Slovenian (sl): formal "vi" in lower case, as in the banner (`src/translations/sl.ts`): "kartica",
 * "plačilo", "naročnina", "plačilno sredstvo". Dates stand after a colon or in brackets, as in the
 * banner, because Intl writes them in the nominative. SMS are written without diacritics, as
 * Slovenian service SMS usually are: one "č" would turn the whole message into UCS-2 and halve it.
 */
export default {
  locale: 'sl',
  messages: {
    'subject.failed': ({ merchant }) => `Vaše plačilo za ${merchant} ni uspelo`,
    'subject.action_required': ({ merchant }) => `Potrdite plačilo za ${merchant}`,
    'subject.expiring': ({ merchant }) => `Kartica, s katero plačujete ${merchant}, bo kmalu potekla`,
    'subject.final': ({ merchant }) => `Potrebno ukrepanje: plačilo za ${merchant} še vedno ni poravnano`,
    'subject.reminder': ({ merchant }) => `Opomnik: plačilo za ${merchant} še vedno ni poravnano`,
    'subject.access_ends': ({ merchant }) => `Vaš dostop do ${merchant} se bo kmalu končal`,
    'subject.recovered': ({ merchant }) => `Hvala: plačilo za ${merchant} je uspelo`,

    'lead.failed': ({ merchant }) => `Zadnjega plačila za vašo naročnino na ${merchant} nam ni uspelo izvesti.`,
    'lead.action_required': ({ merchant }) => `Vaša banka vas prosi, da potrdite zadnje plačilo za ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Kartica, s katero plačujete ${merchant}, bo kmalu potekla.`,
    'lead.final': ({ merchant }) =>
      `Plačilo za vašo naročnino na ${merchant} smo poskusili izvesti večkrat, vendar ni uspelo. Samodejno ga ne bomo več poskušali izvesti.`,
    'lead.reminder': ({ merchant }) => `Kratek opomnik: plačilo za vašo naročnino na ${merchant} še vedno ni poravnano.`,
    'lead.access_ends': ({ merchant }) => `Vaš dostop do ${merchant} se bo kmalu končal, ker plačilo še vedno ni poravnano.`,
    'lead.recovered': ({ merchant }) => `Hvala! Plačilo za ${merchant} je uspelo in vaša naročnina je urejena.`,

    // SMS: without diacritics (GSM 7-bit), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: vase placilo ni uspelo. Posodobite kartico tukaj: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: vasa banka vas prosi, da potrdite placilo: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: vasa kartica bo potekla pred naslednjim placilom. Posodobite jo tukaj: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: placilo se vedno ni poravnano in ga ne bomo vec poskusali. Uredite ga tukaj: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: opomnik, placilo se vedno ni poravnano. Uredite ga tukaj: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: vas dostop se bo kmalu koncal, ker placilo ni poravnano. Uredite ga tukaj: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: hvala, placilo je uspelo. Podrobnosti: ${link}`,
    'sms.help': ({ contact }) => `Pomoc: ${contact}`,

    'email.greeting': ({ name }) => `Pozdravljeni, ${name},`,
    'email.greetingNoName': 'Pozdravljeni,',
    'email.cta.update': 'Posodobi plačilno sredstvo',
    'email.cta.confirm': 'Potrdi plačilo',
    'email.cta.view': 'Prikaži podatke o obračunu',
    'email.linkFallback': 'Če gumb ne deluje, kopirajte to povezavo v brskalnik:',
    'email.support': ({ contact }) => `Imate vprašanja? Z veseljem vam pomagamo: ${contact}`,
    'email.footer': ({ merchant }) =>
      `To e-poštno sporočilo ste prejeli, ker imate naročnino na ${merchant}. Nanaša se na obračun, zato ga pošljemo tudi, če ste se odjavili od novic.`,

    'tone.soft':
      'Običajno je to le začasno in z vašo kartico je vse v redu: pogosto pomaga, da na račun nakažete sredstva ali poskusite znova pozneje.',
    'tone.hard': 'Te kartice ni več mogoče uporabljati za vašo naročnino. Dodajte drugo kartico ali plačilno sredstvo.',

    'recovered.paid': ({ amount, date }) => `Prejeli smo ${amount}. Datum plačila: ${date}.`,
    'recovered.next': ({ date }) => `Naslednje plačilo: ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Vaša ${card} bo potekla pred naslednjim plačilom (${date}). Posodobite plačilne podatke že zdaj, da bo naročnina nemoteno tekla naprej.`,
    'reminder.still': 'Urejanje vzame le minuto, vaša naročnina pa bo tekla naprej.',
    'accessEnds.when': ({ date }) => `Če plačilo ne bo urejeno, je zadnji dan vašega dostopa ${date}.`,

    'page.title': ({ merchant }) => `Posodobite plačilno sredstvo · ${merchant}`,
    'page.heading': 'Posodobite plačilno sredstvo',
    'page.intro': ({ merchant }) => `Dodajte novo kartico ali plačilno sredstvo za naročnino na ${merchant}. Prijava ni potrebna.`,
    'page.done': 'Končano. Hvala! To stran lahko zaprete.',
    'page.invalid.title': 'Ta povezava ne deluje',
    'page.invalid.body':
      'Povezava je morda nepopolna. Znova jo odprite iz sporočila, ki smo vam ga poslali, ali se prijavite v svoj račun in tam posodobite plačilno sredstvo.',
    'page.expired.title': 'Ta povezava je potekla',
    'page.expired.body':
      'Zaradi vaše varnosti povezave za posodobitev delujejo le omejen čas. Prijavite se v svoj račun in tam posodobite plačilno sredstvo.',
    'page.used.title': 'To je že urejeno',
    'page.used.body':
      'Plačilo, na katero se je nanašala ta povezava, je že urejeno, zato povezava ne deluje več. Ničesar drugega vam ni treba storiti.',
    'page.signIn': 'Prijava v račun',
    'page.help': ({ contact }) => `Potrebujete pomoč? Obrnite se na nas: ${contact}`,
    'page.noscript': 'Vklopite JavaScript, da boste lahko varno posodobili plačilno sredstvo.',
  },
} satisfies NotifyStrings;
