import type { NotifyStrings } from './types.js';

const CARD = 'kart';
const METHOD = 'ödeme yöntemi';
/**
 * "Your …" for the banner's card phrase (`src/translations/tr.ts`): "sonu 4242 ile biten Visa" →
 * "… Visa kartınız", "kart" → "kartınız", "ödeme yöntemi" → "ödeme yönteminiz"; `gen` adds the
 * genitive ("kartınızın").
 */
const yours = (card: string, gen?: boolean) =>
  card.endsWith(METHOD)
    ? `${card}niz${gen ? 'in' : ''}`
    : `${card}${card.endsWith(CARD) ? '' : ` ${CARD}`}ınız${gen ? 'ın' : ''}`;
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('tr') + s.slice(1);

/**
 * Turkish (tr): "siz", as in the banner: "kart", "ödeme", "abonelik", "ödeme yöntemi". The merchant's
 * name never takes a suffix (its vowel harmony is unknown): it stands before a noun ("Acme
 * aboneliğiniz") or before "için". SMS keep ö and ü (GSM 7-bit) and write ç, ğ, ı, ş as c, g, i, s,
 * as Turkish service SMS often do: one "ş" would turn the whole message into UCS-2 and halve it.
 */
export default {
  locale: 'tr',
  messages: {
    'subject.failed': ({ merchant }) => `${merchant} ödemeniz gerçekleşmedi`,
    'subject.action_required': ({ merchant }) => `Lütfen ${merchant} ödemenizi onaylayın`,
    'subject.expiring': ({ merchant }) => `${merchant} için kullandığınız kartın süresi yakında doluyor`,
    'subject.final': ({ merchant }) => `İşlem gerekli: ${merchant} ödemeniz hâlâ bekliyor`,
    'subject.reminder': ({ merchant }) => `Hatırlatma: ${merchant} ödemeniz hâlâ bekliyor`,
    'subject.access_ends': ({ merchant }) => `${merchant} erişiminiz yakında sona eriyor`,
    'subject.recovered': ({ merchant }) => `Teşekkürler: ${merchant} ödemeniz gerçekleşti`,

    'lead.failed': ({ merchant }) => `${merchant} aboneliğinizin son ödemesini alamadık.`,
    'lead.action_required': ({ merchant }) => `Bankanız, ${merchant} için yapılan son ödemeyi onaylamanızı istiyor.`,
    'lead.expiring': ({ merchant }) => `${merchant} için kullandığınız kartın süresi dolmak üzere.`,
    'lead.final': ({ merchant }) =>
      `${merchant} aboneliğinizin ödemesini birkaç kez almayı denedik ancak başaramadık. Ödemeyi artık otomatik olarak yeniden denemeyeceğiz.`,
    'lead.reminder': ({ merchant }) => `Kısa bir hatırlatma: ${merchant} aboneliğinizin ödemesi hâlâ bekliyor.`,
    'lead.access_ends': ({ merchant }) => `Bekleyen bir ödeme olduğu için ${merchant} erişiminiz sona ermek üzere.`,
    'lead.recovered': ({ merchant }) => `Teşekkürler! ${merchant} ödemeniz gerçekleşti ve aboneliğiniz sorunsuz devam ediyor.`,

    // SMS: GSM 7-bit (ö, ü kept; c, g, i, s for ç, ğ, ı, ş), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: ödemeniz gerceklesmedi. Kartinizi buradan güncelleyin: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: bankaniz bir ödemeyi onaylamanizi istiyor: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: kartinizin süresi bir sonraki ödemeden önce doluyor. Buradan güncelleyin: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: ödemeniz hala bekliyor ve tekrar denemeyecegiz. Buradan güncelleyin: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: hatirlatma, ödemeniz hala bekliyor. Buradan güncelleyin: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: bekleyen bir ödeme nedeniyle erisiminiz yakinda sona eriyor. Buradan güncelleyin: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: tesekkürler, ödemeniz gerceklesti. Ayrintilar: ${link}`,
    'sms.help': ({ contact }) => `Yardim: ${contact}`,

    'email.greeting': ({ name }) => `Merhaba ${name},`,
    'email.greetingNoName': 'Merhaba,',
    'email.cta.update': 'Ödeme yöntemini güncelle',
    'email.cta.confirm': 'Ödemeyi onayla',
    'email.cta.view': 'Fatura bilgilerini görüntüle',
    'email.linkFallback': 'Düğme çalışmazsa bu bağlantıyı kopyalayıp tarayıcınıza yapıştırın:',
    'email.support': ({ contact }) => `Sorularınız mı var? Size memnuniyetle yardımcı oluruz: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Bu e-postayı ${merchant} aboneliğiniz olduğu için alıyorsunuz. Faturalandırmanızla ilgili olduğundan, bülten aboneliğinden çıkmış olsanız bile gönderilir.`,

    'tone.soft':
      'Bu genellikle geçicidir ve kartınızda bir sorun yoktur: bakiye eklemek veya daha sonra tekrar denemek çoğu zaman sorunu çözer.',
    'tone.hard': 'Bu kart artık aboneliğiniz için kullanılamaz. Lütfen başka bir kart veya ödeme yöntemi ekleyin.',

    'recovered.paid': ({ amount, date }) => `${date} tarihinde ${amount} tutarındaki ödemenizi aldık.`,
    'recovered.next': ({ date }) => `Bir sonraki ödemeniz ${date} tarihinde alınacak.`,
    'expiring.before': ({ card, date }) =>
      `${cap(yours(card, true))} süresi, ${date} tarihindeki bir sonraki ödemenizden önce doluyor. Hiçbir şeyin kesintiye uğramaması için şimdi güncelleyin.`,
    'reminder.still': 'Düzeltmek yalnızca bir dakika sürer ve aboneliğiniz kesintisiz devam eder.',
    'accessEnds.when': ({ date }) => `Ödeme sorunu çözülmezse erişiminiz ${date} tarihinde sona erecek.`,

    'page.title': ({ merchant }) => `Ödeme yönteminizi güncelleyin · ${merchant}`,
    'page.heading': 'Ödeme yönteminizi güncelleyin',
    'page.intro': ({ merchant }) => `${merchant} aboneliğiniz için yeni bir kart veya ödeme yöntemi ekleyin. Giriş yapmanız gerekmez.`,
    'page.done': 'Her şey tamam. Teşekkürler! Bu sayfayı kapatabilirsiniz.',
    'page.invalid.title': 'Bu bağlantı çalışmıyor',
    'page.invalid.body':
      'Bağlantı eksik olabilir. Lütfen bağlantıyı size gönderdiğimiz mesajdan yeniden açın veya ödeme yönteminizi güncellemek için hesabınıza giriş yapın.',
    'page.expired.title': 'Bu bağlantının süresi doldu',
    'page.expired.body':
      'Güvenliğiniz için güncelleme bağlantıları yalnızca sınırlı bir süre çalışır. Ödeme yönteminizi güncellemek için lütfen hesabınıza giriş yapın.',
    'page.used.title': 'Bu sorun zaten çözüldü',
    'page.used.body':
      'Bu bağlantının ilgili olduğu ödeme sorunu çözüldü, bu nedenle bağlantı artık çalışmıyor. Başka bir şey yapmanıza gerek yok.',
    'page.signIn': 'Hesabınıza giriş yapın',
    'page.help': ({ contact }) => `Yardıma mı ihtiyacınız var? Bize ulaşın: ${contact}`,
    'page.noscript': 'Ödeme yönteminizi güvenle güncellemek için lütfen JavaScript’i etkinleştirin.',
  },
} satisfies NotifyStrings;
