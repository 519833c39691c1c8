import { plural } from './plural.js';
import es from './es.js';
import type { Translation } from './types.js';

/** Latin American Spanish, informal “tú” as usual in consumer apps across the region. Only what differs from `es` is here. */
const es419 = {
  locale: 'es-419',
  dir: 'ltr',
  messages: {
    ...es.messages,
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
    'state.action_required.body': ({ amount }) =>
      `Tu banco quiere asegurarse de que el pago${amount ? ` de ${amount}` : ''} realmente lo hiciste tú. Solo toma un momento.`,
    'state.accessEnds': ({ date }) =>
      `Tendrás acceso hasta el ${date}. Actualiza tus datos de pago antes de esa fecha para no perderlo.`,
    'state.updated.title': 'Gracias, todo listo',
    'state.recovered.body': ({ amount }) => `Tu pago${amount ? ` de ${amount}` : ''} se realizó correctamente. ¡Gracias!`,
    'decline.insufficient_funds.title': 'Fondos insuficientes',
    'decline.insufficient_funds.body':
      'Tu banco rechazó el pago porque en este momento la cuenta no tiene fondos suficientes. Puedes agregar fondos y volver a intentarlo, o usar otra tarjeta.',
    'decline.expired_card.title': 'La tarjeta está vencida',
    'decline.expired_card.body': 'Tu banco rechazó el pago porque la tarjeta está vencida. Agrega una tarjeta vigente.',
    'decline.incorrect_cvc.body':
      'El código de seguridad (los 3 o 4 dígitos de la tarjeta) no coincide con el que tiene tu banco. Vuelve a ingresar los datos de la tarjeta.',
    'decline.incorrect_number.body': 'Parece que el número de tarjeta no es correcto. Revísalo y vuelve a ingresarlo.',
    'decline.incorrect_expiry.title': 'La fecha de vencimiento no es correcta',
    'decline.incorrect_expiry.body':
      'La fecha de vencimiento no coincide con la tarjeta. Revisa el mes y el año que aparecen en la tarjeta y vuelve a ingresarlos.',
    'decline.incorrect_address.body':
      'El código postal o la dirección no coinciden con los que tiene registrados tu banco. Ingrésalos exactamente como los tiene tu banco.',
    'decline.card_not_supported.body':
      'Tu tarjeta no admite este tipo de pago. Usa otra tarjeta o pídele a tu banco que lo habilite.',
    'decline.currency_not_supported.body':
      'Con tu tarjeta no se puede pagar en esta moneda. Usa otra tarjeta o pregúntale a tu banco si se puede habilitar.',
    'decline.not_allowed.title': 'Tu banco bloqueó este pago',
    'decline.payment_stopped.title': 'Se bloquearon los pagos a nuestro servicio',
    'decline.payment_stopped.body':
      'Se le pidió a tu banco que bloqueara los pagos con esta tarjeta a nuestro servicio. Si quieres mantener tu suscripción, pídele a tu banco que vuelva a permitirlos o usa otra tarjeta.',
    'decline.limit_exceeded.title': 'Se alcanzó el límite de la tarjeta',
    'decline.limit_exceeded.body':
      'El pago superaría el límite de tu tarjeta. Puedes volver a intentarlo cuando se restablezca el límite, o usar otra tarjeta.',
    'decline.call_bank.body':
      'Tu banco rechazó el pago y te pide que te comuniques con él. El número suele estar en el reverso de tu tarjeta.',
    'decline.generic.title': 'Se rechazó el pago',
    'decline.generic.body':
      'Tu banco rechazó el pago sin indicarnos el motivo. Tu banco puede darte más información, o puedes usar otra tarjeta.',
    'decline.temporary.body': 'Algo falló al procesar el pago, y no fue tu culpa. Vuelve a intentarlo en un rato.',
    'decline.duplicate.body':
      'Hace muy poco se realizó un pago por el mismo monto, así que tu banco detuvo este. Revisa tu estado de cuenta antes de volver a intentarlo.',
    'decline.invalid_amount.title': 'Tu banco no aceptó el monto',
    'decline.invalid_amount.body': 'Tu banco no aceptó el monto de este pago. Comunícate con tu banco o usa otra tarjeta.',
    'decline.new_card_details.title': 'Los datos de tu tarjeta cambiaron',
    'decline.new_card_details.body':
      'Tu banco emitió nuevos datos para esta tarjeta. Ingresa los nuevos datos para que tu suscripción siga activa.',
    'decline.authentication_required.body': 'Tu banco quiere que confirmes este pago antes de procesarlo. Solo toma un momento.',
    'decline.authentication_failed.title': 'No se pudo confirmar el pago',
    'decline.authentication_failed.body': 'No pudimos confirmar el pago con tu banco. Vuelve a intentarlo o usa otra tarjeta.',
    'decline.test_card.title': 'No se pueden hacer cargos a esta tarjeta',
    'decline.debit_not_authorized.title': 'El débito automático no estaba autorizado',
    'decline.debit_not_authorized.body':
      'Según tu banco, el débito automático no estaba autorizado o fue objetado. Usa otro método de pago o pídele a tu banco que lo permita.',
    'decline.bank_account_problem.body':
      'Tu banco no pudo debitar el pago de esta cuenta. Revisa los datos de la cuenta o usa otro método de pago.',
    'decline.provider_declined.title': 'Se rechazó el pago',
    'decline.provider_declined.body': 'El servicio de pago rechazó este pago. Usa otro método de pago.',
    'action.call_bank': 'Comunícate con tu banco',
    'form.payNow': ({ amount }) => `Se cobrarán ${amount} a tu nuevo método de pago de inmediato por el pago pendiente.`,
    'form.unavailable': 'No se pudo cargar el formulario de pago. Revisa tu conexión y vuelve a intentarlo.',
    'form.retry': 'Volver a intentar',
    'form.rateLimited': 'Hubo demasiados intentos en poco tiempo. Espera unos minutos y vuelve a intentarlo.',
    'form.pending': 'Tu banco todavía está procesando este método de pago. Tu cuenta se actualizará en cuanto se confirme.',
    'wall.support': 'Contactar a soporte',
  },
} satisfies Translation;

export default es419;
