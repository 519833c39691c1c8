import type { NotifyStrings } from './types.js';

/**
 * Slovak (sk): formal "vy" in lower case, as in the banner (`src/translations/sk.ts`): "karta",
 * "platba", "predplatné", "platobná metóda". SMS are written without diacritics, as Slovak service
 * SMS usually are: one "č" would turn the whole message into UCS-2 and halve it.
 */
export default {
  locale: 'sk',
  messages: {
    'subject.failed': ({ merchant }) => `Vaša platba za ${merchant} neprešla`,
    'subject.action_required': ({ merchant }) => `Potvrďte platbu za ${merchant}`,
    'subject.expiring': ({ merchant }) => `Platnosť vašej karty pre ${merchant} čoskoro vyprší`,
    'subject.final': ({ merchant }) => `Potrebná akcia: platba za ${merchant} stále nie je uhradená`,
    'subject.reminder': ({ merchant }) => `Pripomienka: platba za ${merchant} stále nie je uhradená`,
    'subject.access_ends': ({ merchant }) => `Váš prístup k ${merchant} čoskoro skončí`,
    'subject.recovered': ({ merchant }) => `Ďakujeme: platba za ${merchant} prebehla`,

    'lead.failed': ({ merchant }) => `Poslednú platbu za vaše predplatné ${merchant} sa nám nepodarilo strhnúť.`,
    'lead.action_required': ({ merchant }) => `Vaša banka vás žiada o potvrdenie poslednej platby za ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Platnosť karty, ktorou platíte za ${merchant}, čoskoro vyprší.`,
    'lead.final': ({ merchant }) =>
      `Platbu za vaše predplatné ${merchant} sme sa pokúsili strhnúť niekoľkokrát, no nepodarilo sa to. Automaticky to už znova neskúsime.`,
    'lead.reminder': ({ merchant }) => `Krátka pripomienka: platba za vaše predplatné ${merchant} stále nie je uhradená.`,
    'lead.access_ends': ({ merchant }) => `Váš prístup k ${merchant} čoskoro skončí, pretože platba stále nie je uhradená.`,
    'lead.recovered': ({ merchant }) => `Ďakujeme! Platba za ${merchant} prebehla a vaše predplatné je v poriadku.`,

    // SMS: without diacritics (GSM 7-bit), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: vasa platba nepresla. Aktualizujte kartu tu: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: vasa banka ziada o potvrdenie platby: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: platnost vasej karty vyprsi pred dalsou platbou. Aktualizujte ju tu: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: platba stale nie je uhradena a znova ju neskusime. Vyrieste to tu: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: pripominame, platba stale nie je uhradena. Vyrieste to tu: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: vas pristup coskoro skonci, lebo platba nie je uhradena. Vyrieste to tu: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: dakujeme, platba prebehla. Podrobnosti: ${link}`,
    'sms.help': ({ contact }) => `Pomoc: ${contact}`,

    'email.greeting': ({ name }) => `Dobrý deň, ${name},`,
    'email.greetingNoName': 'Dobrý deň,',
    'email.cta.update': 'Aktualizovať platobnú metódu',
    'email.cta.confirm': 'Potvrdiť platbu',
    'email.cta.view': 'Zobraziť fakturačné údaje',
    'email.linkFallback': 'Ak tlačidlo nefunguje, skopírujte tento odkaz do prehliadača:',
    'email.support': ({ contact }) => `Máte otázky? Radi vám pomôžeme: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Tento e-mail dostávate, pretože máte predplatné ${merchant}. Týka sa vašich platieb, preto ho posielame, aj keď ste sa odhlásili z odberu noviniek.`,

    'tone.soft':
      'Zvyčajne ide o dočasný problém a s vašou kartou je všetko v poriadku: často pomôže doplniť peniaze na účet alebo to skúsiť neskôr.',
    'tone.hard': 'Túto kartu už nie je možné použiť na platby za predplatné. Pridajte inú kartu alebo platobnú metódu.',

    'recovered.paid': ({ amount, date }) => `Dňa ${date} sme prijali ${amount}.`,
    'recovered.next': ({ date }) => `Ďalšia platba je naplánovaná na ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Vaša ${card} prestane platiť pred ďalšou platbou, ktorá je naplánovaná na ${date}. Aktualizujte platobné údaje už teraz, aby vaše predplatné fungovalo bez prerušenia.`,
    'reminder.still': 'Zaberie to len chvíľu a vaše predplatné bude fungovať ďalej.',
    'accessEnds.when': ({ date }) => `Ak platba nebude uhradená, váš prístup skončí ${date}.`,

    'page.title': ({ merchant }) => `Aktualizujte platobnú metódu · ${merchant}`,
    'page.heading': 'Aktualizujte platobnú metódu',
    'page.intro': ({ merchant }) => `Pridajte novú kartu alebo platobnú metódu pre predplatné ${merchant}. Prihlásenie nie je potrebné.`,
    'page.done': 'Hotovo. Ďakujeme! Túto stránku môžete zavrieť.',
    'page.invalid.title': 'Tento odkaz nefunguje',
    'page.invalid.body':
      'Odkaz môže byť neúplný. Otvorte ho znova zo správy, ktorú sme vám poslali, alebo sa prihláste do svojho účtu a aktualizujte platobnú metódu tam.',
    'page.expired.title': 'Platnosť tohto odkazu vypršala',
    'page.expired.body':
      'Z bezpečnostných dôvodov odkazy na aktualizáciu fungujú len obmedzený čas. Prihláste sa do svojho účtu a aktualizujte platobnú metódu tam.',
    'page.used.title': 'Toto je už vybavené',
    'page.used.body': 'Platba, ktorej sa tento odkaz týkal, je už vybavená, preto odkaz už nefunguje. Nemusíte robiť nič ďalšie.',
    'page.signIn': 'Prihlásiť sa do účtu',
    'page.help': ({ contact }) => `Potrebujete pomoc? Kontaktujte nás: ${contact}`,
    'page.noscript': 'Zapnite JavaScript, aby ste mohli bezpečne aktualizovať platobnú metódu.',
  },
} satisfies NotifyStrings;
