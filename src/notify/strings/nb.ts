import type { NotifyStrings } from './types.js';

/**
 * Norwegian Bokmål (nb, also served for `no` and `nn`): "du", as the banner
 * (`src/translations/nb.ts`): betaling, kort, abonnement, betalingsmåte; an open payment is
 * "utestående". `card` is neuter ("ditt Visa som slutter på 4242"), as in the banner. Æ, ø and å
 * are in the GSM 7-bit alphabet, so every SMS stays GSM.
 */
export default {
  locale: 'nb',
  messages: {
    'subject.failed': ({ merchant }) => `Betalingen din til ${merchant} gikk ikke gjennom`,
    'subject.action_required': ({ merchant }) => `Bekreft betalingen din til ${merchant}`,
    'subject.expiring': ({ merchant }) => `Kortet ditt for ${merchant} utløper snart`,
    'subject.final': ({ merchant }) => `Handling kreves: betalingen din til ${merchant} er fortsatt utestående`,
    'subject.reminder': ({ merchant }) => `Påminnelse: betalingen din til ${merchant} er fortsatt utestående`,
    'subject.access_ends': ({ merchant }) => `Tilgangen din til ${merchant} avsluttes snart`,
    'subject.recovered': ({ merchant }) => `Takk! Betalingen din til ${merchant} gikk gjennom`,

    'lead.failed': ({ merchant }) => `Vi fikk ikke trukket den siste betalingen for abonnementet ditt hos ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Banken din ber deg bekrefte den siste betalingen til ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Kortet du bruker til ${merchant}, utløper snart.`,
    'lead.final': ({ merchant }) =>
      `Vi har prøvd flere ganger, men fikk ikke trukket betalingen for abonnementet ditt hos ${merchant}, og vi prøver ikke igjen av oss selv.`,
    'lead.reminder': ({ merchant }) =>
      `En kort påminnelse: betalingen for abonnementet ditt hos ${merchant} er fortsatt utestående.`,
    'lead.access_ends': ({ merchant }) =>
      `Tilgangen din til ${merchant} avsluttes snart fordi en betaling fortsatt er utestående.`,
    'lead.recovered': ({ merchant }) =>
      `Takk! Betalingen din til ${merchant} gikk gjennom, og abonnementet ditt er i orden.`,

    // SMS: GSM 7-bit characters only (straight apostrophes), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: betalingen din gikk ikke gjennom. Oppdater kortet her: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: banken din ber deg bekrefte en betaling: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: kortet ditt utløper før neste betaling. Oppdater det her: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: betalingen din er utestående, og vi prøver ikke igjen. Ordne det her: ${link}`,
    'sms.reminder': ({ merchant, link }) =>
      `${merchant}: påminnelse, betalingen din er fortsatt utestående. Ordne det her: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: tilgangen din avsluttes snart fordi en betaling er utestående. Ordne det her: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: takk, betalingen din gikk gjennom. Detaljer: ${link}`,
    'sms.help': ({ contact }) => `Hjelp: ${contact}`,

    'email.greeting': ({ name }) => `Hei ${name},`,
    'email.greetingNoName': 'Hei,',
    'email.cta.update': 'Oppdater betalingsmåte',
    'email.cta.confirm': 'Bekreft betaling',
    'email.cta.view': 'Se betalingsopplysninger',
    'email.linkFallback': 'Hvis knappen ikke virker, kan du kopiere denne lenken inn i nettleseren:',
    'email.support': ({ contact }) => `Spørsmål? Vi hjelper deg gjerne: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Du får denne e-posten fordi du har et abonnement hos ${merchant}. Den gjelder betalingene dine, så den sendes selv om du har meldt deg av nyhetsbrev.`,

    'tone.soft':
      'Dette er som regel midlertidig, og det er ingenting galt med kortet ditt: ofte hjelper det å sette inn penger eller prøve igjen senere.',
    'tone.hard': 'Dette kortet kan ikke lenger brukes til abonnementet ditt. Legg til et annet kort eller en annen betalingsmåte.',

    'recovered.paid': ({ amount, date }) => `Vi mottok ${amount} den ${date}.`,
    'recovered.next': ({ date }) => `Neste betaling forfaller ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Ditt ${card} utløper før neste betaling ${date}. Oppdater det nå, så blir ingenting avbrutt.`,
    'reminder.still': 'Det tar bare et minutt å ordne, og abonnementet ditt fortsetter som før.',
    'accessEnds.when': ({ date }) => `Hvis betalingen ikke blir ordnet, avsluttes tilgangen din ${date}.`,

    'page.title': ({ merchant }) => `Oppdater betalingsmåten din · ${merchant}`,
    'page.heading': 'Oppdater betalingsmåten din',
    'page.intro': ({ merchant }) =>
      `Legg til et nytt kort eller en ny betalingsmåte for abonnementet ditt hos ${merchant}. Du trenger ikke å logge inn.`,
    'page.done': 'Ferdig. Takk! Du kan lukke denne siden.',
    'page.invalid.title': 'Denne lenken virker ikke',
    'page.invalid.body':
      'Lenken kan være ufullstendig. Åpne den på nytt fra meldingen vi sendte deg, eller logg inn på kontoen din for å oppdatere betalingsmåten.',
    'page.expired.title': 'Denne lenken har utløpt',
    'page.expired.body':
      'Av sikkerhetshensyn virker oppdateringslenker bare en begrenset tid. Logg inn på kontoen din for å oppdatere betalingsmåten.',
    'page.used.title': 'Dette er allerede ordnet',
    'page.used.body':
      'Betalingen denne lenken gjaldt, er ordnet, så lenken virker ikke lenger. Du trenger ikke å gjøre noe mer.',
    'page.signIn': 'Logg inn på kontoen din',
    'page.help': ({ contact }) => `Trenger du hjelp? Kontakt oss: ${contact}`,
    'page.noscript': 'Slå på JavaScript for å oppdatere betalingsmåten din trygt.',
  },
} satisfies NotifyStrings;
