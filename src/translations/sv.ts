import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Swedish (“du”). */
const sv = {
  locale: 'sv',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} som slutar på ${last4}` : brand),
    'card.generic': 'kort',
    'paymentMethod.generic': 'betalsätt',

    'state.expiring.title': 'Ditt kort går snart ut',
    'state.expiring.body': ({ card, days, date }) =>
      `Ditt ${card} går ut ${
        days === 0 ? 'i dag' : plural('sv', days, { one: 'i morgon', other: 'om # dagar' })
      }${date ? ` (i slutet av ${date})` : ''}. Uppdatera kortet så att din prenumeration fortsätter utan avbrott.`,
    'state.expired.title': 'Ditt kort har gått ut',
    'state.expired.body': ({ card, date }) =>
      `Ditt ${card} ${date ? `gick ut i slutet av ${date}` : 'har gått ut'}. Uppdatera kortet så att din prenumeration förblir aktiv.`,
    'state.failed.title': 'Din senaste betalning gick inte igenom',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Du har fortfarande ${amount} att betala.` : reason),
    'state.action_required.title': 'Din bank vill att du bekräftar en betalning',
    'state.action_required.body': ({ amount }) =>
      `Din bank vill försäkra sig om att betalningen${amount ? ` på ${amount}` : ''} verkligen kommer från dig. Det tar bara en stund.`,
    'state.failed.when': ({ date }) => `Vi försökte genomföra betalningen första gången den ${date}.`,
    'state.retry': ({ date }) => `Vi försöker genomföra betalningen igen den ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Din tillgång gäller till och med den ${date}. Uppdatera dina betalningsuppgifter innan dess för att behålla den.`,
    'state.updated.title': 'Tack, nu är allt klart',
    'state.updated.body': ({ card }) => `Från och med nu används ditt ${card} för din prenumeration.`,
    'state.recovered.body': ({ amount }) => `Din betalning${amount ? ` på ${amount}` : ''} har gått igenom. Tack!`,

    'state.processing.title': 'Din bankbetalning är på väg',
    'state.processing.body': ({ amount }) =>
      `Din bank behandlar din betalning${amount ? ` på ${amount}` : ''}. Det kan ta några bankdagar, och du behöver inte göra något.`,
    'state.missing.title': 'Lägg till en betalningsmetod',
    'state.missing.body': ({ date }) =>
      date
        ? `Din prenumeration behöver en betalningsmetod senast den ${date} för att fortsätta.`
        : 'Din prenumeration är pausad tills en betalningsmetod har lagts till. Lägg till en för att fortsätta.',

    'state.paused.title': 'Ditt abonnemang är pausat',
    'state.paused.body': ({ date }) =>
      date ? `Du debiteras inte förrän ${date}, då abonnemanget startar igen.` : 'Du debiteras inte medan det är pausat. Återuppta det när du är redo.',
    'banner.updateCard': 'Uppdatera kort',
    'banner.addPaymentMethod': 'Lägg till betalningsmetod',
    'banner.resume': 'Återuppta nu',
    'banner.confirmPayment': 'Bekräfta betalning',
    'banner.dismiss': 'Stäng meddelandet',

    'decline.insufficient_funds.title': 'Inte tillräckligt med pengar',
    'decline.insufficient_funds.body':
      'Din bank nekade betalningen eftersom det inte finns tillräckligt med pengar på kontot just nu. Du kan sätta in pengar och försöka igen, eller använda ett annat kort.',
    'decline.expired_card.title': 'Kortet har gått ut',
    'decline.expired_card.body': 'Din bank nekade betalningen eftersom kortet har gått ut. Lägg till ett kort som fortfarande är giltigt.',
    'decline.incorrect_cvc.title': 'Säkerhetskoden stämde inte',
    'decline.incorrect_cvc.body':
      'Säkerhetskoden (de 3 eller 4 siffrorna på kortet) stämde inte med bankens uppgifter. Ange kortuppgifterna igen.',
    'decline.incorrect_number.title': 'Kortnumret stämmer inte',
    'decline.incorrect_number.body': 'Kortnumret verkar inte vara rätt. Kontrollera det och ange det igen.',
    'decline.incorrect_expiry.title': 'Utgångsdatumet stämmer inte',
    'decline.incorrect_expiry.body': 'Utgångsdatumet stämmer inte med kortet. Kontrollera månad och år på kortet och ange dem igen.',
    'decline.incorrect_address.title': 'Fakturaadressen stämde inte',
    'decline.incorrect_address.body':
      'Postnumret eller adressen stämmer inte med bankens uppgifter. Ange den exakt som den står hos din bank.',
    'decline.card_not_supported.title': 'Kortet kan inte användas här',
    'decline.card_not_supported.body':
      'Ditt kort har inte stöd för den här typen av betalning. Använd ett annat kort eller be din bank att aktivera det.',
    'decline.currency_not_supported.title': 'Kortet har inte stöd för valutan',
    'decline.currency_not_supported.body':
      'Ditt kort kan inte betala i den här valutan. Använd ett annat kort eller fråga din bank om det går att aktivera.',
    'decline.not_allowed.title': 'Din bank stoppade betalningen',
    'decline.not_allowed.body':
      'Din bank tillåter inte den här betalningen med det här kortet. Banken kan ta bort spärren, eller så kan du använda ett annat kort.',
    'decline.payment_stopped.title': 'Betalningar till oss har stoppats',
    'decline.payment_stopped.body':
      'Din bank har ombetts att stoppa betalningar till oss från det här kortet. Om du vill behålla din prenumeration kan du be banken att tillåta dem igen eller använda ett annat kort.',
    'decline.limit_exceeded.title': 'Kortets beloppsgräns är nådd',
    'decline.limit_exceeded.body':
      'Betalningen skulle överskrida kortets beloppsgräns. Du kan försöka igen när gränsen har återställts, eller använda ett annat kort.',
    'decline.call_bank.title': 'Din bank vill att du hör av dig',
    'decline.call_bank.body':
      'Din bank nekade betalningen och ber dig kontakta dem. Numret finns oftast på baksidan av kortet.',
    'decline.generic.title': 'Betalningen nekades',
    'decline.generic.body':
      'Din bank nekade betalningen utan att säga varför. Banken kan berätta mer, eller så kan du använda ett annat kort.',
    'decline.temporary.title': 'Ett tillfälligt problem',
    'decline.temporary.body':
      'Något gick fel när betalningen behandlades, och det var inte ditt fel. Försök igen om en liten stund.',
    'decline.duplicate.title': 'Det här ser ut som en dubbelbetalning',
    'decline.duplicate.body':
      'En betalning på samma belopp gick igenom alldeles nyss, så din bank stoppade den här. Kontrollera ditt kontoutdrag innan du försöker igen.',
    'decline.invalid_amount.title': 'Din bank godkände inte beloppet',
    'decline.invalid_amount.body': 'Din bank godkände inte beloppet för den här betalningen. Kontakta din bank eller använd ett annat kort.',
    'decline.new_card_details.title': 'Dina kortuppgifter har ändrats',
    'decline.new_card_details.body':
      'Din bank har gett ut nya uppgifter för det här kortet. Ange de nya kortuppgifterna så att din prenumeration fortsätter.',
    'decline.account_closed.title': 'Kontot är avslutat',
    'decline.account_closed.body': 'Kontot bakom det här betalsättet är avslutat eller går inte att hitta. Använd ett annat betalsätt.',
    'decline.authentication_required.title': 'Din bank behöver en bekräftelse',
    'decline.authentication_required.body':
      'Din bank vill att du bekräftar betalningen innan den genomförs. Det tar bara en stund.',
    'decline.authentication_failed.title': 'Bekräftelsen gick inte igenom',
    'decline.authentication_failed.body':
      'Vi kunde inte bekräfta betalningen med din bank. Försök igen eller använd ett annat kort.',
    'decline.test_card.title': 'Det här kortet kan inte debiteras',
    'decline.test_card.body': 'Det här kortet kan inte användas för riktiga betalningar. Använd ett annat kort.',
    'decline.debit_not_authorized.title': 'Autogirot var inte godkänt',
    'decline.debit_not_authorized.body':
      'Din bank meddelar att autogirot inte var godkänt eller har bestridits. Använd ett annat betalsätt eller be din bank att tillåta det.',
    'decline.bank_account_problem.title': 'Ett problem med bankkontot',
    'decline.bank_account_problem.body':
      'Din bank kunde inte dra betalningen från det här kontot. Kontrollera kontouppgifterna eller använd ett annat betalsätt.',
    'decline.provider_declined.title': 'Betalningen nekades',
    'decline.provider_declined.body': 'Betaltjänsten nekade den här betalningen. Använd ett annat betalsätt.',

    'action.update_card': 'Uppdatera ditt kort',
    'action.use_another_method': 'Använd ett annat kort',
    'action.call_bank': 'Kontakta din bank',
    'action.confirm_with_bank': 'Bekräfta hos din bank',
    'action.try_again_later': 'Försök igen senare',

    'form.title': 'Uppdatera din betalningsmetod',
    'form.payNow': ({ amount }) => `Din nya betalningsmetod debiteras ${amount} direkt för betalningen som har förfallit.`,
    'form.submit': 'Spara betalningsmetod',
    'form.cancel': 'Avbryt',
    'form.loading': 'Laddar det säkra betalningsformuläret…',
    'form.saving': 'Sparar din betalningsmetod…',
    'form.confirming': 'Väntar på bekräftelse från din bank…',
    'form.finishing': 'Slutför din uppdatering…',
    'form.unavailable': 'Betalningsformuläret kunde inte laddas. Kontrollera din anslutning och försök igen.',
    'form.retry': 'Försök igen',
    'form.interrupted': 'Anslutningen bröts innan uppdateringen var klar. Dina uppgifter finns kvar: försök igen för att slutföra. Du debiteras inte två gånger.',
    'form.rateLimited': 'För många försök på kort tid. Vänta några minuter och försök sedan igen.',
    'form.pending': 'Din bank behandlar fortfarande den här betalningsmetoden. Ditt konto uppdateras så snart den har bekräftats.',
    'form.microdeposits': ({ date }) =>
      `Titta på ditt bankkonto ${date ? `runt den ${date}` : 'om 1–2 bankdagar'}: vi skickar en liten insättning dit. Följ länken och ange det du ser vid insättningen, så används ditt bankkonto från och med då. Till dess är din sparade betalningsmetod oförändrad.`,
    'form.microdepositsLink': 'Verifiera ditt bankkonto',
    'form.declinedToo': 'Även det här kortet nekades. Din sparade betalningsmetod är oförändrad och inget har dragits.',

    'wall.notNow': 'Inte nu',
    'wall.paused': 'Din tillgång är pausad tills betalningen är ordnad.',
    'wall.continue': 'Fortsätt',
    'wall.logout': 'Logga ut',
    'wall.support': 'Kontakta support',
    'wall.cancelSubscription': 'Säg upp prenumerationen',
  },
} satisfies Translation;

export default sv;
