import type { NotifyStrings } from './types.js';

/** Arabic (Modern Standard), right to left; the banner's Arabic is src/translations/ar.ts. */
const ar = {
  locale: 'ar',
  messages: {
    'subject.failed': ({ merchant }) => `لم تنجح عملية الدفع الخاصة باشتراكك في ${merchant}`,
    'subject.action_required': ({ merchant }) => `يُرجى تأكيد عملية الدفع لدى ${merchant}`,
    'subject.expiring': ({ merchant }) => `تنتهي قريبًا صلاحية البطاقة التي تدفع بها لـ ${merchant}`,
    'subject.final': ({ merchant }) => `مطلوب إجراء: لا تزال عملية الدفع لدى ${merchant} معلّقة`,
    'subject.reminder': ({ merchant }) => `تذكير: لا تزال عملية الدفع لدى ${merchant} معلّقة`,
    'subject.access_ends': ({ merchant }) => `سينتهي وصولك إلى ${merchant} قريبًا`,
    'subject.recovered': ({ merchant }) => `شكرًا لك: تمت عملية الدفع لدى ${merchant} بنجاح`,

    'lead.failed': ({ merchant }) => `لم نتمكن من تحصيل آخر دفعة لاشتراكك في ${merchant}.`,
    'lead.action_required': ({ merchant }) => `يطلب منك البنك تأكيد آخر دفعة لاشتراكك في ${merchant}.`,
    'lead.expiring': ({ merchant }) => `تقترب صلاحية البطاقة التي تستخدمها للدفع لـ ${merchant} من الانتهاء.`,
    'lead.final': ({ merchant }) =>
      `حاولنا عدة مرات، لكننا لم نتمكن من تحصيل الدفعة لاشتراكك في ${merchant}، ولن نعيد المحاولة تلقائيًا.`,
    'lead.reminder': ({ merchant }) => `تذكير سريع: لا تزال دفعة اشتراكك في ${merchant} معلّقة.`,
    'lead.access_ends': ({ merchant }) => `سينتهي وصولك إلى ${merchant} قريبًا لأن هناك دفعة لا تزال معلّقة.`,
    'lead.recovered': ({ merchant }) => `شكرًا لك! تمت دفعتك لـ ${merchant} بنجاح، واشتراكك مستمر دون انقطاع.`,

    'sms.failed': ({ merchant, link }) => `${merchant}: لم تنجح عملية الدفع. حدّث بطاقتك من هنا: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: يطلب منك البنك تأكيد عملية دفع: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: تنتهي صلاحية بطاقتك قبل الدفعة القادمة. حدّثها من هنا: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: دفعتك معلّقة ولن نعيد المحاولة. أصلحها من هنا: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: تذكير، لا تزال دفعتك معلّقة. أصلحها من هنا: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: سينتهي وصولك قريبًا بسبب دفعة معلّقة. أصلحها من هنا: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: شكرًا، تمت عملية الدفع بنجاح. التفاصيل: ${link}`,
    'sms.help': ({ contact }) => `للمساعدة: ${contact}`,

    'email.greeting': ({ name }) => `مرحبًا ${name}،`,
    'email.greetingNoName': 'مرحبًا،',
    'email.cta.update': 'تحديث طريقة الدفع',
    'email.cta.confirm': 'تأكيد الدفع',
    'email.cta.view': 'عرض تفاصيل الفوترة',
    'email.linkFallback': 'إذا لم يعمل الزر، فانسخ هذا الرابط والصقه في متصفحك:',
    'email.support': ({ contact }) => `هل لديك أسئلة؟ يسعدنا مساعدتك: ${contact}`,
    'email.footer': ({ merchant }) =>
      `تصلك هذه الرسالة لأن لديك اشتراكًا في ${merchant}. وهي تتعلق بالفوترة، لذا تُرسل حتى إن كنت قد ألغيت الاشتراك في الرسائل الإخبارية.`,

    'tone.soft': 'غالبًا ما يكون هذا مؤقتًا، ولا توجد مشكلة في بطاقتك: كثيرًا ما يُحل الأمر بإضافة رصيد أو بإعادة المحاولة لاحقًا.',
    'tone.hard': 'لم يعد بالإمكان استخدام هذه البطاقة لاشتراكك. يُرجى إضافة بطاقة أو طريقة دفع أخرى.',

    'recovered.paid': ({ amount, date }) => `استلمنا مبلغ ${amount} في ${date}.`,
    'recovered.next': ({ date }) => `موعد دفعتك القادمة هو ${date}.`,
    'expiring.before': ({ card, date }) =>
      `تنتهي صلاحية ${card} قبل دفعتك القادمة في ${date}. حدّثها الآن حتى لا ينقطع شيء.`,
    'reminder.still': 'لن يستغرق الأمر أكثر من دقيقة، وسيستمر اشتراكك دون انقطاع.',
    'accessEnds.when': ({ date }) => `ما لم تتم تسوية الدفعة، سينتهي وصولك في ${date}.`,

    'page.title': ({ merchant }) => `تحديث طريقة الدفع · ${merchant}`,
    'page.heading': 'تحديث طريقة الدفع',
    'page.intro': ({ merchant }) => `أضف بطاقة أو طريقة دفع جديدة لاشتراكك في ${merchant}. لا حاجة لتسجيل الدخول.`,
    'page.done': 'تم كل شيء. شكرًا لك! يمكنك إغلاق هذه الصفحة.',
    'page.invalid.title': 'هذا الرابط لا يعمل',
    'page.invalid.body': 'ربما يكون الرابط ناقصًا. يُرجى فتحه مرة أخرى من الرسالة التي أرسلناها إليك، أو تسجيل الدخول إلى حسابك لتحديث طريقة الدفع.',
    'page.expired.title': 'انتهت صلاحية هذا الرابط',
    'page.expired.body': 'حفاظًا على أمانك، لا تعمل روابط التحديث إلا لمدة محدودة. يُرجى تسجيل الدخول إلى حسابك لتحديث طريقة الدفع.',
    'page.used.title': 'تمت معالجة الأمر بالفعل',
    'page.used.body': 'تمت تسوية الدفعة التي أُرسل هذا الرابط من أجلها، لذا لم يعد الرابط صالحًا. لا حاجة لأي إجراء آخر.',
    'page.signIn': 'تسجيل الدخول إلى حسابك',
    'page.help': ({ contact }) => `هل تحتاج إلى مساعدة؟ تواصل معنا: ${contact}`,
    'page.noscript': 'يُرجى تفعيل JavaScript لتحديث طريقة الدفع بأمان.',
  },
} satisfies NotifyStrings;

export default ar;
