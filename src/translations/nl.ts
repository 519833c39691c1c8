import { plural } from './plural.js';
import type { Translation } from './types.js';

/** Dutch, informal “je” as usual in consumer apps. */
const nl = {
  locale: 'nl',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} eindigend op ${last4}` : brand),
    'card.generic': 'kaart',
    'paymentMethod.generic': 'betaalmethode',

    'state.expiring.title': 'Je kaart verloopt binnenkort',
    'state.expiring.body': ({ card, days, date }) =>
      `Je ${card} verloopt ${
        days === 0 ? 'vandaag' : plural('nl', days, { one: 'morgen', other: 'over # dagen' })
      }${date ? ` (eind ${date})` : ''}. Werk je kaartgegevens bij, zodat je abonnement zonder onderbreking doorloopt.`,
    'state.expired.title': 'Je kaart is verlopen',
    'state.expired.body': ({ card, date }) =>
      `Je ${card} is ${date ? `eind ${date} ` : ''}verlopen. Werk je kaartgegevens bij, zodat je abonnement actief blijft.`,
    'state.failed.title': 'Je laatste betaling is niet gelukt',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Er staat nog ${amount} open.` : reason),
    'state.action_required.title': 'Je bank vraagt je een betaling te bevestigen',
    'state.action_required.body': ({ amount }) =>
      `Je bank wil zeker weten dat de betaling${amount ? ` van ${amount}` : ''} echt van jou komt. Dat duurt maar even.`,
    'state.failed.when': ({ date }) => `We hebben de betaling voor het eerst op ${date} geprobeerd.`,
    'state.retry': ({ date }) => `We proberen de betaling op ${date} opnieuw.`,
    'state.accessEnds': ({ date }) =>
      `Je hebt nog toegang tot ${date}. Werk vóór die datum je betaalgegevens bij om toegang te houden.`,
    'state.updated.title': 'Bedankt, alles is geregeld',
    'state.updated.body': ({ card }) => `Vanaf nu gebruiken we je ${card} voor je abonnement.`,
    'state.recovered.body': ({ amount }) => `Je betaling${amount ? ` van ${amount}` : ''} is gelukt. Bedankt!`,

    'state.processing.title': 'Je bankbetaling is onderweg',
    'state.processing.body': ({ amount }) =>
      `Je bank verwerkt je betaling${amount ? ` van ${amount}` : ''}. Dit kan een paar werkdagen duren en je hoeft niets te doen.`,
    'state.missing.title': 'Voeg een betaalmethode toe',
    'state.missing.body': ({ date }) =>
      date
        ? `Je abonnement heeft uiterlijk ${date} een betaalmethode nodig om door te lopen.`
        : 'Je abonnement is gepauzeerd tot er een betaalmethode is toegevoegd. Voeg er een toe om verder te gaan.',

    'state.paused.title': 'Je abonnement is gepauzeerd',
    'state.paused.body': ({ date }) =>
      date ? `Je betaalt niets tot ${date}, wanneer je abonnement weer start.` : 'Je betaalt niets zolang het gepauzeerd is. Hervat het wanneer je er klaar voor bent.',
    'banner.updateCard': 'Kaart bijwerken',
    'banner.addPaymentMethod': 'Betaalmethode toevoegen',
    'banner.resume': 'Nu hervatten',
    'banner.confirmPayment': 'Betaling bevestigen',
    'banner.dismiss': 'Dit bericht sluiten',

    'decline.insufficient_funds.title': 'Onvoldoende saldo',
    'decline.insufficient_funds.body':
      'Je bank heeft de betaling geweigerd, omdat er op dit moment te weinig saldo op de rekening staat. Je kunt geld bijstorten en het opnieuw proberen, of een andere kaart gebruiken.',
    'decline.expired_card.title': 'De kaart is verlopen',
    'decline.expired_card.body': 'Je bank heeft de betaling geweigerd, omdat de kaart is verlopen. Voeg een kaart toe die nog geldig is.',
    'decline.incorrect_cvc.title': 'De beveiligingscode klopt niet',
    'decline.incorrect_cvc.body':
      'De beveiligingscode (de 3 of 4 cijfers op de kaart) komt niet overeen met wat je bank heeft. Vul de kaartgegevens opnieuw in.',
    'decline.incorrect_number.title': 'Het kaartnummer klopt niet',
    'decline.incorrect_number.body': 'Het kaartnummer lijkt niet te kloppen. Controleer het en vul het opnieuw in.',
    'decline.incorrect_expiry.title': 'De vervaldatum klopt niet',
    'decline.incorrect_expiry.body':
      'De vervaldatum hoort niet bij de kaart. Controleer de maand en het jaar op de kaart en vul ze opnieuw in.',
    'decline.incorrect_address.title': 'Het factuuradres komt niet overeen',
    'decline.incorrect_address.body':
      'De postcode of het adres komt niet overeen met wat bij je bank bekend is. Vul het precies zo in als je bank het heeft.',
    'decline.card_not_supported.title': 'Deze kaart kan hier niet worden gebruikt',
    'decline.card_not_supported.body':
      'Je kaart ondersteunt dit soort betalingen niet. Gebruik een andere kaart, of vraag je bank om het in te schakelen.',
    'decline.currency_not_supported.title': 'De kaart ondersteunt deze valuta niet',
    'decline.currency_not_supported.body':
      'Met je kaart kun je niet in deze valuta betalen. Gebruik een andere kaart, of vraag je bank of dit kan worden ingeschakeld.',
    'decline.not_allowed.title': 'Je bank heeft deze betaling geblokkeerd',
    'decline.not_allowed.body':
      'Je bank staat deze betaling met deze kaart niet toe. Je bank kan de beperking opheffen, of je kunt een andere kaart gebruiken.',
    'decline.payment_stopped.title': 'Betalingen aan ons zijn stopgezet',
    'decline.payment_stopped.body':
      'Je bank is gevraagd om betalingen aan ons met deze kaart te stoppen. Wil je je abonnement houden? Vraag je bank dan om ze weer toe te staan, of gebruik een andere kaart.',
    'decline.limit_exceeded.title': 'De limiet van de kaart is bereikt',
    'decline.limit_exceeded.body':
      'Met deze betaling zou je de bestedingslimiet van je kaart overschrijden. Je kunt het opnieuw proberen zodra er weer ruimte is binnen je limiet, of een andere kaart gebruiken.',
    'decline.call_bank.title': 'Je bank wil even contact met je',
    'decline.call_bank.body':
      'Je bank heeft de betaling geweigerd en vraagt je contact op te nemen. Het nummer staat meestal op de achterkant van je kaart.',
    'decline.generic.title': 'De betaling is geweigerd',
    'decline.generic.body':
      'Je bank heeft de betaling geweigerd zonder ons te vertellen waarom. Je bank kan je meer vertellen, of je kunt een andere kaart gebruiken.',
    'decline.temporary.title': 'Een tijdelijk probleem',
    'decline.temporary.body':
      'Er ging iets mis bij het verwerken van de betaling, en dat lag niet aan jou. Probeer het over een tijdje opnieuw.',
    'decline.duplicate.title': 'Dit lijkt een dubbele betaling',
    'decline.duplicate.body':
      'Er is net een betaling van hetzelfde bedrag gelukt, daarom heeft je bank deze tegengehouden. Controleer je afschriften voordat je het opnieuw probeert.',
    'decline.invalid_amount.title': 'Je bank heeft het bedrag niet geaccepteerd',
    'decline.invalid_amount.body':
      'Je bank heeft het bedrag van deze betaling niet geaccepteerd. Neem contact op met je bank, of gebruik een andere kaart.',
    'decline.new_card_details.title': 'Je kaartgegevens zijn gewijzigd',
    'decline.new_card_details.body':
      'Je bank heeft nieuwe gegevens voor deze kaart uitgegeven. Vul de nieuwe kaartgegevens in, zodat je abonnement doorloopt.',
    'decline.account_closed.title': 'De rekening is opgeheven',
    'decline.account_closed.body':
      'De rekening achter deze betaalmethode is opgeheven of kan niet worden gevonden. Gebruik een andere betaalmethode.',
    'decline.authentication_required.title': 'Je bank vraagt om een bevestiging',
    'decline.authentication_required.body':
      'Je bank wil dat je deze betaling bevestigt voordat die wordt uitgevoerd. Bevestigen duurt maar even.',
    'decline.authentication_failed.title': 'De bevestiging is niet gelukt',
    'decline.authentication_failed.body':
      'We konden de betaling niet bij je bank bevestigen. Probeer het opnieuw, of gebruik een andere kaart.',
    'decline.test_card.title': 'Deze kaart kan niet worden belast',
    'decline.test_card.body': 'Deze kaart kan niet voor echte betalingen worden gebruikt. Gebruik een andere kaart.',
    'decline.debit_not_authorized.title': 'Geen machtiging voor de incasso',
    'decline.debit_not_authorized.body':
      'Volgens je bank was er geen machtiging voor de incasso, of is die betwist. Gebruik een andere betaalmethode, of vraag je bank om de incasso toe te staan.',
    'decline.bank_account_problem.title': 'Een probleem met de bankrekening',
    'decline.bank_account_problem.body':
      'Je bank kon de betaling niet van deze rekening afschrijven. Controleer de rekeninggegevens of gebruik een andere betaalmethode.',
    'decline.provider_declined.title': 'De betaling is geweigerd',
    'decline.provider_declined.body': 'De betaaldienst heeft deze betaling geweigerd. Gebruik een andere betaalmethode.',

    'action.update_card': 'Werk je kaart bij',
    'action.use_another_method': 'Gebruik een andere kaart',
    'action.call_bank': 'Neem contact op met je bank',
    'action.confirm_with_bank': 'Bevestig bij je bank',
    'action.try_again_later': 'Probeer het later opnieuw',

    'form.title': 'Werk je betaalmethode bij',
    'form.payNow': ({ amount }) => `Je nieuwe betaalmethode wordt direct belast met ${amount} voor de openstaande betaling.`,
    'form.submit': 'Betaalmethode opslaan',
    'form.cancel': 'Annuleren',
    'form.loading': 'Beveiligd betaalformulier laden…',
    'form.saving': 'Je betaalmethode wordt opgeslagen…',
    'form.confirming': 'Wachten op bevestiging van je bank…',
    'form.finishing': 'Je wijziging wordt afgerond…',
    'form.unavailable': 'Het betaalformulier kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
    'form.retry': 'Opnieuw proberen',
    'form.interrupted': 'De verbinding viel weg voordat je wijziging was afgerond. Je gegevens zijn bewaard: probeer het opnieuw om af te ronden. Er wordt niets dubbel afgeschreven.',
    'form.rateLimited': 'Te veel pogingen in korte tijd. Wacht een paar minuten en probeer het dan opnieuw.',
    'form.pending': 'Je bank verwerkt deze betaalmethode nog. Je account wordt bijgewerkt zodra die is bevestigd.',
    'form.microdeposits': ({ date }) =>
      `Bekijk je bankrekening ${date ? `rond ${date}` : 'over 1–2 werkdagen'}: we sturen er een klein bedrag naartoe. Volg de link om in te vullen wat je daarbij ziet, en vanaf dan gebruiken we je bankrekening. Tot die tijd blijft je opgeslagen betaalmethode zoals die is.`,
    'form.microdepositsLink': 'Bankrekening verifiëren',
    'form.declinedToo': 'Ook deze kaart is geweigerd. Je opgeslagen betaalmethode is niet gewijzigd en er is niets afgeschreven.',

    'wall.notNow': 'Niet nu',
    'wall.paused': 'Je toegang is gepauzeerd tot de betaling in orde is.',
    'wall.continue': 'Doorgaan',
    'wall.logout': 'Uitloggen',
    'wall.support': 'Contact opnemen met support',
    'wall.cancelSubscription': 'Abonnement opzeggen',
  },
} satisfies Translation;

export default nl;
