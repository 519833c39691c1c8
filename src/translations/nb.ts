import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Norwegian Bokmål (“du”); also served for `no` and `nn`. */
const nb = {
  locale: 'nb',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} som slutter på ${last4}` : brand),
    'card.generic': 'kort',
    'paymentMethod.generic': 'betalingsmåte',

    'state.expiring.title': 'Kortet ditt utløper snart',
    'state.expiring.body': ({ card, days, date }) =>
      `Ditt ${card} utløper ${
        days === 0 ? 'i dag' : plural('nb', days, { one: 'i morgen', other: 'om # dager' })
      }${date ? ` (ved utgangen av ${date})` : ''}. Oppdater kortet for å holde abonnementet i gang uten avbrudd.`,
    'state.expired.title': 'Kortet ditt har utløpt',
    'state.expired.body': ({ card, date }) =>
      `Ditt ${card} ${date ? `utløp ved utgangen av ${date}` : 'har utløpt'}. Oppdater kortet for å holde abonnementet aktivt.`,
    'state.failed.title': 'Den siste betalingen din gikk ikke gjennom',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Det gjenstår fortsatt ${amount} å betale.` : reason),
    'state.action_required.title': 'Banken din ber deg bekrefte en betaling',
    'state.action_required.body': ({ amount }) =>
      `Banken din vil forsikre seg om at betalingen${amount ? ` på ${amount}` : ''} virkelig kommer fra deg. Det tar bare et øyeblikk.`,
    'state.failed.when': ({ date }) => `Vi forsøkte første gang å gjennomføre betalingen ${date}.`,
    'state.retry': ({ date }) => `Vi prøver betalingen på nytt ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Du har tilgang til og med ${date}. Oppdater betalingsopplysningene dine før det for å beholde tilgangen.`,
    'state.updated.title': 'Takk, nå er alt i orden',
    'state.updated.body': ({ card }) => `Fra nå av brukes ditt ${card} til abonnementet ditt.`,
    'state.recovered.body': ({ amount }) => `Betalingen din${amount ? ` på ${amount}` : ''} gikk gjennom. Takk!`,

    'state.processing.title': 'Bankbetalingen din er på vei',
    'state.processing.body': ({ amount }) =>
      `Banken din behandler betalingen${amount ? ` på ${amount}` : ''}. Dette kan ta noen virkedager, og du trenger ikke gjøre noe.`,
    'state.missing.title': 'Legg til en betalingsmåte',
    'state.missing.body': ({ date }) =>
      date
        ? `Abonnementet ditt trenger en betalingsmåte innen ${date} for å fortsette.`
        : 'Abonnementet ditt er satt på pause til en betalingsmåte er lagt til. Legg til en for å fortsette.',

    'state.paused.title': 'Abonnementet ditt er satt på pause',
    'state.paused.body': ({ date }) =>
      date ? `Du blir ikke belastet før ${date}, da abonnementet starter igjen.` : 'Du blir ikke belastet mens det er på pause. Gjenoppta det når du er klar.',
    'banner.updateCard': 'Oppdater kort',
    'banner.addPaymentMethod': 'Legg til betalingsmåte',
    'banner.resume': 'Gjenoppta nå',
    'banner.confirmPayment': 'Bekreft betaling',
    'banner.dismiss': 'Lukk denne meldingen',

    'decline.insufficient_funds.title': 'Ikke nok penger på kontoen',
    'decline.insufficient_funds.body':
      'Banken din avviste betalingen fordi det ikke er nok penger på kontoen akkurat nå. Du kan sette inn penger og prøve igjen, eller bruke et annet kort.',
    'decline.expired_card.title': 'Kortet har utløpt',
    'decline.expired_card.body': 'Banken din avviste betalingen fordi kortet har utløpt. Legg til et kort som fortsatt er gyldig.',
    'decline.incorrect_cvc.title': 'Sikkerhetskoden stemte ikke',
    'decline.incorrect_cvc.body':
      'Sikkerhetskoden (de 3 eller 4 sifrene på kortet) stemte ikke med det banken din har registrert. Skriv inn kortopplysningene på nytt.',
    'decline.incorrect_number.title': 'Kortnummeret er ikke riktig',
    'decline.incorrect_number.body': 'Kortnummeret ser ikke ut til å være riktig. Sjekk det og skriv det inn på nytt.',
    'decline.incorrect_expiry.title': 'Utløpsdatoen er ikke riktig',
    'decline.incorrect_expiry.body': 'Utløpsdatoen stemmer ikke med kortet. Sjekk måned og år på kortet og skriv dem inn på nytt.',
    'decline.incorrect_address.title': 'Fakturaadressen stemte ikke',
    'decline.incorrect_address.body':
      'Postnummeret eller adressen stemmer ikke med det banken din har registrert. Skriv den inn nøyaktig slik banken har den.',
    'decline.card_not_supported.title': 'Dette kortet kan ikke brukes her',
    'decline.card_not_supported.body':
      'Kortet ditt støtter ikke denne typen betaling. Bruk et annet kort, eller be banken din om å aktivere det.',
    'decline.currency_not_supported.title': 'Kortet støtter ikke denne valutaen',
    'decline.currency_not_supported.body':
      'Kortet ditt kan ikke betale i denne valutaen. Bruk et annet kort, eller spør banken din om det kan aktiveres.',
    'decline.not_allowed.title': 'Banken din stoppet denne betalingen',
    'decline.not_allowed.body':
      'Banken din tillater ikke denne betalingen med dette kortet. Banken kan oppheve begrensningen, eller du kan bruke et annet kort.',
    'decline.payment_stopped.title': 'Betalinger til oss er stoppet',
    'decline.payment_stopped.body':
      'Banken din har fått beskjed om å stoppe betalinger til oss fra dette kortet. Vil du beholde abonnementet, kan du be banken tillate dem igjen eller bruke et annet kort.',
    'decline.limit_exceeded.title': 'Kortets beløpsgrense er nådd',
    'decline.limit_exceeded.body':
      'Betalingen ville gått over beløpsgrensen på kortet ditt. Du kan prøve igjen når grensen er nullstilt, eller bruke et annet kort.',
    'decline.call_bank.title': 'Banken din vil at du tar kontakt',
    'decline.call_bank.body':
      'Banken din avviste betalingen og ber deg ta kontakt. Telefonnummeret står vanligvis på baksiden av kortet.',
    'decline.generic.title': 'Betalingen ble avvist',
    'decline.generic.body':
      'Banken din avviste betalingen uten å si hvorfor. Banken kan fortelle deg mer, eller du kan bruke et annet kort.',
    'decline.temporary.title': 'Et midlertidig problem',
    'decline.temporary.body':
      'Noe gikk galt da betalingen ble behandlet, og det var ikke din feil. Prøv igjen om litt.',
    'decline.duplicate.title': 'Dette ser ut som en dobbel betaling',
    'decline.duplicate.body':
      'En betaling med samme beløp gikk gjennom for svært kort tid siden, så banken din stoppet denne. Sjekk kontoutskriften før du prøver igjen.',
    'decline.invalid_amount.title': 'Banken din godtok ikke beløpet',
    'decline.invalid_amount.body': 'Banken din godtok ikke beløpet for denne betalingen. Kontakt banken din, eller bruk et annet kort.',
    'decline.new_card_details.title': 'Kortopplysningene dine er endret',
    'decline.new_card_details.body':
      'Banken din har utstedt nye opplysninger for dette kortet. Skriv inn de nye kortopplysningene for å holde abonnementet i gang.',
    'decline.account_closed.title': 'Kontoen er avsluttet',
    'decline.account_closed.body':
      'Kontoen bak denne betalingsmåten er avsluttet eller finnes ikke. Bruk en annen betalingsmåte.',
    'decline.authentication_required.title': 'Banken din trenger en bekreftelse',
    'decline.authentication_required.body':
      'Banken din vil at du bekrefter denne betalingen før den gjennomføres. Det tar bare et øyeblikk.',
    'decline.authentication_failed.title': 'Bekreftelsen gikk ikke gjennom',
    'decline.authentication_failed.body':
      'Vi fikk ikke bekreftet betalingen med banken din. Prøv igjen, eller bruk et annet kort.',
    'decline.test_card.title': 'Dette kortet kan ikke belastes',
    'decline.test_card.body': 'Dette kortet kan ikke brukes til ekte betalinger. Bruk et annet kort.',
    'decline.debit_not_authorized.title': 'Det automatiske trekket var ikke godkjent',
    'decline.debit_not_authorized.body':
      'Banken din sier at det automatiske trekket ikke var godkjent eller er bestridt. Bruk en annen betalingsmåte, eller be banken din om å tillate det.',
    'decline.bank_account_problem.title': 'Et problem med bankkontoen',
    'decline.bank_account_problem.body':
      'Banken din kunne ikke trekke betalingen fra denne kontoen. Sjekk kontoopplysningene eller bruk en annen betalingsmåte.',
    'decline.provider_declined.title': 'Betalingen ble avvist',
    'decline.provider_declined.body': 'Betalingstjenesten avviste denne betalingen. Bruk en annen betalingsmåte.',

    'action.update_card': 'Oppdater kortet ditt',
    'action.use_another_method': 'Bruk et annet kort',
    'action.call_bank': 'Kontakt banken din',
    'action.confirm_with_bank': 'Bekreft hos banken din',
    'action.try_again_later': 'Prøv igjen senere',

    'form.title': 'Oppdater betalingsmåten din',
    'form.payNow': ({ amount }) => `Den nye betalingsmåten din blir belastet med ${amount} med en gang for betalingen som har forfalt.`,
    'form.submit': 'Lagre betalingsmåte',
    'form.cancel': 'Avbryt',
    'form.loading': 'Laster inn det sikre betalingsskjemaet…',
    'form.saving': 'Lagrer betalingsmåten din…',
    'form.confirming': 'Venter på bekreftelse fra banken din…',
    'form.finishing': 'Fullfører oppdateringen…',
    'form.unavailable': 'Betalingsskjemaet kunne ikke lastes inn. Sjekk tilkoblingen din og prøv igjen.',
    'form.retry': 'Prøv igjen',
    'form.interrupted': 'Tilkoblingen ble brutt før oppdateringen var ferdig. Opplysningene dine er tatt vare på: prøv igjen for å fullføre. Du blir ikke belastet to ganger.',
    'form.rateLimited': 'Det har vært for mange forsøk på kort tid. Vent noen minutter, og prøv igjen.',
    'form.pending': 'Banken din behandler fortsatt denne betalingsmåten. Kontoen din blir oppdatert så snart den er bekreftet.',
    'form.microdeposits': ({ date }) =>
      `Sjekk bankkontoen din ${date ? `rundt ${date}` : 'om 1–2 virkedager'}: vi sender et lite beløp dit. Følg lenken og skriv inn det du ser ved beløpet, så brukes bankkontoen din fra da av. Frem til da er den lagrede betalingsmåten din uendret.`,
    'form.microdepositsLink': 'Bekreft bankkontoen din',
    'form.declinedToo': 'Dette kortet ble også avvist. Den lagrede betalingsmåten din er uendret, og ingenting er trukket.',

    'wall.notNow': 'Ikke nå',
    'wall.paused': 'Tilgangen din er satt på pause til betalingen er i orden.',
    'wall.continue': 'Fortsett',
    'wall.logout': 'Logg ut',
    'wall.support': 'Kontakt kundestøtte',
    'wall.cancelSubscription': 'Avslutt abonnementet',
  },
} satisfies Translation;

export default nb;
