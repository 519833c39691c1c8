import type { ReportTranslation } from './types.js';

/** Spanish (neutral, “usted”); Latin American Spanish (es-419) reads this file too. */
const es = {
  locale: 'es',
  dir: 'ltr',
  messages: {
    'report.title': 'Recuperación de pagos',
    'report.range': ({ from, to }) => `${from} – ${to}`,
    'report.loading': 'Cargando el informe…',
    'report.error': 'No se pudo cargar el informe. Sus pagos no se ven afectados; vuelva a intentarlo en un momento.',
    'report.retry': 'Reintentar',
    'report.empty': 'Ningún pago falló en este periodo: no hay nada que recuperar.',

    'report.kpi.rate': 'Tasa de recuperación',
    'report.kpi.recovered': 'Ingresos recuperados',
    'report.kpi.median': 'Tiempo medio de recuperación',
    'report.kpi.failed': 'Pagos fallidos',
    'report.kpi.rateDetail': ({ recovered, failed }) => `${recovered} de ${failed} facturas`,
    'report.kpi.p90Detail': ({ p90 }) => `el 90 % en menos de ${p90}`,
    'report.none': 'ninguno aún',

    'report.chart.rate': 'Tasa de recuperación a lo largo del tiempo',
    'report.chart.revenue': ({ currency }) => `Ingresos recuperados a lo largo del tiempo (${currency})`,
    'report.chart.timeToRecover': 'Tiempo de recuperación',
    'report.chart.funnel': 'Del fallo a la recuperación',
    'report.chart.reasons': 'Resultados por motivo de rechazo',
    'report.chart.channels': 'Recuperaciones por canal y paso',
    'report.chart.outcomes': 'Cómo terminaron los pagos fallidos',

    'report.series.rate': 'Tasa de recuperación',
    'report.series.failed': 'Fallidos',
    'report.series.recovered': 'Recuperados',
    'report.series.lost': 'Perdidos',
    'report.series.open': 'Aún abiertos',
    'report.series.failedAmount': 'Importe fallido',
    'report.series.recoveredAmount': 'Importe recuperado',
    'report.series.invoices': 'Facturas',
    'report.series.median': 'Mediana',
    'report.series.p90': 'Percentil 90',
    'report.series.sent': 'Enviados',
    'report.series.opened': 'Abiertos',
    'report.column.period': 'Periodo',
    'report.column.reason': 'Motivo de rechazo',
    'report.column.channel': 'Canal y paso',
    'report.column.stage': 'Etapa',
    'report.column.outcome': 'Resultado',

    'report.showTable': 'Mostrar tabla',
    'report.hideTable': 'Mostrar gráfico',

    'report.downloadCsv': 'Descargar CSV',

    'report.week': ({ date }) => `Semana del ${date}`,
    'report.channelStep': ({ channel, step }) => `${channel}, ${step}`,

    'report.funnel.failed': 'Pago fallido',
    'report.funnel.notified': 'Cliente avisado',
    'report.funnel.opened': 'Aviso abierto',
    'report.funnel.formOpened': 'Formulario abierto',
    'report.funnel.recovered': 'Recuperado',

    'report.channel.email': 'Correo electrónico',
    'report.channel.sms': 'SMS',
    'report.channel.in_app': 'Mensaje en la app',
    'report.channel.banner': 'Banner',

    'report.step.failed': 'Pago fallido',
    'report.step.action_required': 'Confirmación del banco',
    'report.step.expiring': 'Tarjeta por caducar',
    'report.step.expired': 'Tarjeta caducada',
    'report.step.final': 'Último aviso',
    'report.step.reminder': 'Recordatorio',
    'report.step.access_ends': 'Fin del acceso',
    'report.step.recovered': 'Agradecimiento',

    'report.outcome.in_app': 'Resuelto en la app',
    'report.outcome.hosted_page': 'Resuelto desde un enlace',
    'report.outcome.card_updated': 'Pagado al actualizarse la tarjeta',
    'report.outcome.stripe_retry': 'Reintento de Stripe correcto',
    'report.outcome.elsewhere': 'Pagado de otra forma',
    'report.outcome.lost': 'Perdido',
    'report.outcome.open': 'Aún abierto',

    'report.retention.title': 'Alternativas y ayuda',
    'report.retention.actions': 'Ofertas, pausas y soporte, por factura',
    'report.column.action': 'Qué ocurrió',
    'report.action.offers_shown': 'Vio las ofertas',
    'report.action.paused': 'Pausó la suscripción',
    'report.action.plan_changed': 'Cambió de plan',
    'report.action.resumed': 'Reanudó antes de tiempo',
    'report.action.support_opened': 'Contactó con soporte',
    'report.retention.support': 'Desde dónde contactaron los clientes con soporte',
    'report.retention.offers': 'Dónde vieron los clientes las ofertas',
    'report.column.place': 'Desde dónde',
    'report.source.banner': 'Banner',
    'report.source.form': 'Formulario de pago',
    'report.source.wall': 'Pantalla de acceso bloqueado',
    'report.source.page': 'Página de actualización desde un enlace',
    'report.source.unknown': 'Desconocido',
    'report.retention.ratings': '«¿Fue fácil?» (1 = muy difícil, 5 = muy fácil)',
    'report.column.rating': 'Valoración',
    'report.series.answers': 'Número de respuestas',
    'report.retention.mean': ({ mean }) => `Valoración media: ${mean} de 5`,
    'report.retention.withoutInvoice': ({ count }) => `Respuestas de clientes cuyo pago nunca falló (tarjeta actualizada antes de caducar): ${count}`,
    'report.retention.noRatings': 'Aún no hay respuestas.',

    'report.summary.rate': ({ overall, high, highPeriod, low, lowPeriod }) =>
      `En total se recuperó el ${overall} de los pagos fallidos. El mejor periodo fue ${highPeriod} con ${high}; el más débil, ${lowPeriod} con ${low}.`,
    'report.summary.revenue': ({ currency, recovered, failed, best, bestPeriod }) =>
      `En ${currency} se recuperaron ${recovered} de ${failed} fallidos; la mayor parte en ${bestPeriod} (${best}).`,
    'report.summary.timeToRecover': ({ median, p90 }) =>
      `La mitad de los pagos recuperados se recuperó en menos de ${median}, nueve de cada diez en menos de ${p90}.`,
    'report.summary.funnel': ({ failed, notified, opened, formOpened, recovered }) =>
      `Fallaron ${failed} pagos; se avisó a ${notified} clientes, ${opened} abrieron un aviso, ${formOpened} abrieron el formulario y se recuperaron ${recovered} pagos.`,
    'report.summary.reasons': ({ top, topCount, best, bestRate }) =>
      `El motivo de rechazo más frecuente fue «${top}» (${topCount} facturas). «${best}» fue el que mejor se recuperó, con ${bestRate}.`,
    'report.summary.channels': ({ best, recovered, sent }) =>
      `${best} recuperó a más clientes: ${recovered} recuperados de ${sent} enviados.`,
    'report.summary.outcomes': ({ top, topCount, total }) => `De ${total} pagos fallidos, la mayoría terminó como «${top}» (${topCount}).`,
    'report.summary.noData': 'No hay datos en este periodo.',
  },
} satisfies ReportTranslation;

export default es;
