import type { NotifyStrings } from './types.js';

/** “a Netflix”, but “ad Acme”: the euphonic d before a name that starts with an a. */
const a = (merchant: string) => `${/^a/i.test(merchant) ? 'ad' : 'a'} ${merchant}`;

/**
 * Italian (it): informal "tu", as the banner (`src/translations/it.ts`): pagamento, carta,
 * abbonamento, metodo di pagamento; an open payment is "in sospeso". Dates follow "in data", as in
 * the banner, so no article has to agree with the day. SMS use straight apostrophes (GSM 7-bit).
 */
export default {
  locale: 'it',
  messages: {
    'subject.failed': ({ merchant }) => `Il tuo pagamento per ${merchant} non è andato a buon fine`,
    'subject.action_required': ({ merchant }) => `Conferma il tuo pagamento per ${merchant}`,
    'subject.expiring': ({ merchant }) => `La tua carta per ${merchant} sta per scadere`,
    'subject.final': ({ merchant }) => `Serve un tuo intervento: il pagamento per ${merchant} è ancora in sospeso`,
    'subject.reminder': ({ merchant }) => `Promemoria: il pagamento per ${merchant} è ancora in sospeso`,
    'subject.access_ends': ({ merchant }) => `Il tuo accesso ${a(merchant)} sta per terminare`,
    'subject.recovered': ({ merchant }) => `Grazie: il tuo pagamento per ${merchant} è andato a buon fine`,

    'lead.failed': ({ merchant }) =>
      `Non siamo riusciti ad addebitare l’ultimo pagamento del tuo abbonamento ${a(merchant)}.`,
    'lead.action_required': ({ merchant }) => `La tua banca ti chiede di confermare l’ultimo pagamento per ${merchant}.`,
    'lead.expiring': ({ merchant }) => `La carta che usi per ${merchant} sta per scadere.`,
    'lead.final': ({ merchant }) =>
      `Abbiamo provato più volte, ma non siamo riusciti ad addebitare il pagamento del tuo abbonamento ${a(merchant)} e non riproveremo in automatico.`,
    'lead.reminder': ({ merchant }) =>
      `Un breve promemoria: il pagamento del tuo abbonamento ${a(merchant)} è ancora in sospeso.`,
    'lead.access_ends': ({ merchant }) =>
      `Il tuo accesso ${a(merchant)} sta per terminare perché un pagamento è ancora in sospeso.`,
    'lead.recovered': ({ merchant }) =>
      `Grazie! Il tuo pagamento per ${merchant} è andato a buon fine e il tuo abbonamento è a posto.`,

    // SMS: GSM 7-bit characters only (straight apostrophes), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) =>
      `${merchant}: il tuo pagamento non è andato a buon fine. Aggiorna la carta qui: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: la tua banca ti chiede di confermare un pagamento: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: la tua carta scade prima del prossimo pagamento. Aggiornala qui: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: il tuo pagamento è ancora in sospeso e non riproveremo. Risolvi qui: ${link}`,
    'sms.reminder': ({ merchant, link }) =>
      `${merchant}: promemoria, il tuo pagamento è ancora in sospeso. Risolvi qui: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: il tuo accesso termina a breve per un pagamento in sospeso. Risolvi qui: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: grazie, il pagamento è andato a buon fine. Dettagli: ${link}`,
    'sms.help': ({ contact }) => `Assistenza: ${contact}`,

    'email.greeting': ({ name }) => `Ciao ${name},`,
    'email.greetingNoName': 'Ciao,',
    'email.cta.update': 'Aggiorna il metodo di pagamento',
    'email.cta.confirm': 'Conferma il pagamento',
    'email.cta.view': 'Vedi i dettagli di fatturazione',
    'email.linkFallback': 'Se il pulsante non funziona, copia questo link nel browser:',
    'email.support': ({ contact }) => `Domande? Siamo qui per aiutarti: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Ricevi questa email perché hai un abbonamento ${a(merchant)}. Riguarda la fatturazione, quindi ti viene inviata anche se hai disattivato le newsletter.`,

    'tone.soft':
      'Di solito è un problema temporaneo e la tua carta non ha nulla che non va: spesso basta aggiungere fondi o riprovare più tardi.',
    'tone.hard':
      'Questa carta non può più essere usata per il tuo abbonamento. Aggiungi un’altra carta o un altro metodo di pagamento.',

    'recovered.paid': ({ amount, date }) => `Abbiamo ricevuto ${amount} in data ${date}.`,
    'recovered.next': ({ date }) => `Il prossimo pagamento è previsto in data ${date}.`,
    'expiring.before': ({ card, date }) =>
      `La tua ${card} scade prima del prossimo pagamento, previsto in data ${date}. Aggiornala ora per evitare interruzioni.`,
    'reminder.still': 'Basta un minuto per risolvere, e il tuo abbonamento continua senza interruzioni.',
    'accessEnds.when': ({ date }) => `Se il pagamento non viene risolto, il tuo accesso terminerà in data ${date}.`,

    'page.title': ({ merchant }) => `Aggiorna il metodo di pagamento · ${merchant}`,
    'page.heading': 'Aggiorna il metodo di pagamento',
    'page.intro': ({ merchant }) =>
      `Aggiungi una nuova carta o un nuovo metodo di pagamento per il tuo abbonamento ${a(merchant)}. Non serve accedere.`,
    'page.done': 'Fatto. Grazie! Puoi chiudere questa pagina.',
    'page.invalid.title': 'Questo link non funziona',
    'page.invalid.body':
      'Il link potrebbe essere incompleto. Aprilo di nuovo dal messaggio che ti abbiamo inviato, oppure accedi al tuo account per aggiornare il metodo di pagamento.',
    'page.expired.title': 'Questo link è scaduto',
    'page.expired.body':
      'Per la tua sicurezza, i link di aggiornamento funzionano solo per un tempo limitato. Accedi al tuo account per aggiornare il metodo di pagamento.',
    'page.used.title': 'È già tutto risolto',
    'page.used.body':
      'Il pagamento a cui si riferiva questo link è stato risolto, quindi il link non funziona più. Non devi fare nient’altro.',
    'page.signIn': 'Accedi al tuo account',
    'page.help': ({ contact }) => `Serve aiuto? Contattaci: ${contact}`,
    'page.noscript': 'Attiva JavaScript per aggiornare il metodo di pagamento in modo sicuro.',
  },
} satisfies NotifyStrings;
