import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'par jour', week: 'par semaine', month: 'par mois', year: 'par an' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'tous les # jours' },
  week: { other: 'toutes les # semaines' },
  month: { other: 'tous les # mois' },
  year: { other: 'tous les # ans' },
};

/** French (formal “vous”); French spaces before ; : ! ? are narrow no-break spaces. Canadian French reads this file too. */
const fr = {
  locale: 'fr',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Vous ne pouvez pas payer en ce moment ?',
    'care.offers.title': 'Autres possibilités',
    'care.offers.intro': 'Si le moment est mal choisi, rien ne vous oblige à partir. Vous pouvez faire une pause ou passer à une formule plus petite.',
    'care.offers.loading': 'Chargement de vos possibilités…',
    'care.offers.error': 'Vos possibilités n’ont pas pu être chargées, et rien n’a changé. Veuillez réessayer dans un instant.',
    'care.offers.none': 'Aucune autre possibilité n’est disponible pour votre abonnement en ce moment. Notre équipe d’assistance se fera un plaisir de vous aider.',
    'care.back': 'Retour',
    'care.confirm.title': 'Vérifiez avant de confirmer',
    'care.working': 'Enregistrement de votre choix…',
    'care.failed': 'Cela n’a pas fonctionné, et rien n’a changé. Veuillez réessayer.',
    'care.refused': 'Cette possibilité n’est plus disponible pour votre abonnement. Rien n’a changé.',

    'care.pause.title': 'Mettre votre abonnement en pause',
    'care.pause.length': 'Pour combien de temps ?',
    'care.pause.months': ({ months }) => plural('fr', months, { other: '# mois' }),
    'care.pause.resumesOn': ({ date }) => `La facturation reprendra le ${date}.`,
    'care.pause.stopsService': 'Votre abonnement est suspendu jusque-là, et vous ne serez pas débité.',
    'care.pause.keepsService': 'Vous pouvez continuer à utiliser le service, et vous ne serez pas débité d’ici là.',
    'care.pause.noAccess': 'Pendant la pause, vous n’aurez pas accès aux fonctionnalités payantes de votre compte.',
    'care.pause.confirm': ({ months }) => plural('fr', months, { other: 'Mettre en pause pendant # mois' }),
    'care.pause.done': ({ date }) => `Votre abonnement est en pause. La facturation reprendra le ${date}.`,

    'care.overdue.void': ({ amount }) => `Le montant impayé de ${amount} sera annulé : vous ne le devrez plus.`,
    'care.overdue.leaveOpen': ({ amount }) => `Le montant impayé de ${amount} reste dû, et nous continuerons d’essayer de le prélever.`,

    'care.plan.title': 'Passer à une formule plus petite',
    'care.plan.current': ({ plan, price }) => `Votre formule actuelle : ${plan} (${price}).`,
    'care.plan.choose': 'Choisissez une formule',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) =>
      `Vous serez débité de ${amount} aujourd’hui sur votre moyen de paiement enregistré, puis à chaque renouvellement.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Vous paierez ${amount} à partir de votre prochaine facture, le ${date}.` : `Vous paierez ${amount} à partir de votre prochaine facture.`,
    'care.plan.prorate': 'Toute différence pour la période en cours sera réglée sur votre prochaine facture.',
    'care.plan.prorateNow': 'Toute différence pour la période en cours est facturée ou créditée immédiatement.',
    'care.plan.confirm': ({ plan }) => `Passer à ${plan}`,
    'care.plan.done': ({ plan }) => `Votre formule est désormais ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('fr', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Reprise de votre abonnement…',
    'care.resume.done': 'Ravis de vous revoir ! Votre abonnement est de nouveau actif.',

    'care.support.open': 'Contacter l’assistance',
    'care.support.subject': 'Aide concernant mon paiement',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Bonjour,',
        '',
        'J’ai besoin d’aide concernant mon paiement.',
        '',
        `Ce que je vois : ${summary}`,
        ...(reason ? [`Ce que la banque a indiqué : ${reason}`] : []),
        ...(invoice ? [`Facture : ${invoice}`] : []),
        ...(amount ? [`Montant dû : ${amount}`] : []),
        '',
        'Merci',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Vous avez payé ${amount} aujourd’hui.`,
    'care.receipt.next': ({ date }) => `Votre prochain paiement aura lieu le ${date}.`,

    'care.rating.question': 'Était-ce facile ?',
    'care.rating.send': 'Envoyer',
    'care.rating.1': 'Très difficile',
    'care.rating.2': 'Difficile',
    'care.rating.3': 'Ni facile ni difficile',
    'care.rating.4': 'Facile',
    'care.rating.5': 'Très facile',
    'care.rating.thanks': 'Merci pour votre avis.',
  },
} satisfies CareTranslation;

export default fr;
