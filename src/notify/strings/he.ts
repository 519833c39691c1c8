import type { NotifyStrings } from './types.js';

/**
 * Hebrew (he), gender-neutral like the banner (`src/translations/he.ts`): impersonal forms
 * (יש ל…, אפשר ל…) and noun-form buttons, never a gendered second-person verb. An open payment is
 * one that "לא הוסדר". `card` arrives as the banner's "Visa המסתיים ב-4242" or "הכרטיס".
 */
export default {
  locale: 'he',
  messages: {
    'subject.failed': ({ merchant }) => `התשלום שלך ל-${merchant} לא עבר`,
    'subject.action_required': ({ merchant }) => `יש לאשר את התשלום שלך ל-${merchant}`,
    'subject.expiring': ({ merchant }) => `תוקף הכרטיס שלך לתשלום ל-${merchant} יפוג בקרוב`,
    'subject.final': ({ merchant }) => `נדרשת פעולה: התשלום שלך ל-${merchant} עדיין לא הוסדר`,
    'subject.reminder': ({ merchant }) => `תזכורת: התשלום שלך ל-${merchant} עדיין לא הוסדר`,
    'subject.access_ends': ({ merchant }) => `הגישה שלך ל-${merchant} תסתיים בקרוב`,
    'subject.recovered': ({ merchant }) => `תודה! התשלום שלך ל-${merchant} עבר בהצלחה`,

    'lead.failed': ({ merchant }) => `לא הצלחנו לגבות את התשלום האחרון על המינוי שלך ל-${merchant}.`,
    'lead.action_required': ({ merchant }) => `הבנק שלך מבקש לאשר את התשלום האחרון ל-${merchant}.`,
    'lead.expiring': ({ merchant }) => `תוקף הכרטיס שמשמש לתשלום ל-${merchant} עומד לפוג.`,
    'lead.final': ({ merchant }) =>
      `ניסינו כמה פעמים, אבל לא הצלחנו לגבות את התשלום על המינוי שלך ל-${merchant}, ולא ננסה שוב מעצמנו.`,
    'lead.reminder': ({ merchant }) => `רק תזכורת קצרה: התשלום על המינוי שלך ל-${merchant} עדיין לא הוסדר.`,
    'lead.access_ends': ({ merchant }) => `הגישה שלך ל-${merchant} עומדת להסתיים, כי תשלום עדיין לא הוסדר.`,
    'lead.recovered': ({ merchant }) => `תודה! התשלום שלך ל-${merchant} עבר, והמינוי שלך ממשיך כרגיל.`,

    // SMS: Hebrew is always UCS-2 (70 characters a segment), so the lines are kept very short.
    'sms.failed': ({ merchant, link }) => `${merchant}: התשלום שלך לא עבר. לעדכון הכרטיס: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: הבנק שלך מבקש לאשר תשלום: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: תוקף הכרטיס יפוג לפני התשלום הבא. לעדכון: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: התשלום לא הוסדר ולא ננסה שוב. להסדרה: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: תזכורת, התשלום עדיין לא הוסדר. להסדרה: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: הגישה תסתיים בקרוב כי תשלום לא הוסדר. להסדרה: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: תודה, התשלום עבר. פרטים: ${link}`,
    'sms.help': ({ contact }) => `עזרה: ${contact}`,

    'email.greeting': ({ name }) => `שלום ${name},`,
    'email.greetingNoName': 'שלום,',
    'email.cta.update': 'עדכון אמצעי התשלום',
    'email.cta.confirm': 'אישור התשלום',
    'email.cta.view': 'צפייה בפרטי החיוב',
    'email.linkFallback': 'אם הכפתור לא עובד, אפשר להעתיק את הקישור הזה לדפדפן:',
    'email.support': ({ contact }) => `יש שאלות? נשמח לעזור: ${contact}`,
    'email.footer': ({ merchant }) =>
      `ההודעה הזו נשלחה אליך כי יש לך מינוי ב-${merchant}. היא עוסקת בחיובים שלך, ולכן היא נשלחת גם אם ביטלת את ההרשמה לדיוור.`,

    'tone.soft': 'בדרך כלל זה זמני ואין שום בעיה בכרטיס: לרוב אפשר לפתור את זה בהפקדת כסף לחשבון או בניסיון חוזר מאוחר יותר.',
    'tone.hard': 'אי אפשר להשתמש יותר בכרטיס הזה למינוי. יש להוסיף כרטיס או אמצעי תשלום אחר.',

    'recovered.paid': ({ amount, date }) => `קיבלנו ${amount} ב-${date}.`,
    'recovered.next': ({ date }) => `התשלום הבא יחול ב-${date}.`,
    'expiring.before': ({ card, date }) =>
      `התוקף של ${card} יפוג לפני התשלום הבא ב-${date}. כדאי לעדכן את הפרטים עכשיו כדי שהמינוי לא ייפסק.`,
    'reminder.still': 'התיקון לוקח רק דקה, והמינוי ממשיך כרגיל.',
    'accessEnds.when': ({ date }) => `אם התשלום לא יוסדר, הגישה שלך תסתיים ב-${date}.`,

    'page.title': ({ merchant }) => `עדכון אמצעי התשלום · ${merchant}`,
    'page.heading': 'עדכון אמצעי התשלום',
    'page.intro': ({ merchant }) => `כאן אפשר להוסיף כרטיס או אמצעי תשלום חדש למינוי שלך ב-${merchant}. אין צורך להתחבר.`,
    'page.done': 'הכול מוכן, תודה! אפשר לסגור את הדף.',
    'page.invalid.title': 'הקישור הזה לא עובד',
    'page.invalid.body':
      'ייתכן שהקישור לא שלם. אפשר לפתוח אותו שוב מההודעה ששלחנו, או להתחבר לחשבון כדי לעדכן את אמצעי התשלום.',
    'page.expired.title': 'תוקף הקישור פג',
    'page.expired.body': 'לשם אבטחה, קישורי עדכון פועלים לזמן מוגבל בלבד. אפשר להתחבר לחשבון כדי לעדכן את אמצעי התשלום.',
    'page.used.title': 'הנושא כבר טופל',
    'page.used.body': 'התשלום שהקישור הזה נועד לו כבר הוסדר, ולכן הקישור לא פעיל יותר. לא נדרש שום דבר נוסף.',
    'page.signIn': 'כניסה לחשבון',
    'page.help': ({ contact }) => `לעזרה אפשר לפנות אלינו: ${contact}`,
    'page.noscript': 'כדי לעדכן את אמצעי התשלום באופן מאובטח, יש להפעיל JavaScript.',
  },
} satisfies NotifyStrings;
