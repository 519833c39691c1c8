import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'kart';
const METHOD = 'ödeme yöntemi';
/**
 * "Your …" for the card phrase: "sonu 4242 ile biten Visa" → "… Visa kartınız", "kart" → "kartınız",
 * "ödeme yöntemi" → "ödeme yönteminiz"; `gen` adds the genitive ("kartınızın").
 */
const yours = (card: string, gen?: boolean) =>
  card.endsWith(METHOD)
    ? `${card}niz${gen ? 'in' : ''}`
    : `${card}${card.endsWith(CARD) ? '' : ` ${CARD}`}ınız${gen ? 'ın' : ''}`;
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('tr') + s.slice(1);

/** Turkish. */
const tr = {
  locale: 'tr',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `sonu ${last4} ile biten ${brand}` : brand),
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Kartınızın süresi yakında doluyor',
    'state.expiring.body': ({ card, days, date }) =>
      `${cap(yours(card, true))} süresi ${
        days === 0 ? 'bugün' : plural('tr', days, { one: 'yarın', other: '# gün içinde' })
      } doluyor${date ? ` (${date} sonu)` : ''}. Aboneliğinizin kesintisiz devam etmesi için kartınızı güncelleyin.`,
    'state.expired.title': 'Kartınızın süresi doldu',
    'state.expired.body': ({ card, date }) =>
      `${cap(yours(card, true))} süresi ${date ? `${date} sonunda ` : ''}doldu. Aboneliğinizin aktif kalması için kartınızı güncelleyin.`,
    'state.failed.title': 'Son ödemeniz gerçekleşmedi',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} ${amount} tutarı hâlâ ödenmeyi bekliyor.` : reason),
    'state.action_required.title': 'Bankanız bir ödemeyi onaylamanızı istiyor',
    'state.action_required.body': ({ amount }) =>
      `Bankanız, ${amount ? `${amount} tutarındaki ` : ''}ödemeyi gerçekten sizin yaptığınızdan emin olmak istiyor. Bu yalnızca birkaç saniye sürer.`,
    'state.failed.when': ({ date }) => `Ödemeyi ilk olarak ${date} tarihinde denedik.`,
    'state.retry': ({ date }) => `Ödemeyi ${date} tarihinde tekrar deneyeceğiz.`,
    'state.accessEnds': ({ date }) =>
      `Erişiminiz ${date} tarihine kadar devam ediyor. Erişiminizi kaybetmemek için ödeme bilgilerinizi bu tarihten önce güncelleyin.`,
    'state.updated.title': 'Teşekkürler, her şey hazır',
    'state.updated.body': ({ card }) => `Aboneliğiniz için bundan sonra ${yours(card)} kullanılacak.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `${amount} tutarındaki ödemeniz gerçekleşti. Teşekkürler!` : 'Ödemeniz gerçekleşti. Teşekkürler!',

    'state.processing.title': 'Banka ödemeniz yolda',
    'state.processing.body': ({ amount }) =>
      `${amount ? `${amount} tutarındaki ödemeniz` : 'Ödemeniz'} bankanız tarafından işleniyor. Bu birkaç iş günü sürebilir; sizin bir şey yapmanıza gerek yok.`,
    'state.missing.title': 'Ödeme yöntemi ekleyin',
    'state.missing.body': ({ date }) =>
      date
        ? `Aboneliğinizin devam etmesi için ${date} tarihine kadar bir ödeme yöntemi ekleyin.`
        : 'Aboneliğiniz, bir ödeme yöntemi eklenene kadar duraklatıldı. Devam etmek için bir ödeme yöntemi ekleyin.',

    'state.paused.title': 'Aboneliğiniz duraklatıldı',
    'state.paused.body': ({ date }) =>
      date ? `Aboneliğiniz yeniden başlayacağı ${date} tarihine kadar ücret alınmayacak.` : 'Duraklatıldığı sürece ücret alınmayacak. Hazır olduğunuzda devam ettirin.',
    'banner.updateCard': 'Kartı güncelle',
    'banner.addPaymentMethod': 'Ödeme yöntemi ekle',
    'banner.resume': 'Şimdi devam et',
    'banner.confirmPayment': 'Ödemeyi onayla',
    'banner.dismiss': 'Bu mesajı kapat',

    'decline.insufficient_funds.title': 'Yetersiz bakiye',
    'decline.insufficient_funds.body':
      'Hesabınızda şu anda yeterli bakiye olmadığı için bankanız ödemeyi reddetti. Bakiye ekleyip tekrar deneyebilir veya başka bir kart kullanabilirsiniz.',
    'decline.expired_card.title': 'Kartın süresi dolmuş',
    'decline.expired_card.body': 'Kartın süresi dolduğu için bankanız ödemeyi reddetti. Lütfen hâlâ geçerli olan bir kart ekleyin.',
    'decline.incorrect_cvc.title': 'Güvenlik kodu eşleşmedi',
    'decline.incorrect_cvc.body':
      'Güvenlik kodu (kartın üzerindeki 3 veya 4 haneli sayı) bankanızdaki bilgilerle eşleşmedi. Lütfen kart bilgilerini tekrar girin.',
    'decline.incorrect_number.title': 'Kart numarası doğru değil',
    'decline.incorrect_number.body': 'Kart numarası doğru görünmüyor. Lütfen kontrol edip tekrar girin.',
    'decline.incorrect_expiry.title': 'Son kullanma tarihi doğru değil',
    'decline.incorrect_expiry.body':
      'Son kullanma tarihi kartla eşleşmiyor. Lütfen kartın üzerindeki ay ve yılı kontrol edip tekrar girin.',
    'decline.incorrect_address.title': 'Fatura adresi eşleşmedi',
    'decline.incorrect_address.body':
      'Posta kodu veya adres, bankanızda kayıtlı bilgilerle eşleşmiyor. Lütfen bilgileri bankanızda kayıtlı olduğu şekliyle girin.',
    'decline.card_not_supported.title': 'Bu kart burada kullanılamıyor',
    'decline.card_not_supported.body':
      'Kartınız bu tür ödemeleri desteklemiyor. Lütfen başka bir kart kullanın veya bankanızdan bu özelliği açmasını isteyin.',
    'decline.currency_not_supported.title': 'Kart bu para birimini desteklemiyor',
    'decline.currency_not_supported.body':
      'Kartınızla bu para biriminde ödeme yapılamıyor. Lütfen başka bir kart kullanın veya bankanıza bunun açılıp açılamayacağını sorun.',
    'decline.not_allowed.title': 'Bankanız bu ödemeyi engelledi',
    'decline.not_allowed.body':
      'Bankanız bu kartla bu ödemeye izin vermiyor. Bankanız kısıtlamayı kaldırabilir veya başka bir kart kullanabilirsiniz.',
    'decline.payment_stopped.title': 'Bize yapılan ödemeler durduruldu',
    'decline.payment_stopped.body':
      'Bankanızdan, bu karttan bize yapılan ödemeleri durdurması istenmiş. Aboneliğinizi sürdürmek istiyorsanız bankanızdan ödemelere yeniden izin vermesini isteyin veya başka bir kart kullanın.',
    'decline.limit_exceeded.title': 'Kart limitine ulaşıldı',
    'decline.limit_exceeded.body':
      'Bu ödeme kartınızın harcama limitini aşıyor. Limitiniz yenilendiğinde tekrar deneyebilir veya başka bir kart kullanabilirsiniz.',
    'decline.call_bank.title': 'Bankanız sizinle görüşmek istiyor',
    'decline.call_bank.body':
      'Bankanız ödemeyi reddetti ve sizden bankayla iletişime geçmenizi istiyor. Telefon numarası genellikle kartınızın arkasında yazar.',
    'decline.generic.title': 'Ödeme reddedildi',
    'decline.generic.body':
      'Bankanız ödemeyi reddetti ama nedenini bize bildirmedi. Ayrıntıları bankanızdan öğrenebilir veya başka bir kart kullanabilirsiniz.',
    'decline.temporary.title': 'Geçici bir sorun',
    'decline.temporary.body':
      'Ödeme işlenirken bir sorun oluştu; bu sizden kaynaklanmadı. Lütfen biraz sonra tekrar deneyin.',
    'decline.duplicate.title': 'Aynı ödeme iki kez yapılmış gibi görünüyor',
    'decline.duplicate.body':
      'Aynı tutarda bir ödeme çok kısa süre önce gerçekleştiği için bankanız bu ödemeyi durdurdu. Tekrar denemeden önce lütfen hesap hareketlerinizi kontrol edin.',
    'decline.invalid_amount.title': 'Bankanız tutarı kabul etmedi',
    'decline.invalid_amount.body':
      'Bankanız bu ödemenin tutarını kabul etmedi. Lütfen bankanızla iletişime geçin veya başka bir kart kullanın.',
    'decline.new_card_details.title': 'Kart bilgileriniz değişmiş',
    'decline.new_card_details.body':
      'Bankanız bu kartın bilgilerini yenilemiş. Aboneliğinizin devam etmesi için lütfen yeni kart bilgilerini girin.',
    'decline.account_closed.title': 'Hesap kapatılmış',
    'decline.account_closed.body':
      'Bu ödeme yöntemine bağlı hesap kapatılmış veya bulunamıyor. Lütfen başka bir ödeme yöntemi kullanın.',
    'decline.authentication_required.title': 'Bankanız onay istiyor',
    'decline.authentication_required.body':
      'Bankanız, ödeme gerçekleşmeden önce onaylamanızı istiyor. Onaylamak yalnızca birkaç saniye sürer.',
    'decline.authentication_failed.title': 'Onay tamamlanamadı',
    'decline.authentication_failed.body':
      'Ödemeyi bankanızla onaylayamadık. Lütfen tekrar deneyin veya başka bir kart kullanın.',
    'decline.test_card.title': 'Bu karttan ödeme alınamıyor',
    'decline.test_card.body': 'Bu kart gerçek ödemelerde kullanılamıyor. Lütfen başka bir kart kullanın.',
    'decline.debit_not_authorized.title': 'Otomatik ödeme talimatı onaylanmamış',
    'decline.debit_not_authorized.body':
      'Bankanız, otomatik ödeme talimatının onaylanmadığını veya itiraz edildiğini bildiriyor. Lütfen başka bir ödeme yöntemi kullanın veya bankanızdan izin vermesini isteyin.',
    'decline.bank_account_problem.title': 'Banka hesabında bir sorun var',
    'decline.bank_account_problem.body':
      'Bankanız ödemeyi bu hesaptan tahsil edemedi. Lütfen hesap bilgilerini kontrol edin veya başka bir ödeme yöntemi kullanın.',
    'decline.provider_declined.title': 'Ödeme reddedildi',
    'decline.provider_declined.body': 'Ödeme hizmeti bu ödemeyi reddetti. Lütfen başka bir ödeme yöntemi kullanın.',

    'action.update_card': 'Kartınızı güncelleyin',
    'action.use_another_method': 'Başka bir kart kullanın',
    'action.call_bank': 'Bankanızla iletişime geçin',
    'action.confirm_with_bank': 'Bankanızla onaylayın',
    'action.try_again_later': 'Daha sonra tekrar deneyin',

    'form.title': 'Ödeme yönteminizi güncelleyin',
    'form.payNow': ({ amount }) => `Vadesi geçmiş ödeme için yeni ödeme yönteminizden hemen ${amount} tahsil edilecek.`,
    'form.submit': 'Ödeme yöntemini kaydet',
    'form.cancel': 'İptal',
    'form.loading': 'Güvenli ödeme formu yükleniyor…',
    'form.saving': 'Ödeme yönteminiz kaydediliyor…',
    'form.confirming': 'Bankanızın onayı bekleniyor…',
    'form.finishing': 'Güncellemeniz tamamlanıyor…',
    'form.unavailable': 'Ödeme formu yüklenemedi. Lütfen bağlantınızı kontrol edip tekrar deneyin.',
    'form.retry': 'Tekrar dene',
    'form.interrupted': 'Güncelleme tamamlanmadan bağlantı kesildi. Bilgileriniz saklandı: tamamlamak için tekrar deneyin. İki kez ücret alınmayacak.',
    'form.rateLimited': 'Kısa sürede çok fazla deneme yapıldı. Lütfen birkaç dakika bekleyip tekrar deneyin.',
    'form.pending': 'Bankanız bu ödeme yöntemini hâlâ işliyor. Onaylanır onaylanmaz hesabınız güncellenecek.',
    'form.microdeposits': ({ date }) =>
      `Banka hesabınızı ${date ? `${date} civarında` : '1–2 iş günü içinde'} kontrol edin: hesabınıza küçük bir tutar göndereceğiz. Bağlantıdan, hesap hareketinde gördüğünüz bilgiyi girin; bundan sonra banka hesabınız kullanılacak. O zamana kadar kayıtlı ödeme yönteminiz değişmeden kalır.`,
    'form.microdepositsLink': 'Banka hesabını doğrula',
    'form.declinedToo': 'Bu kart da reddedildi. Kayıtlı ödeme yönteminiz değişmedi ve herhangi bir ücret alınmadı.',

    'wall.notNow': 'Şimdi değil',
    'wall.paused': 'Ödeme sorunu çözülene kadar erişiminiz duraklatıldı.',
    'wall.continue': 'Devam et',
    'wall.logout': 'Çıkış yap',
    'wall.support': 'Destekle iletişime geç',
    'wall.cancelSubscription': 'Aboneliği iptal et',
  },
} satisfies Translation;

export default tr;
