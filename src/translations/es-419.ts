import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Latin American Spanish, informal “tú” as usual in consumer apps across the region. */
const es419 = {
  locale: 'es-419',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} que termina en ${last4}` : brand),
    'card.generic': 'tarjeta',
    'paymentMethod.generic': 'método de pago',

    'state.expiring.title': 'Tu tarjeta vence pronto',
    'state.expiring.body': ({ card, days, date }) =>
      `Tu ${card} vence ${
        days === 0 ? 'hoy' : plural('es-419', days, { one: 'mañana', many: 'en # de días', other: 'en # días' })
      }${date ? ` (a fines de ${date})` : ''}. Actualiza los datos de la tarjeta para que tu suscripción siga sin interrupciones.`,
    'state.expired.title': 'Tu tarjeta está vencida',
    'state.expired.body': ({ card, date }) =>
      `Tu ${card} venció${date ? ` a fines de ${date}` : ''}. Actualiza los datos de la tarjeta para mantener activa tu suscripción.`,
    'state.failed.title': 'No se pudo completar tu último pago',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Aún tienes un saldo pendiente de ${amount}.` : reason),
    'state.action_required.title': 'Tu banco necesita que confirmes un pago',
    'state.action_required.body': ({ amount }) =>
      `Tu banco quiere asegurarse de que el pago${amount ? ` de ${amount}` : ''} realmente lo hiciste tú. Solo toma un momento.`,
    'state.failed.when': ({ date }) => `Intentamos procesar el pago por primera vez el ${date}.`,
    'state.retry': ({ date }) => `Volveremos a intentar el pago el ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Tendrás acceso hasta el ${date}. Actualiza tus datos de pago antes de esa fecha para no perderlo.`,
    'state.updated.title': 'Gracias, todo listo',
    'state.updated.body': ({ card }) => `A partir de ahora, usaremos tu ${card} para tu suscripción.`,
    'state.recovered.body': ({ amount }) => `Tu pago${amount ? ` de ${amount}` : ''} se realizó correctamente. ¡Gracias!`,

    'state.processing.title': 'Tu pago bancario está en camino',
    'state.processing.body': ({ amount }) =>
      `Tu banco está procesando tu pago${amount ? ` de ${amount}` : ''}. Puede tardar algunos días hábiles y no necesitas hacer nada.`,
    'state.missing.title': 'Agrega un método de pago',
    'state.missing.body': ({ date }) =>
      date
        ? `Tu suscripción necesita un método de pago a más tardar el ${date} para seguir activa.`
        : 'Tu suscripción está en pausa hasta que agregues un método de pago. Agrega uno para continuar.',

    'state.paused.title': 'Tu suscripción está en pausa',
    'state.paused.body': ({ date }) =>
      date ? `No se te cobrará hasta el ${date}, cuando tu suscripción se reanude.` : 'No se te cobrará mientras esté en pausa. Reanúdala cuando quieras.',
    'banner.updateCard': 'Actualizar tarjeta',
    'banner.addPaymentMethod': 'Agregar método de pago',
    'banner.resume': 'Reanudar ahora',
    'banner.confirmPayment': 'Confirmar pago',
    'banner.dismiss': 'Cerrar este mensaje',

    'decline.insufficient_funds.title': 'Fondos insuficientes',
    'decline.insufficient_funds.body':
      'Tu banco rechazó el pago porque en este momento la cuenta no tiene fondos suficientes. Puedes agregar fondos y volver a intentarlo, o usar otra tarjeta.',
    'decline.expired_card.title': 'La tarjeta está vencida',
    'decline.expired_card.body': 'Tu banco rechazó el pago porque la tarjeta está vencida. Agrega una tarjeta vigente.',
    'decline.incorrect_cvc.title': 'El código de seguridad no coincide',
    'decline.incorrect_cvc.body':
      'El código de seguridad (los 3 o 4 dígitos de la tarjeta) no coincide con el que tiene tu banco. Vuelve a ingresar los datos de la tarjeta.',
    'decline.incorrect_number.title': 'El número de tarjeta no es correcto',
    'decline.incorrect_number.body': 'Parece que el número de tarjeta no es correcto. Revísalo y vuelve a ingresarlo.',
    'decline.incorrect_expiry.title': 'La fecha de vencimiento no es correcta',
    'decline.incorrect_expiry.body':
      'La fecha de vencimiento no coincide con la tarjeta. Revisa el mes y el año que aparecen en la tarjeta y vuelve a ingresarlos.',
    'decline.incorrect_address.title': 'La dirección de facturación no coincide',
    'decline.incorrect_address.body':
      'El código postal o la dirección no coinciden con los que tiene registrados tu banco. Ingrésalos exactamente como los tiene tu banco.',
    'decline.card_not_supported.title': 'Esta tarjeta no se puede usar aquí',
    'decline.card_not_supported.body':
      'Tu tarjeta no admite este tipo de pago. Usa otra tarjeta o pídele a tu banco que lo habilite.',
    'decline.currency_not_supported.title': 'La tarjeta no admite esta moneda',
    'decline.currency_not_supported.body':
      'Con tu tarjeta no se puede pagar en esta moneda. Usa otra tarjeta o pregúntale a tu banco si se puede habilitar.',
    'decline.not_allowed.title': 'Tu banco bloqueó este pago',
    'decline.not_allowed.body':
      'Tu banco no permite este pago con esta tarjeta. Tu banco puede quitar la restricción, o puedes usar otra tarjeta.',
    'decline.payment_stopped.title': 'Se bloquearon los pagos a nuestro servicio',
    'decline.payment_stopped.body':
      'Se le pidió a tu banco que bloqueara los pagos con esta tarjeta a nuestro servicio. Si quieres mantener tu suscripción, pídele a tu banco que vuelva a permitirlos o usa otra tarjeta.',
    'decline.limit_exceeded.title': 'Se alcanzó el límite de la tarjeta',
    'decline.limit_exceeded.body':
      'El pago superaría el límite de tu tarjeta. Puedes volver a intentarlo cuando se restablezca el límite, o usar otra tarjeta.',
    'decline.call_bank.title': 'Tu banco necesita hablar contigo',
    'decline.call_bank.body':
      'Tu banco rechazó el pago y te pide que te comuniques con él. El número suele estar en el reverso de tu tarjeta.',
    'decline.generic.title': 'Se rechazó el pago',
    'decline.generic.body':
      'Tu banco rechazó el pago sin indicarnos el motivo. Tu banco puede darte más información, o puedes usar otra tarjeta.',
    'decline.temporary.title': 'Un problema temporal',
    'decline.temporary.body': 'Algo falló al procesar el pago, y no fue tu culpa. Vuelve a intentarlo en un rato.',
    'decline.duplicate.title': 'Parece un pago duplicado',
    'decline.duplicate.body':
      'Hace muy poco se realizó un pago por el mismo monto, así que tu banco detuvo este. Revisa tu estado de cuenta antes de volver a intentarlo.',
    'decline.invalid_amount.title': 'Tu banco no aceptó el monto',
    'decline.invalid_amount.body': 'Tu banco no aceptó el monto de este pago. Comunícate con tu banco o usa otra tarjeta.',
    'decline.new_card_details.title': 'Los datos de tu tarjeta cambiaron',
    'decline.new_card_details.body':
      'Tu banco emitió nuevos datos para esta tarjeta. Ingresa los nuevos datos para que tu suscripción siga activa.',
    'decline.account_closed.title': 'La cuenta está cerrada',
    'decline.account_closed.body':
      'La cuenta asociada a este método de pago está cerrada o no se encuentra. Usa otro método de pago.',
    'decline.authentication_required.title': 'Tu banco necesita una confirmación',
    'decline.authentication_required.body': 'Tu banco quiere que confirmes este pago antes de procesarlo. Solo toma un momento.',
    'decline.authentication_failed.title': 'No se pudo confirmar el pago',
    'decline.authentication_failed.body': 'No pudimos confirmar el pago con tu banco. Vuelve a intentarlo o usa otra tarjeta.',
    'decline.test_card.title': 'No se pueden hacer cargos a esta tarjeta',
    'decline.test_card.body': 'Esta tarjeta no se puede usar para pagos reales. Usa otra tarjeta.',
    'decline.debit_not_authorized.title': 'El débito automático no estaba autorizado',
    'decline.debit_not_authorized.body':
      'Según tu banco, el débito automático no estaba autorizado o fue objetado. Usa otro método de pago o pídele a tu banco que lo permita.',
    'decline.bank_account_problem.title': 'Un problema con la cuenta bancaria',
    'decline.bank_account_problem.body':
      'Tu banco no pudo debitar el pago de esta cuenta. Revisa los datos de la cuenta o usa otro método de pago.',
    'decline.provider_declined.title': 'Se rechazó el pago',
    'decline.provider_declined.body': 'El servicio de pago rechazó este pago. Usa otro método de pago.',

    'action.update_card': 'Actualiza tu tarjeta',
    'action.use_another_method': 'Usa otra tarjeta',
    'action.call_bank': 'Comunícate con tu banco',
    'action.confirm_with_bank': 'Confirma con tu banco',
    'action.try_again_later': 'Vuelve a intentarlo más tarde',

    'form.title': 'Actualiza tu método de pago',
    'form.payNow': ({ amount }) => `Se cobrarán ${amount} a tu nuevo método de pago de inmediato por el pago pendiente.`,
    'form.submit': 'Guardar método de pago',
    'form.cancel': 'Cancelar',
    'form.loading': 'Cargando el formulario de pago seguro…',
    'form.saving': 'Guardando tu método de pago…',
    'form.confirming': 'Esperando la confirmación de tu banco…',
    'form.finishing': 'Finalizando la actualización…',
    'form.unavailable': 'No se pudo cargar el formulario de pago. Revisa tu conexión y vuelve a intentarlo.',
    'form.retry': 'Volver a intentar',
    'form.interrupted': 'Se perdió la conexión antes de terminar la actualización. Tus datos se conservan: vuelve a intentarlo para terminar. No se te cobrará dos veces.',
    'form.rateLimited': 'Hubo demasiados intentos en poco tiempo. Espera unos minutos y vuelve a intentarlo.',
    'form.pending': 'Tu banco todavía está procesando este método de pago. Tu cuenta se actualizará en cuanto se confirme.',
    'form.microdeposits': ({ date }) =>
      `Revisa tu cuenta bancaria ${date ? `alrededor del ${date}` : 'en 1 o 2 días hábiles'}: te enviaremos un pequeño depósito. Sigue el enlace para ingresar lo que aparece en él y, desde entonces, usaremos tu cuenta bancaria. Mientras tanto, tu método de pago guardado no cambia.`,
    'form.microdepositsLink': 'Verificar cuenta bancaria',
    'form.declinedToo': 'Esta tarjeta también fue rechazada. Tu método de pago guardado no cambió y no se cobró nada.',

    'wall.notNow': 'Ahora no',
    'wall.paused': 'Tu acceso está en pausa hasta que se resuelva el pago.',
    'wall.continue': 'Continuar',
    'wall.logout': 'Cerrar sesión',
    'wall.support': 'Contactar a soporte',
    'wall.cancelSubscription': 'Cancelar la suscripción',
  },
} satisfies Translation;

export default es419;
