import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'την ημέρα', week: 'την εβδομάδα', month: 'τον μήνα', year: 'τον χρόνο' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'κάθε # ημέρες' },
  week: { other: 'κάθε # εβδομάδες' },
  month: { other: 'κάθε # μήνες' },
  year: { other: 'κάθε # χρόνια' },
};

/** Greek (formal plural), as the banner; the question mark is “;”. */
const el = {
  locale: 'el',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Δεν μπορείτε να πληρώσετε τώρα;',
    'care.offers.title': 'Άλλες επιλογές',
    'care.offers.intro': 'Αν τώρα δεν είναι η κατάλληλη στιγμή, δεν χρειάζεται να φύγετε. Μπορείτε να κάνετε ένα διάλειμμα ή να αλλάξετε σε μικρότερο πρόγραμμα.',
    'care.offers.loading': 'Φόρτωση των επιλογών σας…',
    'care.offers.error': 'Δεν ήταν δυνατή η φόρτωση των επιλογών σας και δεν άλλαξε τίποτα. Δοκιμάστε ξανά σε λίγο.',
    'care.offers.none': 'Αυτή τη στιγμή δεν υπάρχει άλλη επιλογή για τη συνδρομή σας. Η ομάδα υποστήριξής μας θα χαρεί να σας βοηθήσει.',
    'care.back': 'Πίσω',
    'care.confirm.title': 'Ελέγξτε πριν επιβεβαιώσετε',
    'care.working': 'Αποθήκευση της επιλογής σας…',
    'care.failed': 'Κάτι δεν πήγε καλά και δεν άλλαξε τίποτα. Δοκιμάστε ξανά.',
    'care.refused': 'Αυτή η επιλογή δεν είναι πλέον διαθέσιμη για τη συνδρομή σας. Δεν άλλαξε τίποτα.',

    'care.pause.title': 'Παύση της συνδρομής σας',
    'care.pause.length': 'Για πόσο καιρό;',
    'care.pause.months': ({ months }) => plural('el', months, { one: '# μήνας', other: '# μήνες' }),
    'care.pause.resumesOn': ({ date }) => `Οι χρεώσεις θα ξεκινήσουν ξανά στις ${date}.`,
    'care.pause.stopsService': 'Μέχρι τότε η συνδρομή σας σταματά και δεν θα χρεωθείτε.',
    'care.pause.keepsService': 'Μπορείτε να συνεχίσετε να χρησιμοποιείτε την υπηρεσία και δεν θα χρεωθείτε μέχρι τότε.',
    'care.pause.noAccess': 'Όσο είναι σε παύση, δεν θα μπορείτε να χρησιμοποιείτε τις επί πληρωμή λειτουργίες του λογαριασμού σας.',
    'care.pause.confirm': ({ months }) => plural('el', months, { one: 'Παύση για # μήνα', other: 'Παύση για # μήνες' }),
    'care.pause.done': ({ date }) => `Η συνδρομή σας είναι σε παύση. Οι χρεώσεις θα ξεκινήσουν ξανά στις ${date}.`,

    'care.overdue.void': ({ amount }) => `Το απλήρωτο ποσό των ${amount} θα ακυρωθεί: δεν θα το οφείλετε.`,
    'care.overdue.leaveOpen': ({ amount }) => `Το απλήρωτο ποσό των ${amount} εξακολουθεί να οφείλεται και θα συνεχίσουμε να προσπαθούμε να το εισπράξουμε.`,

    'care.plan.title': 'Αλλαγή σε μικρότερο πρόγραμμα',
    'care.plan.current': ({ plan, price }) => `Το τρέχον πρόγραμμά σας: ${plan} (${price}).`,
    'care.plan.choose': 'Επιλέξτε πρόγραμμα',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Σήμερα θα χρεωθείτε ${amount} στον αποθηκευμένο τρόπο πληρωμής σας και στη συνέχεια σε κάθε ανανέωση.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Θα πληρώνετε ${amount} από τον επόμενο λογαριασμό σας, στις ${date}.` : `Θα πληρώνετε ${amount} από τον επόμενο λογαριασμό σας.`,
    'care.plan.prorate': 'Τυχόν διαφορά για την τρέχουσα περίοδο θα διακανονιστεί στον επόμενο λογαριασμό σας.',
    'care.plan.prorateNow': 'Τυχόν διαφορά για την τρέχουσα περίοδο χρεώνεται ή πιστώνεται αμέσως.',
    'care.plan.confirm': ({ plan }) => `Αλλαγή σε ${plan}`,
    'care.plan.done': ({ plan }) => `Το πρόγραμμά σας είναι πλέον ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('el', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Επανέναρξη της συνδρομής σας…',
    'care.resume.done': 'Καλώς ήρθατε ξανά! Η συνδρομή σας είναι και πάλι ενεργή.',

    'care.support.open': 'Επικοινωνία με την υποστήριξη',
    'care.support.subject': 'Βοήθεια με την πληρωμή μου',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Γεια σας,',
        '',
        'Χρειάζομαι βοήθεια με την πληρωμή μου.',
        '',
        `Τι βλέπω: ${summary}`,
        ...(reason ? [`Τι είπε η τράπεζα: ${reason}`] : []),
        ...(invoice ? [`Τιμολόγιο: ${invoice}`] : []),
        ...(amount ? [`Οφειλόμενο ποσό: ${amount}`] : []),
        '',
        'Ευχαριστώ',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Σήμερα πληρώσατε ${amount}.`,
    'care.receipt.next': ({ date }) => `Η επόμενη πληρωμή σας είναι στις ${date}.`,

    'care.rating.question': 'Πόσο εύκολο ήταν;',
    'care.rating.send': 'Αποστολή',
    'care.rating.1': 'Πολύ δύσκολο',
    'care.rating.2': 'Δύσκολο',
    'care.rating.3': 'Ούτε εύκολο ούτε δύσκολο',
    'care.rating.4': 'Εύκολο',
    'care.rating.5': 'Πολύ εύκολο',
    'care.rating.thanks': 'Σας ευχαριστούμε που μας το είπατε.',
  },
} satisfies CareTranslation;

export default el;
