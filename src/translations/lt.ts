import { plural } from './plural.js';
import type { Translation } from './types.js';

/**
 * Lithuanian (polite “jūs”). The card stays in the nominative as the subject; the expiry month
 * (nominative, “2030 m. kovas”) follows a label. A card is feminine (kortelė). A full date ends
 * in “d.”, so it never ends a sentence.
 */
const lt = {
  locale: 'lt',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} (paskutiniai skaitmenys ${last4})` : brand),
    'card.generic': 'kortelė',
    'paymentMethod.generic': 'mokėjimo būdas',

    'state.expiring.title': 'Jūsų kortelės galiojimas netrukus baigsis',
    'state.expiring.body': ({ card, days, date }) =>
      `Jūsų ${card} ${
        days === 0
          ? 'baigia galioti šiandien'
          : `baigs galioti ${
              days === 1
                ? 'rytoj'
                : plural('lt', days, { one: 'po # dienos', few: 'po # dienų', many: 'po # dienos', other: 'po # dienų' })
            }`
      }${date ? ` (galiojimo pabaiga: ${date})` : ''}. Atnaujinkite kortelės duomenis, kad prenumerata veiktų be pertraukų.`,
    'state.expired.title': 'Jūsų kortelės galiojimas baigėsi',
    'state.expired.body': ({ card, date }) =>
      `Jūsų ${card} nebegalioja${date ? ` (galiojimo pabaiga: ${date})` : ''}. Atnaujinkite kortelės duomenis, kad prenumerata liktų aktyvi.`,
    'state.failed.title': 'Paskutinis jūsų mokėjimas nepavyko',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Dar liko sumokėti ${amount}.` : reason),
    'state.action_required.title': 'Jūsų bankas prašo patvirtinti mokėjimą',
    'state.action_required.body': ({ amount }) =>
      `Jūsų bankas nori įsitikinti, kad ${amount ? `${amount} ` : ''}mokėjimą tikrai atliekate jūs. Tai užtruks tik akimirką.`,
    'state.failed.when': ({ date }) => `${date} pirmą kartą bandėme nuskaičiuoti mokėjimą.`,
    'state.retry': ({ date }) => `${date} mokėjimą bandysime pakartoti.`,
    'state.accessEnds': ({ date }) =>
      `Iki ${date} jūsų prieiga išliks. Kad jos neprarastumėte, iki tol atnaujinkite mokėjimo duomenis.`,
    'state.updated.title': 'Ačiū, viskas sutvarkyta',
    'state.updated.body': ({ card }) => `Nuo šiol prenumeratai apmokėti bus naudojama jūsų ${card}.`,
    'state.recovered.body': ({ amount }) => `Jūsų ${amount ? `${amount} ` : ''}mokėjimas sėkmingai atliktas. Ačiū!`,

    'state.processing.title': 'Jūsų banko mokėjimas pakeliui',
    'state.processing.body': ({ amount }) =>
      `Jūsų bankas apdoroja ${amount ? `${amount} ` : ''}mokėjimą. Tai gali užtrukti kelias darbo dienas, o jums nieko daryti nereikia.`,
    'state.missing.title': 'Pridėkite mokėjimo būdą',
    'state.missing.body': ({ date }) =>
      date
        ? `Kad prenumerata veiktų toliau, iki ${date} pridėkite mokėjimo būdą.`
        : 'Prenumerata sustabdyta, kol bus pridėtas mokėjimo būdas. Pridėkite jį, kad galėtumėte tęsti.',

    'state.paused.title': 'Jūsų prenumerata pristabdyta',
    'state.paused.body': ({ date }) =>
      date ? `Iki ${date}, kai prenumerata vėl prasidės, mokesčio nenuskaitysime.` : 'Kol ji pristabdyta, mokesčio nenuskaitysime. Atnaujinkite, kai būsite pasiruošę.',
    'banner.updateCard': 'Atnaujinti kortelę',
    'banner.addPaymentMethod': 'Pridėti mokėjimo būdą',
    'banner.resume': 'Atnaujinti dabar',
    'banner.confirmPayment': 'Patvirtinti mokėjimą',
    'banner.dismiss': 'Uždaryti šį pranešimą',

    'decline.insufficient_funds.title': 'Nepakanka lėšų',
    'decline.insufficient_funds.body':
      'Jūsų bankas atmetė mokėjimą, nes sąskaitoje šiuo metu nepakanka lėšų. Galite papildyti sąskaitą ir bandyti dar kartą arba naudoti kitą kortelę.',
    'decline.expired_card.title': 'Kortelės galiojimas baigėsi',
    'decline.expired_card.body': 'Jūsų bankas atmetė mokėjimą, nes kortelės galiojimas baigėsi. Pridėkite galiojančią kortelę.',
    'decline.incorrect_cvc.title': 'Saugos kodas nesutapo',
    'decline.incorrect_cvc.body':
      'Saugos kodas (3 ar 4 skaitmenys ant kortelės) nesutapo su banko duomenimis. Įveskite kortelės duomenis iš naujo.',
    'decline.incorrect_number.title': 'Kortelės numeris neteisingas',
    'decline.incorrect_number.body': 'Atrodo, kad kortelės numeris neteisingas. Patikrinkite jį ir įveskite iš naujo.',
    'decline.incorrect_expiry.title': 'Galiojimo data neteisinga',
    'decline.incorrect_expiry.body':
      'Galiojimo data neatitinka kortelės. Patikrinkite ant kortelės nurodytą mėnesį ir metus ir įveskite juos iš naujo.',
    'decline.incorrect_address.title': 'Atsiskaitymo adresas nesutapo',
    'decline.incorrect_address.body':
      'Pašto kodas arba adresas nesutampa su banko turimais duomenimis. Įveskite jį tiksliai taip, kaip nurodyta banke.',
    'decline.card_not_supported.title': 'Šios kortelės čia naudoti negalima',
    'decline.card_not_supported.body':
      'Jūsų kortelė nepalaiko tokio tipo mokėjimų. Naudokite kitą kortelę arba paprašykite banko juos įjungti.',
    'decline.currency_not_supported.title': 'Kortelė nepalaiko šios valiutos',
    'decline.currency_not_supported.body':
      'Jūsų kortele negalima mokėti šia valiuta. Naudokite kitą kortelę arba paklauskite banko, ar tai galima įjungti.',
    'decline.not_allowed.title': 'Jūsų bankas užblokavo šį mokėjimą',
    'decline.not_allowed.body':
      'Jūsų bankas neleidžia šio mokėjimo šia kortele. Bankas gali panaikinti apribojimą, arba galite naudoti kitą kortelę.',
    'decline.payment_stopped.title': 'Mokėjimai mums sustabdyti',
    'decline.payment_stopped.body':
      'Jūsų banko paprašyta sustabdyti mokėjimus mums iš šios kortelės. Jei norite išlaikyti prenumeratą, paprašykite banko vėl juos leisti arba naudokite kitą kortelę.',
    'decline.limit_exceeded.title': 'Pasiektas kortelės limitas',
    'decline.limit_exceeded.body':
      'Mokėjimas viršytų jūsų kortelės išlaidų limitą. Galite bandyti dar kartą, kai limitas atsinaujins, arba naudoti kitą kortelę.',
    'decline.call_bank.title': 'Jūsų bankas prašo susisiekti',
    'decline.call_bank.body':
      'Jūsų bankas atmetė mokėjimą ir prašo su juo susisiekti. Telefono numeris paprastai nurodytas kitoje kortelės pusėje.',
    'decline.generic.title': 'Mokėjimas atmestas',
    'decline.generic.body':
      'Jūsų bankas atmetė mokėjimą nenurodęs priežasties. Daugiau gali paaiškinti bankas, arba galite naudoti kitą kortelę.',
    'decline.temporary.title': 'Laikina problema',
    'decline.temporary.body':
      'Apdorojant mokėjimą kažkas nepavyko, ir tai ne jūsų kaltė. Bandykite dar kartą šiek tiek vėliau.',
    'decline.duplicate.title': 'Panašu į pasikartojantį mokėjimą',
    'decline.duplicate.body':
      'Ką tik buvo atliktas mokėjimas ta pačia suma, todėl jūsų bankas šį sustabdė. Prieš bandydami dar kartą, patikrinkite sąskaitos išrašą.',
    'decline.invalid_amount.title': 'Jūsų bankas nepriėmė sumos',
    'decline.invalid_amount.body': 'Jūsų bankas nepriėmė šio mokėjimo sumos. Susisiekite su banku arba naudokite kitą kortelę.',
    'decline.new_card_details.title': 'Jūsų kortelės duomenys pasikeitė',
    'decline.new_card_details.body':
      'Jūsų bankas išdavė naujus šios kortelės duomenis. Įveskite naujus kortelės duomenis, kad prenumerata veiktų toliau.',
    'decline.account_closed.title': 'Sąskaita uždaryta',
    'decline.account_closed.body': 'Su šiuo mokėjimo būdu susieta sąskaita uždaryta arba nerasta. Naudokite kitą mokėjimo būdą.',
    'decline.authentication_required.title': 'Jūsų bankas prašo patvirtinimo',
    'decline.authentication_required.body':
      'Jūsų bankas prašo patvirtinti šį mokėjimą, kad jis būtų įvykdytas. Tai užtruks tik akimirką.',
    'decline.authentication_failed.title': 'Patvirtinti nepavyko',
    'decline.authentication_failed.body':
      'Nepavyko patvirtinti mokėjimo su jūsų banku. Bandykite dar kartą arba naudokite kitą kortelę.',
    'decline.test_card.title': 'Iš šios kortelės negalima nuskaičiuoti',
    'decline.test_card.body': 'Šios kortelės negalima naudoti tikriems mokėjimams. Naudokite kitą kortelę.',
    'decline.debit_not_authorized.title': 'Tiesioginis debetas nebuvo patvirtintas',
    'decline.debit_not_authorized.body':
      'Jūsų bankas praneša, kad tiesioginis debetas nebuvo patvirtintas arba buvo užginčytas. Naudokite kitą mokėjimo būdą arba paprašykite banko jį leisti.',
    'decline.bank_account_problem.title': 'Banko sąskaitos problema',
    'decline.bank_account_problem.body':
      'Jūsų bankas negalėjo nuskaičiuoti mokėjimo iš šios sąskaitos. Patikrinkite sąskaitos duomenis arba naudokite kitą mokėjimo būdą.',
    'decline.provider_declined.title': 'Mokėjimas atmestas',
    'decline.provider_declined.body': 'Mokėjimo paslauga atmetė šį mokėjimą. Naudokite kitą mokėjimo būdą.',

    'action.update_card': 'Atnaujinkite kortelę',
    'action.use_another_method': 'Naudokite kitą kortelę',
    'action.call_bank': 'Susisiekite su banku',
    'action.confirm_with_bank': 'Patvirtinkite banke',
    'action.try_again_later': 'Bandykite vėliau',

    'form.title': 'Atnaujinkite mokėjimo būdą',
    'form.payNow': ({ amount }) => `Už laiku neapmokėtą mokėjimą iš jūsų naujo mokėjimo būdo iš karto bus nuskaityta ${amount}.`,
    'form.submit': 'Išsaugoti mokėjimo būdą',
    'form.cancel': 'Atšaukti',
    'form.loading': 'Įkeliama saugi mokėjimo forma…',
    'form.saving': 'Išsaugomas jūsų mokėjimo būdas…',
    'form.confirming': 'Laukiama jūsų banko patvirtinimo…',
    'form.finishing': 'Baigiamas atnaujinimas…',
    'form.unavailable': 'Nepavyko įkelti mokėjimo formos. Patikrinkite ryšį ir bandykite dar kartą.',
    'form.retry': 'Bandyti dar kartą',
    'form.interrupted': 'Ryšys nutrūko nebaigus atnaujinimo. Jūsų duomenys išsaugoti: bandykite dar kartą, kad užbaigtumėte. Pinigai nebus nuskaityti du kartus.',
    'form.rateLimited': 'Per trumpą laiką per daug bandymų. Palaukite kelias minutes ir bandykite dar kartą.',
    'form.pending': 'Jūsų bankas dar apdoroja šį mokėjimo būdą. Jūsų paskyra bus atnaujinta, kai tik jis bus patvirtintas.',
    'form.microdeposits': ({ date }) =>
      `${date ? `Apie ${date}` : 'Po 1–2 darbo dienų'} patikrinkite savo banko sąskaitą: į ją pervesime nedidelę sumą. Per nuorodą įveskite tai, ką matysite prie pervedimo, ir nuo tada bus naudojama jūsų banko sąskaita. Iki tol jūsų išsaugotas mokėjimo būdas nesikeičia.`,
    'form.microdepositsLink': 'Patvirtinti banko sąskaitą',
    'form.declinedToo': 'Ši kortelė taip pat atmesta. Jūsų išsaugotas mokėjimo būdas nepakeistas ir nieko nenuskaičiuota.',

    'wall.notNow': 'Ne dabar',
    'wall.paused': 'Jūsų prieiga sustabdyta, kol mokėjimas bus sutvarkytas.',
    'wall.continue': 'Tęsti',
    'wall.logout': 'Atsijungti',
    'wall.support': 'Susisiekti su pagalba',
    'wall.cancelSubscription': 'Atšaukti prenumeratą',
  },
} satisfies Translation;

export default lt;
