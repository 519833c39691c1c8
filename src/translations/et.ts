import { plural } from './plural.js';
import type { Translation } from './types.js';

/**
 * Estonian (“sina”). Formatted dates and months are in the nominative (“24. november 2026”,
 * “märts 2030”), so they follow “kuupäeval” or a label rather than taking a case ending.
 */
const et = {
  locale: 'et',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} (lõpunumbrid ${last4})` : brand),
    'card.generic': 'kaart',
    'paymentMethod.generic': 'makseviis',

    'state.expiring.title': 'Sinu kaart aegub peagi',
    'state.expiring.body': ({ card, days, date }) =>
      `Sinu ${card} aegub ${
        days === 0 ? 'täna' : plural('et', days, { one: 'homme', other: '# päeva pärast' })
      }${date ? ` (kehtivuse lõpp: ${date})` : ''}. Uuenda kaardi andmeid, et tellimus jätkuks katkestusteta.`,
    'state.expired.title': 'Sinu kaart on aegunud',
    'state.expired.body': ({ card, date }) =>
      `Sinu ${card} on aegunud${date ? ` (kehtivuse lõpp: ${date})` : ''}. Uuenda kaardi andmeid, et tellimus jääks aktiivseks.`,
    'state.failed.title': 'Sinu viimane makse ei läinud läbi',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Tasumata on veel ${amount}.` : reason),
    'state.action_required.title': 'Sinu pank palub sul makse kinnitada',
    'state.action_required.body': ({ amount }) =>
      `Sinu pank tahab veenduda, et ${amount ? `${amount} suuruse ` : ''}makse teed tõesti sina. See võtab vaid hetke.`,
    'state.failed.when': ({ date }) => `Proovisime makset esimest korda kuupäeval ${date}.`,
    'state.retry': ({ date }) => `Proovime makset uuesti kuupäeval ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Sinu ligipääs lõpeb kuupäeval ${date}. Selle säilitamiseks uuenda enne seda oma makseandmeid.`,
    'state.updated.title': 'Aitäh, kõik on korras',
    'state.updated.body': ({ card }) => `Edaspidi on sinu tellimuse makseviis ${card}.`,
    'state.recovered.body': ({ amount }) => `Sinu makse${amount ? ` summas ${amount}` : ''} läks läbi. Aitäh!`,

    'state.processing.title': 'Sinu pangamakse on teel',
    'state.processing.body': ({ amount }) =>
      `Sinu pank töötleb sinu makset${amount ? ` summas ${amount}` : ''}. See võib võtta mõne tööpäeva ja sina ei pea midagi tegema.`,
    'state.missing.title': 'Lisa makseviis',
    'state.missing.body': ({ date }) =>
      date
        ? `Tellimuse jätkumiseks on vaja makseviisi hiljemalt kuupäeval ${date}.`
        : 'Sinu tellimus on peatatud, kuni makseviis on lisatud. Jätkamiseks lisa makseviis.',

    'state.paused.title': 'Sinu tellimus on peatatud',
    'state.paused.body': ({ date }) =>
      date ? `Tellimus jätkub kuupäeval ${date}. Seni sinult tasu ei võeta.` : 'Peatamise ajal sinult tasu ei võeta. Jätka, kui oled valmis.',
    'banner.updateCard': 'Uuenda kaarti',
    'banner.addPaymentMethod': 'Lisa makseviis',
    'banner.resume': 'Jätka kohe',
    'banner.confirmPayment': 'Kinnita makse',
    'banner.dismiss': 'Sulge see teade',

    'decline.insufficient_funds.title': 'Kontol pole piisavalt raha',
    'decline.insufficient_funds.body':
      'Sinu pank lükkas makse tagasi, sest kontol pole praegu piisavalt raha. Võid kontole raha lisada ja uuesti proovida või kasutada teist kaarti.',
    'decline.expired_card.title': 'Kaart on aegunud',
    'decline.expired_card.body': 'Sinu pank lükkas makse tagasi, sest kaart on aegunud. Lisa kaart, mis veel kehtib.',
    'decline.incorrect_cvc.title': 'Turvakood ei klappinud',
    'decline.incorrect_cvc.body':
      'Turvakood (kaardil olevad 3 või 4 numbrit) ei klappinud panga andmetega. Sisesta kaardi andmed uuesti.',
    'decline.incorrect_number.title': 'Kaardi number pole õige',
    'decline.incorrect_number.body': 'Kaardi number ei tundu olevat õige. Kontrolli seda ja sisesta see uuesti.',
    'decline.incorrect_expiry.title': 'Kehtivusaeg pole õige',
    'decline.incorrect_expiry.body': 'Kehtivusaeg ei vasta kaardile. Kontrolli kaardilt kuud ja aastat ning sisesta need uuesti.',
    'decline.incorrect_address.title': 'Arveldusaadress ei klappinud',
    'decline.incorrect_address.body':
      'Postiindeks või aadress ei klapi panga andmetega. Sisesta see täpselt nii, nagu see on sinu pangas.',
    'decline.card_not_supported.title': 'Seda kaarti ei saa siin kasutada',
    'decline.card_not_supported.body':
      'Sinu kaart ei toeta seda tüüpi makseid. Kasuta teist kaarti või palu pangal need lubada.',
    'decline.currency_not_supported.title': 'Kaart ei toeta seda valuutat',
    'decline.currency_not_supported.body':
      'Sinu kaardiga ei saa selles valuutas maksta. Kasuta teist kaarti või küsi pangalt, kas seda saab lubada.',
    'decline.not_allowed.title': 'Sinu pank blokeeris selle makse',
    'decline.not_allowed.body':
      'Sinu pank ei luba selle kaardiga seda makset teha. Pank saab piirangu eemaldada või võid kasutada teist kaarti.',
    'decline.payment_stopped.title': 'Maksed meile on peatatud',
    'decline.payment_stopped.body':
      'Sinu pangal on palutud peatada selle kaardiga meile tehtavad maksed. Kui soovid tellimust jätkata, palu pangal need uuesti lubada või kasuta teist kaarti.',
    'decline.limit_exceeded.title': 'Kaardi limiit on täis',
    'decline.limit_exceeded.body':
      'Makse ületaks sinu kaardi limiiti. Võid uuesti proovida, kui limiit on taastunud, või kasutada teist kaarti.',
    'decline.call_bank.title': 'Sinu pank palub ühendust võtta',
    'decline.call_bank.body':
      'Sinu pank lükkas makse tagasi ja palub sul nendega ühendust võtta. Telefoninumber on tavaliselt kaardi tagaküljel.',
    'decline.generic.title': 'Makse lükati tagasi',
    'decline.generic.body':
      'Sinu pank lükkas makse tagasi põhjust ütlemata. Pank saab sulle rohkem öelda või võid kasutada teist kaarti.',
    'decline.temporary.title': 'Ajutine probleem',
    'decline.temporary.body':
      'Makse töötlemisel läks midagi valesti ja see ei olnud sinu süü. Proovi mõne aja pärast uuesti.',
    'decline.duplicate.title': 'See näib olevat topeltmakse',
    'decline.duplicate.body':
      'Sama summaga makse läks läbi just äsja, seega peatas sinu pank selle. Enne uuesti proovimist vaata üle oma kontoväljavõte.',
    'decline.invalid_amount.title': 'Sinu pank ei aktsepteerinud summat',
    'decline.invalid_amount.body': 'Sinu pank ei aktsepteerinud selle makse summat. Võta pangaga ühendust või kasuta teist kaarti.',
    'decline.new_card_details.title': 'Sinu kaardi andmed on muutunud',
    'decline.new_card_details.body':
      'Sinu pank on väljastanud sellele kaardile uued andmed. Sisesta uued kaardiandmed, et tellimus jätkuks.',
    'decline.account_closed.title': 'Konto on suletud',
    'decline.account_closed.body': 'Selle makseviisiga seotud konto on suletud või seda ei leita. Kasuta teist makseviisi.',
    'decline.authentication_required.title': 'Sinu pank vajab kinnitust',
    'decline.authentication_required.body':
      'Sinu pank soovib, et kinnitaksid makse enne selle tegemist. Kinnitamine võtab vaid hetke.',
    'decline.authentication_failed.title': 'Kinnitamine ei õnnestunud',
    'decline.authentication_failed.body':
      'Me ei saanud makset sinu pangaga kinnitada. Proovi uuesti või kasuta teist kaarti.',
    'decline.test_card.title': 'Sellelt kaardilt ei saa raha võtta',
    'decline.test_card.body': 'Seda kaarti ei saa päris maksete jaoks kasutada. Kasuta teist kaarti.',
    'decline.debit_not_authorized.title': 'Otsekorraldus polnud volitatud',
    'decline.debit_not_authorized.body':
      'Sinu pank teatab, et otsekorraldus polnud volitatud või see vaidlustati. Kasuta teist makseviisi või palu pangal see lubada.',
    'decline.bank_account_problem.title': 'Probleem pangakontoga',
    'decline.bank_account_problem.body':
      'Sinu pank ei saanud sellelt kontolt makset võtta. Kontrolli konto andmeid või kasuta teist makseviisi.',
    'decline.provider_declined.title': 'Makse lükati tagasi',
    'decline.provider_declined.body': 'Makseteenus lükkas selle makse tagasi. Kasuta teist makseviisi.',

    'action.update_card': 'Uuenda oma kaarti',
    'action.use_another_method': 'Kasuta teist kaarti',
    'action.call_bank': 'Võta pangaga ühendust',
    'action.confirm_with_bank': 'Kinnita makse oma pangas',
    'action.try_again_later': 'Proovi hiljem uuesti',

    'form.title': 'Uuenda oma makseviisi',
    'form.payNow': ({ amount }) => `Sinu uuelt makseviisilt võetakse tasumata makse eest kohe ${amount}.`,
    'form.submit': 'Salvesta makseviis',
    'form.cancel': 'Tühista',
    'form.loading': 'Turvalise maksevormi laadimine…',
    'form.saving': 'Sinu makseviisi salvestamine…',
    'form.confirming': 'Ootame sinu panga kinnitust…',
    'form.finishing': 'Uuenduse lõpetamine…',
    'form.unavailable': 'Maksevormi ei õnnestunud laadida. Kontrolli oma ühendust ja proovi uuesti.',
    'form.retry': 'Proovi uuesti',
    'form.interrupted': 'Ühendus katkes enne, kui uuendus lõpule jõudis. Sinu andmed on alles: proovi lõpetamiseks uuesti. Sinult ei võeta raha kaks korda.',
    'form.rateLimited': 'Lühikese aja jooksul on tehtud liiga palju katseid. Oota paar minutit ja proovi siis uuesti.',
    'form.pending': 'Sinu pank töötleb seda makseviisi veel. Sinu konto uuendatakse kohe, kui see on kinnitatud.',
    'form.microdeposits': ({ date }) =>
      `Vaata ${date ? `umbes kuupäeval ${date}` : '1–2 tööpäeva pärast'} oma pangakontot: saadame sinna väikese summa. Sisesta lingi kaudu, mida makse juures näed, ja edaspidi kasutatakse sinu pangakontot. Seni jääb sinu salvestatud makseviis samaks.`,
    'form.microdepositsLink': 'Kinnita pangakonto',
    'form.declinedToo': 'Ka see kaart lükati tagasi. Sinu salvestatud makseviis ei muutunud ja midagi ei võetud tasuks.',

    'wall.notNow': 'Mitte praegu',
    'wall.paused': 'Sinu ligipääs on peatatud, kuni makse on korras.',
    'wall.continue': 'Jätka',
    'wall.logout': 'Logi välja',
    'wall.support': 'Võta ühendust toega',
    'wall.cancelSubscription': 'Tühista tellimus',
  },
} satisfies Translation;

export default et;
