import type { NotifyStrings } from './types.js';

/** Croatian dates end with a period ("24. studenoga 2026."), which also ends the sentence. */
const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/**
 * Croatian (hr): formal "vi", as the banner (`src/translations/hr.ts`): plaćanje, kartica,
 * pretplata, and "način plaćanja" as in its form. `card` arrives in the nominative ("kartica Visa
 * koja završava na 4242"). A date closes its sentence or stands in parentheses, never mid-sentence
 * with its own period. The SMS keep the Croatian letters: without them the text would be misspelt.
 */
export default {
  locale: 'hr',
  messages: {
    'subject.failed': ({ merchant }) => `Vaše plaćanje za ${merchant} nije uspjelo`,
    'subject.action_required': ({ merchant }) => `Potvrdite plaćanje za ${merchant}`,
    'subject.expiring': ({ merchant }) => `Vaša kartica za ${merchant} uskoro istječe`,
    'subject.final': ({ merchant }) => `Potrebna je vaša radnja: plaćanje za ${merchant} još nije podmireno`,
    'subject.reminder': ({ merchant }) => `Podsjetnik: plaćanje za ${merchant} još nije podmireno`,
    'subject.access_ends': ({ merchant }) => `Vaš pristup usluzi ${merchant} uskoro završava`,
    'subject.recovered': ({ merchant }) => `Hvala vam: plaćanje za ${merchant} uspješno je provedeno`,

    'lead.failed': ({ merchant }) => `Posljednje plaćanje za vašu pretplatu na ${merchant} nažalost nije uspjelo.`,
    'lead.action_required': ({ merchant }) => `Vaša banka traži da potvrdite posljednje plaćanje za ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Kartica kojom plaćate ${merchant} uskoro istječe.`,
    'lead.final': ({ merchant }) =>
      `Plaćanje za vašu pretplatu na ${merchant} pokušali smo provesti nekoliko puta, ali nije uspjelo, a sami ga više nećemo pokušavati.`,
    'lead.reminder': ({ merchant }) => `Kratki podsjetnik: plaćanje za vašu pretplatu na ${merchant} još nije podmireno.`,
    'lead.access_ends': ({ merchant }) =>
      `Vaš pristup usluzi ${merchant} uskoro završava jer jedno plaćanje još nije podmireno.`,
    'lead.recovered': ({ merchant }) =>
      `Hvala vam! Vaše plaćanje za ${merchant} uspješno je provedeno i pretplata se nastavlja bez prekida.`,

    // SMS: straight apostrophes only, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: plaćanje nije uspjelo. Ažurirajte karticu ovdje: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: vaša banka traži da potvrdite plaćanje: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: kartica vam istječe prije sljedećeg plaćanja. Ažurirajte je ovdje: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: plaćanje nije podmireno i nećemo ga ponovno pokušati. Riješite ga ovdje: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: podsjetnik, plaćanje još nije podmireno. Riješite ga ovdje: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: pristup vam uskoro završava jer plaćanje nije podmireno. Riješite ga ovdje: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: hvala, plaćanje je uspjelo. Detalji: ${link}`,
    'sms.help': ({ contact }) => `Pomoć: ${contact}`,

    'email.greeting': ({ name }) => `Dobar dan, ${name},`,
    'email.greetingNoName': 'Dobar dan,',
    'email.cta.update': 'Ažuriraj način plaćanja',
    'email.cta.confirm': 'Potvrdi plaćanje',
    'email.cta.view': 'Prikaži podatke o naplati',
    'email.linkFallback': 'Ako gumb ne radi, kopirajte ovu poveznicu u preglednik:',
    'email.support': ({ contact }) => `Imate pitanja? Rado ćemo vam pomoći: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Ovu e-poruku primate jer imate pretplatu na ${merchant}. Odnosi se na naplatu, pa je šaljemo i ako ste se odjavili od primanja novosti.`,

    'tone.soft':
      'To je obično privremeno i s vašom je karticom sve u redu: često pomaže uplatiti sredstva ili pokušati ponovno malo kasnije.',
    'tone.hard': 'Ova se kartica više ne može koristiti za vašu pretplatu. Dodajte drugu karticu ili drugi način plaćanja.',

    'recovered.paid': ({ amount, date }) => `Primili smo ${amount} dana ${dot(date)}`,
    'recovered.next': ({ date }) => `Sljedeće plaćanje dospijeva ${dot(date)}`,
    'expiring.before': ({ card, date }) =>
      `Vaša ${card} istječe prije sljedećeg plaćanja (${date}). Ažurirajte je sada kako se ništa ne bi prekinulo.`,
    'reminder.still': 'Za to vam treba samo minuta, a pretplata se nastavlja bez prekida.',
    'accessEnds.when': ({ date }) => `Ako plaćanje ne bude podmireno, vaš pristup završava ${dot(date)}`,

    'page.title': ({ merchant }) => `Ažurirajte način plaćanja · ${merchant}`,
    'page.heading': 'Ažurirajte način plaćanja',
    'page.intro': ({ merchant }) =>
      `Dodajte novu karticu ili drugi način plaćanja za svoju pretplatu na ${merchant}. Prijava nije potrebna.`,
    'page.done': 'Sve je gotovo. Hvala vam! Možete zatvoriti ovu stranicu.',
    'page.invalid.title': 'Ova poveznica ne radi',
    'page.invalid.body':
      'Poveznica možda nije potpuna. Ponovno je otvorite iz poruke koju smo vam poslali ili se prijavite u svoj korisnički račun i ondje ažurirajte način plaćanja.',
    'page.expired.title': 'Ova je poveznica istekla',
    'page.expired.body':
      'Radi vaše sigurnosti poveznice za ažuriranje vrijede samo ograničeno vrijeme. Prijavite se u svoj korisnički račun i ondje ažurirajte način plaćanja.',
    'page.used.title': 'Ovo je već riješeno',
    'page.used.body':
      'Plaćanje na koje se ova poveznica odnosila već je riješeno, pa poveznica više ne radi. Ništa drugo nije potrebno.',
    'page.signIn': 'Prijavite se u svoj korisnički račun',
    'page.help': ({ contact }) => `Trebate pomoć? Javite nam se: ${contact}`,
    'page.noscript': 'Uključite JavaScript kako biste sigurno ažurirali način plaćanja.',
  },
} satisfies NotifyStrings;
