import type { ReportTranslation } from './types.js';

/** French (formal “vous”); French spaces before ; : ! ? are narrow no-break spaces. */
const fr = {
  locale: 'fr',
  dir: 'ltr',
  messages: {
    'report.title': 'Récupération des paiements',
    'report.range': ({ from, to }) => `${from} – ${to}`,
    'report.loading': 'Chargement du rapport…',
    'report.error': 'Le rapport n’a pas pu être chargé. Vos paiements ne sont pas concernés\u202f; veuillez réessayer dans un instant.',
    'report.retry': 'Réessayer',
    'report.empty': 'Aucun paiement n’a échoué sur cette période\u202f: il n’y a rien à récupérer.',

    'report.kpi.rate': 'Taux de récupération',
    'report.kpi.recovered': 'Revenu récupéré',
    'report.kpi.median': 'Délai médian de récupération',
    'report.kpi.failed': 'Paiements échoués',
    'report.kpi.rateDetail': ({ recovered, failed }) => `${recovered} factures sur ${failed}`,
    'report.kpi.p90Detail': ({ p90 }) => `90\u00a0% en moins de ${p90}`,
    'report.none': 'aucun pour l’instant',

    'report.chart.rate': 'Taux de récupération dans le temps',
    'report.chart.revenue': ({ currency }) => `Revenu récupéré dans le temps (${currency})`,
    'report.chart.timeToRecover': 'Délai de récupération',
    'report.chart.funnel': 'De l’échec à la récupération',
    'report.chart.reasons': 'Résultats par motif de refus',
    'report.chart.channels': 'Récupérations par canal et étape',
    'report.chart.outcomes': 'Issue des paiements échoués',

    'report.series.rate': 'Taux de récupération',
    'report.series.failed': 'Échoués',
    'report.series.recovered': 'Récupérés',
    'report.series.lost': 'Perdus',
    'report.series.open': 'En cours',
    'report.series.failedAmount': 'Montant échoué',
    'report.series.recoveredAmount': 'Montant récupéré',
    'report.series.invoices': 'Factures',
    'report.series.median': 'Médiane',
    'report.series.p90': '90e centile',
    'report.series.sent': 'Envoyés',
    'report.series.opened': 'Ouverts',
    'report.column.period': 'Période',
    'report.column.reason': 'Motif de refus',
    'report.column.channel': 'Canal et étape',
    'report.column.stage': 'Étape',
    'report.column.outcome': 'Issue',

    'report.showTable': 'Afficher le tableau',
    'report.hideTable': 'Afficher le graphique',

    'report.downloadCsv': 'Télécharger le CSV',

    'report.week': ({ date }) => `Semaine du ${date}`,
    'report.channelStep': ({ channel, step }) => `${channel}, ${step}`,

    'report.funnel.failed': 'Paiement échoué',
    'report.funnel.notified': 'Client prévenu',
    'report.funnel.opened': 'Message ouvert',
    'report.funnel.formOpened': 'Formulaire ouvert',
    'report.funnel.recovered': 'Récupéré',

    'report.channel.email': 'E-mail',
    'report.channel.sms': 'SMS',
    'report.channel.in_app': 'Message dans l’app',
    'report.channel.banner': 'Bannière',

    'report.step.failed': 'Paiement échoué',
    'report.step.action_required': 'Confirmation bancaire',
    'report.step.expiring': 'Carte bientôt expirée',
    'report.step.expired': 'Carte expirée',
    'report.step.final': 'Dernier avis',
    'report.step.reminder': 'Rappel',
    'report.step.access_ends': 'Fin de l’accès',
    'report.step.recovered': 'Remerciement',

    'report.outcome.in_app': 'Réglé dans l’app',
    'report.outcome.hosted_page': 'Réglé via un lien',
    'report.outcome.card_updated': 'Payé à la mise à jour de la carte',
    'report.outcome.stripe_retry': 'Nouvelle tentative de Stripe réussie',
    'report.outcome.elsewhere': 'Payé autrement',
    'report.outcome.lost': 'Perdu',
    'report.outcome.open': 'En cours',

    'report.retention.title': 'Alternatives et aide',
    'report.retention.actions': 'Offres, pauses et assistance, par facture',
    'report.column.action': 'Ce qui s’est passé',
    'report.action.offers_shown': 'A vu les offres',
    'report.action.paused': 'A mis l’abonnement en pause',
    'report.action.plan_changed': 'A changé de formule',
    'report.action.resumed': 'A repris plus tôt',
    'report.action.support_opened': 'A contacté l’assistance',
    'report.retention.support': 'D’où les clients ont contacté l’assistance',
    'report.retention.offers': 'Où les clients ont vu les offres',
    'report.column.place': 'D’où',
    'report.source.banner': 'Bannière',
    'report.source.form': 'Formulaire de paiement',
    'report.source.wall': 'Écran d’accès bloqué',
    'report.source.page': 'Page de mise à jour ouverte par un lien',
    'report.source.unknown': 'Inconnu',
    'report.retention.ratings': '«\u00a0Était-ce facile\u202f?\u00a0» (1 = très difficile, 5 = très facile)',
    'report.column.rating': 'Note',
    'report.series.answers': 'Nombre de réponses',
    'report.retention.mean': ({ mean }) => `Note moyenne\u202f: ${mean} sur 5`,
    'report.retention.withoutInvoice': ({ count }) => `Réponses de clients dont le paiement n’a jamais échoué (carte mise à jour avant son expiration)\u202f: ${count}`,
    'report.retention.noRatings': 'Aucune réponse pour l’instant.',

    'report.summary.rate': ({ overall, high, highPeriod, low, lowPeriod }) =>
      `Au total, ${overall} des paiements échoués ont été récupérés. La meilleure période est ${highPeriod} avec ${high}, la plus faible ${lowPeriod} avec ${low}.`,
    'report.summary.revenue': ({ currency, recovered, failed, best, bestPeriod }) =>
      `En ${currency}, ${recovered} sur ${failed} échoués ont été récupérés, le plus en ${bestPeriod} (${best}).`,
    'report.summary.timeToRecover': ({ median, p90 }) =>
      `La moitié des paiements récupérés l’ont été en moins de ${median}, neuf sur dix en moins de ${p90}.`,
    'report.summary.funnel': ({ failed, notified, opened, formOpened, recovered }) =>
      `${failed} paiements ont échoué\u202f; ${notified} clients ont été prévenus, ${opened} ont ouvert un message, ${formOpened} ont ouvert le formulaire et ${recovered} paiements ont été récupérés.`,
    'report.summary.reasons': ({ top, topCount, best, bestRate }) =>
      `Le motif de refus le plus fréquent est «\u00a0${top}\u00a0» (${topCount} factures). «\u00a0${best}\u00a0» est le mieux récupéré, à ${bestRate}.`,
    'report.summary.channels': ({ best, recovered, sent }) =>
      `${best} a ramené le plus de clients\u202f: ${recovered} récupérés sur ${sent} envoyés.`,
    'report.summary.outcomes': ({ top, topCount, total }) => `Sur ${total} paiements échoués, la plupart se sont terminés en «\u00a0${top}\u00a0» (${topCount}).`,
    'report.summary.noData': 'Aucune donnée sur cette période.',
  },
} satisfies ReportTranslation;

export default fr;
