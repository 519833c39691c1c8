import { plural } from './plural.js';
import fr from './fr.js';
import type { Translation } from './types.js';

/** Canadian French (Quebec), formal “vous”; Quebec typography (no space before ! ? ;). Only what differs from `fr` is here. */
const frCA = {
  locale: 'fr-CA',
  dir: 'ltr',
  messages: {
    ...fr.messages,
    'paymentMethod.generic': 'mode de paiement',
    'state.expiring.body': ({ card, days, date }) =>
      `Votre ${card} expire ${
        days === 0 ? 'aujourd’hui' : plural('fr-CA', days, { one: 'demain', many: 'dans # de jours', other: 'dans # jours' })
      }${date ? ` (fin ${date})` : ''}. Mettez à jour votre mode de paiement pour que votre abonnement continue sans interruption.`,
    'state.expired.body': ({ card, date }) =>
      `Votre ${card} a expiré${date ? ` fin ${date}` : ''}. Mettez à jour votre mode de paiement pour que votre abonnement reste actif.`,
    'state.updated.title': 'Merci, tout est réglé',
    'state.recovered.body': ({ amount }) =>
      `Votre paiement${amount ? ` de ${amount}` : ''} a bien été effectué. Merci!`,
    'decline.insufficient_funds.body':
      'Votre banque a refusé le paiement, car le solde du compte est insuffisant pour le moment. Vous pouvez ajouter des fonds et réessayer, ou utiliser une autre carte.',
    'decline.limit_exceeded.title': 'La limite de la carte est atteinte',
    'decline.limit_exceeded.body':
      'Ce paiement dépasserait la limite de votre carte. Vous pouvez réessayer une fois la limite rétablie, ou utiliser une autre carte.',
    'decline.account_closed.title': 'Le compte est fermé',
    'decline.account_closed.body':
      'Le compte associé à ce mode de paiement est fermé ou introuvable. Veuillez utiliser un autre mode de paiement.',
    'decline.debit_not_authorized.title': 'Le prélèvement automatique n’a pas été autorisé',
    'decline.debit_not_authorized.body':
      'Selon votre banque, le prélèvement automatique n’a pas été autorisé ou a été contesté. Veuillez utiliser un autre mode de paiement ou demander à votre banque de l’autoriser.',
    'decline.bank_account_problem.body':
      'Votre banque n’a pas pu prélever le paiement sur ce compte. Veuillez vérifier les coordonnées du compte ou utiliser un autre mode de paiement.',
    'decline.provider_declined.body': 'Le service de paiement a refusé ce paiement. Veuillez utiliser un autre mode de paiement.',
    'form.title': 'Mettre à jour votre mode de paiement',
    'form.payNow': ({ amount }) => `Votre nouveau mode de paiement sera débité de ${amount} immédiatement pour le paiement dû.`,
    'form.submit': 'Enregistrer le mode de paiement',
    'form.saving': 'Enregistrement de votre mode de paiement…',
    'form.confirming': 'En attente de la confirmation de votre institution financière…',
    'form.interrupted': 'La connexion a été interrompue avant la fin de votre mise à jour. Vos renseignements sont conservés : réessayez pour terminer. Vous ne serez pas facturé deux fois.',
    'form.rateLimited': 'Trop de tentatives en peu de temps. Attendez quelques minutes, puis réessayez.',
    'form.pending': 'Votre institution financière traite encore ce mode de paiement. Votre compte sera mis à jour dès qu’il sera confirmé.',
    'wall.notNow': 'Pas maintenant',
    'wall.support': 'Joindre le soutien',
    'wall.cancelSubscription': 'Annuler l’abonnement',
  },
} satisfies Translation;

export default frCA;
