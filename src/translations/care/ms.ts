import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'sehari', week: 'seminggu', month: 'sebulan', year: 'setahun' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'setiap # hari' },
  week: { other: 'setiap # minggu' },
  month: { other: 'setiap # bulan' },
  year: { other: 'setiap # tahun' },
};

/** Malay (“anda”, lowercase mid-sentence as the banner). */
const ms = {
  locale: 'ms',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Tidak dapat membayar sekarang?',
    'care.offers.title': 'Pilihan lain',
    'care.offers.intro': 'Jika sekarang bukan masa yang sesuai, anda tidak perlu berhenti. Anda boleh menjeda langganan atau bertukar kepada pelan yang lebih kecil.',
    'care.offers.loading': 'Memuatkan pilihan anda…',
    'care.offers.error': 'Pilihan anda tidak dapat dimuatkan, dan tiada apa-apa yang berubah. Sila cuba lagi sebentar nanti.',
    'care.offers.none': 'Buat masa ini tiada pilihan lain untuk langganan anda. Pasukan sokongan kami sedia membantu.',
    'care.back': 'Kembali',
    'care.confirm.title': 'Sila semak sebelum mengesahkan',
    'care.working': 'Menyimpan pilihan anda…',
    'care.failed': 'Tidak berjaya, dan tiada apa-apa yang berubah. Sila cuba lagi.',
    'care.refused': 'Pilihan ini tidak lagi tersedia untuk langganan anda. Tiada apa-apa yang berubah.',

    'care.pause.title': 'Jeda langganan anda',
    'care.pause.length': 'Berapa lama?',
    'care.pause.months': ({ months }) => plural('ms', months, { other: '# bulan' }),
    'care.pause.resumesOn': ({ date }) => `Caj akan bermula semula pada ${date}.`,
    'care.pause.stopsService': 'Sehingga itu, langganan anda dihentikan dan anda tidak akan dicaj.',
    'care.pause.keepsService': 'Anda boleh terus menggunakan perkhidmatan, dan anda tidak akan dicaj sehingga itu.',
    'care.pause.noAccess': 'Semasa dijeda, anda tidak boleh menggunakan ciri berbayar dalam akaun anda.',
    'care.pause.confirm': ({ months }) => plural('ms', months, { other: 'Jeda selama # bulan' }),
    'care.pause.done': ({ date }) => `Langganan anda dijeda. Caj akan bermula semula pada ${date}.`,

    'care.overdue.void': ({ amount }) => `Jumlah tertunggak ${amount} akan dibatalkan: anda tidak perlu membayarnya.`,
    'care.overdue.leaveOpen': ({ amount }) => `Jumlah tertunggak ${amount} masih perlu dibayar, dan kami akan terus cuba mengutipnya.`,

    'care.plan.title': 'Tukar kepada pelan yang lebih kecil',
    'care.plan.current': ({ plan, price }) => `Pelan semasa anda: ${plan} (${price}).`,
    'care.plan.choose': 'Pilih pelan',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Hari ini anda akan dicaj ${amount} melalui kaedah pembayaran yang disimpan, kemudian pada setiap pembaharuan.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Anda akan membayar ${amount} mulai bil seterusnya pada ${date}.` : `Anda akan membayar ${amount} mulai bil seterusnya.`,
    'care.plan.prorate': 'Sebarang perbezaan bagi tempoh semasa akan diselaraskan dalam bil seterusnya.',
    'care.plan.prorateNow': 'Sebarang perbezaan bagi tempoh semasa akan dicaj atau dikreditkan serta-merta.',
    'care.plan.confirm': ({ plan }) => `Tukar kepada ${plan}`,
    'care.plan.done': ({ plan }) => `Anda kini menggunakan pelan ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('ms', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Menyambung semula langganan anda…',
    'care.resume.done': 'Selamat kembali! Langganan anda aktif semula.',

    'care.support.open': 'Hubungi sokongan',
    'care.support.subject': 'Bantuan mengenai pembayaran saya',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Helo,',
        '',
        'Saya perlukan bantuan mengenai pembayaran saya.',
        '',
        `Apa yang saya lihat: ${summary}`,
        ...(reason ? [`Penjelasan bank: ${reason}`] : []),
        ...(invoice ? [`Invois: ${invoice}`] : []),
        ...(amount ? [`Jumlah perlu dibayar: ${amount}`] : []),
        '',
        'Terima kasih',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `${amount} telah dibayar hari ini.`,
    'care.receipt.next': ({ date }) => `Pembayaran anda yang seterusnya pada ${date}.`,

    'care.rating.question': 'Adakah ini mudah?',
    'care.rating.send': 'Hantar',
    'care.rating.1': 'Sangat sukar',
    'care.rating.2': 'Sukar',
    'care.rating.3': 'Tidak mudah dan tidak sukar',
    'care.rating.4': 'Mudah',
    'care.rating.5': 'Sangat mudah',
    'care.rating.thanks': 'Terima kasih kerana memberitahu kami.',
  },
} satisfies CareTranslation;

export default ms;
