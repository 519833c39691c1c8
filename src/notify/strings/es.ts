import type { NotifyStrings } from './types.js';

/**
 * Spanish (Spain) (es): informal "tú", like the banner (`src/translations/es.ts`): "caducar",
 * "añadir", the present perfect for what just happened. SMS avoid á, í, ó and ú where a natural
 * wording allows (é, ñ, ¿ and ¡ are GSM 7-bit; the others would make the SMS UCS-2).
 */
export default {
  locale: 'es',
  messages: {
    'subject.failed': ({ merchant }) => `No se ha podido completar tu pago de ${merchant}`,
    'subject.action_required': ({ merchant }) => `Confirma tu pago de ${merchant}`,
    'subject.expiring': ({ merchant }) => `Tu tarjeta para ${merchant} caduca pronto`,
    'subject.final': ({ merchant }) => `Acción necesaria: tu pago de ${merchant} sigue pendiente`,
    'subject.reminder': ({ merchant }) => `Recordatorio: tu pago de ${merchant} sigue pendiente`,
    'subject.access_ends': ({ merchant }) => `Tu acceso a ${merchant} termina pronto`,
    'subject.recovered': ({ merchant }) => `Gracias: tu pago de ${merchant} se ha completado`,

    'lead.failed': ({ merchant }) => `No hemos podido cobrar el último pago de tu suscripción a ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Tu banco necesita que confirmes el último pago de ${merchant}.`,
    'lead.expiring': ({ merchant }) => `La tarjeta que usas para ${merchant} está a punto de caducar.`,
    'lead.final': ({ merchant }) =>
      `Lo hemos intentado varias veces, pero no hemos podido cobrar el pago de tu suscripción a ${merchant}, y no volveremos a intentarlo por nuestra cuenta.`,
    'lead.reminder': ({ merchant }) => `Un pequeño recordatorio: el pago de tu suscripción a ${merchant} sigue pendiente.`,
    'lead.access_ends': ({ merchant }) => `Tu acceso a ${merchant} está a punto de terminar porque hay un pago pendiente.`,
    'lead.recovered': ({ merchant }) => `¡Gracias! Tu pago de ${merchant} se ha completado y tu suscripción está al día.`,

    // SMS: GSM 7-bit where possible (see above), straight apostrophes, no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: tu pago no se ha podido completar. Actualiza tu tarjeta en ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: tu banco necesita que confirmes un pago: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: tu tarjeta caduca antes del siguiente pago. Actualiza los datos en ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: tu pago sigue pendiente y no lo volveremos a intentar. Resuélvelo en ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: te recordamos que tu pago sigue pendiente. Resuélvelo en ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: tu acceso termina pronto porque hay un pago pendiente. Resuélvelo en ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: gracias, tu pago se ha completado. Detalles: ${link}`,
    'sms.help': ({ contact }) => `Ayuda: ${contact}`,

    'email.greeting': ({ name }) => `Hola, ${name}:`,
    'email.greetingNoName': 'Hola:',
    'email.cta.update': 'Actualizar método de pago',
    'email.cta.confirm': 'Confirmar pago',
    'email.cta.view': 'Ver datos de facturación',
    'email.linkFallback': 'Si el botón no funciona, copia este enlace en tu navegador:',
    'email.support': ({ contact }) => `¿Tienes alguna pregunta? Estaremos encantados de ayudarte: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Recibes este correo porque tienes una suscripción con ${merchant}. Trata sobre tu facturación, así que te lo enviamos aunque te hayas dado de baja de las novedades.`,

    'tone.soft':
      'Suele ser algo temporal y tu tarjeta no tiene ningún problema: a menudo se soluciona añadiendo fondos o volviendo a intentarlo más tarde.',
    'tone.hard': 'Esta tarjeta ya no se puede usar para tu suscripción. Añade otra tarjeta u otro método de pago.',

    'recovered.paid': ({ amount, date }) => `Hemos recibido ${amount} el ${date}.`,
    'recovered.next': ({ date }) => `Tu próximo pago será el ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Tu ${card} caduca antes de tu próximo pago, el ${date}. Actualiza los datos ahora para que nada se interrumpa.`,
    'reminder.still': 'Solo te llevará un minuto y tu suscripción seguirá activa.',
    'accessEnds.when': ({ date }) => `Si no se resuelve el pago, tu acceso terminará el ${date}.`,

    'page.title': ({ merchant }) => `Actualiza tu método de pago · ${merchant}`,
    'page.heading': 'Actualiza tu método de pago',
    'page.intro': ({ merchant }) =>
      `Añade una nueva tarjeta u otro método de pago para tu suscripción a ${merchant}. No hace falta iniciar sesión.`,
    'page.done': '¡Listo! Gracias. Ya puedes cerrar esta página.',
    'page.invalid.title': 'Este enlace no funciona',
    'page.invalid.body':
      'Puede que el enlace esté incompleto. Vuelve a abrirlo desde el mensaje que te enviamos o inicia sesión en tu cuenta para actualizar tu método de pago.',
    'page.expired.title': 'Este enlace ha caducado',
    'page.expired.body':
      'Por tu seguridad, los enlaces de actualización solo funcionan durante un tiempo limitado. Inicia sesión en tu cuenta para actualizar tu método de pago.',
    'page.used.title': 'Esto ya está resuelto',
    'page.used.body': 'El pago al que correspondía este enlace ya se ha resuelto, así que el enlace ya no funciona. No tienes que hacer nada más.',
    'page.signIn': 'Iniciar sesión en tu cuenta',
    'page.help': ({ contact }) => `¿Necesitas ayuda? Contacta con nosotros: ${contact}`,
    'page.noscript': 'Activa JavaScript para actualizar tu método de pago de forma segura.',
  },
} satisfies NotifyStrings;
