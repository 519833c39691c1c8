import { plural } from './plural.js';
import type { Translation } from './types.js';

/**
 * Hebrew, gender-neutral: impersonal forms (יש ל…, אפשר ל…) and noun-form buttons instead of
 * gendered second-person verbs. `card.generic` is definite (הכרטיס) so that "הכרטיס המסתיים ב-4242"
 * and "התוקף של הכרטיס" read correctly.
 */
const he = {
  locale: 'he',
  dir: 'rtl',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} המסתיים ב-${last4}` : brand),
    'card.generic': 'הכרטיס',
    'paymentMethod.generic': 'אמצעי התשלום',

    'state.expiring.title': 'תוקף הכרטיס שלך יפוג בקרוב',
    'state.expiring.body': ({ card, days, date }) =>
      `התוקף של ${card} ${
        days === 0
          ? 'יפוג היום'
          : plural('he', days, { one: 'יפוג מחר', two: 'יפוג בעוד יומיים', other: 'יפוג בעוד # ימים' })
      }${date ? ` (בסוף ${date})` : ''}. כדי שהמינוי יימשך בלי הפסקה, יש לעדכן את פרטי הכרטיס.`,
    'state.expired.title': 'תוקף הכרטיס שלך פג',
    'state.expired.body': ({ card, date }) =>
      `התוקף של ${card} פג${date ? ` בסוף ${date}` : ''}. כדי שהמינוי יישאר פעיל, יש לעדכן את פרטי הכרטיס.`,
    'state.failed.title': 'התשלום האחרון לא עבר',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} עדיין נותר לתשלום ${amount}.` : reason),
    'state.action_required.title': 'הבנק שלך מבקש לאשר תשלום',
    'state.action_required.body': ({ amount }) =>
      `הבנק שלך רוצה לוודא שהתשלום${amount ? ` על סך ${amount}` : ''} באמת בוצע על ידך. זה לוקח רק רגע.`,
    'state.failed.when': ({ date }) => `ניסינו לגבות את התשלום לראשונה ב-${date}.`,
    'state.retry': ({ date }) => `ננסה לגבות את התשלום שוב ב-${date}.`,
    'state.accessEnds': ({ date }) => `הגישה שלך תימשך עד ${date}. כדי לשמור עליה, יש לעדכן את פרטי התשלום לפני כן.`,
    'state.updated.title': 'תודה, הכול מוכן',
    'state.updated.body': ({ card }) => `מעכשיו ${card} ישמש לתשלום על המינוי שלך.`,
    'state.recovered.body': ({ amount }) => `התשלום${amount ? ` על סך ${amount}` : ''} עבר בהצלחה. תודה!`,

    'state.processing.title': 'התשלום הבנקאי שלך בדרך',
    'state.processing.body': ({ amount }) =>
      `הבנק שלך מעבד את התשלום${amount ? ` על סך ${amount}` : ''}. זה עשוי להימשך כמה ימי עסקים, ואין צורך לעשות דבר.`,
    'state.missing.title': 'הוספת אמצעי תשלום',
    'state.missing.body': ({ date }) =>
      date
        ? `כדי שהמינוי יימשך, יש להוסיף אמצעי תשלום עד ${date}.`
        : 'המינוי מושהה עד שיתווסף אמצעי תשלום. כדי להמשיך, יש להוסיף אמצעי תשלום.',

    'state.paused.title': 'המנוי שלך מושהה',
    'state.paused.body': ({ date }) =>
      date ? `לא תחויב עד ${date}, אז המנוי שלך יתחדש.` : 'לא תחויב כל עוד המנוי מושהה. אפשר לחדש אותו בכל עת.',
    'banner.updateCard': 'עדכון כרטיס',
    'banner.addPaymentMethod': 'הוספת אמצעי תשלום',
    'banner.resume': 'חידוש עכשיו',
    'banner.confirmPayment': 'אישור התשלום',
    'banner.dismiss': 'סגירת ההודעה',

    'decline.insufficient_funds.title': 'אין מספיק כסף בחשבון',
    'decline.insufficient_funds.body':
      'הבנק שלך דחה את התשלום כי כרגע אין מספיק כסף בחשבון. אפשר להפקיד כסף ולנסות שוב, או להשתמש בכרטיס אחר.',
    'decline.expired_card.title': 'תוקף הכרטיס פג',
    'decline.expired_card.body': 'הבנק שלך דחה את התשלום כי תוקף הכרטיס פג. יש להוסיף כרטיס בתוקף.',
    'decline.incorrect_cvc.title': 'קוד האבטחה לא תואם',
    'decline.incorrect_cvc.body':
      'קוד האבטחה (3 או 4 הספרות שעל הכרטיס) לא תואם את מה שרשום בבנק. יש להזין שוב את פרטי הכרטיס.',
    'decline.incorrect_number.title': 'מספר הכרטיס שגוי',
    'decline.incorrect_number.body': 'נראה שמספר הכרטיס לא נכון. יש לבדוק אותו ולהזין אותו שוב.',
    'decline.incorrect_expiry.title': 'תאריך התוקף שגוי',
    'decline.incorrect_expiry.body': 'תאריך התוקף לא תואם את הכרטיס. יש לבדוק את החודש והשנה שעל הכרטיס ולהזין אותם שוב.',
    'decline.incorrect_address.title': 'כתובת החיוב לא תואמת',
    'decline.incorrect_address.body':
      'המיקוד או הכתובת לא תואמים את מה שרשום בבנק. יש להזין אותם בדיוק כפי שהם רשומים בבנק.',
    'decline.card_not_supported.title': 'אי אפשר להשתמש כאן בכרטיס הזה',
    'decline.card_not_supported.body':
      'הכרטיס שלך לא תומך בסוג התשלום הזה. אפשר להשתמש בכרטיס אחר, או לבקש מהבנק לאפשר אותו.',
    'decline.currency_not_supported.title': 'הכרטיס לא תומך במטבע הזה',
    'decline.currency_not_supported.body':
      'אי אפשר לשלם במטבע הזה בכרטיס שלך. אפשר להשתמש בכרטיס אחר, או לברר בבנק אם אפשר להפעיל את האפשרות.',
    'decline.not_allowed.title': 'הבנק שלך חסם את התשלום',
    'decline.not_allowed.body':
      'הבנק שלך לא מאפשר את התשלום הזה בכרטיס הזה. הבנק יכול להסיר את ההגבלה, או שאפשר להשתמש בכרטיס אחר.',
    'decline.payment_stopped.title': 'התשלומים אלינו הופסקו',
    'decline.payment_stopped.body':
      'הבנק שלך התבקש להפסיק את התשלומים אלינו מהכרטיס הזה. כדי להמשיך את המינוי, אפשר לבקש מהבנק לאשר אותם שוב או להשתמש בכרטיס אחר.',
    'decline.limit_exceeded.title': 'מסגרת הכרטיס נוצלה',
    'decline.limit_exceeded.body':
      'התשלום יחרוג ממסגרת האשראי של הכרטיס. אפשר לנסות שוב כשהמסגרת תתחדש, או להשתמש בכרטיס אחר.',
    'decline.call_bank.title': 'כדאי ליצור קשר עם הבנק',
    'decline.call_bank.body': 'הבנק שלך דחה את התשלום ומבקש ליצור איתו קשר. המספר מופיע בדרך כלל בגב הכרטיס.',
    'decline.generic.title': 'התשלום נדחה',
    'decline.generic.body': 'הבנק שלך דחה את התשלום בלי לציין סיבה. אפשר לברר פרטים בבנק, או להשתמש בכרטיס אחר.',
    'decline.temporary.title': 'בעיה זמנית',
    'decline.temporary.body': 'משהו השתבש בזמן עיבוד התשלום, וזה לא באשמתך. אפשר לנסות שוב בעוד זמן קצר.',
    'decline.duplicate.title': 'נראה שזה תשלום כפול',
    'decline.duplicate.body':
      'תשלום באותו סכום עבר ממש עכשיו, ולכן הבנק עצר את התשלום הזה. כדאי לבדוק את פירוט החיובים לפני שמנסים שוב.',
    'decline.invalid_amount.title': 'הבנק שלך לא אישר את הסכום',
    'decline.invalid_amount.body': 'הבנק שלך לא אישר את סכום התשלום הזה. אפשר לפנות לבנק, או להשתמש בכרטיס אחר.',
    'decline.new_card_details.title': 'פרטי הכרטיס שלך השתנו',
    'decline.new_card_details.body':
      'הבנק שלך הנפיק פרטים חדשים לכרטיס הזה. כדי שהמינוי יימשך, יש להזין את פרטי הכרטיס החדשים.',
    'decline.account_closed.title': 'החשבון סגור',
    'decline.account_closed.body': 'החשבון שמקושר לאמצעי התשלום הזה סגור או שלא נמצא. יש להשתמש באמצעי תשלום אחר.',
    'decline.authentication_required.title': 'הבנק שלך מבקש אישור',
    'decline.authentication_required.body': 'הבנק שלך מבקש לאשר את התשלום הזה לפני שהוא יעבור. האישור לוקח רק רגע.',
    'decline.authentication_failed.title': 'האישור לא הושלם',
    'decline.authentication_failed.body': 'לא הצלחנו לאשר את התשלום מול הבנק שלך. אפשר לנסות שוב, או להשתמש בכרטיס אחר.',
    'decline.test_card.title': 'אי אפשר לחייב את הכרטיס הזה',
    'decline.test_card.body': 'אי אפשר להשתמש בכרטיס הזה לתשלומים אמיתיים. יש להשתמש בכרטיס אחר.',
    'decline.debit_not_authorized.title': 'הוראת הקבע לא אושרה',
    'decline.debit_not_authorized.body':
      'לפי הבנק שלך, הוראת הקבע לא אושרה או שהחיוב הוכחש. אפשר להשתמש באמצעי תשלום אחר, או לבקש מהבנק לאשר אותה.',
    'decline.bank_account_problem.title': 'בעיה בחשבון הבנק',
    'decline.bank_account_problem.body':
      'הבנק לא הצליח לגבות את התשלום מהחשבון הזה. יש לבדוק את פרטי החשבון או להשתמש באמצעי תשלום אחר.',
    'decline.provider_declined.title': 'התשלום נדחה',
    'decline.provider_declined.body': 'שירות התשלומים דחה את התשלום הזה. יש להשתמש באמצעי תשלום אחר.',

    'action.update_card': 'עדכון הכרטיס',
    'action.use_another_method': 'שימוש בכרטיס אחר',
    'action.call_bank': 'פנייה לבנק',
    'action.confirm_with_bank': 'אישור מול הבנק',
    'action.try_again_later': 'ניסיון חוזר מאוחר יותר',

    'form.title': 'עדכון אמצעי התשלום',
    'form.payNow': ({ amount }) => `אמצעי התשלום החדש יחויב מיד ב־${amount} עבור התשלום שבפיגור.`,
    'form.submit': 'שמירת אמצעי התשלום',
    'form.cancel': 'ביטול',
    'form.loading': 'טעינת טופס התשלום המאובטח…',
    'form.saving': 'שמירת אמצעי התשלום…',
    'form.confirming': 'ממתינים לאישור מהבנק…',
    'form.finishing': 'השלמת העדכון…',
    'form.unavailable': 'לא ניתן היה לטעון את טופס התשלום. יש לבדוק את החיבור ולנסות שוב.',
    'form.retry': 'ניסיון נוסף',
    'form.interrupted': 'החיבור נותק לפני שהעדכון הושלם. הפרטים שלך נשמרו: אפשר לנסות שוב כדי להשלים. לא יהיה חיוב כפול.',
    'form.rateLimited': 'היו יותר מדי ניסיונות בזמן קצר. יש להמתין כמה דקות ולנסות שוב.',
    'form.pending': 'הבנק עדיין מעבד את אמצעי התשלום הזה. החשבון יעודכן מיד לאחר האישור.',
    'form.microdeposits': ({ date }) =>
      `יש לבדוק את חשבון הבנק ${date ? `בסביבות ${date}` : 'בעוד 1–2 ימי עסקים'}: נשלח אליו הפקדה קטנה. יש להזין בקישור את מה שמופיע בה, ומאותו רגע חשבון הבנק ישמש לתשלום. עד אז, אמצעי התשלום השמור שלך לא ישתנה.`,
    'form.microdepositsLink': 'אימות חשבון הבנק',
    'form.declinedToo': 'גם הכרטיס הזה נדחה. אמצעי התשלום השמור שלך לא השתנה, ולא בוצע חיוב.',

    'wall.notNow': 'לא עכשיו',
    'wall.paused': 'הגישה שלך מושהית עד להסדרת התשלום.',
    'wall.continue': 'המשך',
    'wall.logout': 'התנתקות',
    'wall.support': 'פנייה לתמיכה',
    'wall.cancelSubscription': 'ביטול המינוי',
  },
} satisfies Translation;

export default he;
