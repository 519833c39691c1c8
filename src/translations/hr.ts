import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'kartica';
const METHOD = 'metoda plaćanja';

/** Croatian dates end with a period ("24. studenoga 2026."), which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/** Croatian (formal "vi"). Card phrases always start with "kartica" or "metoda plaćanja" (feminine, nominative). */
const hr = {
  locale: 'hr',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const head = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${head} koja završava na ${last4}` : head;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Vaša kartica uskoro istječe',
    'state.expiring.body': ({ card, days, date }) =>
      `Vaša ${card} istječe ${
        days === 0
          ? 'danas'
          : days === 1
            ? 'sutra'
            : plural('hr', days, { one: 'za # dan', few: 'za # dana', other: 'za # dana' })
      }${date ? ` (datum isteka: ${date})` : ''}. Ažurirajte podatke za plaćanje kako bi se pretplata nastavila bez prekida.`,
    'state.expired.title': 'Vaša kartica je istekla',
    'state.expired.body': ({ card, date }) =>
      `Vaša ${card} istekla je${date ? ` (datum isteka: ${date})` : ''}. Ažurirajte podatke za plaćanje kako bi pretplata ostala aktivna.`,
    'state.failed.title': 'Posljednje plaćanje nije uspjelo',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Još treba platiti ${amount}.` : reason),
    'state.action_required.title': 'Vaša banka traži da potvrdite plaćanje',
    'state.action_required.body': ({ amount }) =>
      `Vaša banka želi provjeriti dolazi li plaćanje${amount ? ` u iznosu od ${amount}` : ''} zaista od vas. To traje samo trenutak.`,
    'state.failed.when': ({ date }) => `Plaćanje smo prvi put pokušali ${dot(date)}`,
    'state.retry': ({ date }) => `Plaćanje ćemo ponovno pokušati ${dot(date)}`,
    'state.accessEnds': ({ date }) =>
      `Pristup imate do ${dot(date)} Prije toga ažurirajte podatke za plaćanje kako biste ga zadržali.`,
    'state.updated.title': 'Hvala, sve je spremno',
    'state.updated.body': ({ card }) => `Vaša ${card} od sada će se koristiti za plaćanje pretplate.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Plaćanje u iznosu od ${amount} uspješno je provedeno. Hvala vam!` : 'Plaćanje je uspješno provedeno. Hvala vam!',

    'state.processing.title': 'Vaše bankovno plaćanje je na putu',
    'state.processing.body': ({ amount }) =>
      `Vaša banka obrađuje plaćanje${amount ? ` u iznosu od ${amount}` : ''}. To može potrajati nekoliko radnih dana, a vi ne trebate ništa poduzimati.`,
    'state.missing.title': 'Dodajte način plaćanja',
    'state.missing.body': ({ date }) =>
      date
        ? `Kako bi se pretplata nastavila, dodajte način plaćanja do ${dot(date)}`
        : 'Pretplata je pauzirana dok ne dodate način plaćanja. Dodajte ga kako biste nastavili.',

    'state.paused.title': 'Vaša je pretplata pauzirana',
    'state.paused.body': ({ date }) =>
      date ? `Nećemo vam ništa naplatiti do ${date}, kada se pretplata ponovno pokreće.` : 'Dok je pauzirana, nećemo vam ništa naplatiti. Nastavite kad budete spremni.',
    'banner.updateCard': 'Ažuriraj karticu',
    'banner.addPaymentMethod': 'Dodaj način plaćanja',
    'banner.resume': 'Nastavi sada',
    'banner.confirmPayment': 'Potvrdi plaćanje',
    'banner.dismiss': 'Zatvori ovu poruku',

    'decline.insufficient_funds.title': 'Nedovoljno sredstava',
    'decline.insufficient_funds.body':
      'Vaša banka odbila je plaćanje jer na računu trenutačno nema dovoljno sredstava. Možete uplatiti sredstva i pokušati ponovno ili upotrijebiti drugu karticu.',
    'decline.expired_card.title': 'Kartica je istekla',
    'decline.expired_card.body': 'Vaša banka odbila je plaćanje jer je kartica istekla. Dodajte karticu koja je još valjana.',
    'decline.incorrect_cvc.title': 'Sigurnosni kôd ne odgovara',
    'decline.incorrect_cvc.body':
      'Sigurnosni kôd (3 ili 4 znamenke na kartici) ne odgovara podacima vaše banke. Ponovno unesite podatke kartice.',
    'decline.incorrect_number.title': 'Broj kartice nije točan',
    'decline.incorrect_number.body': 'Čini se da broj kartice nije točan. Provjerite ga i unesite ponovno.',
    'decline.incorrect_expiry.title': 'Datum isteka nije točan',
    'decline.incorrect_expiry.body':
      'Datum isteka ne odgovara kartici. Provjerite mjesec i godinu na kartici i ponovno ih unesite.',
    'decline.incorrect_address.title': 'Adresa za naplatu ne odgovara',
    'decline.incorrect_address.body':
      'Poštanski broj ili adresa ne odgovara podacima koje ima vaša banka. Unesite ih točno onako kako ih vodi banka.',
    'decline.card_not_supported.title': 'Ova se kartica ovdje ne može upotrijebiti',
    'decline.card_not_supported.body':
      'Vaša kartica ne podržava ovu vrstu plaćanja. Upotrijebite drugu karticu ili zamolite banku da je omogući.',
    'decline.currency_not_supported.title': 'Kartica ne podržava ovu valutu',
    'decline.currency_not_supported.body':
      'Vašom karticom nije moguće plaćati u ovoj valuti. Upotrijebite drugu karticu ili pitajte banku može li se to omogućiti.',
    'decline.not_allowed.title': 'Vaša banka blokirala je ovo plaćanje',
    'decline.not_allowed.body':
      'Vaša banka ne dopušta ovo plaćanje ovom karticom. Banka može ukloniti ograničenje, a možete upotrijebiti i drugu karticu.',
    'decline.payment_stopped.title': 'Plaćanja u našu korist zaustavljena su',
    'decline.payment_stopped.body':
      'Vaša banka dobila je nalog da zaustavi plaćanja s ove kartice u našu korist. Ako želite zadržati pretplatu, zamolite banku da ih ponovno dopusti ili upotrijebite drugu karticu.',
    'decline.limit_exceeded.title': 'Dosegnut je limit kartice',
    'decline.limit_exceeded.body':
      'Plaćanje bi premašilo limit potrošnje vaše kartice. Pokušajte ponovno kad se limit obnovi ili upotrijebite drugu karticu.',
    'decline.call_bank.title': 'Vaša banka traži da joj se javite',
    'decline.call_bank.body':
      'Vaša banka odbila je plaćanje i moli vas da je kontaktirate. Broj se obično nalazi na poleđini kartice.',
    'decline.generic.title': 'Plaćanje je odbijeno',
    'decline.generic.body':
      'Vaša banka odbila je plaćanje, a razlog nam nije navela. Više vam može reći banka, a možete upotrijebiti i drugu karticu.',
    'decline.temporary.title': 'Privremena poteškoća',
    'decline.temporary.body':
      'Pri obradi plaćanja nešto je pošlo po zlu, no niste vi krivi. Pokušajte ponovno malo kasnije.',
    'decline.duplicate.title': 'Ovo izgleda kao dvostruko plaćanje',
    'decline.duplicate.body':
      'Plaćanje istog iznosa provedeno je sasvim nedavno pa je banka zaustavila ovo. Prije novog pokušaja provjerite izvod.',
    'decline.invalid_amount.title': 'Banka nije prihvatila iznos',
    'decline.invalid_amount.body': 'Vaša banka nije prihvatila iznos ovog plaćanja. Obratite se banci ili upotrijebite drugu karticu.',
    'decline.new_card_details.title': 'Podaci vaše kartice su se promijenili',
    'decline.new_card_details.body':
      'Vaša banka izdala je nove podatke za ovu karticu. Unesite nove podatke kartice kako bi se pretplata nastavila bez prekida.',
    'decline.account_closed.title': 'Račun je zatvoren',
    'decline.account_closed.body':
      'Račun povezan s ovom metodom plaćanja zatvoren je ili ga nije moguće pronaći. Upotrijebite drugu metodu plaćanja.',
    'decline.authentication_required.title': 'Vaša banka traži potvrdu',
    'decline.authentication_required.body':
      'Vaša banka želi da potvrdite ovo plaćanje prije nego što se provede. Potvrda traje samo trenutak.',
    'decline.authentication_failed.title': 'Potvrda nije uspjela',
    'decline.authentication_failed.body':
      'Nismo uspjeli potvrditi plaćanje kod vaše banke. Pokušajte ponovno ili upotrijebite drugu karticu.',
    'decline.test_card.title': 'Ova se kartica ne može teretiti',
    'decline.test_card.body': 'Ova se kartica ne može upotrijebiti za stvarna plaćanja. Upotrijebite drugu karticu.',
    'decline.debit_not_authorized.title': 'Izravno terećenje nije odobreno',
    'decline.debit_not_authorized.body':
      'Vaša banka javlja da izravno terećenje nije odobreno ili je osporeno. Upotrijebite drugu metodu plaćanja ili zamolite banku da ga dopusti.',
    'decline.bank_account_problem.title': 'Poteškoća s bankovnim računom',
    'decline.bank_account_problem.body':
      'Vaša banka nije mogla provesti plaćanje s ovog računa. Provjerite podatke računa ili upotrijebite drugu metodu plaćanja.',
    'decline.provider_declined.title': 'Plaćanje je odbijeno',
    'decline.provider_declined.body': 'Pružatelj usluge plaćanja odbio je ovo plaćanje. Upotrijebite drugu metodu plaćanja.',

    'action.update_card': 'Ažurirajte karticu',
    'action.use_another_method': 'Upotrijebite drugu karticu',
    'action.call_bank': 'Obratite se banci',
    'action.confirm_with_bank': 'Potvrdite kod banke',
    'action.try_again_later': 'Pokušajte ponovno kasnije',

    'form.title': 'Ažurirajte način plaćanja',
    'form.payNow': ({ amount }) => `S vašeg novog načina plaćanja odmah će se naplatiti ${amount} za dospjelo plaćanje.`,
    'form.submit': 'Spremi način plaćanja',
    'form.cancel': 'Odustani',
    'form.loading': 'Učitavanje sigurnog obrasca za plaćanje…',
    'form.saving': 'Spremanje vašeg načina plaćanja…',
    'form.confirming': 'Čekamo potvrdu vaše banke…',
    'form.finishing': 'Dovršavanje ažuriranja…',
    'form.unavailable': 'Obrazac za plaćanje nije se mogao učitati. Provjerite vezu i pokušajte ponovno.',
    'form.retry': 'Pokušaj ponovno',
    'form.interrupted': 'Veza je prekinuta prije nego što je ažuriranje dovršeno. Vaši su podaci sačuvani: pokušajte ponovno kako biste ga dovršili. Nećemo vam naplatiti dvaput.',
    'form.rateLimited': 'Previše pokušaja u kratkom vremenu. Pričekajte nekoliko minuta pa pokušajte ponovno.',
    'form.pending': 'Vaša banka još obrađuje ovaj način plaćanja. Vaš će se račun ažurirati čim bude potvrđen.',
    'form.microdeposits': ({ date }) =>
      `${date ? `Oko ${date}` : 'Za 1–2 radna dana'} uplatit ćemo mali iznos na vaš bankovni račun. Putem poveznice unesite ono što vidite uz uplatu i od tada će se koristiti vaš bankovni račun. Do tada vaš spremljeni način plaćanja ostaje nepromijenjen.`,
    'form.microdepositsLink': 'Potvrdi bankovni račun',
    'form.declinedToo': 'I ova je kartica odbijena. Vaš spremljeni način plaćanja nije promijenjen i ništa nije naplaćeno.',

    'wall.notNow': 'Ne sada',
    'wall.paused': 'Vaš je pristup pauziran dok se plaćanje ne riješi.',
    'wall.continue': 'Nastavi',
    'wall.logout': 'Odjava',
    'wall.support': 'Kontaktirajte podršku',
    'wall.cancelSubscription': 'Otkaži pretplatu',
  },
} satisfies Translation;

export default hr;
