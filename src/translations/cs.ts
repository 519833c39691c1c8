import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'karta';
const METHOD = 'platební metoda';

/** Czech (formal "vy"). Card phrases always start with "karta" or "platební metoda" (feminine, nominative). */
const cs = {
  locale: 'cs',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const head = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${head} končící na ${last4}` : head;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Platnost vaší karty brzy vyprší',
    'state.expiring.body': ({ card, days, date }) =>
      `Vaše ${card} ${
        days === 0
          ? 'platí už jen dnes'
          : plural('cs', days, {
              one: 'přestane platit zítra',
              few: 'přestane platit za # dny',
              many: 'přestane platit za # dne',
              other: 'přestane platit za # dní',
            })
      }${date ? ` (platnost do: ${date})` : ''}. Aktualizujte platební údaje, aby vaše předplatné běželo bez přerušení.`,
    'state.expired.title': 'Platnost vaší karty vypršela',
    'state.expired.body': ({ card, date }) =>
      `Vaše ${card} už neplatí${date ? ` (platnost do: ${date})` : ''}. Aktualizujte platební údaje, aby vaše předplatné zůstalo aktivní.`,
    'state.failed.title': 'Poslední platba neproběhla',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} K úhradě zbývá ${amount}.` : reason),
    'state.action_required.title': 'Vaše banka žádá o potvrzení platby',
    'state.action_required.body': ({ amount }) =>
      `Vaše banka si chce ověřit, že platbu${amount ? ` ve výši ${amount}` : ''} opravdu provádíte vy. Zabere to jen chvilku.`,
    'state.failed.when': ({ date }) => `Platbu jsme se poprvé pokusili strhnout ${date}.`,
    'state.retry': ({ date }) => `Platbu zkusíme znovu ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Přístup vám zůstává do ${date}. Do té doby aktualizujte platební údaje, abyste o něj nepřišli.`,
    'state.updated.title': 'Děkujeme, vše je hotovo',
    'state.updated.body': ({ card }) => `Vaše ${card} se od teď bude používat k placení předplatného.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Platba ve výši ${amount} proběhla. Děkujeme!` : 'Platba proběhla. Děkujeme!',

    'state.processing.title': 'Vaše bankovní platba je na cestě',
    'state.processing.body': ({ amount }) =>
      `Vaše banka zpracovává platbu${amount ? ` ve výši ${amount}` : ''}. Může to trvat několik pracovních dní a nemusíte nic dělat.`,
    'state.missing.title': 'Přidejte platební metodu',
    'state.missing.body': ({ date }) =>
      date
        ? `Vaše předplatné potřebuje do ${date} platební metodu, aby mohlo pokračovat.`
        : 'Vaše předplatné je pozastavené, dokud nepřidáte platební metodu.',

    'state.paused.title': 'Vaše předplatné je pozastaveno',
    'state.paused.body': ({ date }) =>
      date ? `Do ${date}, kdy se předplatné znovu spustí, vám nebudeme nic účtovat.` : 'Dokud je pozastavené, nebudeme vám nic účtovat. Obnovte ho, až budete připraveni.',
    'banner.updateCard': 'Aktualizovat kartu',
    'banner.addPaymentMethod': 'Přidat platební metodu',
    'banner.resume': 'Obnovit nyní',
    'banner.confirmPayment': 'Potvrdit platbu',
    'banner.dismiss': 'Zavřít tuto zprávu',

    'decline.insufficient_funds.title': 'Nedostatek prostředků',
    'decline.insufficient_funds.body':
      'Vaše banka platbu zamítla, protože na účtu teď není dost peněz. Můžete na účet doplnit peníze a zkusit to znovu, nebo použít jinou kartu.',
    'decline.expired_card.title': 'Platnost karty vypršela',
    'decline.expired_card.body': 'Vaše banka platbu zamítla, protože karta už neplatí. Přidejte prosím platnou kartu.',
    'decline.incorrect_cvc.title': 'Bezpečnostní kód nesouhlasí',
    'decline.incorrect_cvc.body':
      'Bezpečnostní kód (3 nebo 4 číslice na kartě) nesouhlasí s údaji vaší banky. Zadejte prosím údaje karty znovu.',
    'decline.incorrect_number.title': 'Číslo karty není správné',
    'decline.incorrect_number.body': 'Zdá se, že číslo karty není správné. Zkontrolujte ho prosím a zadejte znovu.',
    'decline.incorrect_expiry.title': 'Datum platnosti není správné',
    'decline.incorrect_expiry.body':
      'Datum platnosti neodpovídá kartě. Zkontrolujte prosím měsíc a rok na kartě a zadejte je znovu.',
    'decline.incorrect_address.title': 'Fakturační adresa nesouhlasí',
    'decline.incorrect_address.body':
      'PSČ nebo adresa nesouhlasí s údaji, které má vaše banka. Zadejte je prosím přesně tak, jak je vede banka.',
    'decline.card_not_supported.title': 'Tuto kartu tu nelze použít',
    'decline.card_not_supported.body':
      'Vaše karta tento druh platby nepodporuje. Použijte prosím jinou kartu, nebo požádejte banku, aby ho povolila.',
    'decline.currency_not_supported.title': 'Karta nepodporuje tuto měnu',
    'decline.currency_not_supported.body':
      'Vaší kartou nelze platit v této měně. Použijte prosím jinou kartu, nebo se zeptejte banky, zda to lze povolit.',
    'decline.not_allowed.title': 'Vaše banka tuto platbu zablokovala',
    'decline.not_allowed.body':
      'Vaše banka tuto platbu touto kartou nepovoluje. Banka může omezení zrušit, nebo můžete použít jinou kartu.',
    'decline.payment_stopped.title': 'Platby v náš prospěch byly zastaveny',
    'decline.payment_stopped.body':
      'Vaše banka dostala pokyn zastavit platby z této karty v náš prospěch. Pokud si chcete předplatné ponechat, požádejte banku, aby je znovu povolila, nebo použijte jinou kartu.',
    'decline.limit_exceeded.title': 'Limit karty je vyčerpaný',
    'decline.limit_exceeded.body':
      'Platba by překročila limit vaší karty. Můžete to zkusit znovu, až se limit obnoví, nebo použít jinou kartu.',
    'decline.call_bank.title': 'Vaše banka vás žádá o kontakt',
    'decline.call_bank.body':
      'Vaše banka platbu zamítla a žádá, abyste ji kontaktovali. Číslo obvykle najdete na zadní straně karty.',
    'decline.generic.title': 'Platba byla zamítnuta',
    'decline.generic.body':
      'Vaše banka platbu zamítla, aniž by nám sdělila důvod. Víc vám řekne banka, případně můžete použít jinou kartu.',
    'decline.temporary.title': 'Dočasný problém',
    'decline.temporary.body':
      'Při zpracování platby se něco pokazilo, ale nebyla to vaše chyba. Zkuste to prosím za chvíli znovu.',
    'decline.duplicate.title': 'Vypadá to na duplicitní platbu',
    'decline.duplicate.body':
      'Platba ve stejné výši proběhla teprve před chvílí, a tak vaše banka tuto zastavila. Než to zkusíte znovu, zkontrolujte prosím výpis.',
    'decline.invalid_amount.title': 'Vaše banka nepřijala částku',
    'decline.invalid_amount.body':
      'Vaše banka nepřijala částku této platby. Kontaktujte prosím banku, nebo použijte jinou kartu.',
    'decline.new_card_details.title': 'Údaje vaší karty se změnily',
    'decline.new_card_details.body':
      'Vaše banka vydala k této kartě nové údaje. Zadejte je prosím, aby vaše předplatné běželo dál.',
    'decline.account_closed.title': 'Účet je zrušený',
    'decline.account_closed.body':
      'Účet k této platební metodě je zrušený nebo ho nelze najít. Použijte prosím jinou platební metodu.',
    'decline.authentication_required.title': 'Vaše banka potřebuje potvrzení',
    'decline.authentication_required.body':
      'Vaše banka chce, abyste tuto platbu před provedením potvrdili. Potvrzení zabere jen chvilku.',
    'decline.authentication_failed.title': 'Potvrzení se nezdařilo',
    'decline.authentication_failed.body':
      'Platbu se nám u vaší banky nepodařilo potvrdit. Zkuste to prosím znovu, nebo použijte jinou kartu.',
    'decline.test_card.title': 'Z této karty nelze platit',
    'decline.test_card.body': 'Tuto kartu nelze použít pro skutečné platby. Použijte prosím jinou kartu.',
    'decline.debit_not_authorized.title': 'Inkaso nebylo povoleno',
    'decline.debit_not_authorized.body':
      'Vaše banka uvádí, že inkaso nebylo povoleno nebo bylo rozporováno. Použijte prosím jinou platební metodu, nebo požádejte banku, aby ho povolila.',
    'decline.bank_account_problem.title': 'Problém s bankovním účtem',
    'decline.bank_account_problem.body':
      'Vaše banka nemohla platbu z tohoto účtu strhnout. Zkontrolujte prosím údaje účtu, nebo použijte jinou platební metodu.',
    'decline.provider_declined.title': 'Platba byla zamítnuta',
    'decline.provider_declined.body': 'Poskytovatel platby tuto platbu zamítl. Použijte prosím jinou platební metodu.',

    'action.update_card': 'Aktualizujte kartu',
    'action.use_another_method': 'Použijte jinou kartu',
    'action.call_bank': 'Kontaktujte banku',
    'action.confirm_with_bank': 'Potvrďte platbu v bance',
    'action.try_again_later': 'Zkuste to později',

    'form.title': 'Aktualizujte platební metodu',
    'form.payNow': ({ amount }) => `Z vaší nové platební metody bude ihned strženo ${amount} za dlužnou platbu.`,
    'form.submit': 'Uložit platební metodu',
    'form.cancel': 'Zrušit',
    'form.loading': 'Načítání zabezpečeného platebního formuláře…',
    'form.saving': 'Ukládání vaší platební metody…',
    'form.confirming': 'Čekáme na potvrzení od vaší banky…',
    'form.finishing': 'Dokončování aktualizace…',
    'form.unavailable': 'Platební formulář se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu.',
    'form.retry': 'Zkusit znovu',
    'form.interrupted': 'Spojení se přerušilo dřív, než se aktualizace dokončila. Vaše údaje zůstaly uložené: zkuste to znovu a dokončete ji. Platba nebude stržena dvakrát.',
    'form.rateLimited': 'Příliš mnoho pokusů v krátké době. Počkejte několik minut a zkuste to znovu.',
    'form.pending': 'Vaše banka tuto platební metodu ještě zpracovává. Váš účet aktualizujeme, jakmile bude potvrzena.',
    'form.microdeposits': ({ date }) =>
      `Zkontrolujte svůj bankovní účet ${date ? `kolem ${date}` : 'za 1–2 pracovní dny'}: pošleme na něj malou částku. Přes odkaz zadejte, co u ní uvidíte. Do té doby zůstává vaše uložená platební metoda beze změny.`,
    'form.microdepositsLink': 'Ověřit bankovní účet',
    'form.declinedToo': 'Tato karta byla také zamítnuta. Vaše uložená platební metoda se nezměnila a nic nebylo strženo.',

    'wall.notNow': 'Teď ne',
    'wall.paused': 'Váš přístup je pozastaven, dokud nebude platba vyřízena.',
    'wall.continue': 'Pokračovat',
    'wall.logout': 'Odhlásit se',
    'wall.support': 'Kontaktovat podporu',
    'wall.cancelSubscription': 'Zrušit předplatné',
  },
} satisfies Translation;

export default cs;
