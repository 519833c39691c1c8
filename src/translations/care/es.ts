import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'al día', week: 'a la semana', month: 'al mes', year: 'al año' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'cada # días' },
  week: { other: 'cada # semanas' },
  month: { other: 'cada # meses' },
  year: { other: 'cada # años' },
};

/** Spanish, informal “tú” as the banner; Latin American Spanish (es-419) reads this file too, so no Spain-only words. */
const es = {
  locale: 'es',
  dir: 'ltr',
  messages: {
    'care.offers.open': '¿No puedes pagar ahora?',
    'care.offers.title': 'Otras opciones',
    'care.offers.intro': 'Si ahora no es buen momento, no tienes por qué irte. Puedes tomarte un descanso o cambiar a un plan más pequeño.',
    'care.offers.loading': 'Cargando tus opciones…',
    'care.offers.error': 'No se pudieron cargar tus opciones y no ha cambiado nada. Vuelve a intentarlo en un momento.',
    'care.offers.none': 'En este momento no hay otra opción para tu suscripción. Nuestro equipo de soporte te ayudará con gusto.',
    'care.back': 'Volver',
    'care.confirm.title': 'Revisa antes de confirmar',
    'care.working': 'Guardando tu elección…',
    'care.failed': 'No funcionó y no ha cambiado nada. Vuelve a intentarlo.',
    'care.refused': 'Esta opción ya no está disponible para tu suscripción. No ha cambiado nada.',

    'care.pause.title': 'Pausar tu suscripción',
    'care.pause.length': '¿Durante cuánto tiempo?',
    'care.pause.months': ({ months }) => plural('es', months, { one: '# mes', other: '# meses' }),
    'care.pause.resumesOn': ({ date }) => `Los cobros se reanudan el ${date}.`,
    'care.pause.stopsService': 'Hasta entonces, tu suscripción se detiene y no se te cobrará nada.',
    'care.pause.keepsService': 'Puedes seguir usando el servicio y no se te cobrará nada hasta entonces.',
    'care.pause.noAccess': 'Mientras esté en pausa, no podrás usar las funciones de pago de tu cuenta.',
    'care.pause.confirm': ({ months }) => plural('es', months, { one: 'Pausar # mes', other: 'Pausar # meses' }),
    'care.pause.done': ({ date }) => `Tu suscripción está en pausa. Los cobros se reanudan el ${date}.`,

    'care.overdue.void': ({ amount }) => `Se cancelará el importe pendiente de ${amount}: ya no lo deberás.`,
    'care.overdue.leaveOpen': ({ amount }) => `El importe pendiente de ${amount} sigue sin pagarse y seguiremos intentando cobrarlo.`,

    'care.plan.title': 'Cambiar a un plan más pequeño',
    'care.plan.current': ({ plan, price }) => `Tienes el plan ${plan} (${price}).`,
    'care.plan.choose': 'Elige un plan',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Hoy se te cobrará ${amount} con tu método de pago guardado, y después en cada renovación.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Pagarás ${amount} a partir de tu próxima factura, el ${date}.` : `Pagarás ${amount} a partir de tu próxima factura.`,
    'care.plan.prorate': 'La diferencia del periodo actual se ajustará en tu próxima factura.',
    'care.plan.prorateNow': 'La diferencia del periodo actual se cobra o se reembolsa al momento.',
    'care.plan.confirm': ({ plan }) => `Cambiar a ${plan}`,
    'care.plan.done': ({ plan }) => `Ahora tienes el plan ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('es', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Reanudando tu suscripción…',
    'care.resume.done': '¡Qué bueno tenerte de vuelta! Tu suscripción vuelve a estar activa.',

    'care.support.open': 'Contactar con soporte',
    'care.support.subject': 'Ayuda con mi pago',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hola:',
        '',
        'Necesito ayuda con mi pago.',
        '',
        `Lo que veo: ${summary}`,
        ...(reason ? [`Lo que dijo el banco: ${reason}`] : []),
        ...(invoice ? [`Factura: ${invoice}`] : []),
        ...(amount ? [`Importe pendiente: ${amount}`] : []),
        '',
        'Gracias',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Hoy pagaste ${amount}.`,
    'care.receipt.next': ({ date }) => `Tu próximo pago será el ${date}.`,

    'care.rating.question': '¿Te resultó fácil?',
    'care.rating.send': 'Enviar',
    'care.rating.1': 'Muy difícil',
    'care.rating.2': 'Difícil',
    'care.rating.3': 'Ni fácil ni difícil',
    'care.rating.4': 'Fácil',
    'care.rating.5': 'Muy fácil',
    'care.rating.thanks': 'Gracias por contárnoslo.',
  },
} satisfies CareTranslation;

export default es;
