import type { NotifyStrings } from './types.js';

/**
 * Sentence-initial article for a card phrase, as the banner decides it: "Az" before a vowel and
 * before a last4 read starting with a vowel (1xxx "ezer…", 5xxx "ötezer…"); "A" otherwise.
 */
const az = (s: string) => (/^[aeiouáéíóöőúüű15]/i.test(s) ? 'Az' : 'A');
/** Hungarian long dates end with a period ("2026. november 24."), which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/**
 * Hungarian (hu): formal "Ön", as the banner (`src/translations/hu.ts`): fizetés, kártya,
 * előfizetés, fizetési mód; an open payment is "rendezetlen". A name takes no suffix: it is joined
 * with a hyphen ("Acme-előfizetés", as Hungarian writes compounds with names) or stands before a
 * colon, and a date follows "ekkor:" so it never needs a case ending.
 */
export default {
  locale: 'hu',
  messages: {
    'subject.failed': ({ merchant }) => `${merchant}: nem sikerült a fizetése`,
    'subject.action_required': ({ merchant }) => `${merchant}: kérjük, erősítse meg a fizetését`,
    'subject.expiring': ({ merchant }) => `${merchant}: hamarosan lejár a kártyája`,
    'subject.final': ({ merchant }) => `${merchant}: teendője van, a fizetése még rendezetlen`,
    'subject.reminder': ({ merchant }) => `${merchant}: emlékeztető, a fizetése még rendezetlen`,
    'subject.access_ends': ({ merchant }) => `${merchant}: hamarosan megszűnik a hozzáférése`,
    'subject.recovered': ({ merchant }) => `${merchant}: köszönjük, a fizetése sikeres volt`,

    'lead.failed': ({ merchant }) => `Az Ön ${merchant}-előfizetésének legutóbbi díját nem sikerült beszednünk.`,
    'lead.action_required': ({ merchant }) =>
      `A bankja kéri, hogy erősítse meg ${merchant}-előfizetésének legutóbbi fizetését.`,
    'lead.expiring': ({ merchant }) => `Hamarosan lejár a kártya, amellyel ${merchant}-előfizetését fizeti.`,
    'lead.final': ({ merchant }) =>
      `Többször is megpróbáltuk, de nem sikerült beszednünk ${merchant}-előfizetésének díját, és magunktól már nem próbáljuk újra.`,
    'lead.reminder': ({ merchant }) => `Rövid emlékeztető: ${merchant}-előfizetésének díja még rendezetlen.`,
    'lead.access_ends': ({ merchant }) =>
      `${merchant}-hozzáférése hamarosan megszűnik, mert egy fizetés még rendezetlen.`,
    'lead.recovered': ({ merchant }) =>
      `Köszönjük! ${merchant}-előfizetésének fizetése sikeres volt, minden rendben van.`,

    // SMS: straight apostrophes only, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: a fizetése nem sikerült. Itt frissítheti a kártyáját: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: a bankja kéri, hogy erősítsen meg egy fizetést: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: a kártyája a következő fizetés előtt lejár. Itt frissítheti: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: a fizetése rendezetlen, és nem próbáljuk újra. Itt rendezheti: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: emlékeztető, a fizetése még rendezetlen. Itt rendezheti: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: egy rendezetlen fizetés miatt hamarosan megszűnik a hozzáférése. Itt rendezheti: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: köszönjük, a fizetése sikeres volt. Részletek: ${link}`,
    'sms.help': ({ contact }) => `Segítség: ${contact}`,

    'email.greeting': ({ name }) => `Kedves ${name}!`,
    'email.greetingNoName': 'Kedves Ügyfelünk!',
    'email.cta.update': 'Fizetési mód frissítése',
    'email.cta.confirm': 'Fizetés megerősítése',
    'email.cta.view': 'Számlázási adatok megtekintése',
    'email.linkFallback': 'Ha a gomb nem működik, másolja be ezt a linket a böngészőjébe:',
    'email.support': ({ contact }) => `Kérdése van? Szívesen segítünk: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Azért kapja ezt az e-mailt, mert ${merchant}-előfizetéssel rendelkezik. A levél a számlázással kapcsolatos, ezért akkor is elküldjük, ha leiratkozott a hírlevelekről.`,

    'tone.soft':
      'Ez általában átmeneti, és a kártyájával nincs semmi baj: gyakran segít, ha feltölti a számláját, vagy később újra megpróbálja.',
    'tone.hard': 'Ez a kártya már nem használható az előfizetéséhez. Kérjük, adjon meg másik kártyát vagy fizetési módot.',

    'recovered.paid': ({ amount, date }) => `Az Ön ${amount} összegű befizetése ekkor érkezett: ${dot(date)}`,
    'recovered.next': ({ date }) => `A következő fizetés esedékessége: ${dot(date)}`,
    'expiring.before': ({ card, date }) =>
      `${az(card)} ${card} a következő fizetés (${date}) előtt lejár. Frissítse most, hogy semmi ne szakadjon meg.`,
    'reminder.still': 'Csak egy perc az egész, és előfizetése megszakítás nélkül folytatódik.',
    'accessEnds.when': ({ date }) => `Ha a fizetés nem rendeződik, hozzáférése ekkor megszűnik: ${dot(date)}`,

    'page.title': ({ merchant }) => `Fizetési mód frissítése · ${merchant}`,
    'page.heading': 'Fizetési mód frissítése',
    'page.intro': ({ merchant }) =>
      `Adjon meg új kártyát vagy fizetési módot ${merchant}-előfizetéséhez. Bejelentkezésre nincs szükség.`,
    'page.done': 'Minden kész. Köszönjük! Ezt az oldalt most már bezárhatja.',
    'page.invalid.title': 'Ez a link nem működik',
    'page.invalid.body':
      'Lehet, hogy a link hiányos. Nyissa meg újra az általunk küldött üzenetből, vagy jelentkezzen be a fiókjába, és ott frissítse a fizetési módját.',
    'page.expired.title': 'Ez a link lejárt',
    'page.expired.body':
      'Biztonsági okokból a frissítési linkek csak korlátozott ideig érvényesek. Jelentkezzen be a fiókjába, és ott frissítse a fizetési módját.',
    'page.used.title': 'Ez már el van intézve',
    'page.used.body':
      'A fizetés, amelyhez ez a link tartozott, már rendeződött, ezért a link már nem működik. Nincs további teendője.',
    'page.signIn': 'Bejelentkezés a fiókjába',
    'page.help': ({ contact }) => `Segítségre van szüksége? Forduljon hozzánk: ${contact}`,
    'page.noscript': 'A fizetési mód biztonságos frissítéséhez kapcsolja be a JavaScriptet.',
  },
} satisfies NotifyStrings;
