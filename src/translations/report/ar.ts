import type { ReportTranslation } from './types.js';

/** Arabic (Modern Standard Arabic), right to left. */
const ar = {
  locale: 'ar',
  dir: 'rtl',
  messages: {
    'report.title': 'استرداد المدفوعات',
    'report.range': ({ from, to }) => `${from} – ${to}`,
    'report.loading': 'جارٍ تحميل التقرير…',
    'report.error': 'تعذّر تحميل التقرير. لا يؤثر ذلك على مدفوعاتك؛ يُرجى المحاولة مرة أخرى بعد قليل.',
    'report.retry': 'إعادة المحاولة',
    'report.empty': 'لم تفشل أي دفعة في هذه الفترة: لا يوجد ما يُسترد.',

    'report.kpi.rate': 'معدل الاسترداد',
    'report.kpi.recovered': 'الإيرادات المستردة',
    'report.kpi.median': 'الوقت الوسيط حتى الاسترداد',
    'report.kpi.failed': 'المدفوعات الفاشلة',
    'report.kpi.rateDetail': ({ recovered, failed }) => `${recovered} من ${failed} فاتورة`,
    'report.kpi.p90Detail': ({ p90 }) => `‏90٪ خلال ${p90}`,
    'report.none': 'لا يوجد بعد',

    'report.chart.rate': 'معدل الاسترداد عبر الزمن',
    'report.chart.revenue': ({ currency }) => `الإيرادات المستردة عبر الزمن (${currency})`,
    'report.chart.timeToRecover': 'الوقت حتى الاسترداد',
    'report.chart.funnel': 'من الفشل إلى الاسترداد',
    'report.chart.reasons': 'النتائج حسب سبب الرفض',
    'report.chart.channels': 'الاستردادات حسب القناة والخطوة',
    'report.chart.outcomes': 'كيف انتهت المدفوعات الفاشلة',

    'report.series.rate': 'معدل الاسترداد',
    'report.series.failed': 'فاشلة',
    'report.series.recovered': 'مستردة',
    'report.series.lost': 'مفقودة',
    'report.series.open': 'لا تزال مفتوحة',
    'report.series.failedAmount': 'المبلغ الفاشل',
    'report.series.recoveredAmount': 'المبلغ المسترد',
    'report.series.invoices': 'الفواتير',
    'report.series.median': 'الوسيط',
    'report.series.p90': 'المئين التسعون',
    'report.series.sent': 'مُرسلة',
    'report.series.opened': 'مفتوحة',
    'report.column.period': 'الفترة',
    'report.column.reason': 'سبب الرفض',
    'report.column.channel': 'القناة والخطوة',
    'report.column.stage': 'المرحلة',
    'report.column.outcome': 'النتيجة',

    'report.showTable': 'عرض الجدول',
    'report.hideTable': 'عرض الرسم البياني',

    'report.downloadCsv': 'تنزيل ملف CSV',

    'report.week': ({ date }) => `أسبوع ${date}`,
    'report.channelStep': ({ channel, step }) => `${channel}، ${step}`,

    'report.funnel.failed': 'فشل الدفع',
    'report.funnel.notified': 'تم إشعار العميل',
    'report.funnel.opened': 'فُتح الإشعار',
    'report.funnel.formOpened': 'فُتح نموذج التحديث',
    'report.funnel.recovered': 'تم الاسترداد',

    'report.channel.email': 'البريد الإلكتروني',
    'report.channel.sms': 'رسالة نصية',
    'report.channel.in_app': 'رسالة داخل التطبيق',
    'report.channel.banner': 'الشريط',

    'report.step.failed': 'فشل الدفع',
    'report.step.action_required': 'تأكيد البنك',
    'report.step.expiring': 'البطاقة على وشك الانتهاء',
    'report.step.expired': 'البطاقة منتهية الصلاحية',
    'report.step.final': 'الإشعار الأخير',
    'report.step.reminder': 'تذكير',
    'report.step.access_ends': 'انتهاء الوصول',
    'report.step.recovered': 'رسالة شكر',

    'report.outcome.in_app': 'حُلّت داخل التطبيق',
    'report.outcome.hosted_page': 'حُلّت من رابط',
    'report.outcome.card_updated': 'دُفعت عند تحديث البطاقة',
    'report.outcome.stripe_retry': 'نجحت إعادة محاولة Stripe',
    'report.outcome.elsewhere': 'دُفعت بطريقة أخرى',
    'report.outcome.lost': 'مفقودة',
    'report.outcome.open': 'لا تزال مفتوحة',

    'report.retention.title': 'بدائل الإلغاء والمساعدة',
    'report.retention.actions': 'العروض والإيقاف المؤقت والدعم، لكل فاتورة',
    'report.column.action': 'ما حدث',
    'report.action.offers_shown': 'اطّلع على العروض',
    'report.action.paused': 'أوقف الاشتراك مؤقتًا',
    'report.action.plan_changed': 'غيّر الخطة',
    'report.action.resumed': 'استأنف مبكرًا',
    'report.action.support_opened': 'تواصل مع الدعم',
    'report.retention.support': 'أين تواصل العملاء مع الدعم',
    'report.retention.offers': 'أين شاهد العملاء العروض',
    'report.column.place': 'المكان',
    'report.source.banner': 'الشريط',
    'report.source.form': 'نموذج الدفع',
    'report.source.wall': 'شاشة حظر الوصول',
    'report.source.page': 'صفحة التحديث من رابط',
    'report.source.unknown': 'غير معروف',
    'report.retention.ratings': '«ما مدى سهولة ذلك؟» (1 = صعب جدًا، 5 = سهل جدًا)',
    'report.column.rating': 'التقييم',
    'report.series.answers': 'عدد الإجابات',
    'report.retention.mean': ({ mean }) => `متوسط التقييم: ${mean} من 5`,
    'report.retention.withoutInvoice': ({ count }) => `إجابات من عملاء لم يفشل دفعهم قط (بطاقة حُدّثت قبل انتهاء صلاحيتها): ${count}`,
    'report.retention.noRatings': 'لا توجد إجابات بعد.',

    'report.summary.rate': ({ overall, high, highPeriod, low, lowPeriod }) =>
      `إجمالًا، استُرد ${overall} من المدفوعات الفاشلة. كانت أفضل فترة ${highPeriod} بنسبة ${high}، وأضعفها ${lowPeriod} بنسبة ${low}.`,
    'report.summary.revenue': ({ currency, recovered, failed, best, bestPeriod }) =>
      `بعملة ${currency}، استُرد ${recovered} من أصل ${failed} فشلت، وكان الأكثر في ${bestPeriod} (${best}).`,
    'report.summary.timeToRecover': ({ median, p90 }) =>
      `استُرد نصف المدفوعات المستردة خلال ${median}، وتسعة من كل عشرة خلال ${p90}.`,
    'report.summary.funnel': ({ failed, notified, opened, formOpened, recovered }) =>
      `فشلت ${failed} دفعة؛ أُشعر ${notified} عميلًا، وفتح ${opened} إشعارًا، وفتح ${formOpened} نموذج التحديث، واستُردت ${recovered} دفعة.`,
    'report.summary.reasons': ({ top, topCount, best, bestRate }) =>
      `كان سبب الرفض الأكثر شيوعًا «${top}» (${topCount} فاتورة). وكان «${best}» الأفضل استردادًا بنسبة ${bestRate}.`,
    'report.summary.channels': ({ best, recovered, sent }) => `أعادت ${best} أكبر عدد من العملاء: ${recovered} مستردة من ${sent} مُرسلة.`,
    'report.summary.outcomes': ({ top, topCount, total }) => `من أصل ${total} دفعة فاشلة، انتهى معظمها بـ«${top}» (${topCount}).`,
    'report.summary.noData': 'لا توجد بيانات في هذه الفترة.',
  },
} satisfies ReportTranslation;

export default ar;
