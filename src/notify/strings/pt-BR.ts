import type { NotifyStrings } from './types.js';

/**
 * Brazilian Portuguese (pt-BR): "você", as in the banner (`src/translations/pt-BR.ts`): "cartão",
 * "pagamento", "assinatura", "forma de pagamento". SMS are written without accents, as Brazilian
 * service SMS usually are: one "ã" or "ç" would turn the whole message into UCS-2 and halve it.
 */
export default {
  locale: 'pt-BR',
  messages: {
    'subject.failed': ({ merchant }) => `Seu pagamento para ${merchant} não foi aprovado`,
    'subject.action_required': ({ merchant }) => `Confirme seu pagamento para ${merchant}`,
    'subject.expiring': ({ merchant }) => `O cartão da sua assinatura ${merchant} vence em breve`,
    'subject.final': ({ merchant }) => `Ação necessária: seu pagamento para ${merchant} ainda está em aberto`,
    'subject.reminder': ({ merchant }) => `Lembrete: seu pagamento para ${merchant} ainda está em aberto`,
    'subject.access_ends': ({ merchant }) => `${merchant}: seu acesso termina em breve`,
    'subject.recovered': ({ merchant }) => `Obrigado: seu pagamento para ${merchant} foi aprovado`,

    'lead.failed': ({ merchant }) => `Não conseguimos cobrar o último pagamento da sua assinatura ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Seu banco precisa que você confirme o último pagamento para ${merchant}.`,
    'lead.expiring': ({ merchant }) => `O cartão que você usa na sua assinatura ${merchant} está prestes a vencer.`,
    'lead.final': ({ merchant }) =>
      `Tentamos várias vezes, mas não conseguimos cobrar o pagamento da sua assinatura ${merchant}, e não vamos tentar de novo automaticamente.`,
    'lead.reminder': ({ merchant }) => `Só um lembrete: o pagamento da sua assinatura ${merchant} ainda está em aberto.`,
    'lead.access_ends': ({ merchant }) =>
      `Seu acesso ao serviço ${merchant} está prestes a terminar porque um pagamento ainda está em aberto.`,
    'lead.recovered': ({ merchant }) => `Obrigado! Seu pagamento para ${merchant} foi aprovado e sua assinatura está em dia.`,

    // SMS: without accents (GSM 7-bit), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: seu pagamento nao foi aprovado. Atualize seu cartao aqui: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: seu banco precisa que voce confirme um pagamento: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: seu cartao vence antes do proximo pagamento. Atualize aqui: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: seu pagamento segue em aberto e nao vamos tentar de novo. Resolva aqui: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: lembrete, seu pagamento ainda esta em aberto. Resolva aqui: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: seu acesso termina em breve porque ha um pagamento em aberto. Resolva aqui: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: obrigado, seu pagamento foi aprovado. Detalhes: ${link}`,
    'sms.help': ({ contact }) => `Ajuda: ${contact}`,

    'email.greeting': ({ name }) => `Olá, ${name},`,
    'email.greetingNoName': 'Olá,',
    'email.cta.update': 'Atualizar forma de pagamento',
    'email.cta.confirm': 'Confirmar pagamento',
    'email.cta.view': 'Ver detalhes da cobrança',
    'email.linkFallback': 'Se o botão não funcionar, copie este link no seu navegador:',
    'email.support': ({ contact }) => `Dúvidas? Estamos aqui para ajudar: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Você está recebendo este e-mail porque tem uma assinatura ${merchant}. Ele trata da sua cobrança, por isso é enviado mesmo que você tenha cancelado o recebimento de novidades.`,

    'tone.soft':
      'Isso costuma ser temporário e não há nada de errado com seu cartão: adicionar saldo ou tentar de novo mais tarde geralmente resolve.',
    'tone.hard': 'Este cartão não pode mais ser usado na sua assinatura. Adicione outro cartão ou forma de pagamento.',

    'recovered.paid': ({ amount, date }) => `Recebemos ${amount} em ${date}.`,
    'recovered.next': ({ date }) => `Seu próximo pagamento será em ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Seu ${card} vence antes do próximo pagamento, em ${date}. Atualize agora para nada ser interrompido.`,
    'reminder.still': 'Leva só um minuto para resolver, e sua assinatura continua ativa.',
    'accessEnds.when': ({ date }) => `Se o pagamento não for resolvido, seu acesso termina em ${date}.`,

    'page.title': ({ merchant }) => `Atualize sua forma de pagamento · ${merchant}`,
    'page.heading': 'Atualize sua forma de pagamento',
    'page.intro': ({ merchant }) =>
      `Adicione um novo cartão ou forma de pagamento para sua assinatura ${merchant}. Não é preciso fazer login.`,
    'page.done': 'Tudo certo. Obrigado! Você já pode fechar esta página.',
    'page.invalid.title': 'Este link não funciona',
    'page.invalid.body':
      'O link pode estar incompleto. Abra-o de novo pela mensagem que enviamos ou entre na sua conta para atualizar sua forma de pagamento.',
    'page.expired.title': 'Este link expirou',
    'page.expired.body':
      'Por segurança, os links de atualização só funcionam por um tempo limitado. Entre na sua conta para atualizar sua forma de pagamento.',
    'page.used.title': 'Isso já foi resolvido',
    'page.used.body':
      'O pagamento deste link já foi resolvido, por isso o link não funciona mais. Você não precisa fazer mais nada.',
    'page.signIn': 'Entrar na sua conta',
    'page.help': ({ contact }) => `Precisa de ajuda? Fale com a gente: ${contact}`,
    'page.noscript': 'Ative o JavaScript para atualizar sua forma de pagamento com segurança.',
  },
} satisfies NotifyStrings;
