import { plural } from './plural.js';
import type { Translation } from './types.js';

/**
 * Danish (“du”). The card reads “Visa, der ender på 4242”, so sentences put it at the end of a
 * clause: Danish needs a comma after the relative clause, which a bare brand would not have.
 */
const da = {
  locale: 'da',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand}, der ender på ${last4}` : brand),
    'card.generic': 'kort',
    'paymentMethod.generic': 'betalingsmetode',

    'state.expiring.title': 'Dit kort udløber snart',
    'state.expiring.body': ({ card, days, date }) =>
      `${days === 0 ? 'I dag' : plural('da', days, { one: 'I morgen', other: 'Om # dage' })}${
        date ? `, ved udgangen af ${date},` : ''
      } udløber dit ${card}. Opdater kortet, så dit abonnement fortsætter uden afbrydelser.`,
    'state.expired.title': 'Dit kort er udløbet',
    'state.expired.body': ({ card, date }) =>
      `Du kan ikke længere bruge dit ${card}, fordi det ${date ? `udløb ved udgangen af ${date}` : 'er udløbet'}. Opdater kortet, så dit abonnement forbliver aktivt.`,
    'state.failed.title': 'Din seneste betaling gik ikke igennem',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Beløbet på ${amount} er stadig ubetalt.` : reason),
    'state.action_required.title': 'Din bank beder dig bekræfte en betaling',
    'state.action_required.body': ({ amount }) =>
      `Din bank vil sikre sig, at betalingen${amount ? ` på ${amount}` : ''} virkelig kommer fra dig. Det tager kun et øjeblik.`,
    'state.failed.when': ({ date }) => `Vi forsøgte første gang at gennemføre betalingen den ${date}.`,
    'state.retry': ({ date }) => `Vi prøver at gennemføre betalingen igen den ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Du har adgang indtil den ${date}. Opdater dine betalingsoplysninger inden da for at beholde adgangen.`,
    'state.updated.title': 'Tak, så er alt på plads',
    'state.updated.body': ({ card }) => `Fremover betaler du for dit abonnement med dit ${card}.`,
    'state.recovered.body': ({ amount }) => `Din betaling${amount ? ` på ${amount}` : ''} er gennemført. Tak!`,

    'state.processing.title': 'Din bankbetaling er på vej',
    'state.processing.body': ({ amount }) =>
      `Din bank behandler din betaling${amount ? ` på ${amount}` : ''}. Det kan tage et par hverdage, og du skal ikke gøre noget.`,
    'state.missing.title': 'Tilføj en betalingsmetode',
    'state.missing.body': ({ date }) =>
      date
        ? `Dit abonnement skal have en betalingsmetode senest den ${date} for at fortsætte.`
        : 'Dit abonnement er sat på pause, indtil der er tilføjet en betalingsmetode. Tilføj en for at fortsætte.',

    'state.paused.title': 'Dit abonnement er sat på pause',
    'state.paused.body': ({ date }) =>
      date ? `Du bliver ikke opkrævet før ${date}, hvor dit abonnement starter igen.` : 'Du bliver ikke opkrævet, mens det er på pause. Genoptag det, når du er klar.',
    'banner.updateCard': 'Opdater kort',
    'banner.addPaymentMethod': 'Tilføj betalingsmetode',
    'banner.resume': 'Genoptag nu',
    'banner.confirmPayment': 'Bekræft betaling',
    'banner.dismiss': 'Luk denne besked',

    'decline.insufficient_funds.title': 'Ikke penge nok på kontoen',
    'decline.insufficient_funds.body':
      'Din bank afviste betalingen, fordi der ikke er penge nok på kontoen lige nu. Du kan sætte penge ind og prøve igen eller bruge et andet kort.',
    'decline.expired_card.title': 'Kortet er udløbet',
    'decline.expired_card.body': 'Din bank afviste betalingen, fordi kortet er udløbet. Tilføj et kort, der stadig er gyldigt.',
    'decline.incorrect_cvc.title': 'Sikkerhedskoden passede ikke',
    'decline.incorrect_cvc.body':
      'Sikkerhedskoden (de 3 eller 4 cifre på kortet) passede ikke med bankens oplysninger. Indtast kortoplysningerne igen.',
    'decline.incorrect_number.title': 'Kortnummeret er ikke korrekt',
    'decline.incorrect_number.body': 'Kortnummeret ser ikke ud til at være korrekt. Tjek det, og indtast det igen.',
    'decline.incorrect_expiry.title': 'Udløbsdatoen er ikke korrekt',
    'decline.incorrect_expiry.body': 'Udløbsdatoen passer ikke til kortet. Tjek måned og år på kortet, og indtast dem igen.',
    'decline.incorrect_address.title': 'Faktureringsadressen passede ikke',
    'decline.incorrect_address.body':
      'Postnummeret eller adressen passer ikke med bankens oplysninger. Indtast den præcis, som din bank har den.',
    'decline.card_not_supported.title': 'Kortet kan ikke bruges her',
    'decline.card_not_supported.body':
      'Dit kort understøtter ikke denne type betaling. Brug et andet kort, eller bed din bank om at slå det til.',
    'decline.currency_not_supported.title': 'Kortet understøtter ikke valutaen',
    'decline.currency_not_supported.body':
      'Dit kort kan ikke betale i denne valuta. Brug et andet kort, eller spørg din bank, om det kan slås til.',
    'decline.not_allowed.title': 'Din bank har blokeret betalingen',
    'decline.not_allowed.body':
      'Din bank tillader ikke denne betaling med dette kort. Banken kan ophæve begrænsningen, eller du kan bruge et andet kort.',
    'decline.payment_stopped.title': 'Betalinger til os er stoppet',
    'decline.payment_stopped.body':
      'Din bank er blevet bedt om at stoppe betalinger til os fra dette kort. Vil du beholde dit abonnement, kan du bede banken om at tillade dem igen eller bruge et andet kort.',
    'decline.limit_exceeded.title': 'Kortets beløbsgrænse er nået',
    'decline.limit_exceeded.body':
      'Betalingen ville overskride kortets beløbsgrænse. Du kan prøve igen, når grænsen er nulstillet, eller bruge et andet kort.',
    'decline.call_bank.title': 'Din bank vil gerne høre fra dig',
    'decline.call_bank.body':
      'Din bank afviste betalingen og beder dig kontakte dem. Nummeret står som regel på bagsiden af dit kort.',
    'decline.generic.title': 'Betalingen blev afvist',
    'decline.generic.body':
      'Din bank afviste betalingen uden at fortælle os hvorfor. Banken kan fortælle dig mere, eller du kan bruge et andet kort.',
    'decline.temporary.title': 'Et midlertidigt problem',
    'decline.temporary.body':
      'Noget gik galt under behandlingen af betalingen, og det var ikke din skyld. Prøv igen om lidt.',
    'decline.duplicate.title': 'Det ligner en dobbeltbetaling',
    'decline.duplicate.body':
      'En betaling på samme beløb gik igennem for ganske kort tid siden, så din bank stoppede denne. Tjek dit kontoudtog, før du prøver igen.',
    'decline.invalid_amount.title': 'Din bank godkendte ikke beløbet',
    'decline.invalid_amount.body': 'Din bank godkendte ikke beløbet for denne betaling. Kontakt din bank, eller brug et andet kort.',
    'decline.new_card_details.title': 'Dine kortoplysninger er ændret',
    'decline.new_card_details.body':
      'Din bank har udstedt nye oplysninger til dette kort. Indtast de nye kortoplysninger, så dit abonnement fortsætter.',
    'decline.account_closed.title': 'Kontoen er lukket',
    'decline.account_closed.body': 'Kontoen bag denne betalingsmetode er lukket eller kan ikke findes. Brug en anden betalingsmetode.',
    'decline.authentication_required.title': 'Din bank skal have en bekræftelse',
    'decline.authentication_required.body':
      'Din bank beder dig bekræfte betalingen, før den gennemføres. Det tager kun et øjeblik.',
    'decline.authentication_failed.title': 'Bekræftelsen gik ikke igennem',
    'decline.authentication_failed.body':
      'Vi kunne ikke bekræfte betalingen hos din bank. Prøv igen, eller brug et andet kort.',
    'decline.test_card.title': 'Der kan ikke trækkes penge på dette kort',
    'decline.test_card.body': 'Dette kort kan ikke bruges til rigtige betalinger. Brug et andet kort.',
    'decline.debit_not_authorized.title': 'Den automatiske betaling var ikke godkendt',
    'decline.debit_not_authorized.body':
      'Din bank oplyser, at den automatiske betaling ikke var godkendt eller er blevet bestridt. Brug en anden betalingsmetode, eller bed din bank om at tillade den.',
    'decline.bank_account_problem.title': 'Et problem med bankkontoen',
    'decline.bank_account_problem.body':
      'Din bank kunne ikke trække betalingen fra denne konto. Tjek kontooplysningerne, eller brug en anden betalingsmetode.',
    'decline.provider_declined.title': 'Betalingen blev afvist',
    'decline.provider_declined.body': 'Betalingstjenesten afviste denne betaling. Brug en anden betalingsmetode.',

    'action.update_card': 'Opdater dit kort',
    'action.use_another_method': 'Brug et andet kort',
    'action.call_bank': 'Kontakt din bank',
    'action.confirm_with_bank': 'Bekræft hos din bank',
    'action.try_again_later': 'Prøv igen senere',

    'form.title': 'Opdater din betalingsmetode',
    'form.payNow': ({ amount }) => `Din nye betalingsmetode bliver trukket ${amount} med det samme for den forfaldne betaling.`,
    'form.submit': 'Gem betalingsmetode',
    'form.cancel': 'Annuller',
    'form.loading': 'Indlæser den sikre betalingsformular…',
    'form.saving': 'Gemmer din betalingsmetode…',
    'form.confirming': 'Venter på bekræftelse fra din bank…',
    'form.finishing': 'Afslutter din opdatering…',
    'form.unavailable': 'Betalingsformularen kunne ikke indlæses. Tjek din forbindelse, og prøv igen.',
    'form.retry': 'Prøv igen',
    'form.interrupted': 'Forbindelsen blev afbrudt, før din opdatering var færdig. Dine oplysninger er gemt: prøv igen for at afslutte. Du bliver ikke trukket to gange.',
    'form.rateLimited': 'Der har været for mange forsøg på kort tid. Vent et par minutter, og prøv så igen.',
    'form.pending': 'Din bank behandler stadig denne betalingsmetode. Din konto bliver opdateret, så snart den er bekræftet.',
    'form.microdeposits': ({ date }) =>
      `Tjek din bankkonto ${date ? `omkring den ${date}` : 'om 1–2 hverdage'}: vi sender et lille beløb til den. Følg linket, og indtast det, du ser ved beløbet, så bruges din bankkonto fremover. Indtil da er din gemte betalingsmetode uændret.`,
    'form.microdepositsLink': 'Bekræft din bankkonto',
    'form.declinedToo': 'Dette kort blev også afvist. Din gemte betalingsmetode er uændret, og der er ikke trukket noget.',

    'wall.notNow': 'Ikke nu',
    'wall.paused': 'Din adgang er sat på pause, indtil betalingen er i orden.',
    'wall.continue': 'Fortsæt',
    'wall.logout': 'Log ud',
    'wall.support': 'Kontakt support',
    'wall.cancelSubscription': 'Opsig abonnement',
  },
} satisfies Translation;

export default da;
