import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'card';
const METHOD = 'metodă de plată';

/** "card Visa …" → "cardul dvs. Visa …", "metodă de plată …" → "metoda dvs. de plată …"; `C` capitalizes. */
const your = (c: string, C = false) =>
  c.replace(/^card|^metodă de plată/, (h) =>
    h === CARD ? `${C ? 'C' : 'c'}ardul dvs.` : `${C ? 'M' : 'm'}etoda dvs. de plată`,
  );

/** Romanian (formal "dvs."). Card phrases always start with "card" or "metodă de plată". */
const ro = {
  locale: 'ro',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const head = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${head} care se termină în ${last4}` : head;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Cardul dvs. expiră în curând',
    'state.expiring.body': ({ card, days, date }) =>
      `${your(card, true)} expiră ${
        days === 0 ? 'astăzi' : plural('ro', days, { one: 'mâine', few: 'peste # zile', other: 'peste # de zile' })
      }${date ? ` (la sfârșitul lunii ${date})` : ''}. Actualizați datele de plată pentru ca abonamentul să continue fără întrerupere.`,
    'state.expired.title': 'Cardul dvs. a expirat',
    'state.expired.body': ({ card, date }) =>
      `${your(card, true)} a expirat${date ? ` la sfârșitul lunii ${date}` : ''}. Actualizați datele de plată pentru ca abonamentul să rămână activ.`,
    'state.failed.title': 'Ultima plată nu a reușit',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Mai aveți de plătit ${amount}.` : reason),
    'state.action_required.title': 'Banca dvs. vă cere să confirmați o plată',
    'state.action_required.body': ({ amount }) =>
      `Banca dvs. vrea să se asigure că plata${amount ? ` de ${amount}` : ''} a fost inițiată chiar de dvs. Durează doar o clipă.`,
    'state.failed.when': ({ date }) => `Prima încercare de plată a fost pe ${date}.`,
    'state.retry': ({ date }) => `Vom încerca din nou plata pe ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Aveți acces până la ${date}. Actualizați datele de plată înainte de această dată pentru a-l păstra.`,
    'state.updated.title': 'Vă mulțumim, totul este gata',
    'state.updated.body': ({ card }) => `De acum înainte, vom folosi ${your(card)} pentru abonament.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Plata de ${amount} a fost efectuată cu succes. Vă mulțumim!` : 'Plata a fost efectuată cu succes. Vă mulțumim!',

    'state.processing.title': 'Plata dvs. bancară este în curs',
    'state.processing.body': ({ amount }) =>
      `Banca dvs. procesează plata${amount ? ` de ${amount}` : ''}. Poate dura câteva zile lucrătoare și nu trebuie să faceți nimic.`,
    'state.missing.title': 'Adăugați o metodă de plată',
    'state.missing.body': ({ date }) =>
      date
        ? `Abonamentul dvs. are nevoie de o metodă de plată până la ${date} pentru a continua.`
        : 'Abonamentul dvs. este în pauză până la adăugarea unei metode de plată.',

    'state.paused.title': 'Abonamentul dvs. este întrerupt',
    'state.paused.body': ({ date }) =>
      date ? `Nu veți fi taxat până la ${date}, când abonamentul repornește.` : 'Nu veți fi taxat cât timp este întrerupt. Reluați-l când sunteți pregătit.',
    'banner.updateCard': 'Actualizați cardul',
    'banner.addPaymentMethod': 'Adăugați o metodă de plată',
    'banner.resume': 'Reia acum',
    'banner.confirmPayment': 'Confirmați plata',
    'banner.dismiss': 'Închideți acest mesaj',

    'decline.insufficient_funds.title': 'Fonduri insuficiente',
    'decline.insufficient_funds.body':
      'Banca dvs. a refuzat plata deoarece în cont nu sunt momentan suficiente fonduri. Puteți alimenta contul și încerca din nou sau puteți folosi alt card.',
    'decline.expired_card.title': 'Cardul a expirat',
    'decline.expired_card.body': 'Banca dvs. a refuzat plata deoarece cardul a expirat. Adăugați un card care este încă valabil.',
    'decline.incorrect_cvc.title': 'Codul de securitate nu corespunde',
    'decline.incorrect_cvc.body':
      'Codul de securitate (cele 3 sau 4 cifre de pe card) nu corespunde cu datele băncii. Introduceți din nou datele cardului.',
    'decline.incorrect_number.title': 'Numărul cardului nu este corect',
    'decline.incorrect_number.body': 'Se pare că numărul cardului nu este corect. Verificați-l și introduceți-l din nou.',
    'decline.incorrect_expiry.title': 'Data de expirare nu este corectă',
    'decline.incorrect_expiry.body':
      'Data de expirare nu corespunde cardului. Verificați luna și anul de pe card și introduceți-le din nou.',
    'decline.incorrect_address.title': 'Adresa de facturare nu corespunde',
    'decline.incorrect_address.body':
      'Codul poștal sau adresa nu corespunde cu datele înregistrate la bancă. Introduceți-le exact cum apar la bancă.',
    'decline.card_not_supported.title': 'Acest card nu poate fi folosit aici',
    'decline.card_not_supported.body':
      'Cardul dvs. nu acceptă acest tip de plată. Folosiți alt card sau cereți băncii să activeze această opțiune.',
    'decline.currency_not_supported.title': 'Cardul nu acceptă această monedă',
    'decline.currency_not_supported.body':
      'Cu acest card nu se poate plăti în această monedă. Folosiți alt card sau întrebați banca dacă se poate activa.',
    'decline.not_allowed.title': 'Banca dvs. a blocat această plată',
    'decline.not_allowed.body':
      'Banca dvs. nu permite această plată cu acest card. Banca poate ridica restricția sau puteți folosi alt card.',
    'decline.payment_stopped.title': 'Plățile către noi au fost oprite',
    'decline.payment_stopped.body':
      'Băncii dvs. i s-a cerut să oprească plățile către noi de pe acest card. Dacă doriți să păstrați abonamentul, cereți băncii să le permită din nou sau folosiți alt card.',
    'decline.limit_exceeded.title': 'Limita cardului a fost atinsă',
    'decline.limit_exceeded.body':
      'Plata ar depăși limita de cheltuieli a cardului. Puteți încerca din nou după ce limita se resetează sau puteți folosi alt card.',
    'decline.call_bank.title': 'Banca dvs. vă roagă să o contactați',
    'decline.call_bank.body':
      'Banca dvs. a refuzat plata și vă roagă să o contactați. Numărul de telefon se află de obicei pe spatele cardului.',
    'decline.generic.title': 'Plata a fost refuzată',
    'decline.generic.body':
      'Banca dvs. a refuzat plata fără să ne spună motivul. Banca vă poate oferi mai multe detalii sau puteți folosi alt card.',
    'decline.temporary.title': 'O problemă temporară',
    'decline.temporary.body':
      'A apărut o problemă la procesarea plății, dar nu din vina dvs. Încercați din nou peste puțin timp.',
    'decline.duplicate.title': 'Pare o plată duplicată',
    'decline.duplicate.body':
      'O plată cu aceeași sumă a fost efectuată foarte recent, așa că banca a oprit-o pe aceasta. Verificați extrasul de cont înainte de a încerca din nou.',
    'decline.invalid_amount.title': 'Banca nu a acceptat suma',
    'decline.invalid_amount.body': 'Banca dvs. nu a acceptat suma acestei plăți. Contactați banca sau folosiți alt card.',
    'decline.new_card_details.title': 'Datele cardului s-au schimbat',
    'decline.new_card_details.body':
      'Banca dvs. a emis date noi pentru acest card. Introduceți noile date ale cardului pentru ca abonamentul să continue.',
    'decline.account_closed.title': 'Contul este închis',
    'decline.account_closed.body':
      'Contul asociat acestei metode de plată este închis sau nu poate fi găsit. Folosiți o altă metodă de plată.',
    'decline.authentication_required.title': 'Banca dvs. cere o confirmare',
    'decline.authentication_required.body':
      'Banca dvs. vă cere să confirmați această plată înainte de a fi procesată. Confirmarea durează doar o clipă.',
    'decline.authentication_failed.title': 'Confirmarea nu a reușit',
    'decline.authentication_failed.body':
      'Nu am putut confirma plata cu banca dvs. Încercați din nou sau folosiți alt card.',
    'decline.test_card.title': 'Acest card nu poate fi debitat',
    'decline.test_card.body': 'Acest card nu poate fi folosit pentru plăți reale. Folosiți alt card.',
    'decline.debit_not_authorized.title': 'Debitarea directă nu a fost autorizată',
    'decline.debit_not_authorized.body':
      'Banca dvs. indică faptul că debitarea directă nu a fost autorizată sau a fost contestată. Folosiți o altă metodă de plată sau cereți băncii să o permită.',
    'decline.bank_account_problem.title': 'O problemă cu contul bancar',
    'decline.bank_account_problem.body':
      'Banca dvs. nu a putut prelua plata din acest cont. Verificați datele contului sau folosiți o altă metodă de plată.',
    'decline.provider_declined.title': 'Plata a fost refuzată',
    'decline.provider_declined.body': 'Furnizorul serviciului de plată a refuzat această plată. Folosiți o altă metodă de plată.',

    'action.update_card': 'Actualizați cardul',
    'action.use_another_method': 'Folosiți alt card',
    'action.call_bank': 'Contactați banca',
    'action.confirm_with_bank': 'Confirmați la bancă',
    'action.try_again_later': 'Încercați din nou mai târziu',

    'form.title': 'Actualizați metoda de plată',
    'form.payNow': ({ amount }) => `Noua metodă de plată va fi debitată imediat cu ${amount} pentru plata restantă.`,
    'form.submit': 'Salvați metoda de plată',
    'form.cancel': 'Anulați',
    'form.loading': 'Se încarcă formularul de plată securizat…',
    'form.saving': 'Se salvează metoda de plată…',
    'form.confirming': 'Se așteaptă confirmarea băncii dvs.…',
    'form.finishing': 'Se finalizează actualizarea…',
    'form.unavailable': 'Formularul de plată nu a putut fi încărcat. Verificați conexiunea și încercați din nou.',
    'form.retry': 'Încercați din nou',
    'form.interrupted': 'Conexiunea s-a întrerupt înainte ca actualizarea să se încheie. Datele dvs. au fost păstrate: încercați din nou pentru a finaliza. Nu veți fi taxat de două ori.',
    'form.rateLimited': 'Prea multe încercări într-un timp scurt. Așteptați câteva minute, apoi încercați din nou.',
    'form.pending': 'Banca dvs. încă procesează această metodă de plată. Contul dvs. va fi actualizat imediat ce este confirmată.',
    'form.microdeposits': ({ date }) =>
      `Verificați-vă contul bancar ${date ? `în jurul datei de ${date}` : 'în 1–2 zile lucrătoare'}: vom vira în el o sumă mică. Urmați linkul pentru a introduce ce vedeți la acea tranzacție. Până atunci, metoda de plată salvată rămâne neschimbată.`,
    'form.microdepositsLink': 'Verificați contul bancar',
    'form.declinedToo': 'Și acest card a fost refuzat. Metoda de plată salvată nu s-a schimbat și nu s-a debitat nimic.',

    'wall.notNow': 'Nu acum',
    'wall.paused': 'Accesul dvs. este suspendat până la rezolvarea plății.',
    'wall.continue': 'Continuați',
    'wall.logout': 'Deconectați-vă',
    'wall.support': 'Contactați asistența',
    'wall.cancelSubscription': 'Anulați abonamentul',
  },
} satisfies Translation;

export default ro;
