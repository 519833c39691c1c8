import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'por dia', week: 'por semana', month: 'por mês', year: 'por ano' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'a cada # dias' },
  week: { other: 'a cada # semanas' },
  month: { other: 'a cada # meses' },
  year: { other: 'a cada # anos' },
};

/** Brazilian Portuguese (“você”), as the banner. */
const ptBR = {
  locale: 'pt-BR',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Não consegue pagar agora?',
    'care.offers.title': 'Outras opções',
    'care.offers.intro': 'Se agora não é um bom momento, você não precisa sair. Dá para fazer uma pausa ou mudar para um plano menor.',
    'care.offers.loading': 'Carregando suas opções…',
    'care.offers.error': 'Não foi possível carregar suas opções, e nada mudou. Tente de novo em instantes.',
    'care.offers.none': 'No momento, não há outra opção para sua assinatura. Nossa equipe de suporte terá prazer em ajudar.',
    'care.back': 'Voltar',
    'care.confirm.title': 'Confira antes de confirmar',
    'care.working': 'Salvando sua escolha…',
    'care.failed': 'Não deu certo, e nada mudou. Tente de novo.',
    'care.refused': 'Esta opção não está mais disponível para sua assinatura. Nada mudou.',

    'care.pause.title': 'Pausar sua assinatura',
    'care.pause.length': 'Por quanto tempo?',
    'care.pause.months': ({ months }) => plural('pt-BR', months, { one: '# mês', other: '# meses' }),
    'care.pause.resumesOn': ({ date }) => `As cobranças voltam em ${date}.`,
    'care.pause.stopsService': 'Até lá, sua assinatura fica suspensa e você não será cobrado.',
    'care.pause.keepsService': 'Você pode continuar usando o serviço e não será cobrado até lá.',
    'care.pause.noAccess': 'Enquanto estiver pausada, você não poderá usar os recursos pagos da sua conta.',
    'care.pause.confirm': ({ months }) => plural('pt-BR', months, { one: 'Pausar por # mês', other: 'Pausar por # meses' }),
    'care.pause.done': ({ date }) => `Sua assinatura está pausada. As cobranças voltam em ${date}.`,

    'care.overdue.void': ({ amount }) => `O valor em aberto de ${amount} será cancelado: você não vai mais dever esse valor.`,
    'care.overdue.leaveOpen': ({ amount }) => `O valor em aberto de ${amount} continua pendente, e vamos continuar tentando cobrá-lo.`,

    'care.plan.title': 'Mudar para um plano menor',
    'care.plan.current': ({ plan, price }) => `Seu plano atual é ${plan} (${price}).`,
    'care.plan.choose': 'Escolha um plano',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Hoje vamos cobrar ${amount} na forma de pagamento cadastrada e, depois, a cada renovação.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Você vai pagar ${amount} a partir da próxima fatura, em ${date}.` : `Você vai pagar ${amount} a partir da próxima fatura.`,
    'care.plan.prorate': 'Qualquer diferença do período atual será acertada na sua próxima fatura.',
    'care.plan.prorateNow': 'Qualquer diferença do período atual é cobrada ou creditada na hora.',
    'care.plan.confirm': ({ plan }) => `Mudar para ${plan}`,
    'care.plan.done': ({ plan }) => `Agora seu plano é ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('pt-BR', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Retomando sua assinatura…',
    'care.resume.done': 'Que bom ter você de volta! Sua assinatura está ativa novamente.',

    'care.support.open': 'Falar com o suporte',
    'care.support.subject': 'Ajuda com meu pagamento',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Olá,',
        '',
        'Preciso de ajuda com meu pagamento.',
        '',
        `O que estou vendo: ${summary}`,
        ...(reason ? [`O que o banco informou: ${reason}`] : []),
        ...(invoice ? [`Fatura: ${invoice}`] : []),
        ...(amount ? [`Valor devido: ${amount}`] : []),
        '',
        'Obrigado',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Você pagou ${amount} hoje.`,
    'care.receipt.next': ({ date }) => `Seu próximo pagamento será em ${date}.`,

    'care.rating.question': 'Foi fácil?',
    'care.rating.send': 'Enviar',
    'care.rating.1': 'Muito difícil',
    'care.rating.2': 'Difícil',
    'care.rating.3': 'Nem fácil nem difícil',
    'care.rating.4': 'Fácil',
    'care.rating.5': 'Muito fácil',
    'care.rating.thanks': 'Obrigado pelo seu retorno.',
  },
} satisfies CareTranslation;

export default ptBR;
