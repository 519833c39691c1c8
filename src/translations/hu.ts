import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'kártya';
const METHOD = 'fizetési mód';

/**
 * Sentence-initial article for a card phrase: "Az" before a vowel, and before a last4 that is read
 * starting with a vowel (1xxx "ezer…", 5xxx "ötezer…"); "A" otherwise.
 */
const az = (s: string) => (/^[aeiouáéíóöőúüű15]/i.test(s) ? 'Az' : 'A');
/** Hungarian long dates end with a period ("2026. november 24."), which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/** Hungarian (formal "Ön"). Card phrases are "4242 végű Visa kártya", always in the nominative. */
const hu = {
  locale: 'hu',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const head = brand === CARD || brand === METHOD ? brand : `${brand} ${CARD}`;
      return last4 ? `${last4} végű ${head}` : head;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Hamarosan lejár a kártyája',
    'state.expiring.body': ({ card, days, date }) =>
      `${az(card)} ${card} ${
        days === 0 ? 'ma' : days === 1 ? 'holnap' : plural('hu', days, { one: '# nap múlva', other: '# nap múlva' })
      } lejár${date ? ` (${date} végén)` : ''}. Frissítse a fizetési adatait, hogy előfizetése megszakítás nélkül folytatódjon.`,
    'state.expired.title': 'A kártyája lejárt',
    'state.expired.body': ({ card, date }) =>
      `${az(card)} ${card} ${date ? `${date} végén ` : ''}lejárt. Frissítse a fizetési adatait, hogy előfizetése aktív maradjon.`,
    'state.failed.title': 'A legutóbbi fizetés nem sikerült',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Fizetendő összeg: ${amount}.` : reason),
    'state.action_required.title': 'A bankja kéri, hogy erősítse meg a fizetést',
    'state.action_required.body': ({ amount }) =>
      `A bankja meg szeretne győződni arról, hogy a fizetést${amount ? ` (${amount})` : ''} valóban Ön indította. Csak egy pillanat az egész.`,
    'state.failed.when': ({ date }) => `A fizetést először ekkor próbáltuk meg: ${dot(date)}`,
    'state.retry': ({ date }) => `A fizetést újra megpróbáljuk ekkor: ${dot(date)}`,
    'state.accessEnds': ({ date }) =>
      `Hozzáférése eddig érvényes: ${dot(date)} Addig frissítse a fizetési adatait, hogy ne veszítse el.`,
    'state.updated.title': 'Köszönjük, minden rendben',
    'state.updated.body': ({ card }) => `${az(card)} ${card} mostantól az előfizetése fizetési módja.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Az Ön ${amount} összegű fizetése sikeres volt. Köszönjük!` : 'A fizetése sikeres volt. Köszönjük!',

    'state.processing.title': 'Banki fizetése úton van',
    'state.processing.body': ({ amount }) =>
      `A bankja feldolgozza ${amount ? `az Ön ${amount} összegű fizetését` : 'a fizetését'}. Ez néhány munkanapig tarthat, és Önnek nincs teendője.`,
    'state.missing.title': 'Adjon meg fizetési módot',
    'state.missing.body': ({ date }) =>
      date
        ? `Előfizetése folytatásához adjon meg fizetési módot legkésőbb eddig: ${dot(date)}`
        : 'Előfizetése szünetel, amíg nem ad meg fizetési módot.',

    'state.paused.title': 'Az előfizetése szünetel',
    'state.paused.body': ({ date }) =>
      date ? `${date} napjáig nem terhelünk semmit: akkor indul újra az előfizetése.` : 'Amíg szünetel, nem terhelünk semmit. Folytassa, amikor készen áll.',
    'banner.updateCard': 'Kártya frissítése',
    'banner.addPaymentMethod': 'Fizetési mód hozzáadása',
    'banner.resume': 'Folytatás most',
    'banner.confirmPayment': 'Fizetés megerősítése',
    'banner.dismiss': 'Üzenet bezárása',

    'decline.insufficient_funds.title': 'Nincs elég fedezet',
    'decline.insufficient_funds.body':
      'A bankja elutasította a fizetést, mert a számláján jelenleg nincs elég fedezet. Töltse fel a számláját, és próbálja újra, vagy használjon másik kártyát.',
    'decline.expired_card.title': 'A kártya lejárt',
    'decline.expired_card.body': 'A bankja elutasította a fizetést, mert a kártya lejárt. Kérjük, adjon meg egy érvényes kártyát.',
    'decline.incorrect_cvc.title': 'A biztonsági kód nem egyezik',
    'decline.incorrect_cvc.body':
      'A biztonsági kód (a kártyán lévő 3 vagy 4 számjegy) nem egyezik a bankja adataival. Kérjük, adja meg újra a kártyaadatokat.',
    'decline.incorrect_number.title': 'A kártyaszám nem megfelelő',
    'decline.incorrect_number.body': 'Úgy tűnik, a kártyaszám nem helyes. Kérjük, ellenőrizze, és adja meg újra.',
    'decline.incorrect_expiry.title': 'A lejárati dátum nem megfelelő',
    'decline.incorrect_expiry.body':
      'A lejárati dátum nem egyezik a kártyáéval. Kérjük, ellenőrizze a kártyán a hónapot és az évet, és adja meg újra.',
    'decline.incorrect_address.title': 'A számlázási cím nem egyezik',
    'decline.incorrect_address.body':
      'Az irányítószám vagy a cím nem egyezik a bankjánál nyilvántartott adatokkal. Kérjük, pontosan úgy adja meg, ahogy a bankja nyilvántartja.',
    'decline.card_not_supported.title': 'Ez a kártya itt nem használható',
    'decline.card_not_supported.body':
      'A kártyája nem támogatja ezt a fizetéstípust. Használjon másik kártyát, vagy kérje a bankját, hogy engedélyezze.',
    'decline.currency_not_supported.title': 'A kártya nem támogatja ezt a pénznemet',
    'decline.currency_not_supported.body':
      'A kártyájával nem lehet ebben a pénznemben fizetni. Használjon másik kártyát, vagy kérdezze meg a bankját, engedélyezhető-e.',
    'decline.not_allowed.title': 'A bankja letiltotta ezt a fizetést',
    'decline.not_allowed.body':
      'A bankja nem engedélyezi ezt a fizetést ezzel a kártyával. A bankja feloldhatja a korlátozást, vagy használhat másik kártyát.',
    'decline.payment_stopped.title': 'A nekünk szóló fizetések le vannak tiltva',
    'decline.payment_stopped.body':
      'A bankját arra kérték, hogy állítsa le az erről a kártyáról nekünk szóló fizetéseket. Ha meg szeretné tartani az előfizetését, kérje a bankját, hogy engedélyezze őket újra, vagy használjon másik kártyát.',
    'decline.limit_exceeded.title': 'Betelt a kártya limitje',
    'decline.limit_exceeded.body':
      'A fizetés túllépné a kártyája költési limitjét. Próbálja újra, amikor a limit megújul, vagy használjon másik kártyát.',
    'decline.call_bank.title': 'A bankja kapcsolatfelvételt kér',
    'decline.call_bank.body':
      'A bankja elutasította a fizetést, és kéri, hogy vegye fel vele a kapcsolatot. A telefonszám általában a kártya hátoldalán található.',
    'decline.generic.title': 'A fizetést elutasították',
    'decline.generic.body':
      'A bankja indoklás nélkül utasította el a fizetést. A részletekről a bankja tud felvilágosítást adni, vagy használhat másik kártyát.',
    'decline.temporary.title': 'Átmeneti hiba',
    'decline.temporary.body':
      'Hiba történt a fizetés feldolgozása közben, de nem az Ön hibájából. Kérjük, próbálja újra egy kis idő múlva.',
    'decline.duplicate.title': 'Ez ismételt fizetésnek tűnik',
    'decline.duplicate.body':
      'Nemrég már teljesült egy ugyanekkora összegű fizetés, ezért a bankja ezt leállította. Mielőtt újra próbálkozna, nézze meg a számlakivonatát.',
    'decline.invalid_amount.title': 'A bankja nem fogadta el az összeget',
    'decline.invalid_amount.body': 'A bankja nem fogadta el a fizetés összegét. Forduljon a bankjához, vagy használjon másik kártyát.',
    'decline.new_card_details.title': 'Megváltoztak a kártyaadatai',
    'decline.new_card_details.body':
      'A bankja új adatokat adott ki ehhez a kártyához. Kérjük, adja meg az új kártyaadatokat, hogy előfizetése zavartalanul folytatódjon.',
    'decline.account_closed.title': 'A számla megszűnt',
    'decline.account_closed.body':
      'Az ehhez a fizetési módhoz tartozó számla megszűnt vagy nem található. Kérjük, használjon másik fizetési módot.',
    'decline.authentication_required.title': 'A bankja megerősítést kér',
    'decline.authentication_required.body':
      'A bankja azt kéri, hogy erősítse meg ezt a fizetést, mielőtt teljesülne. A megerősítés csak egy pillanat.',
    'decline.authentication_failed.title': 'A megerősítés nem sikerült',
    'decline.authentication_failed.body':
      'Nem sikerült megerősíteni a fizetést a bankjánál. Kérjük, próbálja újra, vagy használjon másik kártyát.',
    'decline.test_card.title': 'Ez a kártya nem terhelhető',
    'decline.test_card.body': 'Ez a kártya nem használható valódi fizetésekhez. Kérjük, használjon másik kártyát.',
    'decline.debit_not_authorized.title': 'A beszedési megbízás nincs engedélyezve',
    'decline.debit_not_authorized.body':
      'A bankja szerint a beszedési megbízást nem engedélyezték, vagy kifogást emeltek ellene. Használjon másik fizetési módot, vagy kérje a bankját, hogy engedélyezze.',
    'decline.bank_account_problem.title': 'Probléma a bankszámlával',
    'decline.bank_account_problem.body':
      'A bankja nem tudta megterhelni ezt a számlát. Ellenőrizze a számla adatait, vagy használjon másik fizetési módot.',
    'decline.provider_declined.title': 'A fizetést elutasították',
    'decline.provider_declined.body': 'A fizetési szolgáltató elutasította ezt a fizetést. Kérjük, használjon másik fizetési módot.',

    'action.update_card': 'Frissítse a kártyáját',
    'action.use_another_method': 'Használjon másik kártyát',
    'action.call_bank': 'Forduljon a bankjához',
    'action.confirm_with_bank': 'Erősítse meg a bankjánál',
    'action.try_again_later': 'Próbálja újra később',

    'form.title': 'Fizetési mód frissítése',
    'form.payNow': ({ amount }) => `Az új fizetési módját azonnal megterheljük ${amount} összeggel az esedékes fizetésért.`,
    'form.submit': 'Fizetési mód mentése',
    'form.cancel': 'Mégse',
    'form.loading': 'A biztonságos fizetési űrlap betöltése…',
    'form.saving': 'Fizetési módjának mentése…',
    'form.confirming': 'Várakozás a bankja megerősítésére…',
    'form.finishing': 'A frissítés befejezése…',
    'form.unavailable': 'A fizetési űrlapot nem sikerült betölteni. Ellenőrizze a kapcsolatot, és próbálja újra.',
    'form.retry': 'Újrapróbálkozás',
    'form.interrupted': 'A kapcsolat megszakadt, mielőtt a frissítés befejeződött volna. Az adatai megmaradtak: próbálja újra a befejezéshez. Nem terheljük meg kétszer.',
    'form.rateLimited': 'Túl sok próbálkozás rövid idő alatt. Várjon néhány percet, majd próbálja újra.',
    'form.pending': 'A bankja még feldolgozza ezt a fizetési módot. Fiókját frissítjük, amint megerősítést kap.',
    'form.microdeposits': ({ date }) =>
      `Nézze meg bankszámláját ${date ? `${date} körül` : '1–2 munkanap múlva'}: egy kis összeget utalunk rá. A linken adja meg, amit a tételnél lát. Addig a mentett fizetési módja változatlan marad.`,
    'form.microdepositsLink': 'Bankszámla megerősítése',
    'form.declinedToo': 'Ezt a kártyát is elutasították. A mentett fizetési mód nem változott, és semmit sem terheltünk.',

    'wall.notNow': 'Most nem',
    'wall.paused': 'Hozzáférése szünetel, amíg a fizetés rendeződik.',
    'wall.continue': 'Tovább',
    'wall.logout': 'Kijelentkezés',
    'wall.support': 'Kapcsolatfelvétel az ügyfélszolgálattal',
    'wall.cancelSubscription': 'Előfizetés lemondása',
  },
} satisfies Translation;

export default hu;
