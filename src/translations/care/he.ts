import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'ליום', week: 'לשבוע', month: 'לחודש', year: 'לשנה' };
/** Hebrew has a dual for 2 (“כל חודשיים”). */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { two: 'כל יומיים', other: 'כל # ימים' },
  week: { two: 'כל שבועיים', other: 'כל # שבועות' },
  month: { two: 'כל חודשיים', other: 'כל # חודשים' },
  year: { two: 'כל שנתיים', other: 'כל # שנים' },
};

/**
 * Hebrew, right to left, gender-neutral as the banner: impersonal forms (אפשר ל…, יחויב) and
 * noun-form buttons instead of gendered second-person verbs.
 */
const he = {
  locale: 'he',
  dir: 'rtl',
  messages: {
    'care.offers.open': 'לא מתאפשר לשלם כרגע?',
    'care.offers.title': 'אפשרויות נוספות',
    'care.offers.intro': 'אם זה לא הזמן המתאים, אין צורך לעזוב. אפשר להשהות את המנוי או לעבור לתוכנית קטנה יותר.',
    'care.offers.loading': 'האפשרויות נטענות…',
    'care.offers.error': 'לא ניתן היה לטעון את האפשרויות, ושום דבר לא השתנה. אפשר לנסות שוב בעוד רגע.',
    'care.offers.none': 'כרגע אין אפשרות אחרת למנוי שלך. צוות התמיכה שלנו ישמח לעזור.',
    'care.back': 'חזרה',
    'care.confirm.title': 'כדאי לבדוק לפני האישור',
    'care.working': 'הבחירה נשמרת…',
    'care.failed': 'זה לא הצליח, ושום דבר לא השתנה. אפשר לנסות שוב.',
    'care.refused': 'האפשרות הזו כבר לא זמינה למנוי שלך. שום דבר לא השתנה.',

    'care.pause.title': 'השהיית המנוי',
    'care.pause.length': 'לכמה זמן?',
    'care.pause.months': ({ months }) => plural('he', months, { one: 'חודש אחד', two: 'חודשיים', other: '# חודשים' }),
    'care.pause.resumesOn': ({ date }) => `החיוב יתחדש בתאריך ${date}.`,
    'care.pause.stopsService': 'עד אז המנוי מושהה, ולא יבוצע חיוב.',
    'care.pause.keepsService': 'אפשר להמשיך להשתמש בשירות, ולא יבוצע חיוב עד אז.',
    'care.pause.noAccess': 'בזמן ההשהיה, התכונות בתשלום בחשבון לא יהיו זמינות.',
    'care.pause.confirm': ({ months }) => plural('he', months, { one: 'השהיה לחודש אחד', two: 'השהיה לחודשיים', other: 'השהיה ל-# חודשים' }),
    'care.pause.done': ({ date }) => `המנוי מושהה. החיוב יתחדש בתאריך ${date}.`,

    'care.overdue.void': ({ amount }) => `הסכום שלא שולם, ${amount}, יבוטל: אין צורך לשלם אותו.`,
    'care.overdue.leaveOpen': ({ amount }) => `הסכום שלא שולם, ${amount}, עדיין לתשלום, ונמשיך לנסות לגבות אותו.`,

    'care.plan.title': 'מעבר לתוכנית קטנה יותר',
    'care.plan.current': ({ plan, price }) => `התוכנית הנוכחית: ${plan} (${price}).`,
    'care.plan.choose': 'בחירת תוכנית',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `היום יחויב סכום של ${amount} באמצעי התשלום השמור, ולאחר מכן בכל חידוש.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `החל מהחשבון הבא, בתאריך ${date}, הסכום יהיה ${amount}.` : `החל מהחשבון הבא, הסכום יהיה ${amount}.`,
    'care.plan.prorate': 'הפרש כלשהו עבור התקופה הנוכחית יוסדר בחשבון הבא.',
    'care.plan.prorateNow': 'הפרש כלשהו עבור התקופה הנוכחית יחויב או יזוכה מיד.',
    'care.plan.confirm': ({ plan }) => `מעבר ל-${plan}`,
    'care.plan.done': ({ plan }) => `התוכנית שלך היא עכשיו ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('he', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'המנוי מתחדש…',
    'care.resume.done': 'שמחים שחזרת! המנוי פעיל שוב.',

    'care.support.open': 'פנייה לתמיכה',
    'care.support.subject': 'עזרה בתשלום שלי',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'שלום,',
        '',
        'אשמח לעזרה בתשלום שלי.',
        '',
        `מה שאני רואה: ${summary}`,
        ...(reason ? [`מה שהבנק אמר: ${reason}`] : []),
        ...(invoice ? [`חשבונית: ${invoice}`] : []),
        ...(amount ? [`סכום לתשלום: ${amount}`] : []),
        '',
        'תודה',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `היום שולם סכום של ${amount}.`,
    'care.receipt.next': ({ date }) => `התשלום הבא יהיה בתאריך ${date}.`,

    'care.rating.question': 'עד כמה זה היה קל?',
    'care.rating.send': 'שליחה',
    'care.rating.1': 'קשה מאוד',
    'care.rating.2': 'קשה',
    'care.rating.3': 'לא קל ולא קשה',
    'care.rating.4': 'קל',
    'care.rating.5': 'קל מאוד',
    'care.rating.thanks': 'תודה ששיתפת.',
  },
} satisfies CareTranslation;

export default he;
