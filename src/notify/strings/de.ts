import type { NotifyStrings } from './types.js';

/** German: formal "Sie", as the banner's German (src/translations/de.ts). */
const de = {
  locale: 'de',
  messages: {
    'subject.failed': ({ merchant }) => `Ihre Zahlung für ${merchant} hat nicht geklappt`,
    'subject.action_required': ({ merchant }) => `Bitte bestätigen Sie Ihre Zahlung für ${merchant}`,
    'subject.expiring': ({ merchant }) => `Ihre Karte für ${merchant} läuft bald ab`,
    'subject.final': ({ merchant }) => `Bitte handeln Sie: Ihre Zahlung für ${merchant} ist noch offen`,
    'subject.reminder': ({ merchant }) => `Erinnerung: Ihre Zahlung für ${merchant} ist noch offen`,
    'subject.access_ends': ({ merchant }) => `Ihr Zugang zu ${merchant} endet bald`,
    'subject.recovered': ({ merchant }) => `Vielen Dank: Ihre Zahlung für ${merchant} ist eingegangen`,

    'lead.failed': ({ merchant }) => `Wir konnten die letzte Zahlung für Ihr Abo bei ${merchant} leider nicht einziehen.`,
    'lead.action_required': ({ merchant }) => `Ihre Bank bittet Sie, die letzte Zahlung für ${merchant} zu bestätigen.`,
    'lead.expiring': ({ merchant }) => `Die Karte, mit der Sie ${merchant} bezahlen, läuft bald ab.`,
    'lead.final': ({ merchant }) =>
      `Wir haben es mehrmals versucht, konnten die Zahlung für Ihr Abo bei ${merchant} aber nicht einziehen, und versuchen es nicht mehr automatisch.`,
    'lead.reminder': ({ merchant }) => `Eine kurze Erinnerung: Die Zahlung für Ihr Abo bei ${merchant} ist noch offen.`,
    'lead.access_ends': ({ merchant }) => `Ihr Zugang zu ${merchant} endet bald, weil noch eine Zahlung offen ist.`,
    'lead.recovered': ({ merchant }) => `Vielen Dank! Ihre Zahlung für ${merchant} ist eingegangen, Ihr Abo läuft weiter.`,

    'sms.failed': ({ merchant, link }) => `${merchant}: Ihre Zahlung hat nicht geklappt. Karte hier aktualisieren: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: Ihre Bank bittet Sie, eine Zahlung zu bestätigen: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: Ihre Karte läuft vor der nächsten Zahlung ab. Hier aktualisieren: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: Ihre Zahlung ist offen, wir versuchen es nicht erneut. Hier beheben: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: Erinnerung, Ihre Zahlung ist noch offen. Hier beheben: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: Ihr Zugang endet bald, eine Zahlung ist offen. Hier beheben: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: Danke, Ihre Zahlung ist eingegangen. Details: ${link}`,
    'sms.help': ({ contact }) => `Hilfe: ${contact}`,

    'email.greeting': ({ name }) => `Hallo ${name},`,
    'email.greetingNoName': 'Guten Tag,',
    'email.cta.update': 'Zahlungsmethode aktualisieren',
    'email.cta.confirm': 'Zahlung bestätigen',
    'email.cta.view': 'Rechnungsdetails ansehen',
    'email.linkFallback': 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    'email.support': ({ contact }) => `Fragen? Wir helfen Ihnen gern: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Sie erhalten diese E-Mail, weil Sie ein Abo bei ${merchant} haben. Sie betrifft Ihre Abrechnung und wird daher auch gesendet, wenn Sie keine Neuigkeiten erhalten möchten.`,

    'tone.soft':
      'Das ist meist nur vorübergehend, und mit Ihrer Karte ist alles in Ordnung: Oft hilft es, für Deckung zu sorgen oder es später noch einmal zu versuchen.',
    'tone.hard': 'Diese Karte kann für Ihr Abo nicht mehr verwendet werden. Bitte hinterlegen Sie eine andere Karte oder Zahlungsmethode.',

    'recovered.paid': ({ amount, date }) => `Wir haben am ${date} ${amount} erhalten.`,
    'recovered.next': ({ date }) => `Ihre nächste Zahlung ist am ${date} fällig.`,
    'expiring.before': ({ card, date }) =>
      `Ihre ${card} läuft vor Ihrer nächsten Zahlung am ${date} ab. Aktualisieren Sie sie jetzt, damit nichts unterbrochen wird.`,
    'reminder.still': 'Das geht in einer Minute, und Ihr Abo läuft ohne Unterbrechung weiter.',
    'accessEnds.when': ({ date }) => `Wenn die Zahlung nicht beglichen wird, endet Ihr Zugang am ${date}.`,

    'page.title': ({ merchant }) => `Zahlungsmethode aktualisieren · ${merchant}`,
    'page.heading': 'Zahlungsmethode aktualisieren',
    'page.intro': ({ merchant }) =>
      `Hinterlegen Sie eine neue Karte oder Zahlungsmethode für Ihr Abo bei ${merchant}. Eine Anmeldung ist nicht nötig.`,
    'page.done': 'Alles erledigt. Vielen Dank! Sie können diese Seite jetzt schließen.',
    'page.invalid.title': 'Dieser Link funktioniert nicht',
    'page.invalid.body':
      'Der Link ist möglicherweise unvollständig. Öffnen Sie ihn bitte noch einmal aus unserer Nachricht, oder melden Sie sich in Ihrem Konto an, um Ihre Zahlungsmethode zu aktualisieren.',
    'page.expired.title': 'Dieser Link ist abgelaufen',
    'page.expired.body':
      'Zu Ihrer Sicherheit sind diese Links nur begrenzte Zeit gültig. Bitte melden Sie sich in Ihrem Konto an, um Ihre Zahlungsmethode zu aktualisieren.',
    'page.used.title': 'Das ist bereits erledigt',
    'page.used.body': 'Die Zahlung, für die dieser Link gedacht war, ist beglichen, daher gilt der Link nicht mehr. Sie müssen nichts weiter tun.',
    'page.signIn': 'In Ihrem Konto anmelden',
    'page.help': ({ contact }) => `Brauchen Sie Hilfe? Schreiben Sie uns: ${contact}`,
    'page.noscript': 'Bitte aktivieren Sie JavaScript, um Ihre Zahlungsmethode sicher zu aktualisieren.',
  },
} satisfies NotifyStrings;

export default de;
