import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'karta';
const METHOD = 'metodu ta’ ħlas';
/**
 * The article before a day of the month assimilates to how the number is read: fl-1, fit-2,
 * fil-5, fis-6, fid-9, fl-24 (fi = on, sa = until). Days 1 to 31, one letter each.
 */
const ARTICLE = 'fttfisstdfittfisstdfittfisstdti';
const on = (sa: boolean, date: string) => {
  const a = ARTICLE[parseInt(date, 10) - 1];
  if (!a) return `${sa ? 'sa' : 'fi'} ${date}`;
  const l = a === 'f' || a === 'i' ? 'l' : a;
  return `${sa ? 'sa' : a === 'f' ? 'f' : 'fi'}${l}-${date}`;
};

/** Maltese. */
const mt = {
  locale: 'mt',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const card = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      // In words: a screen reader reads bullets aloud as "bullet bullet bullet bullet".
      return last4 ? `${card} li tispiċċa b'${last4}` : card;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Il-karta tiegħek se tiskadi dalwaqt',
    'state.expiring.body': ({ card, days, date }) =>
      `Il-${card} ${
        days === 0
          ? 'tiskadi llum'
          : plural('mt', days, {
              one: 'tiskadi għada',
              two: 'tiskadi fi żmien jumejn',
              few: 'tiskadi fi żmien # ijiem',
              many: 'tiskadi fi żmien #-il jum',
              other: 'tiskadi fi żmien # jum',
            })
      }${date ? ` (fl-aħħar ta’ ${date})` : ''}. Aġġornaha biex l-abbonament tiegħek jibqa’ għaddej mingħajr interruzzjoni.`,
    'state.expired.title': 'Il-karta tiegħek skadiet',
    'state.expired.body': ({ card, date }) =>
      `Il-${card} skadiet${date ? ` fl-aħħar ta’ ${date}` : ''}. Aġġornaha biex l-abbonament tiegħek jibqa’ attiv.`,
    'state.failed.title': 'L-aħħar ħlas tiegħek ma għaddiex',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} L-ammont ta’ ${amount} għadu pendenti.` : reason),
    'state.action_required.title': 'Il-bank tiegħek jeħtieġ li tikkonferma ħlas',
    'state.action_required.body': ({ amount }) =>
      `Il-bank tiegħek irid jiżgura li l-ħlas${amount ? ` ta’ ${amount}` : ''} verament sar minnek. Jieħu mument biss.`,
    'state.failed.when': ({ date }) => `Ippruvajna l-ħlas għall-ewwel darba ${on(false, date)}.`,
    'state.retry': ({ date }) => `Se nerġgħu nippruvaw il-ħlas ${on(false, date)}.`,
    'state.accessEnds': ({ date }) =>
      `L-aċċess tiegħek jibqa’ ${on(true, date)}. Aġġorna d-dettalji tal-ħlas qabel dik id-data biex ma titilfux.`,
    'state.updated.title': 'Grazzi, kollox lest',
    'state.updated.body': ({ card }) => `Minn issa ’l quddiem, l-abbonament tiegħek se jitħallas bil-${card}.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Il-ħlas tiegħek ta’ ${amount} għadda. Grazzi!` : 'Il-ħlas tiegħek għadda. Grazzi!',

    'state.processing.title': 'Il-ħlas bankarju tiegħek fi triqtu',
    'state.processing.body': ({ amount }) =>
      `Il-bank tiegħek qed jipproċessa l-ħlas${amount ? ` ta’ ${amount}` : ''}. Dan jista’ jieħu ftit jiem tax-xogħol, u m’għandek bżonn tagħmel xejn.`,
    'state.missing.title': 'Żid metodu ta’ ħlas',
    'state.missing.body': ({ date }) =>
      date
        ? `L-abbonament tiegħek jeħtieġ metodu ta’ ħlas ${on(true, date)} biex jibqa’ għaddej.`
        : 'L-abbonament tiegħek huwa sospiż sakemm jiżdied metodu ta’ ħlas.',

    'state.paused.title': 'L-abbonament tiegħek huwa sospiż',
    'state.paused.body': ({ date }) =>
      date ? `Mhux se tiġi ddebitat ${on(true, date)}, meta l-abbonament tiegħek jerġa’ jibda.` : 'Mhux se tiġi ddebitat sakemm ikun sospiż. Erġa’ ibdih meta tkun lest.',
    'banner.updateCard': 'Aġġorna l-karta',
    'banner.addPaymentMethod': 'Żid metodu ta’ ħlas',
    'banner.resume': 'Erġa’ ibda issa',
    'banner.confirmPayment': 'Ikkonferma l-ħlas',
    'banner.dismiss': 'Agħlaq dan il-messaġġ',

    'decline.insufficient_funds.title': 'M’hemmx biżżejjed fondi',
    'decline.insufficient_funds.body':
      'Il-bank tiegħek irrifjuta l-ħlas għax bħalissa m’hemmx biżżejjed flus fil-kont. Tista’ żżid il-fondi u terġa’ tipprova, jew tuża karta oħra.',
    'decline.expired_card.title': 'Il-karta skadiet',
    'decline.expired_card.body': 'Il-bank tiegħek irrifjuta l-ħlas għax il-karta skadiet. Jekk jogħġbok żid karta li għadha valida.',
    'decline.incorrect_cvc.title': 'Il-kodiċi tas-sigurtà ma qabilx',
    'decline.incorrect_cvc.body':
      'Il-kodiċi tas-sigurtà (it-3 jew 4 ċifri fuq il-karta) ma jaqbilx ma’ dak li għandu l-bank tiegħek. Jekk jogħġbok daħħal id-dettalji tal-karta mill-ġdid.',
    'decline.incorrect_number.title': 'In-numru tal-karta mhuwiex korrett',
    'decline.incorrect_number.body': 'Jidher li n-numru tal-karta mhuwiex korrett. Jekk jogħġbok iċċekkjah u daħħlu mill-ġdid.',
    'decline.incorrect_expiry.title': 'Id-data tal-iskadenza mhijiex korretta',
    'decline.incorrect_expiry.body':
      'Id-data tal-iskadenza ma taqbilx mal-karta. Jekk jogħġbok iċċekkja x-xahar u s-sena fuq il-karta u daħħalhom mill-ġdid.',
    'decline.incorrect_address.title': 'L-indirizz tal-fatturazzjoni ma qabilx',
    'decline.incorrect_address.body':
      'Il-kodiċi postali jew l-indirizz ma jaqblux ma’ dak li għandu l-bank tiegħek. Jekk jogħġbok daħħlu eżatt kif jidher għand il-bank.',
    'decline.card_not_supported.title': 'Din il-karta ma tistax tintuża hawn',
    'decline.card_not_supported.body':
      'Il-karta tiegħek ma tappoġġjax dan it-tip ta’ ħlas. Jekk jogħġbok uża karta oħra, jew itlob lill-bank tiegħek jattivah.',
    'decline.currency_not_supported.title': 'Il-karta ma tappoġġjax din il-munita',
    'decline.currency_not_supported.body':
      'Il-karta tiegħek ma tistax tħallas f’din il-munita. Jekk jogħġbok uża karta oħra, jew staqsi lill-bank tiegħek jekk jistax jattivaha.',
    'decline.not_allowed.title': 'Il-bank tiegħek imblokka dan il-ħlas',
    'decline.not_allowed.body':
      'Il-bank tiegħek ma jippermettix dan il-ħlas b’din il-karta. Il-bank jista’ jneħħi r-restrizzjoni, jew tista’ tuża karta oħra.',
    'decline.payment_stopped.title': 'Il-pagamenti lilna twaqqfu',
    'decline.payment_stopped.body':
      'Il-bank tiegħek intalab iwaqqaf il-pagamenti lilna minn din il-karta. Jekk trid iżżomm l-abbonament, itlob lill-bank jerġa’ jippermettihom jew uża karta oħra.',
    'decline.limit_exceeded.title': 'Il-limitu tal-karta ntlaħaq',
    'decline.limit_exceeded.body':
      'Il-ħlas kien se jaqbeż il-limitu tal-infiq tal-karta tiegħek. Tista’ terġa’ tipprova meta l-limitu jerġa’ jibda mill-ġdid, jew tuża karta oħra.',
    'decline.call_bank.title': 'Il-bank tiegħek jeħtieġ jitkellem miegħek',
    'decline.call_bank.body':
      'Il-bank tiegħek irrifjuta l-ħlas u qed jitolbok tikkuntattjah. In-numru normalment ikun fuq in-naħa ta’ wara tal-karta.',
    'decline.generic.title': 'Il-ħlas ġie rrifjutat',
    'decline.generic.body':
      'Il-bank tiegħek irrifjuta l-ħlas mingħajr ma qalilna għaliex. Il-bank jista’ jgħidlek aktar, jew tista’ tuża karta oħra.',
    'decline.temporary.title': 'Problema temporanja',
    'decline.temporary.body':
      'Inqalgħet problema waqt l-ipproċessar tal-ħlas, u mhijiex tort tiegħek. Jekk jogħġbok erġa’ pprova ftit wara.',
    'decline.duplicate.title': 'Jidher li dan hu ħlas doppju',
    'decline.duplicate.body':
      'Ftit ilu għadda ħlas bl-istess ammont, għalhekk il-bank tiegħek waqqaf dan. Jekk jogħġbok iċċekkja l-istqarrija tiegħek qabel terġa’ tipprova.',
    'decline.invalid_amount.title': 'Il-bank tiegħek ma aċċettax l-ammont',
    'decline.invalid_amount.body':
      'Il-bank tiegħek ma aċċettax l-ammont ta’ dan il-ħlas. Jekk jogħġbok ikkuntattja lill-bank tiegħek, jew uża karta oħra.',
    'decline.new_card_details.title': 'Id-dettalji tal-karta tiegħek inbidlu',
    'decline.new_card_details.body':
      'Il-bank tiegħek ħareġ dettalji ġodda għal din il-karta. Jekk jogħġbok daħħal id-dettalji l-ġodda biex l-abbonament tiegħek jibqa’ għaddej.',
    'decline.account_closed.title': 'Il-kont huwa magħluq',
    'decline.account_closed.body':
      'Il-kont marbut ma’ dan il-metodu ta’ ħlas huwa magħluq jew ma jinstabx. Jekk jogħġbok uża metodu ta’ ħlas ieħor.',
    'decline.authentication_required.title': 'Il-bank tiegħek jeħtieġ konferma',
    'decline.authentication_required.body':
      'Il-bank tiegħek irid li tikkonferma dan il-ħlas qabel ma jgħaddi. Il-konferma tieħu mument biss.',
    'decline.authentication_failed.title': 'Il-konferma ma għaddietx',
    'decline.authentication_failed.body':
      'Ma stajniex nikkonfermaw il-ħlas mal-bank tiegħek. Jekk jogħġbok erġa’ pprova, jew uża karta oħra.',
    'decline.test_card.title': 'Din il-karta ma tistax tiġi ddebitata',
    'decline.test_card.body': 'Din il-karta ma tistax tintuża għal pagamenti veri. Jekk jogħġbok uża karta oħra.',
    'decline.debit_not_authorized.title': 'Id-debitu dirett ma kienx awtorizzat',
    'decline.debit_not_authorized.body':
      'Il-bank tiegħek jgħid li d-debitu dirett ma kienx awtorizzat jew ġie kkontestat. Jekk jogħġbok uża metodu ta’ ħlas ieħor, jew itlob lill-bank tiegħek jippermettih.',
    'decline.bank_account_problem.title': 'Problema bil-kont bankarju',
    'decline.bank_account_problem.body':
      'Il-bank tiegħek ma setax jieħu l-ħlas minn dan il-kont. Jekk jogħġbok iċċekkja d-dettalji tal-kont jew uża metodu ta’ ħlas ieħor.',
    'decline.provider_declined.title': 'Il-ħlas ġie rrifjutat',
    'decline.provider_declined.body': 'Is-servizz tal-ħlas irrifjuta dan il-ħlas. Jekk jogħġbok uża metodu ta’ ħlas ieħor.',

    'action.update_card': 'Aġġorna l-karta tiegħek',
    'action.use_another_method': 'Uża karta oħra',
    'action.call_bank': 'Ikkuntattja lill-bank tiegħek',
    'action.confirm_with_bank': 'Ikkonferma mal-bank tiegħek',
    'action.try_again_later': 'Erġa’ pprova aktar tard',

    'form.title': 'Aġġorna l-metodu ta’ ħlas tiegħek',
    'form.payNow': ({ amount }) => `Il-metodu ta’ ħlas il-ġdid tiegħek se jiġi ddebitat ${amount} minnufih għall-ħlas li għandu jsir.`,
    'form.submit': 'Issejvja l-metodu ta’ ħlas',
    'form.cancel': 'Ikkanċella',
    'form.loading': 'Qed titgħabba l-formola tal-ħlas sigura…',
    'form.saving': 'Qed jiġi ssejvjat il-metodu ta’ ħlas tiegħek…',
    'form.confirming': 'Qed nistennew il-konferma tal-bank tiegħek…',
    'form.finishing': 'Qed jitlesta l-aġġornament tiegħek…',
    'form.unavailable': 'Il-formola tal-ħlas ma setgħetx titgħabba. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
    'form.retry': 'Erġa’ pprova',
    'form.interrupted': 'Il-konnessjoni nqatgħet qabel ma tlesta l-aġġornament. Id-dettalji tiegħek inżammu: erġa’ pprova biex tlestih. Mhux se tiġi ddebitat darbtejn.',
    'form.rateLimited': 'Saru wisq tentattivi fi żmien qasir. Stenna ftit minuti, imbagħad erġa’ pprova.',
    'form.pending': 'Il-bank tiegħek għadu qed jipproċessa dan il-metodu ta’ ħlas. Il-kont tiegħek se jiġi aġġornat hekk kif jiġi kkonfermat.',
    'form.microdeposits': ({ date }) =>
      `Iċċekkja l-kont bankarju tiegħek ${date ? `bejn wieħed u ieħor ${on(false, date)}` : 'fi żmien jum jew jumejn tax-xogħol'}: se nibagħtulu depożitu żgħir. Segwi l-link biex iddaħħal dak li jidher. Sa dakinhar, il-metodu ta’ ħlas salvat tiegħek jibqa’ kif inhu.`,
    'form.microdepositsLink': 'Ivverifika l-kont bankarju tiegħek',
    'form.declinedToo': 'Din il-karta ġiet miċħuda wkoll. Il-metodu ta’ pagament salvat tiegħek ma nbidilx, u ma ġie ddebitat xejn.',

    'wall.notNow': 'Mhux issa',
    'wall.paused': 'L-aċċess tiegħek huwa sospiż sakemm jissolva l-ħlas.',
    'wall.continue': 'Kompli',
    'wall.logout': 'Oħroġ',
    'wall.support': 'Ikkuntattja s-support',
    'wall.cancelSubscription': 'Ikkanċella l-abbonament',
  },
} satisfies Translation;

export default mt;
