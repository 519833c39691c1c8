import { plural } from './plural.js';
import type { Translation } from './types.js';

/** French (France), formal “vous”. */
const fr = {
  locale: 'fr',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} se terminant par ${last4}` : brand),
    'card.generic': 'carte',
    'paymentMethod.generic': 'moyen de paiement',

    'state.expiring.title': 'Votre carte expire bientôt',
    'state.expiring.body': ({ card, days, date }) =>
      `Votre ${card} expire ${
        days === 0 ? 'aujourd’hui' : plural('fr', days, { one: 'demain', many: 'dans # de jours', other: 'dans # jours' })
      }${date ? ` (fin ${date})` : ''}. Mettez à jour votre moyen de paiement pour que votre abonnement continue sans interruption.`,
    'state.expired.title': 'Votre carte a expiré',
    'state.expired.body': ({ card, date }) =>
      `Votre ${card} a expiré${date ? ` fin ${date}` : ''}. Mettez à jour votre moyen de paiement pour que votre abonnement reste actif.`,
    'state.failed.title': 'Votre dernier paiement n’a pas abouti',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Le montant de ${amount} reste à régler.` : reason),
    'state.action_required.title': 'Votre banque vous demande de confirmer un paiement',
    'state.action_required.body': ({ amount }) =>
      `Votre banque veut s’assurer que le paiement${amount ? ` de ${amount}` : ''} vient bien de vous. Cela ne prend qu’un instant.`,
    'state.failed.when': ({ date }) => `Nous avons tenté ce paiement une première fois le ${date}.`,
    'state.retry': ({ date }) => `Nous tenterons à nouveau le paiement le ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Votre accès reste actif jusqu’au ${date}. Mettez à jour vos informations de paiement d’ici là pour le conserver.`,
    'state.updated.title': 'Merci, tout est en ordre',
    'state.updated.body': ({ card }) => `Nous utiliserons désormais votre ${card} pour votre abonnement.`,
    'state.recovered.body': ({ amount }) =>
      `Votre paiement${amount ? ` de ${amount}` : ''} a bien été effectué. Merci !`,

    'state.processing.title': 'Votre paiement bancaire est en cours',
    'state.processing.body': ({ amount }) =>
      `Votre paiement${amount ? ` de ${amount}` : ''} est en cours de traitement par votre banque. Cela peut prendre quelques jours ouvrés, et vous n’avez rien à faire.`,
    'state.missing.title': 'Ajoutez un moyen de paiement',
    'state.missing.body': ({ date }) =>
      date
        ? `Votre abonnement a besoin d’un moyen de paiement d’ici le ${date} pour continuer.`
        : 'Votre abonnement est suspendu jusqu’à l’ajout d’un moyen de paiement. Ajoutez-en un pour continuer.',

    'state.paused.title': 'Votre abonnement est en pause',
    'state.paused.body': ({ date }) =>
      date ? `Vous ne serez pas débité avant le ${date}, date de reprise de votre abonnement.` : 'Vous ne serez pas débité pendant la pause. Reprenez-le quand vous serez prêt.',
    'banner.updateCard': 'Mettre à jour la carte',
    'banner.addPaymentMethod': 'Ajouter un moyen de paiement',
    'banner.resume': 'Reprendre maintenant',
    'banner.confirmPayment': 'Confirmer le paiement',
    'banner.dismiss': 'Fermer ce message',

    'decline.insufficient_funds.title': 'Fonds insuffisants',
    'decline.insufficient_funds.body':
      'Votre banque a refusé le paiement, car le compte n’est pas suffisamment approvisionné pour le moment. Vous pouvez l’approvisionner et réessayer, ou utiliser une autre carte.',
    'decline.expired_card.title': 'La carte a expiré',
    'decline.expired_card.body':
      'Votre banque a refusé le paiement, car la carte a expiré. Veuillez ajouter une carte encore valide.',
    'decline.incorrect_cvc.title': 'Le code de sécurité ne correspond pas',
    'decline.incorrect_cvc.body':
      'Le code de sécurité (les 3 ou 4 chiffres inscrits sur la carte) ne correspond pas à celui de votre banque. Veuillez saisir à nouveau les informations de la carte.',
    'decline.incorrect_number.title': 'Le numéro de carte est incorrect',
    'decline.incorrect_number.body': 'Le numéro de carte semble incorrect. Veuillez le vérifier et le saisir à nouveau.',
    'decline.incorrect_expiry.title': 'La date d’expiration est incorrecte',
    'decline.incorrect_expiry.body':
      'La date d’expiration ne correspond pas à la carte. Veuillez vérifier le mois et l’année indiqués sur la carte, puis les saisir à nouveau.',
    'decline.incorrect_address.title': 'L’adresse de facturation ne correspond pas',
    'decline.incorrect_address.body':
      'Le code postal ou l’adresse ne correspond pas aux informations de votre banque. Veuillez les saisir exactement tels qu’ils y sont enregistrés.',
    'decline.card_not_supported.title': 'Cette carte ne peut pas être utilisée ici',
    'decline.card_not_supported.body':
      'Votre carte ne permet pas ce type de paiement. Veuillez utiliser une autre carte ou demander à votre banque de l’activer.',
    'decline.currency_not_supported.title': 'La carte n’accepte pas cette devise',
    'decline.currency_not_supported.body':
      'Votre carte ne permet pas de payer dans cette devise. Veuillez utiliser une autre carte ou demander à votre banque si elle peut l’activer.',
    'decline.not_allowed.title': 'Votre banque a bloqué ce paiement',
    'decline.not_allowed.body':
      'Votre banque n’autorise pas ce paiement avec cette carte. Elle peut lever cette restriction, ou vous pouvez utiliser une autre carte.',
    'decline.payment_stopped.title': 'Les paiements vers notre service sont bloqués',
    'decline.payment_stopped.body':
      'Votre banque a reçu la demande de bloquer les paiements de cette carte vers notre service. Pour conserver votre abonnement, demandez-lui de les autoriser à nouveau ou utilisez une autre carte.',
    'decline.limit_exceeded.title': 'Le plafond de la carte est atteint',
    'decline.limit_exceeded.body':
      'Ce paiement dépasserait le plafond de dépenses de votre carte. Vous pouvez réessayer une fois le plafond réinitialisé, ou utiliser une autre carte.',
    'decline.call_bank.title': 'Votre banque souhaite vous parler',
    'decline.call_bank.body':
      'Votre banque a refusé le paiement et vous invite à la contacter. Son numéro figure généralement au dos de votre carte.',
    'decline.generic.title': 'Le paiement a été refusé',
    'decline.generic.body':
      'Votre banque a refusé le paiement sans nous en indiquer la raison. Elle pourra vous en dire plus, ou vous pouvez utiliser une autre carte.',
    'decline.temporary.title': 'Un problème temporaire',
    'decline.temporary.body':
      'Un problème est survenu lors du traitement du paiement, et vous n’y êtes pour rien. Veuillez réessayer dans quelques instants.',
    'decline.duplicate.title': 'Ce paiement semble être un doublon',
    'decline.duplicate.body':
      'Un paiement du même montant vient d’être effectué, votre banque a donc bloqué celui-ci. Veuillez vérifier vos relevés avant de réessayer.',
    'decline.invalid_amount.title': 'Votre banque n’a pas accepté le montant',
    'decline.invalid_amount.body':
      'Votre banque n’a pas accepté le montant de ce paiement. Veuillez la contacter ou utiliser une autre carte.',
    'decline.new_card_details.title': 'Les informations de votre carte ont changé',
    'decline.new_card_details.body':
      'Votre banque a émis de nouvelles informations pour cette carte. Veuillez les saisir pour que votre abonnement continue.',
    'decline.account_closed.title': 'Le compte est clôturé',
    'decline.account_closed.body':
      'Le compte associé à ce moyen de paiement est clôturé ou introuvable. Veuillez utiliser un autre moyen de paiement.',
    'decline.authentication_required.title': 'Votre banque demande une confirmation',
    'decline.authentication_required.body':
      'Votre banque vous demande de confirmer ce paiement avant de l’effectuer. Cela ne prend qu’un instant.',
    'decline.authentication_failed.title': 'La confirmation n’a pas abouti',
    'decline.authentication_failed.body':
      'Nous n’avons pas pu confirmer le paiement auprès de votre banque. Veuillez réessayer ou utiliser une autre carte.',
    'decline.test_card.title': 'Cette carte ne peut pas être débitée',
    'decline.test_card.body': 'Cette carte ne peut pas être utilisée pour de vrais paiements. Veuillez utiliser une autre carte.',
    'decline.debit_not_authorized.title': 'Le prélèvement n’a pas été autorisé',
    'decline.debit_not_authorized.body':
      'Selon votre banque, le prélèvement n’a pas été autorisé ou a été contesté. Veuillez utiliser un autre moyen de paiement ou demander à votre banque de l’autoriser.',
    'decline.bank_account_problem.title': 'Un problème avec le compte bancaire',
    'decline.bank_account_problem.body':
      'Votre banque n’a pas pu prélever le paiement sur ce compte. Veuillez vérifier les coordonnées du compte ou utiliser un autre moyen de paiement.',
    'decline.provider_declined.title': 'Le paiement a été refusé',
    'decline.provider_declined.body': 'Le service de paiement a refusé ce paiement. Veuillez utiliser un autre moyen de paiement.',

    'action.update_card': 'Mettre à jour votre carte',
    'action.use_another_method': 'Utiliser une autre carte',
    'action.call_bank': 'Contacter votre banque',
    'action.confirm_with_bank': 'Confirmer auprès de votre banque',
    'action.try_again_later': 'Réessayer plus tard',

    'form.title': 'Mettre à jour votre moyen de paiement',
    'form.payNow': ({ amount }) => `Votre nouveau moyen de paiement sera débité de ${amount} immédiatement pour le paiement en attente.`,
    'form.submit': 'Enregistrer le moyen de paiement',
    'form.cancel': 'Annuler',
    'form.loading': 'Chargement du formulaire de paiement sécurisé…',
    'form.saving': 'Enregistrement de votre moyen de paiement…',
    'form.confirming': 'En attente de la confirmation de votre banque…',
    'form.finishing': 'Finalisation de votre mise à jour…',
    'form.unavailable': 'Le formulaire de paiement n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
    'form.retry': 'Réessayer',
    'form.interrupted': 'La connexion a été interrompue avant la fin de votre mise à jour. Vos informations sont conservées : réessayez pour terminer. Vous ne serez pas débité deux fois.',
    'form.rateLimited': 'Trop de tentatives en peu de temps. Patientez quelques minutes, puis réessayez.',
    'form.pending': 'Votre banque traite encore ce moyen de paiement. Votre compte sera mis à jour dès qu’il sera confirmé.',
    'form.microdeposits': ({ date }) =>
      `Consultez votre compte bancaire ${date ? `vers le ${date}` : 'sous 1 à 2 jours ouvrés'} : nous y envoyons un petit virement. Suivez le lien pour saisir ce qu’il indique, et votre compte bancaire sera utilisé à partir de là. D’ici là, votre moyen de paiement enregistré reste inchangé.`,
    'form.microdepositsLink': 'Vérifier votre compte bancaire',
    'form.declinedToo': 'Cette carte a elle aussi été refusée. Votre moyen de paiement enregistré n’a pas changé et rien n’a été débité.',

    'wall.notNow': 'Plus tard',
    'wall.paused': 'Votre accès est suspendu jusqu’à ce que le paiement soit réglé.',
    'wall.continue': 'Continuer',
    'wall.logout': 'Se déconnecter',
    'wall.support': 'Contacter l’assistance',
    'wall.cancelSubscription': 'Résilier l’abonnement',
  },
} satisfies Translation;

export default fr;
