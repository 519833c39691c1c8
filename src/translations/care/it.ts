import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

/** “il 3 marzo”, but “l’8 marzo” and “l’11 marzo” (the date arrives formatted, day first); the same for dal. */
const ARTICLE = { il: ['il ', 'l’'], dal: ['dal ', 'dall’'] } as const;
const art = (prep: keyof typeof ARTICLE, date: string) => ARTICLE[prep][/^(8|11)\D/.test(date) ? 1 : 0] + date;

const PER: Record<BillingInterval, string> = { day: 'al giorno', week: 'a settimana', month: 'al mese', year: 'all’anno' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'ogni # giorni' },
  week: { other: 'ogni # settimane' },
  month: { other: 'ogni # mesi' },
  year: { other: 'ogni # anni' },
};

/** Italian, informal “tu” as the banner. */
const it = {
  locale: 'it',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Non puoi pagare adesso?',
    'care.offers.title': 'Altre possibilità',
    'care.offers.intro': 'Se non è il momento giusto, non devi per forza andartene. Puoi prenderti una pausa o passare a un piano più piccolo.',
    'care.offers.loading': 'Caricamento delle tue opzioni…',
    'care.offers.error': 'Non è stato possibile caricare le tue opzioni e non è cambiato nulla. Riprova tra un momento.',
    'care.offers.none': 'Al momento non ci sono altre opzioni per il tuo abbonamento. Il nostro team di assistenza sarà felice di aiutarti.',
    'care.back': 'Indietro',
    'care.confirm.title': 'Controlla prima di confermare',
    'care.working': 'Salvataggio della tua scelta…',
    'care.failed': 'Non ha funzionato e non è cambiato nulla. Riprova.',
    'care.refused': 'Questa opzione non è più disponibile per il tuo abbonamento. Non è cambiato nulla.',

    'care.pause.title': 'Metti in pausa l’abbonamento',
    'care.pause.length': 'Per quanto tempo?',
    'care.pause.months': ({ months }) => plural('it', months, { one: '# mese', other: '# mesi' }),
    'care.pause.resumesOn': ({ date }) => `Gli addebiti riprenderanno ${art('dal', date)}.`,
    'care.pause.stopsService': 'Fino ad allora l’abbonamento è sospeso e non ti verrà addebitato nulla.',
    'care.pause.keepsService': 'Puoi continuare a usare il servizio e non ti verrà addebitato nulla fino ad allora.',
    'care.pause.noAccess': 'Durante la pausa non potrai usare le funzioni a pagamento del tuo account.',
    'care.pause.confirm': ({ months }) => plural('it', months, { one: 'Metti in pausa per # mese', other: 'Metti in pausa per # mesi' }),
    'care.pause.done': ({ date }) => `Il tuo abbonamento è in pausa. Gli addebiti riprenderanno ${art('dal', date)}.`,

    'care.overdue.void': ({ amount }) => `L’importo non pagato di ${amount} verrà annullato: non lo dovrai più.`,
    'care.overdue.leaveOpen': ({ amount }) => `L’importo non pagato di ${amount} resta dovuto e continueremo a provare a riscuoterlo.`,

    'care.plan.title': 'Passa a un piano più piccolo',
    'care.plan.current': ({ plan, price }) => `Il tuo piano attuale è ${plan} (${price}).`,
    'care.plan.choose': 'Scegli un piano',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Oggi ti verranno addebitati ${amount} sul metodo di pagamento salvato, e poi a ogni rinnovo.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Pagherai ${amount} a partire dalla prossima fattura, ${art('il', date)}.` : `Pagherai ${amount} a partire dalla prossima fattura.`,
    'care.plan.prorate': 'L’eventuale differenza per il periodo in corso verrà regolata nella prossima fattura.',
    'care.plan.prorateNow': 'L’eventuale differenza per il periodo in corso viene addebitata o accreditata subito.',
    'care.plan.confirm': ({ plan }) => `Passa a ${plan}`,
    'care.plan.done': ({ plan }) => `Ora il tuo piano è ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('it', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Riattivazione dell’abbonamento…',
    'care.resume.done': 'Che bello rivederti! Il tuo abbonamento è di nuovo attivo.',

    'care.support.open': 'Contatta l’assistenza',
    'care.support.subject': 'Aiuto con il mio pagamento',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Salve,',
        '',
        'ho bisogno di aiuto con il mio pagamento.',
        '',
        `Cosa vedo: ${summary}`,
        ...(reason ? [`Cosa ha detto la banca: ${reason}`] : []),
        ...(invoice ? [`Fattura: ${invoice}`] : []),
        ...(amount ? [`Importo dovuto: ${amount}`] : []),
        '',
        'Grazie',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Oggi hai pagato ${amount}.`,
    'care.receipt.next': ({ date }) => `Il prossimo pagamento sarà ${art('il', date)}.`,

    'care.rating.question': 'Quanto è stato facile?',
    'care.rating.send': 'Invia',
    'care.rating.1': 'Molto difficile',
    'care.rating.2': 'Difficile',
    'care.rating.3': 'Né facile né difficile',
    'care.rating.4': 'Facile',
    'care.rating.5': 'Molto facile',
    'care.rating.thanks': 'Grazie per avercelo detto.',
  },
} satisfies CareTranslation;

export default it;
