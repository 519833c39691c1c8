import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'günlük', week: 'haftalık', month: 'aylık', year: 'yıllık' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: '# günde bir' },
  week: { other: '# haftada bir' },
  month: { other: '# ayda bir' },
  year: { other: '# yılda bir' },
};

/**
 * Turkish (formal “siz”), as the banner. Dates, amounts and plan names never take a suffix: a
 * noun carries it (“… tarihinde”, “… planına”), so the case ending never depends on the value.
 */
const tr = {
  locale: 'tr',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Şu anda ödeme yapamıyor musunuz?',
    'care.offers.title': 'Diğer seçenekler',
    'care.offers.intro': 'Şu an uygun değilse ayrılmanız gerekmiyor. Ara verebilir veya daha küçük bir plana geçebilirsiniz.',
    'care.offers.loading': 'Seçenekleriniz yükleniyor…',
    'care.offers.error': 'Seçenekleriniz yüklenemedi ve hiçbir şey değişmedi. Lütfen biraz sonra tekrar deneyin.',
    'care.offers.none': 'Şu anda aboneliğiniz için başka bir seçenek yok. Destek ekibimiz size memnuniyetle yardımcı olur.',
    'care.back': 'Geri',
    'care.confirm.title': 'Onaylamadan önce lütfen kontrol edin',
    'care.working': 'Seçiminiz kaydediliyor…',
    'care.failed': 'İşlem tamamlanamadı ve hiçbir şey değişmedi. Lütfen tekrar deneyin.',
    'care.refused': 'Bu seçenek artık aboneliğiniz için kullanılamıyor. Hiçbir şey değişmedi.',

    'care.pause.title': 'Aboneliğinizi duraklatın',
    'care.pause.length': 'Ne kadar süreyle?',
    'care.pause.months': ({ months }) => plural('tr', months, { other: '# ay' }),
    'care.pause.resumesOn': ({ date }) => `Ödemeler ${date} tarihinde yeniden başlayacak.`,
    'care.pause.stopsService': 'O zamana kadar aboneliğiniz durur ve sizden ücret alınmaz.',
    'care.pause.keepsService': 'Hizmeti kullanmaya devam edebilirsiniz ve o zamana kadar sizden ücret alınmaz.',
    'care.pause.noAccess': 'Duraklatıldığı sürece hesabınızın ücretli özelliklerini kullanamazsınız.',
    'care.pause.confirm': ({ months }) => plural('tr', months, { other: '# ay duraklat' }),
    'care.pause.done': ({ date }) => `Aboneliğiniz duraklatıldı. Ödemeler ${date} tarihinde yeniden başlayacak.`,

    'care.overdue.void': ({ amount }) => `Ödenmemiş ${amount} tutarındaki borç iptal edilecek: bunu ödemeniz gerekmeyecek.`,
    'care.overdue.leaveOpen': ({ amount }) => `Ödenmemiş ${amount} tutarındaki borcun ödenmesi gerekiyor ve tahsil etmeye çalışmaya devam edeceğiz.`,

    'care.plan.title': 'Daha küçük bir plana geçin',
    'care.plan.current': ({ plan, price }) => `Mevcut planınız: ${plan} (${price}).`,
    'care.plan.choose': 'Bir plan seçin',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Bugün kayıtlı ödeme yönteminizden ${amount} tahsil edilecek, ardından her yenilemede de tahsil edilecek.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `${date} tarihli bir sonraki faturanızdan itibaren ${amount} ödeyeceksiniz.` : `Bir sonraki faturanızdan itibaren ${amount} ödeyeceksiniz.`,
    'care.plan.prorate': 'Mevcut dönem için oluşan fark bir sonraki faturanızda mahsup edilir.',
    'care.plan.prorateNow': 'Mevcut dönem için oluşan fark hemen tahsil edilir veya iade edilir.',
    'care.plan.confirm': ({ plan }) => `${plan} planına geç`,
    'care.plan.done': ({ plan }) => `Artık ${plan} planındasınız.`,

    // Turkish puts how often before the amount: “aylık 5 €”, “3 ayda bir 15 €”.
    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${PER[interval] ?? PER.month} ${amount}` : `${plural('tr', count, EVERY[interval] ?? EVERY.month)} ${amount}`,

    'care.resume.working': 'Aboneliğiniz devam ettiriliyor…',
    'care.resume.done': 'Tekrar hoş geldiniz! Aboneliğiniz yeniden etkin.',

    'care.support.open': 'Destekle iletişime geç',
    'care.support.subject': 'Ödememle ilgili yardım',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Merhaba,',
        '',
        'Ödememle ilgili yardıma ihtiyacım var.',
        '',
        `Gördüğüm: ${summary}`,
        ...(reason ? [`Bankanın söylediği: ${reason}`] : []),
        ...(invoice ? [`Fatura: ${invoice}`] : []),
        ...(amount ? [`Ödenmesi gereken tutar: ${amount}`] : []),
        '',
        'Teşekkürler',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `Bugün ${amount} ödendi.`,
    'care.receipt.next': ({ date }) => `Bir sonraki ödemeniz ${date} tarihinde.`,

    'care.rating.question': 'Ne kadar kolaydı?',
    'care.rating.send': 'Gönder',
    'care.rating.1': 'Çok zor',
    'care.rating.2': 'Zor',
    'care.rating.3': 'Ne kolay ne zor',
    'care.rating.4': 'Kolay',
    'care.rating.5': 'Çok kolay',
    'care.rating.thanks': 'Bize bildirdiğiniz için teşekkürler.',
  },
} satisfies CareTranslation;

export default tr;
