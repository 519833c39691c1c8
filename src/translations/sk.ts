import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'karta';
const METHOD = 'platobná metóda';

/** Slovak (formal "vy"). Card phrases always start with "karta" or "platobná metóda" (feminine, nominative). */
const sk = {
  locale: 'sk',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const head = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${head} končiaca na ${last4}` : head;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Platnosť vašej karty čoskoro vyprší',
    'state.expiring.body': ({ card, days, date }) =>
      `Vaša ${card} ${
        days === 0
          ? 'platí už len dnes'
          : plural('sk', days, {
              one: 'prestane platiť zajtra',
              few: 'prestane platiť o # dni',
              many: 'prestane platiť o # dňa',
              other: 'prestane platiť o # dní',
            })
      }${date ? ` (platnosť do: ${date})` : ''}. Aktualizujte platobné údaje, aby vaše predplatné fungovalo bez prerušenia.`,
    'state.expired.title': 'Platnosť vašej karty vypršala',
    'state.expired.body': ({ card, date }) =>
      `Vaša ${card} už neplatí${date ? ` (platnosť do: ${date})` : ''}. Aktualizujte platobné údaje, aby vaše predplatné zostalo aktívne.`,
    'state.failed.title': 'Posledná platba neprešla',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Zostáva uhradiť ${amount}.` : reason),
    'state.action_required.title': 'Vaša banka žiada o potvrdenie platby',
    'state.action_required.body': ({ amount }) =>
      `Vaša banka si chce overiť, že platbu${amount ? ` vo výške ${amount}` : ''} naozaj robíte vy. Zaberie to len chvíľu.`,
    'state.failed.when': ({ date }) => `Platbu sme sa prvýkrát pokúsili strhnúť ${date}.`,
    'state.retry': ({ date }) => `Platbu skúsime znova ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Prístup vám zostáva do ${date}. Dovtedy aktualizujte platobné údaje, aby ste oň neprišli.`,
    'state.updated.title': 'Ďakujeme, všetko je vybavené',
    'state.updated.body': ({ card }) => `Vaša ${card} sa odteraz bude používať na platby za predplatné.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Platba vo výške ${amount} prebehla. Ďakujeme!` : 'Platba prebehla. Ďakujeme!',

    'state.processing.title': 'Vaša banková platba je na ceste',
    'state.processing.body': ({ amount }) =>
      `Vaša banka spracúva platbu${amount ? ` vo výške ${amount}` : ''}. Môže to trvať niekoľko pracovných dní a nemusíte nič robiť.`,
    'state.missing.title': 'Pridajte platobnú metódu',
    'state.missing.body': ({ date }) =>
      date
        ? `Vaše predplatné potrebuje platobnú metódu do ${date}, aby mohlo pokračovať.`
        : 'Vaše predplatné je pozastavené, kým nepridáte platobnú metódu.',

    'state.paused.title': 'Vaše predplatné je pozastavené',
    'state.paused.body': ({ date }) =>
      date ? `Do ${date}, keď sa predplatné znova spustí, vám nič nenaúčtujeme.` : 'Kým je pozastavené, nič vám nenaúčtujeme. Obnovte ho, keď budete pripravení.',
    'banner.updateCard': 'Aktualizovať kartu',
    'banner.addPaymentMethod': 'Pridať platobnú metódu',
    'banner.resume': 'Obnoviť teraz',
    'banner.confirmPayment': 'Potvrdiť platbu',
    'banner.dismiss': 'Zavrieť túto správu',

    'decline.insufficient_funds.title': 'Nedostatok prostriedkov',
    'decline.insufficient_funds.body':
      'Vaša banka platbu zamietla, pretože na účte momentálne nie je dosť peňazí. Môžete si doplniť peniaze na účet a skúsiť to znova alebo použiť inú kartu.',
    'decline.expired_card.title': 'Platnosť karty vypršala',
    'decline.expired_card.body': 'Vaša banka platbu zamietla, pretože karta už neplatí. Pridajte, prosím, platnú kartu.',
    'decline.incorrect_cvc.title': 'Bezpečnostný kód nesedí',
    'decline.incorrect_cvc.body':
      'Bezpečnostný kód (3 alebo 4 číslice na karte) nezodpovedá údajom vašej banky. Zadajte, prosím, údaje karty znova.',
    'decline.incorrect_number.title': 'Číslo karty nie je správne',
    'decline.incorrect_number.body': 'Zdá sa, že číslo karty nie je správne. Skontrolujte ho, prosím, a zadajte znova.',
    'decline.incorrect_expiry.title': 'Dátum platnosti nie je správny',
    'decline.incorrect_expiry.body':
      'Dátum platnosti nezodpovedá karte. Skontrolujte, prosím, mesiac a rok na karte a zadajte ich znova.',
    'decline.incorrect_address.title': 'Fakturačná adresa nesedí',
    'decline.incorrect_address.body':
      'PSČ alebo adresa nezodpovedá údajom, ktoré má vaša banka. Zadajte ich, prosím, presne tak, ako ich vedie banka.',
    'decline.card_not_supported.title': 'Túto kartu tu nemožno použiť',
    'decline.card_not_supported.body':
      'Vaša karta nepodporuje tento druh platby. Použite, prosím, inú kartu alebo požiadajte banku, aby ho povolila.',
    'decline.currency_not_supported.title': 'Karta nepodporuje túto menu',
    'decline.currency_not_supported.body':
      'Vašou kartou nemožno platiť v tejto mene. Použite, prosím, inú kartu alebo sa opýtajte banky, či sa to dá povoliť.',
    'decline.not_allowed.title': 'Vaša banka túto platbu zablokovala',
    'decline.not_allowed.body':
      'Vaša banka nepovoľuje túto platbu touto kartou. Banka môže obmedzenie zrušiť, prípadne môžete použiť inú kartu.',
    'decline.payment_stopped.title': 'Platby v náš prospech boli zastavené',
    'decline.payment_stopped.body':
      'Vaša banka dostala pokyn zastaviť platby z tejto karty v náš prospech. Ak si chcete predplatné ponechať, požiadajte banku, aby ich znova povolila, alebo použite inú kartu.',
    'decline.limit_exceeded.title': 'Limit karty je vyčerpaný',
    'decline.limit_exceeded.body':
      'Platba by prekročila limit vašej karty. Môžete to skúsiť znova, keď sa limit obnoví, alebo použiť inú kartu.',
    'decline.call_bank.title': 'Vaša banka vás žiada o kontakt',
    'decline.call_bank.body':
      'Vaša banka platbu zamietla a žiada, aby ste ju kontaktovali. Číslo zvyčajne nájdete na zadnej strane karty.',
    'decline.generic.title': 'Platba bola zamietnutá',
    'decline.generic.body':
      'Vaša banka platbu zamietla bez uvedenia dôvodu. Viac vám povie banka, prípadne môžete použiť inú kartu.',
    'decline.temporary.title': 'Dočasný problém',
    'decline.temporary.body':
      'Pri spracovaní platby sa niečo pokazilo, no nebola to vaša chyba. Skúste to, prosím, o chvíľu znova.',
    'decline.duplicate.title': 'Vyzerá to na duplicitnú platbu',
    'decline.duplicate.body':
      'Platba v rovnakej výške prebehla len pred chvíľou, preto vaša banka túto zastavila. Skôr než to skúsite znova, skontrolujte si, prosím, výpis.',
    'decline.invalid_amount.title': 'Vaša banka neprijala sumu',
    'decline.invalid_amount.body': 'Vaša banka neprijala sumu tejto platby. Kontaktujte, prosím, banku alebo použite inú kartu.',
    'decline.new_card_details.title': 'Údaje vašej karty sa zmenili',
    'decline.new_card_details.body':
      'Vaša banka vydala k tejto karte nové údaje. Zadajte ich, prosím, aby vaše predplatné fungovalo ďalej.',
    'decline.account_closed.title': 'Účet je zrušený',
    'decline.account_closed.body':
      'Účet k tejto platobnej metóde je zrušený alebo sa nedá nájsť. Použite, prosím, inú platobnú metódu.',
    'decline.authentication_required.title': 'Vaša banka potrebuje potvrdenie',
    'decline.authentication_required.body':
      'Vaša banka chce, aby ste túto platbu pred vykonaním potvrdili. Potvrdenie zaberie len chvíľu.',
    'decline.authentication_failed.title': 'Potvrdenie sa nepodarilo',
    'decline.authentication_failed.body':
      'Platbu sa nám vo vašej banke nepodarilo potvrdiť. Skúste to, prosím, znova alebo použite inú kartu.',
    'decline.test_card.title': 'Z tejto karty nemožno platiť',
    'decline.test_card.body': 'Túto kartu nemožno použiť na skutočné platby. Použite, prosím, inú kartu.',
    'decline.debit_not_authorized.title': 'Inkaso nebolo povolené',
    'decline.debit_not_authorized.body':
      'Podľa vašej banky inkaso nebolo povolené alebo bolo rozporované. Použite, prosím, inú platobnú metódu alebo požiadajte banku, aby ho povolila.',
    'decline.bank_account_problem.title': 'Problém s bankovým účtom',
    'decline.bank_account_problem.body':
      'Vaša banka nemohla platbu z tohto účtu strhnúť. Skontrolujte, prosím, údaje účtu alebo použite inú platobnú metódu.',
    'decline.provider_declined.title': 'Platba bola zamietnutá',
    'decline.provider_declined.body': 'Poskytovateľ platby túto platbu zamietol. Použite, prosím, inú platobnú metódu.',

    'action.update_card': 'Aktualizujte kartu',
    'action.use_another_method': 'Použite inú kartu',
    'action.call_bank': 'Kontaktujte banku',
    'action.confirm_with_bank': 'Potvrďte platbu v banke',
    'action.try_again_later': 'Skúste to neskôr',

    'form.title': 'Aktualizujte platobnú metódu',
    'form.payNow': ({ amount }) => `Z vašej novej platobnej metódy bude hneď strhnutých ${amount} za dlžnú platbu.`,
    'form.submit': 'Uložiť platobnú metódu',
    'form.cancel': 'Zrušiť',
    'form.loading': 'Načítava sa zabezpečený platobný formulár…',
    'form.saving': 'Ukladá sa vaša platobná metóda…',
    'form.confirming': 'Čaká sa na potvrdenie od vašej banky…',
    'form.finishing': 'Dokončuje sa aktualizácia…',
    'form.unavailable': 'Platobný formulár sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova.',
    'form.retry': 'Skúsiť znova',
    'form.interrupted': 'Spojenie sa prerušilo skôr, ako sa aktualizácia dokončila. Vaše údaje zostali uložené: skúste to znova a dokončite ju. Platba nebude strhnutá dvakrát.',
    'form.rateLimited': 'Príliš veľa pokusov v krátkom čase. Počkajte niekoľko minút a skúste to znova.',
    'form.pending': 'Vaša banka túto platobnú metódu ešte spracúva. Váš účet aktualizujeme, hneď ako bude potvrdená.',
    'form.microdeposits': ({ date }) =>
      `Skontrolujte svoj bankový účet ${date ? `okolo ${date}` : 'o 1–2 pracovné dni'}: pošleme naň malú sumu. Cez odkaz zadajte, čo pri nej uvidíte. Dovtedy zostáva vaša uložená platobná metóda bez zmeny.`,
    'form.microdepositsLink': 'Overiť bankový účet',
    'form.declinedToo': 'Aj táto karta bola zamietnutá. Vaša uložená platobná metóda sa nezmenila a nič nebolo stiahnuté.',

    'wall.notNow': 'Teraz nie',
    'wall.paused': 'Váš prístup je pozastavený, kým nebude platba vybavená.',
    'wall.continue': 'Pokračovať',
    'wall.logout': 'Odhlásiť sa',
    'wall.support': 'Kontaktovať podporu',
    'wall.cancelSubscription': 'Zrušiť predplatné',
  },
} satisfies Translation;

export default sk;
