import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'cartão';
const METHOD = 'método de pagamento';

/** European Portuguese (Portugal, AO90 spelling), polite third person (“o seu”, “Atualize”). */
const pt = {
  locale: 'pt',
  dir: 'ltr',
  messages: {
    // "cartão Visa terminado em 4242": always masculine, so "o seu …" fits every card description.
    'card.description': ({ brand, last4 }) => {
      const name = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${name} terminado em ${last4}` : name;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'O seu cartão expira em breve',
    'state.expiring.body': ({ card, days, date }) =>
      `O seu ${card} expira ${
        days === 0 ? 'hoje' : plural('pt', days, { one: 'amanhã', many: 'daqui a # de dias', other: 'daqui a # dias' })
      }${date ? ` (no final de ${date})` : ''}. Atualize os dados do cartão para que a sua subscrição continue sem interrupções.`,
    'state.expired.title': 'O seu cartão expirou',
    'state.expired.body': ({ card, date }) =>
      `O seu ${card} expirou${date ? ` no final de ${date}` : ''}. Atualize os dados do cartão para manter a sua subscrição ativa.`,
    'state.failed.title': 'O seu último pagamento não foi concluído',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Montante por pagar: ${amount}.` : reason),
    'state.action_required.title': 'O seu banco pede-lhe que confirme um pagamento',
    'state.action_required.body': ({ amount }) =>
      `O seu banco quer confirmar que o pagamento${amount ? ` de ${amount}` : ''} foi mesmo feito por si. Só demora um momento.`,
    'state.failed.when': ({ date }) => `A primeira tentativa de pagamento foi a ${date}.`,
    'state.retry': ({ date }) => `Voltaremos a tentar o pagamento a ${date}.`,
    'state.accessEnds': ({ date }) =>
      `O seu acesso mantém-se até ${date}. Atualize os seus dados de pagamento até lá para não o perder.`,
    'state.updated.title': 'Obrigado, está tudo tratado',
    'state.updated.body': ({ card }) => `A partir de agora, o seu ${card} será usado para a sua subscrição.`,
    'state.recovered.body': ({ amount }) => `O seu pagamento${amount ? ` de ${amount}` : ''} foi efetuado. Obrigado!`,

    'state.processing.title': 'O seu pagamento bancário está a caminho',
    'state.processing.body': ({ amount }) =>
      `O seu pagamento${amount ? ` de ${amount}` : ''} está a ser processado pelo seu banco. Pode demorar alguns dias úteis e não precisa de fazer nada.`,
    'state.missing.title': 'Adicione um método de pagamento',
    'state.missing.body': ({ date }) =>
      date
        ? `A sua subscrição precisa de um método de pagamento até ${date} para continuar.`
        : 'A sua subscrição está em pausa até ser adicionado um método de pagamento. Adicione um para continuar.',

    'state.paused.title': 'A sua subscrição está em pausa',
    'state.paused.body': ({ date }) =>
      date ? `Não será cobrado até ${date}, quando a sua subscrição recomeça.` : 'Não será cobrado enquanto estiver em pausa. Retome-a quando quiser.',
    'banner.updateCard': 'Atualizar cartão',
    'banner.addPaymentMethod': 'Adicionar método de pagamento',
    'banner.resume': 'Retomar agora',
    'banner.confirmPayment': 'Confirmar pagamento',
    'banner.dismiss': 'Fechar esta mensagem',

    'decline.insufficient_funds.title': 'Saldo insuficiente',
    'decline.insufficient_funds.body':
      'O seu banco recusou o pagamento porque, neste momento, a conta não tem saldo suficiente. Pode reforçar o saldo e tentar novamente, ou usar outro cartão.',
    'decline.expired_card.title': 'O cartão expirou',
    'decline.expired_card.body': 'O seu banco recusou o pagamento porque o cartão expirou. Adicione um cartão que ainda esteja válido.',
    'decline.incorrect_cvc.title': 'O código de segurança não corresponde',
    'decline.incorrect_cvc.body':
      'O código de segurança (os 3 ou 4 dígitos no cartão) não corresponde ao que o seu banco tem registado. Introduza novamente os dados do cartão.',
    'decline.incorrect_number.title': 'O número do cartão não está correto',
    'decline.incorrect_number.body': 'O número do cartão não parece estar correto. Verifique-o e introduza-o novamente.',
    'decline.incorrect_expiry.title': 'A data de validade não está correta',
    'decline.incorrect_expiry.body':
      'A data de validade não corresponde ao cartão. Verifique o mês e o ano indicados no cartão e introduza-os novamente.',
    'decline.incorrect_address.title': 'A morada de faturação não corresponde',
    'decline.incorrect_address.body':
      'O código postal ou a morada não correspondem aos dados registados no seu banco. Introduza-os exatamente como constam no banco.',
    'decline.card_not_supported.title': 'Este cartão não pode ser usado aqui',
    'decline.card_not_supported.body':
      'O seu cartão não permite este tipo de pagamento. Use outro cartão ou peça ao seu banco para o ativar.',
    'decline.currency_not_supported.title': 'O cartão não aceita esta moeda',
    'decline.currency_not_supported.body':
      'Não é possível pagar nesta moeda com o seu cartão. Use outro cartão ou pergunte ao seu banco se é possível ativá-la.',
    'decline.not_allowed.title': 'O seu banco bloqueou este pagamento',
    'decline.not_allowed.body':
      'O seu banco não permite este pagamento com este cartão. O banco pode levantar a restrição, ou pode usar outro cartão.',
    'decline.payment_stopped.title': 'Os pagamentos ao nosso serviço foram bloqueados',
    'decline.payment_stopped.body':
      'Foi pedido ao seu banco que bloqueasse os pagamentos deste cartão ao nosso serviço. Se quiser manter a sua subscrição, peça ao banco que volte a permiti-los ou use outro cartão.',
    'decline.limit_exceeded.title': 'O plafond do cartão foi atingido',
    'decline.limit_exceeded.body':
      'O pagamento ultrapassaria o plafond do seu cartão. Pode tentar novamente quando o plafond for reposto, ou usar outro cartão.',
    'decline.call_bank.title': 'O seu banco precisa de falar consigo',
    'decline.call_bank.body':
      'O seu banco recusou o pagamento e pede-lhe que o contacte. O número costuma estar no verso do cartão.',
    'decline.generic.title': 'O pagamento foi recusado',
    'decline.generic.body':
      'O seu banco recusou o pagamento sem nos indicar o motivo. O banco pode dar-lhe mais informações, ou pode usar outro cartão.',
    'decline.temporary.title': 'Um problema temporário',
    'decline.temporary.body':
      'Ocorreu um erro ao processar o pagamento, e a culpa não foi sua. Tente novamente daqui a pouco.',
    'decline.duplicate.title': 'Parece um pagamento duplicado',
    'decline.duplicate.body':
      'Há muito pouco tempo foi efetuado um pagamento do mesmo montante, por isso o seu banco travou este. Verifique o seu extrato antes de tentar novamente.',
    'decline.invalid_amount.title': 'O seu banco não aceitou o montante',
    'decline.invalid_amount.body':
      'O seu banco não aceitou o montante deste pagamento. Contacte o seu banco ou use outro cartão.',
    'decline.new_card_details.title': 'Os dados do seu cartão mudaram',
    'decline.new_card_details.body':
      'O seu banco emitiu novos dados para este cartão. Introduza os novos dados para manter a sua subscrição ativa.',
    'decline.account_closed.title': 'A conta foi encerrada',
    'decline.account_closed.body':
      'A conta associada a este método de pagamento foi encerrada ou não foi encontrada. Use outro método de pagamento.',
    'decline.authentication_required.title': 'O seu banco precisa de uma confirmação',
    'decline.authentication_required.body':
      'O seu banco quer que confirme este pagamento antes de o processar. Confirmar só demora um momento.',
    'decline.authentication_failed.title': 'A confirmação não foi concluída',
    'decline.authentication_failed.body':
      'Não conseguimos confirmar o pagamento junto do seu banco. Tente novamente ou use outro cartão.',
    'decline.test_card.title': 'Não é possível cobrar neste cartão',
    'decline.test_card.body': 'Este cartão não pode ser usado para pagamentos reais. Use outro cartão.',
    'decline.debit_not_authorized.title': 'O débito direto não foi autorizado',
    'decline.debit_not_authorized.body':
      'Segundo o seu banco, o débito direto não foi autorizado ou foi contestado. Use outro método de pagamento ou peça ao seu banco para o permitir.',
    'decline.bank_account_problem.title': 'Um problema com a conta bancária',
    'decline.bank_account_problem.body':
      'O seu banco não conseguiu debitar o pagamento desta conta. Verifique os dados da conta ou use outro método de pagamento.',
    'decline.provider_declined.title': 'O pagamento foi recusado',
    'decline.provider_declined.body': 'O serviço de pagamento recusou este pagamento. Use outro método de pagamento.',

    'action.update_card': 'Atualize o seu cartão',
    'action.use_another_method': 'Use outro cartão',
    'action.call_bank': 'Contacte o seu banco',
    'action.confirm_with_bank': 'Confirme junto do seu banco',
    'action.try_again_later': 'Tente novamente mais tarde',

    'form.title': 'Atualize o seu método de pagamento',
    'form.payNow': ({ amount }) => `O seu novo método de pagamento será cobrado em ${amount} de imediato pelo pagamento em dívida.`,
    'form.submit': 'Guardar método de pagamento',
    'form.cancel': 'Cancelar',
    'form.loading': 'A carregar o formulário de pagamento seguro…',
    'form.saving': 'A guardar o seu método de pagamento…',
    'form.confirming': 'A aguardar a confirmação do seu banco…',
    'form.finishing': 'A concluir a sua atualização…',
    'form.unavailable': 'Não foi possível carregar o formulário de pagamento. Verifique a sua ligação e tente novamente.',
    'form.retry': 'Tentar novamente',
    'form.interrupted': 'A ligação perdeu-se antes de a atualização terminar. Os seus dados foram mantidos: tente novamente para concluir. Não será cobrado duas vezes.',
    'form.rateLimited': 'Houve demasiadas tentativas em pouco tempo. Aguarde alguns minutos e tente novamente.',
    'form.pending': 'O seu banco ainda está a processar este método de pagamento. A sua conta será atualizada assim que for confirmado.',
    'form.microdeposits': ({ date }) =>
      `Verifique a sua conta bancária ${date ? `por volta de ${date}` : 'dentro de 1 a 2 dias úteis'}: vamos depositar nela um pequeno montante. Siga a ligação para introduzir o que aparece no movimento e, a partir daí, será usada a sua conta bancária. Até lá, o seu método de pagamento guardado mantém-se.`,
    'form.microdepositsLink': 'Verificar a sua conta bancária',
    'form.declinedToo': 'Este cartão também foi recusado. O seu método de pagamento guardado não foi alterado e nada foi cobrado.',

    'wall.notNow': 'Agora não',
    'wall.paused': 'O seu acesso está suspenso até o pagamento ser regularizado.',
    'wall.continue': 'Continuar',
    'wall.logout': 'Terminar sessão',
    'wall.support': 'Contactar o apoio',
    'wall.cancelSubscription': 'Cancelar a subscrição',
  },
} satisfies Translation;

export default pt;
