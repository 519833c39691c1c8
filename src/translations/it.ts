import { plural } from './plural.js';
import type { Translation } from './types.js';

/** “al 3 marzo”, but “all’8 marzo” and “all’11 marzo” (the date arrives formatted, day first). */
const al = (date: string) => (/^(8|11)\D/.test(date) ? 'all’' : 'al ') + date;

/** Italian, informal “tu” as usual in consumer apps. */
const it = {
  locale: 'it',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} che termina con ${last4}` : brand),
    'card.generic': 'carta',
    // Feminine like "carta", so "la tua …" fits every card description.
    'paymentMethod.generic': 'modalità di pagamento',

    'state.expiring.title': 'La tua carta sta per scadere',
    'state.expiring.body': ({ card, days, date }) =>
      `La tua ${card} scade ${
        days === 0 ? 'oggi' : plural('it', days, { one: 'domani', many: 'tra # di giorni', other: 'tra # giorni' })
      }${date ? ` (fine ${date})` : ''}. Aggiorna i dati della carta per continuare a usare l’abbonamento senza interruzioni.`,
    'state.expired.title': 'La tua carta è scaduta',
    'state.expired.body': ({ card, date }) =>
      `La tua ${card} è scaduta${date ? ` a fine ${date}` : ''}. Aggiorna i dati della carta per mantenere attivo l’abbonamento.`,
    'state.failed.title': 'Il tuo ultimo pagamento non è andato a buon fine',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Importo ancora da pagare: ${amount}.` : reason),
    'state.action_required.title': 'La tua banca ti chiede di confermare un pagamento',
    'state.action_required.body': ({ amount }) =>
      `La tua banca vuole assicurarsi che il pagamento${amount ? ` di ${amount}` : ''} sia stato fatto proprio da te. Ci vuole solo un attimo.`,
    'state.failed.when': ({ date }) => `Abbiamo tentato il pagamento per la prima volta in data ${date}.`,
    'state.retry': ({ date }) => `Riproveremo il pagamento in data ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Il tuo accesso resta attivo fino ${al(date)}. Aggiorna i dati di pagamento entro quella data per non perderlo.`,
    'state.updated.title': 'Grazie, è tutto a posto',
    'state.updated.body': ({ card }) => `D’ora in poi useremo la tua ${card} per l’abbonamento.`,
    'state.recovered.body': ({ amount }) =>
      `Il tuo pagamento${amount ? ` di ${amount}` : ''} è andato a buon fine. Grazie!`,

    'state.processing.title': 'Il tuo pagamento bancario è in corso',
    'state.processing.body': ({ amount }) =>
      `La tua banca sta elaborando il pagamento${amount ? ` di ${amount}` : ''}. Possono volerci alcuni giorni lavorativi e non devi fare nulla.`,
    'state.missing.title': 'Aggiungi un metodo di pagamento',
    'state.missing.body': ({ date }) =>
      date
        ? `Per continuare, il tuo abbonamento ha bisogno di un metodo di pagamento entro il giorno ${date}.`
        : 'Il tuo abbonamento è in pausa finché non aggiungi un metodo di pagamento. Aggiungine uno per continuare.',

    'state.paused.title': 'Il tuo abbonamento è in pausa',
    'state.paused.body': ({ date }) =>
      date ? `Non ti verrà addebitato nulla fino ${al(date)}, quando l’abbonamento riprenderà.` : 'Non ti verrà addebitato nulla finché è in pausa. Riprendilo quando vuoi.',
    'banner.updateCard': 'Aggiorna la carta',
    'banner.addPaymentMethod': 'Aggiungi un metodo di pagamento',
    'banner.resume': 'Riprendi ora',
    'banner.confirmPayment': 'Conferma il pagamento',
    'banner.dismiss': 'Chiudi questo messaggio',

    'decline.insufficient_funds.title': 'Fondi insufficienti',
    'decline.insufficient_funds.body':
      'La tua banca ha rifiutato il pagamento perché al momento sul conto non ci sono fondi sufficienti. Puoi aggiungere fondi e riprovare, oppure usare un’altra carta.',
    'decline.expired_card.title': 'La carta è scaduta',
    'decline.expired_card.body':
      'La tua banca ha rifiutato il pagamento perché la carta è scaduta. Aggiungi una carta ancora valida.',
    'decline.incorrect_cvc.title': 'Il codice di sicurezza non corrisponde',
    'decline.incorrect_cvc.body':
      'Il codice di sicurezza (le 3 o 4 cifre sulla carta) non corrisponde a quello registrato dalla tua banca. Inserisci di nuovo i dati della carta.',
    'decline.incorrect_number.title': 'Il numero della carta non è corretto',
    'decline.incorrect_number.body': 'Sembra che il numero della carta non sia corretto. Controllalo e inseriscilo di nuovo.',
    'decline.incorrect_expiry.title': 'La data di scadenza non è corretta',
    'decline.incorrect_expiry.body':
      'La data di scadenza non corrisponde alla carta. Controlla il mese e l’anno indicati sulla carta e inseriscili di nuovo.',
    'decline.incorrect_address.title': 'L’indirizzo di fatturazione non corrisponde',
    'decline.incorrect_address.body':
      'Il CAP o l’indirizzo non corrisponde a quello registrato dalla tua banca. Inseriscilo esattamente come risulta alla banca.',
    'decline.card_not_supported.title': 'Questa carta non può essere usata qui',
    'decline.card_not_supported.body':
      'La tua carta non supporta questo tipo di pagamento. Usa un’altra carta oppure chiedi alla tua banca di abilitarlo.',
    'decline.currency_not_supported.title': 'La carta non supporta questa valuta',
    'decline.currency_not_supported.body':
      'Con la tua carta non puoi pagare in questa valuta. Usa un’altra carta oppure chiedi alla tua banca se è possibile abilitarla.',
    'decline.not_allowed.title': 'La tua banca ha bloccato questo pagamento',
    'decline.not_allowed.body':
      'La tua banca non consente questo pagamento con questa carta. La banca può rimuovere il blocco, oppure puoi usare un’altra carta.',
    'decline.payment_stopped.title': 'I pagamenti a nostro favore sono stati bloccati',
    'decline.payment_stopped.body':
      'Alla tua banca è stato chiesto di bloccare i pagamenti a nostro favore da questa carta. Se vuoi mantenere l’abbonamento, chiedi alla banca di consentirli di nuovo o usa un’altra carta.',
    'decline.limit_exceeded.title': 'Hai raggiunto il limite della carta',
    'decline.limit_exceeded.body':
      'Il pagamento supererebbe il limite di spesa della tua carta. Puoi riprovare quando il limite si rinnova, oppure usare un’altra carta.',
    'decline.call_bank.title': 'La tua banca vuole parlarti',
    'decline.call_bank.body':
      'La tua banca ha rifiutato il pagamento e ti chiede di contattarla. Di solito il numero si trova sul retro della carta.',
    'decline.generic.title': 'Il pagamento è stato rifiutato',
    'decline.generic.body':
      'La tua banca ha rifiutato il pagamento senza indicarci il motivo. La banca può darti più informazioni, oppure puoi usare un’altra carta.',
    'decline.temporary.title': 'Un problema temporaneo',
    'decline.temporary.body':
      'Si è verificato un problema durante l’elaborazione del pagamento, e non dipende da te. Riprova tra poco.',
    'decline.duplicate.title': 'Sembra un pagamento doppio',
    'decline.duplicate.body':
      'Un pagamento dello stesso importo è andato a buon fine pochissimo tempo fa, quindi la tua banca ha bloccato questo nuovo tentativo. Controlla l’estratto conto prima di riprovare.',
    'decline.invalid_amount.title': 'La tua banca non ha accettato l’importo',
    'decline.invalid_amount.body':
      'La tua banca non ha accettato l’importo di questo pagamento. Contatta la banca oppure usa un’altra carta.',
    'decline.new_card_details.title': 'I dati della tua carta sono cambiati',
    'decline.new_card_details.body':
      'La tua banca ha emesso nuovi dati per questa carta. Inseriscili per mantenere attivo l’abbonamento.',
    'decline.account_closed.title': 'Il conto è stato chiuso',
    'decline.account_closed.body':
      'Il conto collegato a questa modalità di pagamento è stato chiuso o non è stato trovato. Usa un’altra modalità di pagamento.',
    'decline.authentication_required.title': 'La tua banca chiede una conferma',
    'decline.authentication_required.body':
      'La tua banca vuole che tu confermi questo pagamento prima di completarlo. Ci vuole solo un attimo.',
    'decline.authentication_failed.title': 'La conferma non è andata a buon fine',
    'decline.authentication_failed.body':
      'Non siamo riusciti a confermare il pagamento con la tua banca. Riprova oppure usa un’altra carta.',
    'decline.test_card.title': 'Non è possibile addebitare questa carta',
    'decline.test_card.body': 'Questa carta non può essere usata per pagamenti reali. Usa un’altra carta.',
    'decline.debit_not_authorized.title': 'L’addebito diretto non è stato autorizzato',
    'decline.debit_not_authorized.body':
      'Secondo la tua banca, l’addebito diretto non è stato autorizzato o è stato contestato. Usa un’altra modalità di pagamento oppure chiedi alla banca di consentirlo.',
    'decline.bank_account_problem.title': 'Un problema con il conto bancario',
    'decline.bank_account_problem.body':
      'La tua banca non è riuscita ad addebitare il pagamento su questo conto. Controlla i dati del conto o usa un’altra modalità di pagamento.',
    'decline.provider_declined.title': 'Il pagamento è stato rifiutato',
    'decline.provider_declined.body': 'Il servizio di pagamento ha rifiutato questo pagamento. Usa un’altra modalità di pagamento.',

    'action.update_card': 'Aggiorna la carta',
    'action.use_another_method': 'Usa un’altra carta',
    'action.call_bank': 'Contatta la tua banca',
    'action.confirm_with_bank': 'Conferma con la tua banca',
    'action.try_again_later': 'Riprova più tardi',

    'form.title': 'Aggiorna il metodo di pagamento',
    'form.payNow': ({ amount }) => `Il nuovo metodo di pagamento verrà addebitato subito di ${amount} per il pagamento in sospeso.`,
    'form.submit': 'Salva il metodo di pagamento',
    'form.cancel': 'Annulla',
    'form.loading': 'Caricamento del modulo di pagamento sicuro…',
    'form.saving': 'Salvataggio del metodo di pagamento…',
    'form.confirming': 'In attesa della conferma della tua banca…',
    'form.finishing': 'Completamento dell’aggiornamento…',
    'form.unavailable': 'Non è stato possibile caricare il modulo di pagamento. Controlla la connessione e riprova.',
    'form.retry': 'Riprova',
    'form.interrupted': 'La connessione si è interrotta prima che l’aggiornamento fosse completato. I tuoi dati sono conservati: riprova per completarlo. Non ti verrà addebitato nulla due volte.',
    'form.rateLimited': 'Troppi tentativi in poco tempo. Attendi qualche minuto, poi riprova.',
    'form.pending': 'La tua banca sta ancora elaborando questo metodo di pagamento. Il tuo account verrà aggiornato non appena sarà confermato.',
    'form.microdeposits': ({ date }) =>
      `Controlla il tuo conto bancario ${date ? `intorno ${al(date)}` : 'tra 1 e 2 giorni lavorativi'}: ti invieremo un piccolo accredito. Segui il link per inserire ciò che riporta, e da quel momento useremo il tuo conto bancario. Fino ad allora, il metodo di pagamento salvato resta invariato.`,
    'form.microdepositsLink': 'Verifica il tuo conto bancario',
    'form.declinedToo': 'Anche questa carta è stata rifiutata. Il metodo di pagamento salvato non è cambiato e non è stato addebitato nulla.',

    'wall.notNow': 'Non ora',
    'wall.paused': 'Il tuo accesso è sospeso finché il pagamento non sarà risolto.',
    'wall.continue': 'Continua',
    'wall.logout': 'Esci',
    'wall.support': 'Contatta l’assistenza',
    'wall.cancelSubscription': 'Annulla l’abbonamento',
  },
} satisfies Translation;

export default it;
