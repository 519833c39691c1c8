import type { NotifyStrings } from './types.js';

/**
 * Czech (cs): formal "vy" in lower case, like the banner (`src/translations/cs.ts`). The merchant's
 * name is never declined: it stands after a noun ("předplatné Acme", "ke službě Acme").
 * `card` always starts with "karta" or "platební metoda" (both feminine).
 *
 * SMS are written without diacritics, as Czech text messages usually are: háčky and čárky are
 * outside GSM 7-bit and would turn every message into UCS-2 (70 characters a segment).
 */
export default {
  locale: 'cs',
  messages: {
    'subject.failed': ({ merchant }) => `Platba za předplatné ${merchant} neproběhla`,
    'subject.action_required': ({ merchant }) => `Potvrďte prosím platbu za předplatné ${merchant}`,
    'subject.expiring': ({ merchant }) => `Platnost vaší karty pro předplatné ${merchant} brzy vyprší`,
    'subject.final': ({ merchant }) => `Nutná akce: platba za předplatné ${merchant} stále není uhrazena`,
    'subject.reminder': ({ merchant }) => `Připomínka: platba za předplatné ${merchant} stále není uhrazena`,
    'subject.access_ends': ({ merchant }) => `Váš přístup ke službě ${merchant} brzy skončí`,
    'subject.recovered': ({ merchant }) => `Děkujeme: platba za předplatné ${merchant} proběhla`,

    'lead.failed': ({ merchant }) => `Poslední platbu za vaše předplatné ${merchant} se nám nepodařilo strhnout.`,
    'lead.action_required': ({ merchant }) => `Vaše banka žádá o potvrzení poslední platby za předplatné ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Platnost karty, kterou používáte pro předplatné ${merchant}, brzy vyprší.`,
    'lead.final': ({ merchant }) =>
      `Platbu za vaše předplatné ${merchant} jsme se několikrát pokusili strhnout, ale nepodařilo se to. Sami už to znovu zkoušet nebudeme.`,
    'lead.reminder': ({ merchant }) => `Jen krátká připomínka: platba za vaše předplatné ${merchant} stále není uhrazena.`,
    'lead.access_ends': ({ merchant }) => `Váš přístup ke službě ${merchant} brzy skončí, protože jedna platba stále není uhrazena.`,
    'lead.recovered': ({ merchant }) => `Děkujeme! Platba za předplatné ${merchant} proběhla a vše je v pořádku.`,

    // Without diacritics on purpose (GSM 7-bit), see above. No amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: vase platba neprobehla. Aktualizujte kartu zde: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: vase banka zada o potvrzeni platby: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: vase karta prestane platit pred dalsi platbou. Aktualizujte ji zde: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: platba stale neni uhrazena a znovu ji nezkusime. Vyridte ji zde: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: pripominame, platba stale neni uhrazena. Vyridte ji zde: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: kvuli neuhrazene platbe vam brzy skonci pristup. Vyridte ji zde: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: dekujeme, platba probehla. Podrobnosti: ${link}`,
    'sms.help': ({ contact }) => `Pomoc: ${contact}`,

    'email.greeting': ({ name }) => `Dobrý den, ${name},`,
    'email.greetingNoName': 'Dobrý den,',
    'email.cta.update': 'Aktualizovat platební metodu',
    'email.cta.confirm': 'Potvrdit platbu',
    'email.cta.view': 'Zobrazit platební údaje',
    'email.linkFallback': 'Pokud tlačítko nefunguje, zkopírujte tento odkaz do prohlížeče:',
    'email.support': ({ contact }) => `Máte dotaz? Rádi vám pomůžeme: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Tento e-mail dostáváte, protože máte předplatné ${merchant}. Týká se vašich plateb, proto vám ho posíláme, i když máte odběr novinek vypnutý.`,

    'tone.soft':
      'Obvykle jde o dočasnou potíž a s vaší kartou je vše v pořádku: často pomůže doplnit peníze na účet nebo to zkusit později.',
    'tone.hard': 'Tuto kartu už pro vaše předplatné nelze použít. Přidejte prosím jinou kartu nebo platební metodu.',

    'recovered.paid': ({ amount, date }) => `Dne ${date} jsme obdrželi ${amount}.`,
    'recovered.next': ({ date }) => `Další platba je splatná ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Vaše ${card} přestane platit před další platbou, která proběhne ${date}. Aktualizujte ji prosím už teď, aby se nic nepřerušilo.`,
    'reminder.still': 'Vyřízení zabere jen minutku a vaše předplatné poběží dál.',
    'accessEnds.when': ({ date }) => `Pokud platba nebude uhrazena, váš přístup skončí ${date}.`,

    'page.title': ({ merchant }) => `Aktualizujte platební metodu · ${merchant}`,
    'page.heading': 'Aktualizujte platební metodu',
    'page.intro': ({ merchant }) => `Přidejte novou kartu nebo platební metodu pro předplatné ${merchant}. Přihlašovat se nemusíte.`,
    'page.done': 'Hotovo, děkujeme! Tuto stránku můžete zavřít.',
    'page.invalid.title': 'Tento odkaz nefunguje',
    'page.invalid.body':
      'Odkaz možná není celý. Otevřete ho prosím znovu ze zprávy, kterou jsme vám poslali, nebo se přihlaste ke svému účtu a platební metodu aktualizujte tam.',
    'page.expired.title': 'Platnost tohoto odkazu vypršela',
    'page.expired.body':
      'Z bezpečnostních důvodů fungují odkazy pro aktualizaci jen omezenou dobu. Přihlaste se prosím ke svému účtu a platební metodu aktualizujte tam.',
    'page.used.title': 'Tohle už je vyřízené',
    'page.used.body': 'Platba, ke které tento odkaz patřil, je už vyřízená, proto odkaz přestal fungovat. Nic dalšího dělat nemusíte.',
    'page.signIn': 'Přihlásit se k účtu',
    'page.help': ({ contact }) => `Potřebujete pomoc? Kontaktujte nás: ${contact}`,
    'page.noscript': 'Pro bezpečnou aktualizaci platební metody si prosím zapněte JavaScript.',
  },
} satisfies NotifyStrings;
