import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'يوميًا', week: 'أسبوعيًا', month: 'شهريًا', year: 'سنويًا' };
/** Arabic counts: a dual for 2 (“كل شهرين”), a plural for 3 to 10, an accusative singular for 11 to 99, a genitive singular from 100. */
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { two: 'كل يومين', few: 'كل # أيام', many: 'كل # يومًا', other: 'كل # يوم' },
  week: { two: 'كل أسبوعين', few: 'كل # أسابيع', many: 'كل # أسبوعًا', other: 'كل # أسبوع' },
  month: { two: 'كل شهرين', few: 'كل # أشهر', many: 'كل # شهرًا', other: 'كل # شهر' },
  year: { two: 'كل سنتين', few: 'كل # سنوات', many: 'كل # سنةً', other: 'كل # سنة' },
};

/**
 * Arabic (Modern Standard), right to left, gender-neutral as the banner: يُرجى + verbal noun,
 * verbal-noun buttons, and impersonal passives instead of gendered second-person verbs.
 */
const ar = {
  locale: 'ar',
  dir: 'rtl',
  messages: {
    'care.offers.open': 'هل يتعذّر عليك الدفع الآن؟',
    'care.offers.title': 'خيارات أخرى',
    'care.offers.intro': 'إذا لم يكن الوقت مناسبًا الآن، فلا داعي للمغادرة. يمكن إيقاف الاشتراك مؤقتًا أو الانتقال إلى خطة أصغر.',
    'care.offers.loading': 'جارٍ تحميل الخيارات المتاحة…',
    'care.offers.error': 'تعذّر تحميل الخيارات، ولم يتغيّر شيء. يُرجى المحاولة مرة أخرى بعد قليل.',
    'care.offers.none': 'لا يوجد خيار آخر لاشتراكك في الوقت الحالي. يسعد فريق الدعم لدينا بمساعدتك.',
    'care.back': 'رجوع',
    'care.confirm.title': 'يُرجى المراجعة قبل التأكيد',
    'care.working': 'جارٍ حفظ اختيارك…',
    'care.failed': 'لم تنجح العملية، ولم يتغيّر شيء. يُرجى المحاولة مرة أخرى.',
    'care.refused': 'لم يعد هذا الخيار متاحًا لاشتراكك. لم يتغيّر شيء.',

    'care.pause.title': 'إيقاف الاشتراك مؤقتًا',
    'care.pause.length': 'لأي مدة؟',
    'care.pause.months': ({ months }) => plural('ar', months, { one: 'شهر واحد', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' }),
    'care.pause.resumesOn': ({ date }) => `ستُستأنف الفوترة في ${date}.`,
    'care.pause.stopsService': 'حتى ذلك الحين يتوقف اشتراكك، ولن يتم خصم أي مبلغ منك.',
    'care.pause.keepsService': 'يمكنك مواصلة استخدام الخدمة، ولن يتم خصم أي مبلغ منك حتى ذلك الحين.',
    'care.pause.noAccess': 'خلال فترة الإيقاف، لن تكون الميزات المدفوعة في حسابك متاحة.',
    'care.pause.confirm': ({ months }) =>
      plural('ar', months, {
        one: 'إيقاف مؤقت لمدة شهر واحد',
        two: 'إيقاف مؤقت لمدة شهرين',
        few: 'إيقاف مؤقت لمدة # أشهر',
        many: 'إيقاف مؤقت لمدة # شهرًا',
        other: 'إيقاف مؤقت لمدة # شهر',
      }),
    'care.pause.done': ({ date }) => `تم إيقاف اشتراكك مؤقتًا. ستُستأنف الفوترة في ${date}.`,

    'care.overdue.void': ({ amount }) => `سيتم إلغاء المبلغ غير المدفوع وقدره ${amount}، ولن يكون مستحقًا عليك.`,
    'care.overdue.leaveOpen': ({ amount }) => `لا يزال المبلغ غير المدفوع وقدره ${amount} مستحقًا، وسنواصل محاولة تحصيله.`,

    'care.plan.title': 'الانتقال إلى خطة أصغر',
    'care.plan.current': ({ plan, price }) => `خطتك الحالية: ${plan} (${price}).`,
    'care.plan.choose': 'اختيار خطة',
    'care.plan.option': ({ plan, price }) => `${plan}، ${price}`,
    'care.plan.billNow': ({ amount }) => `سيتم خصم ${amount} اليوم من وسيلة الدفع المحفوظة، ثم عند كل تجديد.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `سيكون المبلغ ${amount} بدءًا من فاتورتك القادمة في ${date}.` : `سيكون المبلغ ${amount} بدءًا من فاتورتك القادمة.`,
    'care.plan.prorate': 'ستتم تسوية أي فرق عن الفترة الحالية في فاتورتك القادمة.',
    'care.plan.prorateNow': 'يتم خصم أي فرق عن الفترة الحالية أو إضافته إلى رصيدك فورًا.',
    'care.plan.confirm': ({ plan }) => `الانتقال إلى ${plan}`,
    'care.plan.done': ({ plan }) => `أصبحت خطتك الآن ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('ar', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'جارٍ استئناف اشتراكك…',
    'care.resume.done': 'مرحبًا بعودتك! اشتراكك نشط من جديد.',

    'care.support.open': 'التواصل مع الدعم',
    'care.support.subject': 'مساعدة بخصوص الدفع',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'مرحبًا،',
        '',
        'أحتاج إلى مساعدة بخصوص الدفع.',
        '',
        `ما أراه: ${summary}`,
        ...(reason ? [`ما قاله البنك: ${reason}`] : []),
        ...(invoice ? [`الفاتورة: ${invoice}`] : []),
        ...(amount ? [`المبلغ المستحق: ${amount}`] : []),
        '',
        'شكرًا',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `تم دفع ${amount} اليوم.`,
    'care.receipt.next': ({ date }) => `دفعتك القادمة في ${date}.`,

    'care.rating.question': 'ما مدى سهولة ذلك؟',
    'care.rating.send': 'إرسال',
    'care.rating.1': 'صعب جدًا',
    'care.rating.2': 'صعب',
    'care.rating.3': 'لا سهل ولا صعب',
    'care.rating.4': 'سهل',
    'care.rating.5': 'سهل جدًا',
    'care.rating.thanks': 'شكرًا على ملاحظتك.',
  },
} satisfies CareTranslation;

export default ar;
