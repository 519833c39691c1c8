import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Brazilian Portuguese (“você”). */
const ptBR = {
  locale: 'pt-BR',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} com final ${last4}` : brand),
    'card.generic': 'cartão',
    'paymentMethod.generic': 'método de pagamento',

    'state.expiring.title': 'Seu cartão vence em breve',
    'state.expiring.body': ({ card, days, date }) =>
      `Seu ${card} vence ${
        days === 0 ? 'hoje' : plural('pt-BR', days, { one: 'amanhã', many: 'em # de dias', other: 'em # dias' })
      }${date ? ` (validade: ${date})` : ''}. Atualize o cartão para sua assinatura continuar sem interrupções.`,
    'state.expired.title': 'Seu cartão venceu',
    'state.expired.body': ({ card, date }) =>
      `Seu ${card} venceu${date ? ` no fim de ${date}` : ''}. Atualize o cartão para manter sua assinatura ativa.`,
    'state.failed.title': 'Seu último pagamento não foi aprovado',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} O valor de ${amount} ainda está em aberto.` : reason),
    'state.action_required.title': 'Seu banco precisa que você confirme um pagamento',
    'state.action_required.body': ({ amount }) =>
      `Seu banco quer confirmar que o pagamento${amount ? ` de ${amount}` : ''} foi mesmo feito por você. Leva só um instante.`,
    'state.failed.when': ({ date }) => `Tentamos fazer o pagamento pela primeira vez em ${date}.`,
    'state.retry': ({ date }) => `Vamos tentar fazer o pagamento de novo em ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Seu acesso continua até ${date}. Atualize seus dados de pagamento antes disso para não perdê-lo.`,
    'state.updated.title': 'Obrigado, está tudo certo',
    'state.updated.body': ({ card }) => `A partir de agora, seu ${card} será usado na sua assinatura.`,
    'state.recovered.body': ({ amount }) => `Seu pagamento${amount ? ` de ${amount}` : ''} foi aprovado. Obrigado!`,

    'state.processing.title': 'Seu pagamento bancário está a caminho',
    'state.processing.body': ({ amount }) =>
      `Seu pagamento${amount ? ` de ${amount}` : ''} está sendo processado pelo seu banco. Isso pode levar alguns dias úteis, e você não precisa fazer nada.`,
    'state.missing.title': 'Adicione uma forma de pagamento',
    'state.missing.body': ({ date }) =>
      date
        ? `Sua assinatura precisa de uma forma de pagamento até ${date} para continuar.`
        : 'Sua assinatura está pausada até que uma forma de pagamento seja adicionada. Adicione uma para continuar.',

    'state.paused.title': 'Sua assinatura está pausada',
    'state.paused.body': ({ date }) =>
      date ? `Você não será cobrado até ${date}, quando sua assinatura será retomada.` : 'Você não será cobrado enquanto ela estiver pausada. Retome quando quiser.',
    'banner.updateCard': 'Atualizar cartão',
    'banner.addPaymentMethod': 'Adicionar forma de pagamento',
    'banner.resume': 'Retomar agora',
    'banner.confirmPayment': 'Confirmar pagamento',
    'banner.dismiss': 'Fechar esta mensagem',

    'decline.insufficient_funds.title': 'Saldo insuficiente',
    'decline.insufficient_funds.body':
      'Seu banco recusou o pagamento porque a conta não tem saldo suficiente no momento. Você pode adicionar saldo e tentar de novo ou usar outro cartão.',
    'decline.expired_card.title': 'O cartão está vencido',
    'decline.expired_card.body': 'Seu banco recusou o pagamento porque o cartão está vencido. Adicione um cartão que ainda esteja na validade.',
    'decline.incorrect_cvc.title': 'O código de segurança não confere',
    'decline.incorrect_cvc.body':
      'O código de segurança (os 3 ou 4 dígitos do cartão) não confere com o que seu banco tem. Digite os dados do cartão de novo.',
    'decline.incorrect_number.title': 'O número do cartão está incorreto',
    'decline.incorrect_number.body': 'Parece que o número do cartão não está correto. Confira e digite de novo.',
    'decline.incorrect_expiry.title': 'A data de validade está incorreta',
    'decline.incorrect_expiry.body': 'A data de validade não corresponde ao cartão. Confira o mês e o ano no cartão e digite de novo.',
    'decline.incorrect_address.title': 'O endereço de cobrança não confere',
    'decline.incorrect_address.body':
      'O CEP ou o endereço não confere com o cadastro do seu banco. Digite exatamente como consta no banco.',
    'decline.card_not_supported.title': 'Este cartão não pode ser usado aqui',
    'decline.card_not_supported.body':
      'Seu cartão não aceita este tipo de pagamento. Use outro cartão ou peça ao seu banco para liberá-lo.',
    'decline.currency_not_supported.title': 'O cartão não aceita esta moeda',
    'decline.currency_not_supported.body':
      'Seu cartão não permite pagamentos nesta moeda. Use outro cartão ou pergunte ao seu banco se é possível liberar.',
    'decline.not_allowed.title': 'Seu banco bloqueou este pagamento',
    'decline.not_allowed.body':
      'Seu banco não permite este pagamento com este cartão. O banco pode remover a restrição, ou você pode usar outro cartão.',
    'decline.payment_stopped.title': 'Os pagamentos para nós foram suspensos',
    'decline.payment_stopped.body':
      'Seu banco recebeu um pedido para suspender os pagamentos deste cartão para nós. Para manter sua assinatura, peça ao banco para liberá-los de novo ou use outro cartão.',
    'decline.limit_exceeded.title': 'O limite do cartão foi atingido',
    'decline.limit_exceeded.body':
      'O pagamento ultrapassaria o limite do seu cartão. Tente de novo quando o limite for liberado ou use outro cartão.',
    'decline.call_bank.title': 'Seu banco precisa falar com você',
    'decline.call_bank.body':
      'Seu banco recusou o pagamento e pede que você entre em contato. O telefone costuma estar no verso do cartão.',
    'decline.generic.title': 'O pagamento foi recusado',
    'decline.generic.body':
      'Seu banco recusou o pagamento sem informar o motivo. O banco pode explicar melhor, ou você pode usar outro cartão.',
    'decline.temporary.title': 'Um problema temporário',
    'decline.temporary.body':
      'Algo deu errado ao processar o pagamento, e não foi culpa sua. Tente de novo daqui a pouco.',
    'decline.duplicate.title': 'Parece um pagamento duplicado',
    'decline.duplicate.body':
      'Um pagamento com o mesmo valor foi aprovado há pouco, por isso seu banco barrou este. Confira seu extrato antes de tentar de novo.',
    'decline.invalid_amount.title': 'Seu banco não aceitou o valor',
    'decline.invalid_amount.body': 'Seu banco não aceitou o valor deste pagamento. Fale com seu banco ou use outro cartão.',
    'decline.new_card_details.title': 'Os dados do seu cartão mudaram',
    'decline.new_card_details.body':
      'Seu banco emitiu novos dados para este cartão. Digite os novos dados para sua assinatura continuar ativa.',
    'decline.account_closed.title': 'A conta está encerrada',
    'decline.account_closed.body':
      'A conta vinculada a este método de pagamento foi encerrada ou não foi encontrada. Use outro método de pagamento.',
    'decline.authentication_required.title': 'Seu banco precisa de uma confirmação',
    'decline.authentication_required.body':
      'Seu banco quer que você confirme este pagamento antes de aprová-lo. Leva só um instante.',
    'decline.authentication_failed.title': 'A confirmação não foi concluída',
    'decline.authentication_failed.body':
      'Não conseguimos confirmar o pagamento com seu banco. Tente de novo ou use outro cartão.',
    'decline.test_card.title': 'Não é possível cobrar neste cartão',
    'decline.test_card.body': 'Este cartão não pode ser usado para pagamentos reais. Use outro cartão.',
    'decline.debit_not_authorized.title': 'O débito automático não foi autorizado',
    'decline.debit_not_authorized.body':
      'Seu banco informou que o débito automático não foi autorizado ou foi contestado. Use outro método de pagamento ou peça ao banco para autorizá-lo.',
    'decline.bank_account_problem.title': 'Um problema com a conta bancária',
    'decline.bank_account_problem.body':
      'Seu banco não conseguiu debitar o pagamento desta conta. Confira os dados da conta ou use outro método de pagamento.',
    'decline.provider_declined.title': 'O pagamento foi recusado',
    'decline.provider_declined.body': 'O serviço de pagamento recusou este pagamento. Use outro método de pagamento.',

    'action.update_card': 'Atualize seu cartão',
    'action.use_another_method': 'Use outro cartão',
    'action.call_bank': 'Fale com seu banco',
    'action.confirm_with_bank': 'Confirme com seu banco',
    'action.try_again_later': 'Tente de novo mais tarde',

    'form.title': 'Atualize sua forma de pagamento',
    'form.payNow': ({ amount }) => `Sua nova forma de pagamento será cobrada em ${amount} na hora pelo pagamento pendente.`,
    'form.submit': 'Salvar forma de pagamento',
    'form.cancel': 'Cancelar',
    'form.loading': 'Carregando o formulário de pagamento seguro…',
    'form.saving': 'Salvando sua forma de pagamento…',
    'form.confirming': 'Aguardando a confirmação do seu banco…',
    'form.finishing': 'Concluindo sua atualização…',
    'form.unavailable': 'Não foi possível carregar o formulário de pagamento. Verifique sua conexão e tente de novo.',
    'form.retry': 'Tentar de novo',
    'form.interrupted': 'A conexão caiu antes de a atualização terminar. Seus dados foram mantidos: tente de novo para concluir. Você não será cobrado duas vezes.',
    'form.rateLimited': 'Foram muitas tentativas em pouco tempo. Aguarde alguns minutos e tente de novo.',
    'form.pending': 'Seu banco ainda está processando esta forma de pagamento. Sua conta será atualizada assim que ela for confirmada.',
    'form.microdeposits': ({ date }) =>
      `Confira sua conta bancária ${date ? `por volta de ${date}` : 'em 1 a 2 dias úteis'}: vamos fazer um pequeno depósito nela. Siga o link para informar o que aparece no extrato, e a partir daí sua conta bancária será usada. Até lá, sua forma de pagamento salva continua a mesma.`,
    'form.microdepositsLink': 'Verificar sua conta bancária',
    'form.declinedToo': 'Este cartão também foi recusado. Seu método de pagamento salvo não foi alterado e nada foi cobrado.',

    'wall.notNow': 'Agora não',
    'wall.paused': 'Seu acesso está pausado até que o pagamento seja resolvido.',
    'wall.continue': 'Continuar',
    'wall.logout': 'Sair',
    'wall.support': 'Falar com o suporte',
    'wall.cancelSubscription': 'Cancelar assinatura',
  },
} satisfies Translation;

export default ptBR;
