import type { NotifyStrings } from './types.js';

/** `card` always starts with "κάρτα" (feminine) or "τρόπος πληρωμής" (masculine), as in the banner. */
const the = (card: string, f: string, m: string) => `${card.startsWith('τρόπος πληρωμής') ? m : f} ${card}`;
/** "την 1 Οκτωβρίου", but "τις 24 Οκτωβρίου" (as the banner does). */
const day = (date: string) => `${/^1\D/.test(date) ? 'την' : 'τις'} ${date}`;

/**
 * Greek (el): polite plural "σας", like the banner (`src/translations/el.ts`). The merchant's name
 * takes no article or case: it follows "για" or "στην υπηρεσία".
 */
export default {
  locale: 'el',
  messages: {
    'subject.failed': ({ merchant }) => `Η πληρωμή σας για ${merchant} δεν ολοκληρώθηκε`,
    'subject.action_required': ({ merchant }) => `Επιβεβαιώστε την πληρωμή σας για ${merchant}`,
    'subject.expiring': ({ merchant }) => `Η κάρτα σας για ${merchant} λήγει σύντομα`,
    'subject.final': ({ merchant }) => `Απαιτείται ενέργεια: η πληρωμή σας για ${merchant} εκκρεμεί ακόμη`,
    'subject.reminder': ({ merchant }) => `Υπενθύμιση: η πληρωμή σας για ${merchant} εκκρεμεί ακόμη`,
    'subject.access_ends': ({ merchant }) => `Η πρόσβασή σας στην υπηρεσία ${merchant} λήγει σύντομα`,
    'subject.recovered': ({ merchant }) => `Ευχαριστούμε: η πληρωμή σας για ${merchant} ολοκληρώθηκε`,

    'lead.failed': ({ merchant }) =>
      `Δεν μπορέσαμε να εισπράξουμε την τελευταία πληρωμή για τη συνδρομή σας στην υπηρεσία ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Η τράπεζά σας ζητά να επιβεβαιώσετε την τελευταία πληρωμή για ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Η κάρτα που χρησιμοποιείτε για ${merchant} λήγει σύντομα.`,
    'lead.final': ({ merchant }) =>
      `Προσπαθήσαμε αρκετές φορές, αλλά δεν μπορέσαμε να εισπράξουμε την πληρωμή για τη συνδρομή σας στην υπηρεσία ${merchant}, και δεν θα ξαναπροσπαθήσουμε αυτόματα.`,
    'lead.reminder': ({ merchant }) =>
      `Μια σύντομη υπενθύμιση: η πληρωμή για τη συνδρομή σας στην υπηρεσία ${merchant} εκκρεμεί ακόμη.`,
    'lead.access_ends': ({ merchant }) =>
      `Η πρόσβασή σας στην υπηρεσία ${merchant} λήγει σύντομα, επειδή μια πληρωμή εκκρεμεί ακόμη.`,
    'lead.recovered': ({ merchant }) =>
      `Ευχαριστούμε! Η πληρωμή σας για ${merchant} ολοκληρώθηκε και η συνδρομή σας συνεχίζεται κανονικά.`,

    // Greek letters are outside GSM 7-bit, so these are sent as UCS-2 (70 characters a segment): kept short.
    'sms.failed': ({ merchant, link }) => `${merchant}: η πληρωμή σας δεν ολοκληρώθηκε. Ενημερώστε την κάρτα σας εδώ: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: η τράπεζά σας ζητά να επιβεβαιώσετε μια πληρωμή: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: η κάρτα σας λήγει πριν από την επόμενη πληρωμή. Ενημερώστε την εδώ: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: η πληρωμή σας εκκρεμεί και δεν θα ξαναδοκιμάσουμε. Τακτοποιήστε την εδώ: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: υπενθύμιση, η πληρωμή σας εκκρεμεί. Τακτοποιήστε την εδώ: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: η πρόσβασή σας λήγει σύντομα λόγω εκκρεμούς πληρωμής. Τακτοποιήστε την εδώ: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: ευχαριστούμε, η πληρωμή σας ολοκληρώθηκε. Λεπτομέρειες: ${link}`,
    'sms.help': ({ contact }) => `Βοήθεια: ${contact}`,

    'email.greeting': ({ name }) => `Γεια σας, ${name},`,
    'email.greetingNoName': 'Γεια σας,',
    'email.cta.update': 'Ενημέρωση τρόπου πληρωμής',
    'email.cta.confirm': 'Επιβεβαίωση πληρωμής',
    'email.cta.view': 'Προβολή στοιχείων χρέωσης',
    'email.linkFallback': 'Αν το κουμπί δεν λειτουργεί, αντιγράψτε αυτόν τον σύνδεσμο στο πρόγραμμα περιήγησής σας:',
    'email.support': ({ contact }) => `Έχετε απορίες; Θα χαρούμε να σας βοηθήσουμε: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Λαμβάνετε αυτό το email επειδή έχετε συνδρομή στην υπηρεσία ${merchant}. Αφορά τη χρέωσή σας, γι’ αυτό αποστέλλεται ακόμη κι αν έχετε απεγγραφεί από τα ενημερωτικά μηνύματα.`,

    'tone.soft':
      'Συνήθως αυτό είναι προσωρινό και η κάρτα σας δεν έχει κανένα πρόβλημα: συχνά αρκεί να προσθέσετε χρήματα ή να δοκιμάσετε ξανά αργότερα.',
    'tone.hard': 'Αυτή η κάρτα δεν μπορεί πλέον να χρησιμοποιηθεί για τη συνδρομή σας. Προσθέστε άλλη κάρτα ή άλλον τρόπο πληρωμής.',

    'recovered.paid': ({ amount, date }) => `Λάβαμε ${amount} σ${day(date)}.`,
    'recovered.next': ({ date }) => `Η επόμενη πληρωμή σας έχει προγραμματιστεί για ${day(date)}.`,
    'expiring.before': ({ card, date }) =>
      `${the(card, 'Η', 'Ο')} λήγει πριν από την επόμενη πληρωμή σας σ${day(date)}. Ενημερώστε τα στοιχεία σας τώρα για να μη διακοπεί τίποτα.`,
    'reminder.still': 'Η τακτοποίηση διαρκεί μόνο ένα λεπτό και η συνδρομή σας συνεχίζεται κανονικά.',
    'accessEnds.when': ({ date }) => `Αν η πληρωμή δεν τακτοποιηθεί, η πρόσβασή σας λήγει σ${day(date)}.`,

    'page.title': ({ merchant }) => `Ενημερώστε τον τρόπο πληρωμής σας · ${merchant}`,
    'page.heading': 'Ενημερώστε τον τρόπο πληρωμής σας',
    'page.intro': ({ merchant }) =>
      `Προσθέστε νέα κάρτα ή άλλον τρόπο πληρωμής για τη συνδρομή σας στην υπηρεσία ${merchant}. Δεν χρειάζεται σύνδεση.`,
    'page.done': 'Ολοκληρώθηκε. Ευχαριστούμε! Μπορείτε να κλείσετε αυτή τη σελίδα.',
    'page.invalid.title': 'Αυτός ο σύνδεσμος δεν λειτουργεί',
    'page.invalid.body':
      'Ο σύνδεσμος ίσως είναι ελλιπής. Ανοίξτε τον ξανά από το μήνυμα που σας στείλαμε ή συνδεθείτε στον λογαριασμό σας για να ενημερώσετε τον τρόπο πληρωμής σας.',
    'page.expired.title': 'Αυτός ο σύνδεσμος έχει λήξει',
    'page.expired.body':
      'Για την ασφάλειά σας, οι σύνδεσμοι ενημέρωσης ισχύουν μόνο για περιορισμένο χρόνο. Συνδεθείτε στον λογαριασμό σας για να ενημερώσετε τον τρόπο πληρωμής σας.',
    'page.used.title': 'Αυτό έχει ήδη τακτοποιηθεί',
    'page.used.body':
      'Η πληρωμή στην οποία αντιστοιχούσε αυτός ο σύνδεσμος έχει τακτοποιηθεί, οπότε ο σύνδεσμος δεν λειτουργεί πλέον. Δεν χρειάζεται να κάνετε τίποτε άλλο.',
    'page.signIn': 'Σύνδεση στον λογαριασμό σας',
    'page.help': ({ contact }) => `Χρειάζεστε βοήθεια; Επικοινωνήστε μαζί μας: ${contact}`,
    'page.noscript': 'Ενεργοποιήστε τη JavaScript για να ενημερώσετε με ασφάλεια τον τρόπο πληρωμής σας.',
  },
} satisfies NotifyStrings;
