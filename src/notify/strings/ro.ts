import type { NotifyStrings } from './types.js';

/**
 * "card Visa …" → "Cardul dvs. Visa …", "metodă de plată …" → "Metoda dvs. de plată …": the card
 * phrases of the banner (`src/translations/ro.ts`) always start with "card" or "metodă de plată".
 */
const yourCapitalized = (card: string) =>
  card.replace(/^card|^metodă de plată/, (head) => (head === 'card' ? 'Cardul dvs.' : 'Metoda dvs. de plată'));

/**
 * Romanian (ro): formal "dvs.", as in the banner: "card", "plată", "abonament", "metodă de plată".
 * SMS are written without diacritics, as Romanian service SMS usually are: one "ș" would turn the
 * whole message into UCS-2 and halve it.
 */
export default {
  locale: 'ro',
  messages: {
    'subject.failed': ({ merchant }) => `Plata dvs. pentru ${merchant} nu a reușit`,
    'subject.action_required': ({ merchant }) => `Confirmați plata pentru ${merchant}`,
    'subject.expiring': ({ merchant }) => `Cardul pe care îl folosiți pentru ${merchant} expiră în curând`,
    'subject.final': ({ merchant }) => `Acțiune necesară: plata pentru ${merchant} este încă restantă`,
    'subject.reminder': ({ merchant }) => `Memento: plata pentru ${merchant} este încă restantă`,
    'subject.access_ends': ({ merchant }) => `Accesul dvs. la ${merchant} se încheie în curând`,
    'subject.recovered': ({ merchant }) => `Vă mulțumim: plata pentru ${merchant} a fost efectuată`,

    'lead.failed': ({ merchant }) => `Nu am putut încasa cea mai recentă plată pentru abonamentul dvs. ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Banca dvs. vă cere să confirmați cea mai recentă plată pentru ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Cardul pe care îl folosiți pentru ${merchant} urmează să expire.`,
    'lead.final': ({ merchant }) =>
      `Am încercat de mai multe ori, dar nu am putut încasa plata pentru abonamentul dvs. ${merchant} și nu vom mai încerca automat.`,
    'lead.reminder': ({ merchant }) => `Un scurt memento: plata pentru abonamentul dvs. ${merchant} este încă restantă.`,
    'lead.access_ends': ({ merchant }) =>
      `Accesul dvs. la ${merchant} urmează să se încheie, deoarece o plată este încă restantă.`,
    'lead.recovered': ({ merchant }) =>
      `Vă mulțumim! Plata pentru ${merchant} a fost efectuată cu succes, iar abonamentul dvs. este în regulă.`,

    // SMS: without diacritics (GSM 7-bit), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: plata dvs. nu a reusit. Actualizati cardul aici: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: banca dvs. va cere sa confirmati o plata: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: cardul dvs. expira inainte de urmatoarea plata. Actualizati-l aici: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: plata este inca restanta si nu vom mai incerca automat. Rezolvati aici: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: memento, plata este inca restanta. Rezolvati aici: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: accesul dvs. se incheie curand, deoarece o plata este restanta. Rezolvati aici: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: va multumim, plata a fost efectuata. Detalii: ${link}`,
    'sms.help': ({ contact }) => `Asistenta: ${contact}`,

    'email.greeting': ({ name }) => `Bună ziua, ${name},`,
    'email.greetingNoName': 'Bună ziua,',
    'email.cta.update': 'Actualizați metoda de plată',
    'email.cta.confirm': 'Confirmați plata',
    'email.cta.view': 'Vedeți detaliile de facturare',
    'email.linkFallback': 'Dacă butonul nu funcționează, copiați acest link în browser:',
    'email.support': ({ contact }) => `Aveți întrebări? Vă ajutăm cu plăcere: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Primiți acest e-mail deoarece aveți un abonament ${merchant}. Este despre facturarea dvs., așa că vi-l trimitem chiar dacă v-ați dezabonat de la noutăți.`,

    'tone.soft':
      'De obicei este o problemă temporară și cardul dvs. este în regulă: de multe ori ajută să alimentați contul sau să încercați din nou mai târziu.',
    'tone.hard': 'Acest card nu mai poate fi folosit pentru abonament. Adăugați un alt card sau o altă metodă de plată.',

    'recovered.paid': ({ amount, date }) => `Am primit ${amount} pe ${date}.`,
    'recovered.next': ({ date }) => `Următoarea plată este programată pe ${date}.`,
    'expiring.before': ({ card, date }) =>
      `${yourCapitalized(card)} expiră înainte de următoarea plată, programată pe ${date}. Actualizați acum datele de plată, pentru ca abonamentul să continue fără întrerupere.`,
    'reminder.still': 'Durează doar un minut, iar abonamentul dvs. continuă fără întrerupere.',
    'accessEnds.when': ({ date }) => `Dacă plata nu este rezolvată, accesul dvs. se încheie pe ${date}.`,

    'page.title': ({ merchant }) => `Actualizați metoda de plată · ${merchant}`,
    'page.heading': 'Actualizați metoda de plată',
    'page.intro': ({ merchant }) =>
      `Adăugați un card nou sau o altă metodă de plată pentru abonamentul dvs. ${merchant}. Nu este nevoie să vă conectați.`,
    'page.done': 'Gata. Vă mulțumim! Puteți închide această pagină.',
    'page.invalid.title': 'Acest link nu funcționează',
    'page.invalid.body':
      'Este posibil ca linkul să fie incomplet. Deschideți-l din nou din mesajul pe care vi l-am trimis sau conectați-vă la cont pentru a actualiza metoda de plată.',
    'page.expired.title': 'Acest link a expirat',
    'page.expired.body':
      'Din motive de securitate, linkurile de actualizare funcționează doar o perioadă limitată. Conectați-vă la cont pentru a actualiza metoda de plată.',
    'page.used.title': 'Totul este deja rezolvat',
    'page.used.body':
      'Plata la care se referea acest link a fost rezolvată, așa că linkul nu mai funcționează. Nu mai trebuie să faceți nimic.',
    'page.signIn': 'Conectați-vă la cont',
    'page.help': ({ contact }) => `Aveți nevoie de ajutor? Contactați-ne: ${contact}`,
    'page.noscript': 'Activați JavaScript pentru a actualiza în siguranță metoda de plată.',
  },
} satisfies NotifyStrings;
