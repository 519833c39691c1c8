import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Capitalizes a card description that opens a sentence (“kortti (loppunumerot 4242)” → “Kortti (loppunumerot 4242)”). */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Finnish (“sinä”). The card stays in the nominative at the start of the sentence, and the
 * expiry month (nominative, “maaliskuu 2030”) follows a label, so no case ending is needed.
 */
const fi = {
  locale: 'fi',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} (loppunumerot ${last4})` : brand),
    'card.generic': 'kortti',
    'paymentMethod.generic': 'maksutapa',

    'state.expiring.title': 'Korttisi vanhenee pian',
    'state.expiring.body': ({ card, days, date }) =>
      `${cap(card)} vanhenee ${
        days === 0 ? 'tänään' : plural('fi', days, { one: 'huomenna', other: '# päivän kuluttua' })
      }${date ? ` (viimeinen voimassaolokuukausi: ${date})` : ''}. Päivitä kortti, niin tilauksesi jatkuu ilman katkoja.`,
    'state.expired.title': 'Korttisi on vanhentunut',
    'state.expired.body': ({ card, date }) =>
      `${cap(card)} on vanhentunut${date ? ` (viimeinen voimassaolokuukausi: ${date})` : ''}. Päivitä kortti, niin tilauksesi pysyy voimassa.`,
    'state.failed.title': 'Viimeisin maksusi ei mennyt läpi',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Maksettavaa on vielä ${amount}.` : reason),
    'state.action_required.title': 'Pankkisi pyytää sinua vahvistamaan maksun',
    'state.action_required.body': ({ amount }) =>
      `Pankkisi haluaa varmistaa, että maksu${amount ? ` (${amount})` : ''} on todella sinun tekemäsi. Se vie vain hetken.`,
    'state.failed.when': ({ date }) => `Yritimme maksua ensimmäisen kerran ${date}.`,
    'state.retry': ({ date }) => `Yritämme maksua uudelleen ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Käyttöoikeutesi jatkuu ${date} asti. Päivitä maksutietosi sitä ennen, niin se ei katkea.`,
    'state.updated.title': 'Kiitos, kaikki on nyt kunnossa',
    'state.updated.body': ({ card }) => `${cap(card)} on tästä lähtien tilauksesi maksutapa.`,
    'state.recovered.body': ({ amount }) => `Maksusi${amount ? ` (${amount})` : ''} meni läpi. Kiitos!`,

    'state.processing.title': 'Pankkimaksusi on matkalla',
    'state.processing.body': ({ amount }) =>
      `Pankkisi käsittelee maksuasi${amount ? ` (${amount})` : ''}. Se voi kestää muutaman arkipäivän, eikä sinun tarvitse tehdä mitään.`,
    'state.missing.title': 'Lisää maksutapa',
    'state.missing.body': ({ date }) =>
      date
        ? `Tilauksesi tarvitsee maksutavan viimeistään ${date}, jotta se jatkuu.`
        : 'Tilauksesi on keskeytetty, kunnes maksutapa lisätään. Lisää maksutapa jatkaaksesi.',

    'state.paused.title': 'Tilauksesi on tauolla',
    'state.paused.body': ({ date }) =>
      date ? `Sinulta ei veloiteta mitään ennen ${date}, jolloin tilauksesi jatkuu.` : 'Sinulta ei veloiteta mitään tauon aikana. Jatka tilausta, kun olet valmis.',
    'banner.updateCard': 'Päivitä kortti',
    'banner.addPaymentMethod': 'Lisää maksutapa',
    'banner.resume': 'Jatka nyt',
    'banner.confirmPayment': 'Vahvista maksu',
    'banner.dismiss': 'Sulje tämä viesti',

    'decline.insufficient_funds.title': 'Tilillä ei ole tarpeeksi rahaa',
    'decline.insufficient_funds.body':
      'Pankkisi hylkäsi maksun, koska tilillä ei ole juuri nyt tarpeeksi rahaa. Voit siirtää tilille rahaa ja yrittää uudelleen tai käyttää toista korttia.',
    'decline.expired_card.title': 'Kortti on vanhentunut',
    'decline.expired_card.body': 'Pankkisi hylkäsi maksun, koska kortti on vanhentunut. Lisää kortti, joka on vielä voimassa.',
    'decline.incorrect_cvc.title': 'Turvakoodi ei täsmännyt',
    'decline.incorrect_cvc.body':
      'Turvakoodi (kortin 3 tai 4 numeroa) ei vastannut pankkisi tietoja. Syötä kortin tiedot uudelleen.',
    'decline.incorrect_number.title': 'Kortin numero ei ole oikein',
    'decline.incorrect_number.body': 'Kortin numero ei näytä olevan oikein. Tarkista se ja syötä se uudelleen.',
    'decline.incorrect_expiry.title': 'Voimassaoloaika ei ole oikein',
    'decline.incorrect_expiry.body': 'Voimassaoloaika ei vastaa korttia. Tarkista kortista kuukausi ja vuosi ja syötä ne uudelleen.',
    'decline.incorrect_address.title': 'Laskutusosoite ei täsmännyt',
    'decline.incorrect_address.body':
      'Postinumero tai osoite ei vastaa pankkisi tietoja. Syötä se täsmälleen samassa muodossa kuin pankillasi.',
    'decline.card_not_supported.title': 'Tätä korttia ei voi käyttää täällä',
    'decline.card_not_supported.body':
      'Korttisi ei tue tämäntyyppistä maksua. Käytä toista korttia tai pyydä pankkiasi ottamaan se käyttöön.',
    'decline.currency_not_supported.title': 'Kortti ei tue tätä valuuttaa',
    'decline.currency_not_supported.body':
      'Kortillasi ei voi maksaa tässä valuutassa. Käytä toista korttia tai kysy pankiltasi, voiko sen ottaa käyttöön.',
    'decline.not_allowed.title': 'Pankkisi esti tämän maksun',
    'decline.not_allowed.body':
      'Pankkisi ei salli tätä maksua tällä kortilla. Pankki voi poistaa rajoituksen, tai voit käyttää toista korttia.',
    'decline.payment_stopped.title': 'Maksut meille on pysäytetty',
    'decline.payment_stopped.body':
      'Pankkiasi on pyydetty pysäyttämään tältä kortilta meille tulevat maksut. Jos haluat jatkaa tilaustasi, pyydä pankkia sallimaan ne taas tai käytä toista korttia.',
    'decline.limit_exceeded.title': 'Kortin käyttöraja on täynnä',
    'decline.limit_exceeded.body':
      'Maksu ylittäisi korttisi käyttörajan. Voit yrittää uudelleen, kun raja on nollautunut, tai käyttää toista korttia.',
    'decline.call_bank.title': 'Pankkisi pyytää sinua ottamaan yhteyttä',
    'decline.call_bank.body':
      'Pankkisi hylkäsi maksun ja pyytää sinua ottamaan yhteyttä. Puhelinnumero on yleensä kortin takapuolella.',
    'decline.generic.title': 'Maksu hylättiin',
    'decline.generic.body':
      'Pankkisi hylkäsi maksun kertomatta syytä. Pankista saat lisätietoja, tai voit käyttää toista korttia.',
    'decline.temporary.title': 'Tilapäinen ongelma',
    'decline.temporary.body':
      'Maksun käsittelyssä tapahtui virhe, eikä se johtunut sinusta. Yritä hetken päästä uudelleen.',
    'decline.duplicate.title': 'Tämä näyttää kaksoismaksulta',
    'decline.duplicate.body':
      'Samansuuruinen maksu meni läpi aivan äsken, joten pankkisi pysäytti tämän. Tarkista tiliotteesi ennen kuin yrität uudelleen.',
    'decline.invalid_amount.title': 'Pankkisi ei hyväksynyt summaa',
    'decline.invalid_amount.body': 'Pankkisi ei hyväksynyt tämän maksun summaa. Ota yhteyttä pankkiisi tai käytä toista korttia.',
    'decline.new_card_details.title': 'Korttisi tiedot ovat muuttuneet',
    'decline.new_card_details.body':
      'Pankkisi on antanut tälle kortille uudet tiedot. Syötä kortin uudet tiedot, niin tilauksesi jatkuu.',
    'decline.account_closed.title': 'Tili on suljettu',
    'decline.account_closed.body': 'Tämän maksutavan tili on suljettu tai sitä ei löydy. Käytä toista maksutapaa.',
    'decline.authentication_required.title': 'Pankkisi tarvitsee vahvistuksen',
    'decline.authentication_required.body':
      'Pankkisi haluaa, että vahvistat tämän maksun ennen kuin se menee läpi. Vahvistus vie vain hetken.',
    'decline.authentication_failed.title': 'Vahvistus ei onnistunut',
    'decline.authentication_failed.body':
      'Emme saaneet vahvistettua maksua pankkisi kanssa. Yritä uudelleen tai käytä toista korttia.',
    'decline.test_card.title': 'Tältä kortilta ei voi veloittaa',
    'decline.test_card.body': 'Tätä korttia ei voi käyttää oikeisiin maksuihin. Käytä toista korttia.',
    'decline.debit_not_authorized.title': 'Suoraveloitusta ei ollut valtuutettu',
    'decline.debit_not_authorized.body':
      'Pankkisi mukaan suoraveloitusta ei ollut valtuutettu tai se on riitautettu. Käytä toista maksutapaa tai pyydä pankkiasi sallimaan se.',
    'decline.bank_account_problem.title': 'Ongelma pankkitilissä',
    'decline.bank_account_problem.body':
      'Pankkisi ei voinut veloittaa maksua tältä tililtä. Tarkista tilin tiedot tai käytä toista maksutapaa.',
    'decline.provider_declined.title': 'Maksu hylättiin',
    'decline.provider_declined.body': 'Maksupalvelu hylkäsi tämän maksun. Käytä toista maksutapaa.',

    'action.update_card': 'Päivitä korttisi',
    'action.use_another_method': 'Käytä toista korttia',
    'action.call_bank': 'Ota yhteyttä pankkiisi',
    'action.confirm_with_bank': 'Vahvista maksu pankissasi',
    'action.try_again_later': 'Yritä myöhemmin uudelleen',

    'form.title': 'Päivitä maksutapasi',
    'form.payNow': ({ amount }) => `Uudelta maksutavaltasi veloitetaan heti ${amount} erääntyneestä maksusta.`,
    'form.submit': 'Tallenna maksutapa',
    'form.cancel': 'Peruuta',
    'form.loading': 'Ladataan suojattua maksulomaketta…',
    'form.saving': 'Tallennetaan maksutapaasi…',
    'form.confirming': 'Odotetaan pankkisi vahvistusta…',
    'form.finishing': 'Viimeistellään päivitystä…',
    'form.unavailable': 'Maksulomaketta ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.',
    'form.retry': 'Yritä uudelleen',
    'form.interrupted': 'Yhteys katkesi ennen kuin päivitys valmistui. Tietosi ovat tallessa: yritä uudelleen viimeistelläksesi. Sinulta ei veloiteta kahdesti.',
    'form.rateLimited': 'Liian monta yritystä lyhyessä ajassa. Odota muutama minuutti ja yritä sitten uudelleen.',
    'form.pending': 'Pankkisi käsittelee vielä tätä maksutapaa. Tilisi päivitetään heti, kun se on vahvistettu.',
    'form.microdeposits': ({ date }) =>
      `Tarkista pankkitilisi ${date ? `noin ${date}` : '1–2 arkipäivän kuluttua'}: lähetämme tilillesi pienen summan. Syötä linkin kautta, mitä siinä näkyy, niin pankkitiliäsi käytetään siitä lähtien. Siihen asti tallennettu maksutapasi pysyy ennallaan.`,
    'form.microdepositsLink': 'Vahvista pankkitilisi',
    'form.declinedToo': 'Myös tämä kortti hylättiin. Tallennettu maksutapasi ei muuttunut, eikä mitään veloitettu.',

    'wall.notNow': 'Ei nyt',
    'wall.paused': 'Käyttöoikeutesi on keskeytetty, kunnes maksu on hoidettu.',
    'wall.continue': 'Jatka',
    'wall.logout': 'Kirjaudu ulos',
    'wall.support': 'Ota yhteyttä tukeen',
    'wall.cancelSubscription': 'Peru tilaus',
  },
} satisfies Translation;

export default fi;
