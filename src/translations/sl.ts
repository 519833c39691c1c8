import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'kartica';
const METHOD = 'plačilna metoda';

/** Slovenian (formal "vi"). Card phrases always start with "kartica" or "plačilna metoda" (feminine, nominative). */
const sl = {
  locale: 'sl',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const head = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${head} s končnico ${last4}` : head;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Vaša kartica bo kmalu potekla',
    'state.expiring.body': ({ card, days, date }) =>
      `Vaša ${card} poteče ${
        days === 0
          ? 'danes'
          : days === 1
            ? 'jutri'
            : plural('sl', days, { one: 'čez # dan', two: 'čez # dneva', few: 'čez # dni', other: 'čez # dni' })
      }${date ? ` (datum poteka: ${date})` : ''}. Posodobite plačilne podatke, da bo naročnina nemoteno tekla naprej.`,
    'state.expired.title': 'Vaša kartica je potekla',
    'state.expired.body': ({ card, date }) =>
      `Vaša ${card} je potekla${date ? ` (datum poteka: ${date})` : ''}. Posodobite plačilne podatke, da bo naročnina ostala aktivna.`,
    'state.failed.title': 'Zadnje plačilo ni uspelo',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Še vedno je treba plačati ${amount}.` : reason),
    'state.action_required.title': 'Banka vas prosi, da potrdite plačilo',
    'state.action_required.body': ({ amount }) =>
      `Vaša banka želi preveriti, ali plačilo${amount ? ` v znesku ${amount}` : ''} res opravljate vi. To vzame le trenutek.`,
    'state.failed.when': ({ date }) => `Prvi poskus plačila: ${date}.`,
    'state.retry': ({ date }) => `Naslednji poskus plačila: ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Zadnji dan vašega dostopa je ${date}. Do takrat posodobite plačilne podatke, da ga ohranite.`,
    'state.updated.title': 'Hvala, vse je urejeno',
    'state.updated.body': ({ card }) => `Vaša ${card} bo odslej uporabljena za plačevanje naročnine.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Plačilo v znesku ${amount} je uspelo. Hvala!` : 'Plačilo je uspelo. Hvala!',

    'state.processing.title': 'Vaše bančno plačilo je na poti',
    'state.processing.body': ({ amount }) =>
      `Vaša banka obdeluje plačilo${amount ? ` v znesku ${amount}` : ''}. To lahko traja nekaj delovnih dni in vam ni treba storiti ničesar.`,
    'state.missing.title': 'Dodajte plačilno sredstvo',
    'state.missing.body': ({ date }) =>
      date
        ? `Da bo naročnina ostala aktivna, dodajte plačilno sredstvo. Rok: ${date}.`
        : 'Naročnina je začasno ustavljena, dokler ne dodate plačilnega sredstva. Dodajte ga za nadaljevanje.',

    'state.paused.title': 'Vaša naročnina je začasno ustavljena',
    'state.paused.body': ({ date }) =>
      date ? `Do ${date}, ko se naročnina znova začne, vam ne bomo ničesar zaračunali.` : 'Dokler je ustavljena, vam ne bomo ničesar zaračunali. Nadaljujte, ko boste pripravljeni.',
    'banner.updateCard': 'Posodobi kartico',
    'banner.addPaymentMethod': 'Dodaj plačilno sredstvo',
    'banner.resume': 'Nadaljuj zdaj',
    'banner.confirmPayment': 'Potrdi plačilo',
    'banner.dismiss': 'Zapri to sporočilo',

    'decline.insufficient_funds.title': 'Premalo sredstev',
    'decline.insufficient_funds.body':
      'Vaša banka je zavrnila plačilo, ker na računu trenutno ni dovolj sredstev. Na račun lahko nakažete denar in poskusite znova ali pa uporabite drugo kartico.',
    'decline.expired_card.title': 'Kartica je potekla',
    'decline.expired_card.body': 'Vaša banka je zavrnila plačilo, ker je kartica potekla. Dodajte kartico, ki je še veljavna.',
    'decline.incorrect_cvc.title': 'Varnostna koda se ne ujema',
    'decline.incorrect_cvc.body':
      'Varnostna koda (3 ali 4 števke na kartici) se ne ujema s podatki vaše banke. Znova vnesite podatke kartice.',
    'decline.incorrect_number.title': 'Številka kartice ni pravilna',
    'decline.incorrect_number.body': 'Videti je, da številka kartice ni pravilna. Preverite jo in jo vnesite znova.',
    'decline.incorrect_expiry.title': 'Datum poteka ni pravilen',
    'decline.incorrect_expiry.body':
      'Datum poteka se ne ujema s kartico. Preverite mesec in leto na kartici ter ju vnesite znova.',
    'decline.incorrect_address.title': 'Naslov za račun se ne ujema',
    'decline.incorrect_address.body':
      'Poštna številka ali naslov se ne ujema s podatki, ki jih ima vaša banka. Vnesite podatke točno tako, kot jih ima banka.',
    'decline.card_not_supported.title': 'Te kartice tukaj ni mogoče uporabiti',
    'decline.card_not_supported.body':
      'Vaša kartica ne podpira te vrste plačila. Uporabite drugo kartico ali prosite banko, da jo omogoči.',
    'decline.currency_not_supported.title': 'Kartica ne podpira te valute',
    'decline.currency_not_supported.body':
      'Z vašo kartico ni mogoče plačati v tej valuti. Uporabite drugo kartico ali vprašajte banko, ali je to mogoče omogočiti.',
    'decline.not_allowed.title': 'Vaša banka je blokirala to plačilo',
    'decline.not_allowed.body':
      'Vaša banka ne dovoli tega plačila s to kartico. Banka lahko odpravi omejitev, lahko pa uporabite drugo kartico.',
    'decline.payment_stopped.title': 'Plačila v našo korist so ustavljena',
    'decline.payment_stopped.body':
      'Banka je prejela navodilo, naj ustavi plačila s te kartice v našo korist. Če želite obdržati naročnino, prosite banko, da jih znova dovoli, ali uporabite drugo kartico.',
    'decline.limit_exceeded.title': 'Dosežen je limit kartice',
    'decline.limit_exceeded.body':
      'Plačilo bi preseglo limit porabe na vaši kartici. Poskusite znova, ko se limit ponastavi, ali uporabite drugo kartico.',
    'decline.call_bank.title': 'Banka vas prosi, da se ji oglasite',
    'decline.call_bank.body':
      'Vaša banka je zavrnila plačilo in vas prosi, da se obrnete nanjo. Številka je običajno na hrbtni strani kartice.',
    'decline.generic.title': 'Plačilo je bilo zavrnjeno',
    'decline.generic.body':
      'Vaša banka je zavrnila plačilo, ne da bi nam povedala razlog. Več vam lahko pove banka, lahko pa uporabite drugo kartico.',
    'decline.temporary.title': 'Začasna težava',
    'decline.temporary.body':
      'Pri obdelavi plačila je prišlo do napake, ki ni vaša krivda. Poskusite znova čez nekaj časa.',
    'decline.duplicate.title': 'To je videti kot podvojeno plačilo',
    'decline.duplicate.body':
      'Plačilo v enakem znesku je bilo izvedeno pred kratkim, zato je banka ustavila to plačilo. Preden poskusite znova, preverite izpisek.',
    'decline.invalid_amount.title': 'Banka ni sprejela zneska',
    'decline.invalid_amount.body': 'Vaša banka ni sprejela zneska tega plačila. Obrnite se na banko ali uporabite drugo kartico.',
    'decline.new_card_details.title': 'Podatki vaše kartice so se spremenili',
    'decline.new_card_details.body':
      'Vaša banka je za to kartico izdala nove podatke. Vnesite nove podatke kartice, da bo naročnina nemoteno tekla.',
    'decline.account_closed.title': 'Račun je zaprt',
    'decline.account_closed.body':
      'Račun, povezan s to plačilno metodo, je zaprt ali ga ni mogoče najti. Uporabite drugo plačilno metodo.',
    'decline.authentication_required.title': 'Banka potrebuje potrditev',
    'decline.authentication_required.body':
      'Vaša banka želi, da to plačilo potrdite, preden bo izvedeno. Potrditev vzame le trenutek.',
    'decline.authentication_failed.title': 'Potrditev ni uspela',
    'decline.authentication_failed.body':
      'Plačila pri vaši banki nismo mogli potrditi. Poskusite znova ali uporabite drugo kartico.',
    'decline.test_card.title': 'S to kartico ni mogoče plačati',
    'decline.test_card.body': 'Te kartice ni mogoče uporabiti za prava plačila. Uporabite drugo kartico.',
    'decline.debit_not_authorized.title': 'Direktna obremenitev ni bila odobrena',
    'decline.debit_not_authorized.body':
      'Banka sporoča, da direktna obremenitev ni bila odobrena ali je bila reklamirana. Uporabite drugo plačilno metodo ali prosite banko, da jo dovoli.',
    'decline.bank_account_problem.title': 'Težava z bančnim računom',
    'decline.bank_account_problem.body':
      'Vaša banka s tega računa ni mogla izvesti plačila. Preverite podatke računa ali uporabite drugo plačilno metodo.',
    'decline.provider_declined.title': 'Plačilo je bilo zavrnjeno',
    'decline.provider_declined.body': 'Ponudnik plačilne storitve je zavrnil to plačilo. Uporabite drugo plačilno metodo.',

    'action.update_card': 'Posodobite kartico',
    'action.use_another_method': 'Uporabite drugo kartico',
    'action.call_bank': 'Obrnite se na banko',
    'action.confirm_with_bank': 'Potrdite pri banki',
    'action.try_again_later': 'Poskusite znova pozneje',

    'form.title': 'Posodobite plačilno sredstvo',
    'form.payNow': ({ amount }) => `Z vašega novega plačilnega sredstva bomo takoj bremenili ${amount} za zapadlo plačilo.`,
    'form.submit': 'Shrani plačilno sredstvo',
    'form.cancel': 'Prekliči',
    'form.loading': 'Nalaganje varnega plačilnega obrazca …',
    'form.saving': 'Shranjevanje plačilnega sredstva …',
    'form.confirming': 'Čakanje na potrditev vaše banke …',
    'form.finishing': 'Zaključevanje posodobitve …',
    'form.unavailable': 'Plačilnega obrazca ni bilo mogoče naložiti. Preverite povezavo in poskusite znova.',
    'form.retry': 'Poskusi znova',
    'form.interrupted': 'Povezava se je prekinila, preden je bila posodobitev končana. Vaši podatki so shranjeni: poskusite znova, da jo dokončate. Dvakrat ne boste bremenjeni.',
    'form.rateLimited': 'Preveč poskusov v kratkem času. Počakajte nekaj minut in poskusite znova.',
    'form.pending': 'Vaša banka to plačilno sredstvo še obdeluje. Vaš račun bomo posodobili, takoj ko bo potrjeno.',
    'form.microdeposits': ({ date }) =>
      `Preverite svoj bančni račun ${date ? `(okvirno: ${date})` : 'čez 1–2 delovna dneva'}: nanj bomo nakazali majhen znesek. Prek povezave vnesite, kar vidite ob nakazilu, in odslej bo uporabljen vaš bančni račun. Do takrat vaše shranjeno plačilno sredstvo ostane nespremenjeno.`,
    'form.microdepositsLink': 'Potrdi bančni račun',
    'form.declinedToo': 'Tudi ta kartica je bila zavrnjena. Vaš shranjeni način plačila se ni spremenil in nič ni bilo bremenjeno.',

    'wall.notNow': 'Ne zdaj',
    'wall.paused': 'Vaš dostop je začasno ustavljen, dokler plačilo ni urejeno.',
    'wall.continue': 'Nadaljuj',
    'wall.logout': 'Odjava',
    'wall.support': 'Obrnite se na podporo',
    'wall.cancelSubscription': 'Prekliči naročnino',
  },
} satisfies Translation;

export default sl;
