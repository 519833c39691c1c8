import type { NotifyStrings } from './types.js';

/**
 * European Portuguese (pt, Portugal, AO90 spelling): polite third person ("o seu", "Atualize"), as in
 * the banner (`src/translations/pt.ts`): "cartão", "pagamento", "subscrição", "método de pagamento".
 * SMS are written without accents, as Portuguese service SMS often are: one "ã" or "ç" would turn the
 * whole message into UCS-2 and halve it.
 */
export default {
  locale: 'pt',
  messages: {
    'subject.failed': ({ merchant }) => `O seu pagamento a ${merchant} não foi concluído`,
    'subject.action_required': ({ merchant }) => `Confirme o seu pagamento a ${merchant}`,
    'subject.expiring': ({ merchant }) => `O cartão que usa em ${merchant} expira em breve`,
    'subject.final': ({ merchant }) => `Ação necessária: o seu pagamento a ${merchant} continua por regularizar`,
    'subject.reminder': ({ merchant }) => `Lembrete: o seu pagamento a ${merchant} continua por regularizar`,
    'subject.access_ends': ({ merchant }) => `O seu acesso a ${merchant} termina em breve`,
    'subject.recovered': ({ merchant }) => `Obrigado: o seu pagamento a ${merchant} foi efetuado`,

    'lead.failed': ({ merchant }) => `Não conseguimos cobrar o último pagamento da sua subscrição de ${merchant}.`,
    'lead.action_required': ({ merchant }) => `O seu banco pede-lhe que confirme o último pagamento a ${merchant}.`,
    'lead.expiring': ({ merchant }) => `O cartão que usa para pagar ${merchant} está prestes a expirar.`,
    'lead.final': ({ merchant }) =>
      `Tentámos várias vezes, mas não conseguimos cobrar o pagamento da sua subscrição de ${merchant}, e não voltaremos a tentar automaticamente.`,
    'lead.reminder': ({ merchant }) => `Um breve lembrete: o pagamento da sua subscrição de ${merchant} continua por regularizar.`,
    'lead.access_ends': ({ merchant }) =>
      `O seu acesso a ${merchant} está prestes a terminar, porque um pagamento continua por regularizar.`,
    'lead.recovered': ({ merchant }) =>
      `Obrigado! O seu pagamento a ${merchant} foi efetuado e a sua subscrição está em dia.`,

    // SMS: without accents (GSM 7-bit), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: o seu pagamento nao foi concluido. Atualize o cartao aqui: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: o seu banco pede que confirme um pagamento: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: o seu cartao expira antes do proximo pagamento. Atualize-o aqui: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: o seu pagamento continua por regularizar e nao voltaremos a tentar. Resolva aqui: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: lembrete, o seu pagamento continua por regularizar. Resolva aqui: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: o seu acesso termina em breve, pois ha um pagamento por regularizar. Resolva aqui: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: obrigado, o seu pagamento foi efetuado. Detalhes: ${link}`,
    'sms.help': ({ contact }) => `Ajuda: ${contact}`,

    'email.greeting': ({ name }) => `Olá, ${name},`,
    'email.greetingNoName': 'Olá,',
    'email.cta.update': 'Atualizar método de pagamento',
    'email.cta.confirm': 'Confirmar pagamento',
    'email.cta.view': 'Ver dados de faturação',
    'email.linkFallback': 'Se o botão não funcionar, copie esta ligação para o seu navegador:',
    'email.support': ({ contact }) => `Tem dúvidas? Teremos todo o gosto em ajudar: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Está a receber este e-mail porque tem uma subscrição de ${merchant}. Diz respeito à sua faturação, por isso é enviado mesmo que tenha pedido para deixar de receber novidades.`,

    'tone.soft':
      'Normalmente é temporário e não há nenhum problema com o seu cartão: carregar a conta ou tentar mais tarde costuma resolver.',
    'tone.hard':
      'Este cartão já não pode ser usado para a sua subscrição. Adicione outro cartão ou método de pagamento.',

    'recovered.paid': ({ amount, date }) => `Recebemos ${amount} a ${date}.`,
    'recovered.next': ({ date }) => `O próximo pagamento será a ${date}.`,
    'expiring.before': ({ card, date }) =>
      `O seu ${card} expira antes do próximo pagamento, a ${date}. Atualize-o já para que nada seja interrompido.`,
    'reminder.still': 'Resolver demora apenas um minuto, e a sua subscrição continua ativa.',
    'accessEnds.when': ({ date }) => `Se o pagamento não for regularizado, o seu acesso termina a ${date}.`,

    'page.title': ({ merchant }) => `Atualize o seu método de pagamento · ${merchant}`,
    'page.heading': 'Atualize o seu método de pagamento',
    'page.intro': ({ merchant }) =>
      `Adicione um novo cartão ou método de pagamento para a sua subscrição de ${merchant}. Não precisa de iniciar sessão.`,
    'page.done': 'Está tudo tratado. Obrigado! Pode fechar esta página.',
    'page.invalid.title': 'Esta ligação não funciona',
    'page.invalid.body':
      'A ligação pode estar incompleta. Abra-a novamente a partir da mensagem que lhe enviámos ou inicie sessão na sua conta para atualizar o seu método de pagamento.',
    'page.expired.title': 'Esta ligação expirou',
    'page.expired.body':
      'Por motivos de segurança, as ligações de atualização só funcionam durante um período limitado. Inicie sessão na sua conta para atualizar o seu método de pagamento.',
    'page.used.title': 'Isto já está resolvido',
    'page.used.body':
      'O pagamento a que esta ligação se referia já foi regularizado, por isso a ligação deixou de funcionar. Não precisa de fazer mais nada.',
    'page.signIn': 'Iniciar sessão na sua conta',
    'page.help': ({ contact }) => `Precisa de ajuda? Contacte-nos: ${contact}`,
    'page.noscript': 'Ative o JavaScript para atualizar o seu método de pagamento em segurança.',
  },
} satisfies NotifyStrings;
