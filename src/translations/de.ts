import { plural } from './plural.js';
import type { Translation } from './types.js';

/** German (formal “Sie”). */
const de = {
  locale: 'de',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} mit der Endung ${last4}` : brand),
    'card.generic': 'Karte',
    'paymentMethod.generic': 'Zahlungsmethode',

    'state.expiring.title': 'Ihre Karte läuft bald ab',
    'state.expiring.body': ({ card, days, date }) =>
      `Ihre ${card} läuft ${
        days === 0 ? 'heute' : plural('de', days, { one: 'morgen', other: 'in # Tagen' })
      } ab${date ? ` (Ende ${date})` : ''}. Aktualisieren Sie Ihre Kartendaten, damit Ihr Abo ohne Unterbrechung weiterläuft.`,
    'state.expired.title': 'Ihre Karte ist abgelaufen',
    'state.expired.body': ({ card, date }) =>
      `Ihre ${card} ist ${date ? `Ende ${date} ` : ''}abgelaufen. Aktualisieren Sie Ihre Kartendaten, damit Ihr Abo aktiv bleibt.`,
    'state.failed.title': 'Ihre letzte Zahlung hat nicht geklappt',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Es sind noch ${amount} offen.` : reason),
    'state.action_required.title': 'Ihre Bank bittet Sie, eine Zahlung zu bestätigen',
    'state.action_required.body': ({ amount }) =>
      `Ihre Bank möchte sichergehen, dass die Zahlung${amount ? ` über ${amount}` : ''} wirklich von Ihnen stammt. Das dauert nur einen Moment.`,
    'state.failed.when': ({ date }) => `Wir haben die Zahlung am ${date} zum ersten Mal versucht.`,
    'state.retry': ({ date }) => `Wir versuchen die Zahlung am ${date} erneut.`,
    'state.accessEnds': ({ date }) =>
      `Sie haben noch bis zum ${date} Zugriff. Aktualisieren Sie bis dahin Ihre Zahlungsdaten, damit das so bleibt.`,
    'state.updated.title': 'Vielen Dank, alles erledigt',
    'state.updated.body': ({ card }) => `Ab sofort wird Ihre ${card} für Ihr Abo verwendet.`,
    'state.recovered.body': ({ amount }) =>
      `Ihre Zahlung${amount ? ` über ${amount}` : ''} war erfolgreich. Vielen Dank!`,

    'state.processing.title': 'Ihre Bankzahlung ist unterwegs',
    'state.processing.body': ({ amount }) =>
      `Ihre Bank bearbeitet Ihre Zahlung${amount ? ` über ${amount}` : ''}. Das kann einige Werktage dauern – Sie müssen nichts weiter tun.`,
    'state.missing.title': 'Zahlungsmethode hinzufügen',
    'state.missing.body': ({ date }) =>
      date
        ? `Ihr Abo braucht bis zum ${date} eine Zahlungsmethode, damit es weiterläuft.`
        : 'Ihr Abo ist pausiert, bis eine Zahlungsmethode hinterlegt ist.',

    'state.paused.title': 'Ihr Abo ist pausiert',
    'state.paused.body': ({ date }) =>
      date ? `Bis zum ${date}, wenn Ihr Abo wieder startet, wird nichts abgebucht.` : 'Solange es pausiert ist, wird nichts abgebucht. Setzen Sie es fort, wann immer Sie bereit sind.',
    'banner.updateCard': 'Karte aktualisieren',
    'banner.addPaymentMethod': 'Zahlungsmethode hinzufügen',
    'banner.resume': 'Jetzt fortsetzen',
    'banner.confirmPayment': 'Zahlung bestätigen',
    'banner.dismiss': 'Hinweis schließen',

    'decline.insufficient_funds.title': 'Nicht genügend Deckung',
    'decline.insufficient_funds.body':
      'Ihre Bank hat die Zahlung abgelehnt, weil das Konto derzeit nicht ausreichend gedeckt ist. Sie können für Deckung sorgen und es erneut versuchen oder eine andere Karte verwenden.',
    'decline.expired_card.title': 'Die Karte ist abgelaufen',
    'decline.expired_card.body':
      'Ihre Bank hat die Zahlung abgelehnt, weil die Karte abgelaufen ist. Bitte fügen Sie eine gültige Karte hinzu.',
    'decline.incorrect_cvc.title': 'Der Sicherheitscode stimmt nicht',
    'decline.incorrect_cvc.body':
      'Der Sicherheitscode (die 3 oder 4 Ziffern auf der Karte) stimmt nicht mit den Angaben Ihrer Bank überein. Bitte geben Sie die Kartendaten erneut ein.',
    'decline.incorrect_number.title': 'Die Kartennummer stimmt nicht',
    'decline.incorrect_number.body':
      'Die Kartennummer scheint nicht korrekt zu sein. Bitte prüfen Sie sie und geben Sie sie erneut ein.',
    'decline.incorrect_expiry.title': 'Das Ablaufdatum stimmt nicht',
    'decline.incorrect_expiry.body':
      'Das Ablaufdatum passt nicht zur Karte. Bitte prüfen Sie Monat und Jahr auf der Karte und geben Sie beides erneut ein.',
    'decline.incorrect_address.title': 'Die Rechnungsadresse stimmt nicht überein',
    'decline.incorrect_address.body':
      'Die Postleitzahl oder Adresse stimmt nicht mit den Angaben Ihrer Bank überein. Bitte geben Sie sie genau so ein, wie sie bei Ihrer Bank hinterlegt ist.',
    'decline.card_not_supported.title': 'Diese Karte kann hier nicht verwendet werden',
    'decline.card_not_supported.body':
      'Ihre Karte unterstützt diese Zahlungsart nicht. Bitte verwenden Sie eine andere Karte oder bitten Sie Ihre Bank, die Zahlungsart freizuschalten.',
    'decline.currency_not_supported.title': 'Die Karte unterstützt diese Währung nicht',
    'decline.currency_not_supported.body':
      'Mit Ihrer Karte kann nicht in dieser Währung bezahlt werden. Bitte verwenden Sie eine andere Karte oder fragen Sie Ihre Bank, ob sie das freischalten kann.',
    'decline.not_allowed.title': 'Ihre Bank hat diese Zahlung blockiert',
    'decline.not_allowed.body':
      'Ihre Bank lässt diese Zahlung mit dieser Karte nicht zu. Ihre Bank kann die Sperre aufheben, oder Sie verwenden eine andere Karte.',
    'decline.payment_stopped.title': 'Zahlungen an uns wurden gestoppt',
    'decline.payment_stopped.body':
      'Ihre Bank wurde beauftragt, Zahlungen mit dieser Karte an uns zu stoppen. Wenn Sie Ihr Abo behalten möchten, bitten Sie Ihre Bank, sie wieder zuzulassen, oder verwenden Sie eine andere Karte.',
    'decline.limit_exceeded.title': 'Das Kartenlimit ist erreicht',
    'decline.limit_exceeded.body':
      'Die Zahlung würde das Limit Ihrer Karte überschreiten. Sie können es erneut versuchen, sobald das Limit wieder frei ist, oder eine andere Karte verwenden.',
    'decline.call_bank.title': 'Bitte melden Sie sich bei Ihrer Bank',
    'decline.call_bank.body':
      'Ihre Bank hat die Zahlung abgelehnt und bittet Sie, sich bei ihr zu melden. Die Telefonnummer steht meist auf der Rückseite Ihrer Karte.',
    'decline.generic.title': 'Die Zahlung wurde abgelehnt',
    'decline.generic.body':
      'Ihre Bank hat die Zahlung abgelehnt, ohne uns den Grund zu nennen. Ihre Bank kann Ihnen mehr dazu sagen, oder Sie verwenden eine andere Karte.',
    'decline.temporary.title': 'Ein vorübergehendes Problem',
    'decline.temporary.body':
      'Bei der Verarbeitung der Zahlung ist etwas schiefgelaufen – das lag nicht an Ihnen. Bitte versuchen Sie es in Kürze noch einmal.',
    'decline.duplicate.title': 'Das sieht nach einer doppelten Zahlung aus',
    'decline.duplicate.body':
      'Eine Zahlung über denselben Betrag ist gerade erst erfolgt, deshalb hat Ihre Bank diese gestoppt. Bitte prüfen Sie Ihre Umsätze, bevor Sie es erneut versuchen.',
    'decline.invalid_amount.title': 'Ihre Bank hat den Betrag nicht akzeptiert',
    'decline.invalid_amount.body':
      'Ihre Bank hat den Betrag dieser Zahlung nicht akzeptiert. Bitte wenden Sie sich an Ihre Bank oder verwenden Sie eine andere Karte.',
    'decline.new_card_details.title': 'Ihre Kartendaten haben sich geändert',
    'decline.new_card_details.body':
      'Ihre Bank hat für diese Karte neue Daten ausgegeben. Bitte geben Sie die neuen Kartendaten ein, damit Ihr Abo weiterläuft.',
    'decline.account_closed.title': 'Das Konto wurde geschlossen',
    'decline.account_closed.body':
      'Das Konto zu dieser Zahlungsmethode wurde geschlossen oder ist nicht auffindbar. Bitte verwenden Sie eine andere Zahlungsmethode.',
    'decline.authentication_required.title': 'Ihre Bank braucht eine Bestätigung',
    'decline.authentication_required.body':
      'Ihre Bank möchte, dass Sie diese Zahlung bestätigen, bevor sie ausgeführt wird. Das dauert nur einen Moment.',
    'decline.authentication_failed.title': 'Die Bestätigung hat nicht geklappt',
    'decline.authentication_failed.body':
      'Wir konnten die Zahlung nicht mit Ihrer Bank bestätigen. Bitte versuchen Sie es erneut oder verwenden Sie eine andere Karte.',
    'decline.test_card.title': 'Diese Karte kann nicht belastet werden',
    'decline.test_card.body': 'Diese Karte kann nicht für echte Zahlungen verwendet werden. Bitte verwenden Sie eine andere Karte.',
    'decline.debit_not_authorized.title': 'Die Lastschrift wurde nicht genehmigt',
    'decline.debit_not_authorized.body':
      'Laut Ihrer Bank wurde die Lastschrift nicht genehmigt oder ihr wurde widersprochen. Bitte verwenden Sie eine andere Zahlungsmethode oder bitten Sie Ihre Bank, die Lastschrift zuzulassen.',
    'decline.bank_account_problem.title': 'Ein Problem mit dem Bankkonto',
    'decline.bank_account_problem.body':
      'Ihre Bank konnte die Zahlung nicht von diesem Konto einziehen. Bitte prüfen Sie die Kontodaten oder verwenden Sie eine andere Zahlungsmethode.',
    'decline.provider_declined.title': 'Die Zahlung wurde abgelehnt',
    'decline.provider_declined.body':
      'Der Zahlungsdienst hat diese Zahlung abgelehnt. Bitte verwenden Sie eine andere Zahlungsmethode.',

    'action.update_card': 'Karte aktualisieren',
    'action.use_another_method': 'Andere Karte verwenden',
    'action.call_bank': 'Bank kontaktieren',
    'action.confirm_with_bank': 'Bei Ihrer Bank bestätigen',
    'action.try_again_later': 'Später erneut versuchen',

    'form.title': 'Zahlungsmethode aktualisieren',
    'form.payNow': ({ amount }) => `Ihre neue Zahlungsmethode wird sofort mit ${amount} für die fällige Zahlung belastet.`,
    'form.submit': 'Zahlungsmethode speichern',
    'form.cancel': 'Abbrechen',
    'form.loading': 'Sicheres Zahlungsformular wird geladen…',
    'form.saving': 'Ihre Zahlungsmethode wird gespeichert…',
    'form.confirming': 'Warten auf die Bestätigung Ihrer Bank…',
    'form.finishing': 'Ihre Aktualisierung wird abgeschlossen…',
    'form.unavailable': 'Das Zahlungsformular konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    'form.retry': 'Erneut versuchen',
    'form.interrupted': 'Die Verbindung wurde unterbrochen, bevor die Aktualisierung abgeschlossen war. Ihre Angaben bleiben erhalten: Versuchen Sie es erneut, um sie abzuschließen. Es wird nichts doppelt abgebucht.',
    'form.rateLimited': 'Zu viele Versuche in kurzer Zeit. Bitte warten Sie ein paar Minuten und versuchen Sie es dann erneut.',
    'form.pending': 'Ihre Bank bearbeitet diese Zahlungsmethode noch. Ihr Konto wird aktualisiert, sobald sie bestätigt ist.',
    'form.microdeposits': ({ date }) =>
      `Prüfen Sie ${date ? `um den ${date}` : 'in 1–2 Werktagen'} Ihr Bankkonto: Wir überweisen einen kleinen Betrag darauf. Geben Sie über den Link ein, was Ihr Kontoauszug dazu zeigt. Bis dahin bleibt Ihre hinterlegte Zahlungsmethode unverändert.`,
    'form.microdepositsLink': 'Bankkonto bestätigen',
    'form.declinedToo': 'Auch diese Karte wurde abgelehnt. Ihre hinterlegte Zahlungsmethode ist unverändert, und es wurde nichts abgebucht.',

    'wall.notNow': 'Nicht jetzt',
    'wall.paused': 'Ihr Zugriff ist pausiert, bis die Zahlung geklärt ist.',
    'wall.continue': 'Weiter',
    'wall.logout': 'Abmelden',
    'wall.support': 'Support kontaktieren',
    'wall.cancelSubscription': 'Abo kündigen',
  },
} satisfies Translation;

export default de;
