import { plural } from './plural.js';
import type { Translation } from './types.js';

/**
 * Arabic (Modern Standard), gender-neutral where possible: يُرجى + verbal noun and verbal-noun
 * buttons instead of gendered imperatives. `card.generic` is definite (البطاقة) so that
 * "صلاحية البطاقة" reads correctly. A card is "Visa ذات الأرقام الأخيرة 4242", in words (bullets
 * are read aloud as "bullet bullet…"): "المنتهية بـ 4242" would clash with "تنتهي صلاحية" in the
 * expiry messages.
 */
const ar = {
  locale: 'ar',
  dir: 'rtl',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} ذات الأرقام الأخيرة ${last4}` : brand),
    'card.generic': 'البطاقة',
    'paymentMethod.generic': 'وسيلة الدفع',

    'state.expiring.title': 'تنتهي صلاحية بطاقتك قريبًا',
    'state.expiring.body': ({ card, days, date }) =>
      `تنتهي صلاحية ${card} ${
        days === 0
          ? 'اليوم'
          : plural('ar', days, {
              zero: 'اليوم',
              one: 'غدًا',
              two: 'بعد يومين',
              few: 'بعد # أيام',
              many: 'بعد # يومًا',
              other: 'بعد # يوم',
            })
      }${date ? ` (نهاية ${date})` : ''}. يُرجى تحديث البطاقة ليستمر اشتراكك دون انقطاع.`,
    'state.expired.title': 'انتهت صلاحية بطاقتك',
    'state.expired.body': ({ card, date }) =>
      `انتهت صلاحية ${card}${date ? ` في نهاية ${date}` : ''}. يُرجى تحديث البطاقة ليبقى اشتراكك نشطًا.`,
    'state.failed.title': 'لم تنجح عملية الدفع الأخيرة',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} لا يزال مبلغ ${amount} مستحقًا.` : reason),
    'state.action_required.title': 'يطلب منك البنك تأكيد عملية دفع',
    'state.action_required.body': ({ amount }) =>
      `يريد البنك التأكد من أنك أجريت عملية الدفع${amount ? ` بمبلغ ${amount}` : ''} بنفسك. لن يستغرق ذلك سوى لحظة.`,
    'state.failed.when': ({ date }) => `كانت محاولتنا الأولى لإتمام الدفع في ${date}.`,
    'state.retry': ({ date }) => `سنحاول إتمام الدفع مرة أخرى في ${date}.`,
    'state.accessEnds': ({ date }) =>
      `يمكنك مواصلة الاستخدام حتى ${date}. يُرجى تحديث بيانات الدفع قبل ذلك للاحتفاظ بإمكانية الوصول.`,
    'state.updated.title': 'شكرًا لك، كل شيء جاهز',
    'state.updated.body': ({ card }) => `ستُستخدم ${card} لدفع اشتراكك من الآن فصاعدًا.`,
    'state.recovered.body': ({ amount }) => `تمت عملية الدفع${amount ? ` بمبلغ ${amount}` : ''} بنجاح. شكرًا لك!`,

    'state.processing.title': 'دفعتك المصرفية قيد التنفيذ',
    'state.processing.body': ({ amount }) =>
      `يعالج البنك عملية الدفع${amount ? ` بمبلغ ${amount}` : ''}. قد يستغرق ذلك بضعة أيام عمل، ولا حاجة إلى أي إجراء.`,
    'state.missing.title': 'إضافة وسيلة دفع',
    'state.missing.body': ({ date }) =>
      date
        ? `يحتاج اشتراكك إلى وسيلة دفع بحلول ${date} ليستمر.`
        : 'اشتراكك متوقف مؤقتًا إلى حين إضافة وسيلة دفع. يُرجى إضافة وسيلة دفع للمتابعة.',

    'state.paused.title': 'اشتراكك متوقف مؤقتًا',
    'state.paused.body': ({ date }) =>
      date ? `لن يتم خصم أي مبلغ منك حتى ${date}، حين يُستأنف اشتراكك.` : 'لن يتم خصم أي مبلغ منك طوال فترة الإيقاف. استأنفه متى كنت مستعدًا.',
    'banner.updateCard': 'تحديث البطاقة',
    'banner.addPaymentMethod': 'إضافة وسيلة دفع',
    'banner.resume': 'استئناف الآن',
    'banner.confirmPayment': 'تأكيد الدفع',
    'banner.dismiss': 'إغلاق هذه الرسالة',

    'decline.insufficient_funds.title': 'الرصيد غير كافٍ',
    'decline.insufficient_funds.body':
      'رفض البنك عملية الدفع لأن رصيد الحساب غير كافٍ حاليًا. يمكنك إيداع المبلغ والمحاولة مجددًا، أو استخدام بطاقة أخرى.',
    'decline.expired_card.title': 'انتهت صلاحية البطاقة',
    'decline.expired_card.body': 'رفض البنك عملية الدفع لأن صلاحية البطاقة انتهت. يُرجى إضافة بطاقة سارية الصلاحية.',
    'decline.incorrect_cvc.title': 'رمز الأمان غير مطابق',
    'decline.incorrect_cvc.body':
      'رمز الأمان (الأرقام الثلاثة أو الأربعة على البطاقة) لا يطابق ما لدى البنك. يُرجى إدخال بيانات البطاقة مرة أخرى.',
    'decline.incorrect_number.title': 'رقم البطاقة غير صحيح',
    'decline.incorrect_number.body': 'يبدو أن رقم البطاقة غير صحيح. يُرجى التحقق منه وإدخاله مرة أخرى.',
    'decline.incorrect_expiry.title': 'تاريخ انتهاء الصلاحية غير صحيح',
    'decline.incorrect_expiry.body':
      'تاريخ انتهاء الصلاحية لا يطابق البطاقة. يُرجى التحقق من الشهر والسنة على البطاقة وإدخالهما مرة أخرى.',
    'decline.incorrect_address.title': 'عنوان الفوترة غير مطابق',
    'decline.incorrect_address.body':
      'الرمز البريدي أو العنوان لا يطابق ما هو مسجّل لدى البنك. يُرجى إدخاله تمامًا كما هو مسجّل لديه.',
    'decline.card_not_supported.title': 'لا يمكن استخدام هذه البطاقة هنا',
    'decline.card_not_supported.body':
      'لا تدعم بطاقتك هذا النوع من الدفع. يُرجى استخدام بطاقة أخرى، أو طلب تفعيله من البنك.',
    'decline.currency_not_supported.title': 'البطاقة لا تدعم هذه العملة',
    'decline.currency_not_supported.body':
      'لا يمكن الدفع بهذه العملة باستخدام بطاقتك. يُرجى استخدام بطاقة أخرى، أو سؤال البنك عن إمكانية تفعيلها.',
    'decline.not_allowed.title': 'حظر البنك عملية الدفع هذه',
    'decline.not_allowed.body':
      'لا يسمح البنك بعملية الدفع هذه على هذه البطاقة. يمكن للبنك رفع القيد، أو يمكنك استخدام بطاقة أخرى.',
    'decline.payment_stopped.title': 'تم إيقاف المدفوعات إلينا',
    'decline.payment_stopped.body':
      'طُلب من البنك إيقاف المدفوعات إلينا من هذه البطاقة. للاحتفاظ باشتراكك، يُرجى مطالبة البنك بالسماح بها مجددًا أو استخدام بطاقة أخرى.',
    'decline.limit_exceeded.title': 'بلغت البطاقة حدها',
    'decline.limit_exceeded.body':
      'ستتجاوز هذه العملية حد الإنفاق لبطاقتك. يمكنك المحاولة مجددًا بعد تجديد الحد، أو استخدام بطاقة أخرى.',
    'decline.call_bank.title': 'يُرجى التواصل مع البنك',
    'decline.call_bank.body': 'رفض البنك عملية الدفع ويطلب منك التواصل معه. يوجد الرقم عادةً على ظهر البطاقة.',
    'decline.generic.title': 'تم رفض عملية الدفع',
    'decline.generic.body':
      'رفض البنك عملية الدفع دون أن يوضح السبب. يمكن للبنك إفادتك بالمزيد، أو يمكنك استخدام بطاقة أخرى.',
    'decline.temporary.title': 'مشكلة مؤقتة',
    'decline.temporary.body': 'حدث خطأ أثناء معالجة الدفع، والأمر ليس بسببك. يُرجى المحاولة مجددًا بعد قليل.',
    'decline.duplicate.title': 'يبدو أنها عملية دفع مكررة',
    'decline.duplicate.body':
      'تمت عملية دفع بالمبلغ نفسه قبل قليل، لذا أوقف البنك هذه العملية. يُرجى مراجعة كشف حسابك قبل المحاولة مجددًا.',
    'decline.invalid_amount.title': 'لم يقبل البنك المبلغ',
    'decline.invalid_amount.body': 'لم يقبل البنك مبلغ عملية الدفع هذه. يُرجى التواصل مع البنك، أو استخدام بطاقة أخرى.',
    'decline.new_card_details.title': 'تغيّرت بيانات بطاقتك',
    'decline.new_card_details.body':
      'أصدر البنك بيانات جديدة لهذه البطاقة. يُرجى إدخال بيانات البطاقة الجديدة ليستمر اشتراكك.',
    'decline.account_closed.title': 'الحساب مغلق',
    'decline.account_closed.body': 'الحساب المرتبط بوسيلة الدفع هذه مغلق أو غير موجود. يُرجى استخدام وسيلة دفع أخرى.',
    'decline.authentication_required.title': 'يطلب البنك تأكيدًا',
    'decline.authentication_required.body': 'يطلب البنك تأكيد عملية الدفع هذه قبل إتمامها. لن يستغرق التأكيد سوى لحظة.',
    'decline.authentication_failed.title': 'لم يكتمل التأكيد',
    'decline.authentication_failed.body':
      'تعذّر علينا تأكيد عملية الدفع مع البنك. يُرجى المحاولة مجددًا، أو استخدام بطاقة أخرى.',
    'decline.test_card.title': 'لا يمكن الخصم من هذه البطاقة',
    'decline.test_card.body': 'لا يمكن استخدام هذه البطاقة في مدفوعات حقيقية. يُرجى استخدام بطاقة أخرى.',
    'decline.debit_not_authorized.title': 'لم يُفوَّض الخصم المباشر',
    'decline.debit_not_authorized.body':
      'يفيد البنك بأن الخصم المباشر لم يُفوَّض أو تم الاعتراض عليه. يُرجى استخدام وسيلة دفع أخرى، أو مطالبة البنك بالسماح به.',
    'decline.bank_account_problem.title': 'مشكلة في الحساب البنكي',
    'decline.bank_account_problem.body':
      'تعذّر على البنك خصم المبلغ من هذا الحساب. يُرجى التحقق من بيانات الحساب أو استخدام وسيلة دفع أخرى.',
    'decline.provider_declined.title': 'تم رفض عملية الدفع',
    'decline.provider_declined.body': 'رفضت خدمة الدفع هذه العملية. يُرجى استخدام وسيلة دفع أخرى.',

    'action.update_card': 'تحديث البطاقة',
    'action.use_another_method': 'استخدام بطاقة أخرى',
    'action.call_bank': 'التواصل مع البنك',
    'action.confirm_with_bank': 'التأكيد مع البنك',
    'action.try_again_later': 'المحاولة لاحقًا',

    'form.title': 'تحديث طريقة الدفع',
    'form.payNow': ({ amount }) => `سيتم خصم ${amount} من طريقة الدفع الجديدة فورًا لسداد الدفعة المستحقة.`,
    'form.submit': 'حفظ طريقة الدفع',
    'form.cancel': 'إلغاء',
    'form.loading': 'جارٍ تحميل نموذج الدفع الآمن…',
    'form.saving': 'جارٍ حفظ طريقة الدفع…',
    'form.confirming': 'في انتظار تأكيد البنك…',
    'form.finishing': 'جارٍ إكمال التحديث…',
    'form.unavailable': 'تعذّر تحميل نموذج الدفع. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.',
    'form.retry': 'إعادة المحاولة',
    'form.interrupted': 'انقطع الاتصال قبل اكتمال التحديث. تم الاحتفاظ ببياناتك: أعد المحاولة لإكماله. لن يتم الخصم مرتين.',
    'form.rateLimited': 'محاولات كثيرة جدًا خلال وقت قصير. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.',
    'form.pending': 'لا يزال البنك يعالج طريقة الدفع هذه. سيتم تحديث حسابك فور تأكيدها.',
    'form.microdeposits': ({ date }) =>
      `يُرجى مراجعة حسابك المصرفي ${date ? `حوالي ${date}` : 'خلال يوم أو يومَي عمل'}: سنرسل إليه إيداعًا صغيرًا. يُرجى إدخال ما يظهر فيه عبر الرابط، وبعدها سيُستخدم حسابك المصرفي. حتى ذلك الحين، تبقى طريقة الدفع المحفوظة كما هي.`,
    'form.microdepositsLink': 'التحقق من الحساب المصرفي',
    'form.declinedToo': 'تم رفض هذه البطاقة أيضًا. لم تتغير طريقة الدفع المحفوظة لديك، ولم يتم خصم أي مبلغ.',

    'wall.notNow': 'ليس الآن',
    'wall.paused': 'تم إيقاف وصولك مؤقتًا حتى تتم تسوية الدفعة.',
    'wall.continue': 'متابعة',
    'wall.logout': 'تسجيل الخروج',
    'wall.support': 'التواصل مع الدعم',
    'wall.cancelSubscription': 'إلغاء الاشتراك',
  },
} satisfies Translation;

export default ar;
