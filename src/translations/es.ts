import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Spanish (Spain), informal “tú” as usual in consumer apps. */
const es = {
  locale: 'es',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} que termina en ${last4}` : brand),
    'card.generic': 'tarjeta',
    'paymentMethod.generic': 'método de pago',

    'state.expiring.title': 'Tu tarjeta caduca pronto',
    'state.expiring.body': ({ card, days, date }) =>
      `Tu ${card} caduca ${
        days === 0 ? 'hoy' : plural('es', days, { one: 'mañana', many: 'dentro de # de días', other: 'dentro de # días' })
      }${date ? ` (a finales de ${date})` : ''}. Actualiza los datos de la tarjeta para que tu suscripción siga sin interrupciones.`,
    'state.expired.title': 'Tu tarjeta ha caducado',
    'state.expired.body': ({ card, date }) =>
      `Tu ${card} ${date ? `caducó a finales de ${date}` : 'ha caducado'}. Actualiza los datos de la tarjeta para mantener activa tu suscripción.`,
    'state.failed.title': 'Tu último pago no se ha podido completar',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Aún tienes pendiente el pago de ${amount}.` : reason),
    'state.action_required.title': 'Tu banco necesita que confirmes un pago',
    'state.action_required.body': ({ amount }) =>
      `Tu banco quiere asegurarse de que el pago${amount ? ` de ${amount}` : ''} lo has hecho tú. Solo te llevará un momento.`,
    'state.failed.when': ({ date }) => `Intentamos procesar el pago por primera vez el ${date}.`,
    'state.retry': ({ date }) => `Volveremos a intentar el pago el ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Seguirás teniendo acceso hasta el ${date}. Actualiza tus datos de pago antes de esa fecha para no perderlo.`,
    'state.updated.title': 'Gracias, ya está todo listo',
    'state.updated.body': ({ card }) => `A partir de ahora, usaremos tu ${card} para tu suscripción.`,
    'state.recovered.body': ({ amount }) =>
      `Tu pago${amount ? ` de ${amount}` : ''} se ha realizado correctamente. ¡Gracias!`,

    'state.processing.title': 'Tu pago bancario está en camino',
    'state.processing.body': ({ amount }) =>
      `Tu banco está procesando tu pago${amount ? ` de ${amount}` : ''}. Puede tardar unos días hábiles y no tienes que hacer nada.`,
    'state.missing.title': 'Añade un método de pago',
    'state.missing.body': ({ date }) =>
      date
        ? `Tu suscripción necesita un método de pago a más tardar el ${date} para seguir activa.`
        : 'Tu suscripción está en pausa hasta que añadas un método de pago. Añade uno para continuar.',

    'state.paused.title': 'Tu suscripción está en pausa',
    'state.paused.body': ({ date }) =>
      date ? `No se te cobrará hasta el ${date}, cuando tu suscripción se reanude.` : 'No se te cobrará mientras esté en pausa. Reanúdala cuando quieras.',
    'banner.updateCard': 'Actualizar tarjeta',
    'banner.addPaymentMethod': 'Añadir método de pago',
    'banner.resume': 'Reanudar ahora',
    'banner.confirmPayment': 'Confirmar pago',
    'banner.dismiss': 'Cerrar este mensaje',

    'decline.insufficient_funds.title': 'Saldo insuficiente',
    'decline.insufficient_funds.body':
      'Tu banco ha rechazado el pago porque ahora mismo la cuenta no tiene saldo suficiente. Puedes añadir fondos y volver a intentarlo, o usar otra tarjeta.',
    'decline.expired_card.title': 'La tarjeta ha caducado',
    'decline.expired_card.body': 'Tu banco ha rechazado el pago porque la tarjeta ha caducado. Añade una tarjeta que siga vigente.',
    'decline.incorrect_cvc.title': 'El código de seguridad no coincide',
    'decline.incorrect_cvc.body':
      'El código de seguridad (los 3 o 4 dígitos de la tarjeta) no coincide con el que tiene tu banco. Vuelve a introducir los datos de la tarjeta.',
    'decline.incorrect_number.title': 'El número de tarjeta no es correcto',
    'decline.incorrect_number.body': 'Parece que el número de tarjeta no es correcto. Compruébalo y vuelve a introducirlo.',
    'decline.incorrect_expiry.title': 'La fecha de caducidad no es correcta',
    'decline.incorrect_expiry.body':
      'La fecha de caducidad no coincide con la tarjeta. Comprueba el mes y el año que aparecen en la tarjeta y vuelve a introducirlos.',
    'decline.incorrect_address.title': 'La dirección de facturación no coincide',
    'decline.incorrect_address.body':
      'El código postal o la dirección no coinciden con los que tiene registrados tu banco. Introdúcelos exactamente como los tiene tu banco.',
    'decline.card_not_supported.title': 'Esta tarjeta no se puede usar aquí',
    'decline.card_not_supported.body':
      'Tu tarjeta no admite este tipo de pago. Usa otra tarjeta o pide a tu banco que lo active.',
    'decline.currency_not_supported.title': 'La tarjeta no admite esta moneda',
    'decline.currency_not_supported.body':
      'Con tu tarjeta no se puede pagar en esta moneda. Usa otra tarjeta o pregunta a tu banco si se puede activar.',
    'decline.not_allowed.title': 'Tu banco ha bloqueado este pago',
    'decline.not_allowed.body':
      'Tu banco no permite este pago con esta tarjeta. Tu banco puede quitar la restricción, o puedes usar otra tarjeta.',
    'decline.payment_stopped.title': 'Se han bloqueado los pagos a nuestro servicio',
    'decline.payment_stopped.body':
      'Se ha pedido a tu banco que bloquee los pagos con esta tarjeta a nuestro servicio. Si quieres mantener tu suscripción, pide a tu banco que vuelva a permitirlos o usa otra tarjeta.',
    'decline.limit_exceeded.title': 'Se ha alcanzado el límite de la tarjeta',
    'decline.limit_exceeded.body':
      'El pago superaría el límite de gasto de tu tarjeta. Puedes volver a intentarlo cuando se restablezca el límite, o usar otra tarjeta.',
    'decline.call_bank.title': 'Tu banco necesita hablar contigo',
    'decline.call_bank.body':
      'Tu banco ha rechazado el pago y te pide que te pongas en contacto con él. El número suele estar en el reverso de tu tarjeta.',
    'decline.generic.title': 'Se ha rechazado el pago',
    'decline.generic.body':
      'Tu banco ha rechazado el pago sin indicarnos el motivo. Tu banco puede darte más información, o puedes usar otra tarjeta.',
    'decline.temporary.title': 'Un problema temporal',
    'decline.temporary.body':
      'Algo ha fallado al procesar el pago, y no ha sido culpa tuya. Vuelve a intentarlo dentro de un rato.',
    'decline.duplicate.title': 'Parece un pago duplicado',
    'decline.duplicate.body':
      'Hace muy poco se ha realizado un pago por el mismo importe, así que tu banco ha detenido este. Revisa tus movimientos antes de volver a intentarlo.',
    'decline.invalid_amount.title': 'Tu banco no ha aceptado el importe',
    'decline.invalid_amount.body':
      'Tu banco no ha aceptado el importe de este pago. Ponte en contacto con tu banco o usa otra tarjeta.',
    'decline.new_card_details.title': 'Los datos de tu tarjeta han cambiado',
    'decline.new_card_details.body':
      'Tu banco ha emitido nuevos datos para esta tarjeta. Introduce los nuevos datos para que tu suscripción siga activa.',
    'decline.account_closed.title': 'La cuenta está cerrada',
    'decline.account_closed.body':
      'La cuenta asociada a este método de pago está cerrada o no se encuentra. Usa otro método de pago.',
    'decline.authentication_required.title': 'Tu banco necesita una confirmación',
    'decline.authentication_required.body':
      'Tu banco quiere que confirmes este pago antes de procesarlo. Solo te llevará un momento.',
    'decline.authentication_failed.title': 'No se ha podido confirmar el pago',
    'decline.authentication_failed.body':
      'No hemos podido confirmar el pago con tu banco. Vuelve a intentarlo o usa otra tarjeta.',
    'decline.test_card.title': 'No se pueden hacer cargos en esta tarjeta',
    'decline.test_card.body': 'Esta tarjeta no se puede usar para pagos reales. Usa otra tarjeta.',
    'decline.debit_not_authorized.title': 'La domiciliación no estaba autorizada',
    'decline.debit_not_authorized.body':
      'Según tu banco, la domiciliación no estaba autorizada o se ha reclamado. Usa otro método de pago o pide a tu banco que la permita.',
    'decline.bank_account_problem.title': 'Un problema con la cuenta bancaria',
    'decline.bank_account_problem.body':
      'Tu banco no ha podido cargar el pago en esta cuenta. Revisa los datos de la cuenta o usa otro método de pago.',
    'decline.provider_declined.title': 'Se ha rechazado el pago',
    'decline.provider_declined.body': 'El servicio de pago ha rechazado este pago. Usa otro método de pago.',

    'action.update_card': 'Actualiza tu tarjeta',
    'action.use_another_method': 'Usa otra tarjeta',
    'action.call_bank': 'Contacta con tu banco',
    'action.confirm_with_bank': 'Confirma con tu banco',
    'action.try_again_later': 'Vuelve a intentarlo más tarde',

    'form.title': 'Actualiza tu método de pago',
    'form.payNow': ({ amount }) => `Se cobrarán ${amount} a tu nuevo método de pago ahora mismo por el pago pendiente.`,
    'form.submit': 'Guardar método de pago',
    'form.cancel': 'Cancelar',
    'form.loading': 'Cargando el formulario de pago seguro…',
    'form.saving': 'Guardando tu método de pago…',
    'form.confirming': 'Esperando la confirmación de tu banco…',
    'form.finishing': 'Finalizando la actualización…',
    'form.unavailable': 'No se ha podido cargar el formulario de pago. Comprueba tu conexión y vuelve a intentarlo.',
    'form.retry': 'Volver a intentarlo',
    'form.interrupted': 'Se perdió la conexión antes de terminar la actualización. Tus datos se conservan: vuelve a intentarlo para terminar. No se te cobrará dos veces.',
    'form.rateLimited': 'Ha habido demasiados intentos en poco tiempo. Espera unos minutos y vuelve a intentarlo.',
    'form.pending': 'Tu banco aún está procesando este método de pago. Tu cuenta se actualizará en cuanto se confirme.',
    'form.microdeposits': ({ date }) =>
      `Revisa tu cuenta bancaria ${date ? `alrededor del ${date}` : 'en 1 o 2 días hábiles'}: te enviaremos un pequeño ingreso. Sigue el enlace para introducir lo que aparece en él y, a partir de entonces, usaremos tu cuenta bancaria. Mientras tanto, tu método de pago guardado no cambia.`,
    'form.microdepositsLink': 'Verificar cuenta bancaria',
    'form.declinedToo': 'Esta tarjeta también ha sido rechazada. Tu método de pago guardado no ha cambiado y no se ha cobrado nada.',

    'wall.notNow': 'Ahora no',
    'wall.paused': 'Tu acceso está en pausa hasta que se resuelva el pago.',
    'wall.continue': 'Continuar',
    'wall.logout': 'Cerrar sesión',
    'wall.support': 'Contactar con soporte',
    'wall.cancelSubscription': 'Cancelar la suscripción',
  },
} satisfies Translation;

export default es;
