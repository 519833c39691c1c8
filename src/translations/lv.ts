import { plural } from './plural.js';
import type { Translation } from './types.js';

/**
 * Latvian (polite “Jūs”). Formatted dates and months are in the nominative (“2026. gada
 * 24. novembris”, “2030. g. marts”), so they follow a label or a colon. A card is feminine (karte).
 */
const lv = {
  locale: 'lv',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} ar beigu cipariem ${last4}` : brand),
    'card.generic': 'karte',
    'paymentMethod.generic': 'maksājuma veids',

    'state.expiring.title': 'Jūsu kartes derīguma termiņš drīz beigsies',
    'state.expiring.body': ({ card, days, date }) =>
      `Jūsu ${card} ${
        days === 0
          ? 'ir derīga vēl tikai šodien'
          : days === 1
            ? 'būs derīga tikai līdz rītdienai'
            : `būs derīga vēl ${plural('lv', days, { zero: '# dienas', one: '# dienu', other: '# dienas' })}`
      }${date ? ` (derīguma termiņš: ${date})` : ''}. Atjauniniet kartes datus, lai abonements turpinātos bez pārtraukuma.`,
    'state.expired.title': 'Jūsu kartes derīguma termiņš ir beidzies',
    'state.expired.body': ({ card, date }) =>
      `Jūsu ${card} vairs nav derīga${date ? ` (derīguma termiņš: ${date})` : ''}. Atjauniniet kartes datus, lai abonements paliktu aktīvs.`,
    'state.failed.title': 'Jūsu pēdējais maksājums neizdevās',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Joprojām jāsamaksā ${amount}.` : reason),
    'state.action_required.title': 'Jūsu banka lūdz apstiprināt maksājumu',
    'state.action_required.body': ({ amount }) =>
      `Jūsu banka vēlas pārliecināties, ka maksājumu${amount ? ` ${amount} apmērā` : ''} tiešām veicat Jūs. Tas aizņems tikai mirkli.`,
    'state.failed.when': ({ date }) => `Pirmais maksājuma mēģinājums: ${date}.`,
    'state.retry': ({ date }) => `Nākamais maksājuma mēģinājums: ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Piekļuves beigu datums: ${date}. Lai piekļuvi saglabātu, līdz tam atjauniniet maksājuma datus.`,
    'state.updated.title': 'Paldies, viss ir kārtībā',
    'state.updated.body': ({ card }) => `Turpmāk abonementa apmaksai tiks izmantota Jūsu ${card}.`,
    'state.recovered.body': ({ amount }) => `Jūsu maksājums${amount ? ` ${amount} apmērā` : ''} ir veiksmīgi veikts. Paldies!`,

    'state.processing.title': 'Jūsu bankas maksājums ir ceļā',
    'state.processing.body': ({ amount }) =>
      `Jūsu banka apstrādā maksājumu${amount ? ` ${amount} apmērā` : ''}. Tas var aizņemt dažas darba dienas, un Jums nekas nav jādara.`,
    'state.missing.title': 'Pievienojiet maksājuma veidu',
    'state.missing.body': ({ date }) =>
      date
        ? `Lai abonements turpinātos, pievienojiet maksājuma veidu. Termiņš: ${date}.`
        : 'Abonements ir apturēts, līdz tiks pievienots maksājuma veids. Pievienojiet to, lai turpinātu.',

    'state.paused.title': 'Jūsu abonements ir apturēts',
    'state.paused.body': ({ date }) =>
      date ? `Kamēr abonements ir apturēts, maksa netiks iekasēta. Abonements atsāksies: ${date}.` : 'Kamēr tas ir apturēts, maksa netiks iekasēta. Atsāciet, kad esat gatavs.',
    'banner.updateCard': 'Atjaunināt karti',
    'banner.addPaymentMethod': 'Pievienot maksājuma veidu',
    'banner.resume': 'Atsākt tūlīt',
    'banner.confirmPayment': 'Apstiprināt maksājumu',
    'banner.dismiss': 'Aizvērt šo ziņojumu',

    'decline.insufficient_funds.title': 'Nepietiek līdzekļu',
    'decline.insufficient_funds.body':
      'Jūsu banka noraidīja maksājumu, jo kontā pašlaik nepietiek līdzekļu. Varat papildināt kontu un mēģināt vēlreiz vai izmantot citu karti.',
    'decline.expired_card.title': 'Kartes derīguma termiņš ir beidzies',
    'decline.expired_card.body':
      'Jūsu banka noraidīja maksājumu, jo kartes derīguma termiņš ir beidzies. Lūdzu, pievienojiet derīgu karti.',
    'decline.incorrect_cvc.title': 'Drošības kods nesakrita',
    'decline.incorrect_cvc.body':
      'Drošības kods (3 vai 4 cipari uz kartes) nesakrita ar bankas datiem. Lūdzu, ievadiet kartes datus vēlreiz.',
    'decline.incorrect_number.title': 'Kartes numurs nav pareizs',
    'decline.incorrect_number.body': 'Šķiet, ka kartes numurs nav pareizs. Lūdzu, pārbaudiet to un ievadiet vēlreiz.',
    'decline.incorrect_expiry.title': 'Derīguma termiņš nav pareizs',
    'decline.incorrect_expiry.body':
      'Derīguma termiņš neatbilst kartei. Lūdzu, pārbaudiet mēnesi un gadu uz kartes un ievadiet tos vēlreiz.',
    'decline.incorrect_address.title': 'Norēķinu adrese nesakrita',
    'decline.incorrect_address.body':
      'Pasta indekss vai adrese nesakrīt ar bankas datiem. Lūdzu, ievadiet to tieši tā, kā tā norādīta bankā.',
    'decline.card_not_supported.title': 'Šo karti šeit nevar izmantot',
    'decline.card_not_supported.body':
      'Jūsu karte neatbalsta šāda veida maksājumus. Lūdzu, izmantojiet citu karti vai lūdziet bankai tos atļaut.',
    'decline.currency_not_supported.title': 'Karte neatbalsta šo valūtu',
    'decline.currency_not_supported.body':
      'Ar Jūsu karti nevar maksāt šajā valūtā. Lūdzu, izmantojiet citu karti vai jautājiet bankai, vai to var atļaut.',
    'decline.not_allowed.title': 'Jūsu banka bloķēja šo maksājumu',
    'decline.not_allowed.body':
      'Jūsu banka neatļauj šo maksājumu ar šo karti. Banka var noņemt ierobežojumu, vai arī varat izmantot citu karti.',
    'decline.payment_stopped.title': 'Maksājumi mums ir apturēti',
    'decline.payment_stopped.body':
      'Jūsu bankai ir lūgts apturēt maksājumus mums no šīs kartes. Ja vēlaties saglabāt abonementu, lūdziet bankai tos atkal atļaut vai izmantojiet citu karti.',
    'decline.limit_exceeded.title': 'Kartes limits ir sasniegts',
    'decline.limit_exceeded.body':
      'Maksājums pārsniegtu Jūsu kartes tēriņu limitu. Varat mēģināt vēlreiz, kad limits atjaunosies, vai izmantot citu karti.',
    'decline.call_bank.title': 'Jūsu banka lūdz sazināties',
    'decline.call_bank.body':
      'Jūsu banka noraidīja maksājumu un lūdz Jūs sazināties ar to. Tālruņa numurs parasti ir kartes aizmugurē.',
    'decline.generic.title': 'Maksājums tika noraidīts',
    'decline.generic.body':
      'Jūsu banka noraidīja maksājumu, nenorādot iemeslu. Banka var sniegt vairāk informācijas, vai arī varat izmantot citu karti.',
    'decline.temporary.title': 'Īslaicīga problēma',
    'decline.temporary.body':
      'Apstrādājot maksājumu, radās kļūda, un tā nebija Jūsu vaina. Lūdzu, mēģiniet vēlreiz pēc brīža.',
    'decline.duplicate.title': 'Šķiet, ka šis ir dubults maksājums',
    'decline.duplicate.body':
      'Tikko tika veikts maksājums ar tādu pašu summu, tāpēc Jūsu banka apturēja šo. Lūdzu, pārbaudiet konta izrakstu, pirms mēģināt vēlreiz.',
    'decline.invalid_amount.title': 'Jūsu banka nepieņēma summu',
    'decline.invalid_amount.body': 'Jūsu banka nepieņēma šī maksājuma summu. Lūdzu, sazinieties ar banku vai izmantojiet citu karti.',
    'decline.new_card_details.title': 'Jūsu kartes dati ir mainījušies',
    'decline.new_card_details.body':
      'Jūsu banka ir izsniegusi jaunus datus šai kartei. Lūdzu, ievadiet jaunos kartes datus, lai abonements turpinātos.',
    'decline.account_closed.title': 'Konts ir slēgts',
    'decline.account_closed.body':
      'Ar šo maksājuma veidu saistītais konts ir slēgts vai nav atrodams. Lūdzu, izmantojiet citu maksājuma veidu.',
    'decline.authentication_required.title': 'Jūsu bankai nepieciešams apstiprinājums',
    'decline.authentication_required.body':
      'Jūsu banka vēlas, lai Jūs apstiprinātu šo maksājumu, pirms tas tiek veikts. Tas aizņems tikai mirkli.',
    'decline.authentication_failed.title': 'Apstiprināšana neizdevās',
    'decline.authentication_failed.body':
      'Mēs nevarējām apstiprināt maksājumu ar Jūsu banku. Lūdzu, mēģiniet vēlreiz vai izmantojiet citu karti.',
    'decline.test_card.title': 'No šīs kartes nevar iekasēt maksu',
    'decline.test_card.body': 'Šo karti nevar izmantot īstiem maksājumiem. Lūdzu, izmantojiet citu karti.',
    'decline.debit_not_authorized.title': 'Tiešais debets nebija autorizēts',
    'decline.debit_not_authorized.body':
      'Jūsu banka norāda, ka tiešais debets nebija autorizēts vai tika apstrīdēts. Lūdzu, izmantojiet citu maksājuma veidu vai lūdziet bankai to atļaut.',
    'decline.bank_account_problem.title': 'Problēma ar bankas kontu',
    'decline.bank_account_problem.body':
      'Jūsu banka nevarēja iekasēt maksājumu no šī konta. Lūdzu, pārbaudiet konta datus vai izmantojiet citu maksājuma veidu.',
    'decline.provider_declined.title': 'Maksājums tika noraidīts',
    'decline.provider_declined.body': 'Maksājumu pakalpojums noraidīja šo maksājumu. Lūdzu, izmantojiet citu maksājuma veidu.',

    'action.update_card': 'Atjauniniet karti',
    'action.use_another_method': 'Izmantojiet citu karti',
    'action.call_bank': 'Sazinieties ar banku',
    'action.confirm_with_bank': 'Apstipriniet bankā',
    'action.try_again_later': 'Mēģiniet vēlāk vēlreiz',

    'form.title': 'Atjauniniet maksājuma veidu',
    'form.payNow': ({ amount }) => `No jūsu jaunā maksājuma veida uzreiz tiks iekasēti ${amount} par kavēto maksājumu.`,
    'form.submit': 'Saglabāt maksājuma veidu',
    'form.cancel': 'Atcelt',
    'form.loading': 'Ielādē drošo maksājuma veidlapu…',
    'form.saving': 'Saglabā jūsu maksājuma veidu…',
    'form.confirming': 'Gaida jūsu bankas apstiprinājumu…',
    'form.finishing': 'Pabeidz atjaunināšanu…',
    'form.unavailable': 'Maksājuma veidlapu neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
    'form.retry': 'Mēģināt vēlreiz',
    'form.interrupted': 'Savienojums tika pārtraukts, pirms atjaunināšana bija pabeigta. Jūsu dati ir saglabāti: mēģiniet vēlreiz, lai pabeigtu. Nauda netiks iekasēta divreiz.',
    'form.rateLimited': 'Pārāk daudz mēģinājumu īsā laikā. Pagaidiet dažas minūtes un mēģiniet vēlreiz.',
    'form.pending': 'Jūsu banka vēl apstrādā šo maksājuma veidu. Jūsu konts tiks atjaunināts, tiklīdz tas būs apstiprināts.',
    'form.microdeposits': ({ date }) =>
      `Pārbaudiet savu bankas kontu ${date ? `(aptuvenais datums: ${date})` : 'pēc 1–2 darba dienām'}: mēs uz to nosūtīsim nelielu summu. Saitē ievadiet to, ko redzat pie maksājuma, un turpmāk tiks izmantots Jūsu bankas konts. Līdz tam Jūsu saglabātais maksājuma veids paliek nemainīgs.`,
    'form.microdepositsLink': 'Apstiprināt bankas kontu',
    'form.declinedToo': 'Arī šī karte tika noraidīta. Jūsu saglabātais maksājuma veids nav mainīts, un nekas netika iekasēts.',

    'wall.notNow': 'Ne tagad',
    'wall.paused': 'Jūsu piekļuve ir apturēta, līdz maksājums tiks nokārtots.',
    'wall.continue': 'Turpināt',
    'wall.logout': 'Iziet',
    'wall.support': 'Sazināties ar atbalstu',
    'wall.cancelSubscription': 'Atcelt abonementu',
  },
} satisfies Translation;

export default lv;
