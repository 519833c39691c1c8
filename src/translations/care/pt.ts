import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'por dia', week: 'por semana', month: 'por mês', year: 'por ano' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'a cada # dias' },
  week: { other: 'a cada # semanas' },
  month: { other: 'a cada # meses' },
  year: { other: 'a cada # anos' },
};

/** European Portuguese (AO90 spelling), polite third person (“o seu”, “Tente”) as the banner. */
const pt = {
  locale: 'pt',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Não consegue pagar agora?',
    'care.offers.title': 'Outras opções',
    'care.offers.intro': 'Se agora não é boa altura, não precisa de sair. Pode fazer uma pausa ou mudar para um plano mais pequeno.',
    'care.offers.loading': 'A carregar as suas opções…',
    'care.offers.error': 'Não foi possível carregar as suas opções, e nada mudou. Tente novamente daqui a pouco.',
    'care.offers.none': 'De momento, não há outra opção para a sua subscrição. A nossa equipa de apoio terá todo o gosto em ajudar.',
    'care.back': 'Voltar',
    'care.confirm.title': 'Verifique antes de confirmar',
    'care.working': 'A guardar a sua escolha…',
    'care.failed': 'Não resultou, e nada mudou. Tente novamente.',
    'care.refused': 'Esta opção já não está disponível para a sua subscrição. Nada mudou.',

    'care.pause.title': 'Pausar a sua subscrição',
    'care.pause.length': 'Durante quanto tempo?',
    'care.pause.months': ({ months }) => plural('pt-PT', months, { one: '# mês', other: '# meses' }),
    'care.pause.resumesOn': ({ date }) => `As cobranças recomeçam a ${date}.`,
    'care.pause.stopsService': 'Até lá, a sua subscrição fica suspensa e não será cobrado.',
    'care.pause.keepsService': 'Pode continuar a utilizar o serviço e não será cobrado até lá.',
    'care.pause.noAccess': 'Enquanto estiver em pausa, não poderá utilizar as funcionalidades pagas da sua conta.',
    'care.pause.confirm': ({ months }) => plural('pt-PT', months, { one: 'Pausar durante # mês', other: 'Pausar durante # meses' }),
    'care.pause.done': ({ date }) => `A sua subscrição está em pausa. As cobranças recomeçam a ${date}.`,

    'care.overdue.void': ({ amount }) => `O valor em dívida de ${amount} será anulado: deixa de o dever.`,
    'care.overdue.leaveOpen': ({ amount }) => `O valor em dívida de ${amount} continua por pagar, e continuaremos a tentar cobrá-lo.`,

    'care.plan.title': 'Mudar para um plano mais pequeno',
    'care.plan.current': ({ plan, price }) => `O seu plano atual é ${plan} (${price}).`,
    'care.plan.choose': 'Escolha um plano',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Hoje será cobrado ${amount} no método de pagamento guardado e, depois, em cada renovação.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Pagará ${amount} a partir da próxima fatura, a ${date}.` : `Pagará ${amount} a partir da próxima fatura.`,
    'care.plan.prorate': 'Qualquer diferença relativa ao período atual será acertada na próxima fatura.',
    'care.plan.prorateNow': 'Qualquer diferença relativa ao período atual é cobrada ou creditada de imediato.',
    'care.plan.confirm': ({ plan }) => `Mudar para ${plan}`,
    'care.plan.done': ({ plan }) => `O seu plano é agora ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('pt-PT', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'A retomar a sua subscrição…',
    'care.resume.done': 'Bem-vindo de volta! A sua subscrição está novamente ativa.',

    'care.support.open': 'Contactar o apoio',
    'care.support.subject': 'Ajuda com o meu pagamento',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Olá,',
        '',
        'Preciso de ajuda com o meu pagamento.',
        '',
        `O que vejo: ${summary}`,
        ...(reason ? [`O que o banco indicou: ${reason}`] : []),
        ...(invoice ? [`Fatura: ${invoice}`] : []),
        ...(amount ? [`Valor em dívida: ${amount}`] : []),
        '',
        'Obrigado',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Hoje foi pago o valor de ${amount}.`,
    'care.receipt.next': ({ date }) => `O seu próximo pagamento é a ${date}.`,

    'care.rating.question': 'Foi fácil?',
    'care.rating.send': 'Enviar',
    'care.rating.1': 'Muito difícil',
    'care.rating.2': 'Difícil',
    'care.rating.3': 'Nem fácil nem difícil',
    'care.rating.4': 'Fácil',
    'care.rating.5': 'Muito fácil',
    'care.rating.thanks': 'Obrigado pela sua opinião.',
  },
} satisfies CareTranslation;

export default pt;
