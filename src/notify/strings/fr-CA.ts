import type { NotifyStrings } from './types.js';

/** The first of the month is written "1er" in French ("le 1er décembre 2026"); `Intl` gives "1 décembre". */
const day = (date: string) => date.replace(/^1(?=\s)/, '1er');

/**
 * Canadian French (fr-CA): formal "vous" and Quebec usage, like the banner
 * (`src/translations/fr-CA.ts`): "mode de paiement", "courriel", "renseignements", "infolettres",
 * "soutien". Quebec typography: no space before ! ? ;, a no-break space (\u00a0) before the
 * colon. SMS use plain spaces and avoid â, ê, î, ô, û and ç (outside GSM 7-bit; é, è and à are in it).
 */
export default {
  locale: 'fr-CA',
  messages: {
    'subject.failed': ({ merchant }) => `Votre paiement pour ${merchant} n’a pas été traité`,
    'subject.action_required': ({ merchant }) => `Veuillez confirmer votre paiement pour ${merchant}`,
    'subject.expiring': ({ merchant }) => `Votre carte utilisée pour ${merchant} expire bientôt`,
    'subject.final': ({ merchant }) => `Action requise\u00a0: votre paiement pour ${merchant} est toujours en attente`,
    'subject.reminder': ({ merchant }) => `Rappel\u00a0: votre paiement pour ${merchant} est toujours en attente`,
    'subject.access_ends': ({ merchant }) => `Votre accès à ${merchant} prend bientôt fin`,
    'subject.recovered': ({ merchant }) => `Merci\u00a0: votre paiement pour ${merchant} a bien été reçu`,

    'lead.failed': ({ merchant }) => `Nous n’avons pas pu traiter le dernier paiement de votre abonnement ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Votre banque vous demande de confirmer le dernier paiement pour ${merchant}.`,
    'lead.expiring': ({ merchant }) => `La carte que vous utilisez pour ${merchant} arrive bientôt à échéance.`,
    'lead.final': ({ merchant }) =>
      `Malgré plusieurs tentatives, nous n’avons pas pu traiter le paiement de votre abonnement ${merchant}, et nous ne réessaierons pas de nous-mêmes.`,
    'lead.reminder': ({ merchant }) => `Petit rappel\u00a0: le paiement de votre abonnement ${merchant} est toujours en attente.`,
    'lead.access_ends': ({ merchant }) => `Votre accès à ${merchant} prendra fin sous peu, car un paiement est toujours en attente.`,
    'lead.recovered': ({ merchant }) =>
      `Merci! Votre paiement pour ${merchant} a bien été reçu, et votre abonnement est en règle.`,

    // SMS: GSM 7-bit characters only (see above), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant} : votre paiement n'a pas été traité. Mettez à jour votre carte ici : ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant} : votre banque vous demande de confirmer un paiement : ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant} : votre carte expire avant votre prochain paiement. Mettez-la à jour ici : ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant} : votre paiement est toujours en attente et nous ne le retenterons pas. Réglez-le ici : ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant} : rappel, votre paiement est toujours en attente. Réglez-le ici : ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant} : un paiement est en attente et votre accès va prendre fin. Réglez-le ici : ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant} : merci, votre paiement a bien été effectué. Détails : ${link}`,
    'sms.help': ({ contact }) => `Aide : ${contact}`,

    'email.greeting': ({ name }) => `Bonjour ${name},`,
    'email.greetingNoName': 'Bonjour,',
    'email.cta.update': 'Mettre à jour le mode de paiement',
    'email.cta.confirm': 'Confirmer le paiement',
    'email.cta.view': 'Voir les renseignements de facturation',
    'email.linkFallback': 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
    'email.support': ({ contact }) => `Des questions? Nous sommes là pour vous aider\u00a0: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Vous recevez ce courriel parce que vous avez un abonnement auprès de ${merchant}. Il concerne votre facturation, c’est pourquoi il vous est envoyé même si vous êtes désinscrit de nos infolettres.`,

    'tone.soft':
      'C’est habituellement temporaire et votre carte n’est pas en cause\u00a0: ajouter des fonds à votre compte ou réessayer plus tard suffit souvent.',
    'tone.hard': 'Cette carte ne peut plus être utilisée pour votre abonnement. Veuillez ajouter une autre carte ou un autre mode de paiement.',

    'recovered.paid': ({ amount, date }) => `Nous avons reçu ${amount} le ${day(date)}.`,
    'recovered.next': ({ date }) => `Votre prochain paiement aura lieu le ${day(date)}.`,
    'expiring.before': ({ card, date }) =>
      `Votre ${card} expire avant votre prochain paiement, le ${day(date)}. Mettez à jour vos renseignements de paiement dès maintenant pour éviter toute interruption.`,
    'reminder.still': 'Cela ne prend qu’une minute, et votre abonnement se poursuit sans interruption.',
    'accessEnds.when': ({ date }) => `Si le paiement n’est pas réglé, votre accès prendra fin le ${day(date)}.`,

    'page.title': ({ merchant }) => `Mettre à jour votre mode de paiement · ${merchant}`,
    'page.heading': 'Mettre à jour votre mode de paiement',
    'page.intro': ({ merchant }) =>
      `Ajoutez une nouvelle carte ou un autre mode de paiement pour votre abonnement ${merchant}. Aucune connexion n’est nécessaire.`,
    'page.done': 'C’est fait. Merci! Vous pouvez fermer cette page.',
    'page.invalid.title': 'Ce lien ne fonctionne pas',
    'page.invalid.body':
      'Le lien est peut-être incomplet. Ouvrez-le de nouveau à partir du message que nous vous avons envoyé, ou connectez-vous à votre compte pour mettre à jour votre mode de paiement.',
    'page.expired.title': 'Ce lien est expiré',
    'page.expired.body':
      'Pour votre sécurité, les liens de mise à jour ne fonctionnent que pendant une période limitée. Connectez-vous à votre compte pour mettre à jour votre mode de paiement.',
    'page.used.title': 'C’est déjà réglé',
    'page.used.body': 'Le paiement visé par ce lien a été réglé, le lien ne fonctionne donc plus. Vous n’avez rien d’autre à faire.',
    'page.signIn': 'Connectez-vous à votre compte',
    'page.help': ({ contact }) => `Besoin d’aide? Joignez-nous\u00a0: ${contact}`,
    'page.noscript': 'Veuillez activer JavaScript pour mettre à jour votre mode de paiement en toute sécurité.',
  },
} satisfies NotifyStrings;
