import { plural, type PluralForms } from '../plural.js';
import type { BillingInterval, CareTranslation } from './types.js';

const PER: Record<BillingInterval, string> = { day: 'per hari', week: 'per minggu', month: 'per bulan', year: 'per tahun' };
const EVERY: Record<BillingInterval, PluralForms> = {
  day: { other: 'setiap # hari' },
  week: { other: 'setiap # minggu' },
  month: { other: 'setiap # bulan' },
  year: { other: 'setiap # tahun' },
};

/** Indonesian (“Anda”), as the banner. */
const id = {
  locale: 'id',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Tidak bisa membayar sekarang?',
    'care.offers.title': 'Pilihan lain',
    'care.offers.intro': 'Jika sekarang bukan waktu yang tepat, Anda tidak perlu berhenti. Anda bisa menjeda langganan atau beralih ke paket yang lebih kecil.',
    'care.offers.loading': 'Memuat pilihan Anda…',
    'care.offers.error': 'Pilihan Anda tidak dapat dimuat, dan tidak ada yang berubah. Silakan coba lagi sebentar lagi.',
    'care.offers.none': 'Saat ini tidak ada pilihan lain untuk langganan Anda. Tim dukungan kami siap membantu.',
    'care.back': 'Kembali',
    'care.confirm.title': 'Periksa sebelum mengonfirmasi',
    'care.working': 'Menyimpan pilihan Anda…',
    'care.failed': 'Tidak berhasil, dan tidak ada yang berubah. Silakan coba lagi.',
    'care.refused': 'Pilihan ini tidak lagi tersedia untuk langganan Anda. Tidak ada yang berubah.',

    'care.pause.title': 'Jeda langganan Anda',
    'care.pause.length': 'Berapa lama?',
    'care.pause.months': ({ months }) => plural('id', months, { other: '# bulan' }),
    'care.pause.resumesOn': ({ date }) => `Penagihan dimulai lagi pada ${date}.`,
    'care.pause.stopsService': 'Sampai saat itu, langganan Anda berhenti dan Anda tidak akan ditagih.',
    'care.pause.keepsService': 'Anda tetap bisa menggunakan layanan, dan Anda tidak akan ditagih sampai saat itu.',
    'care.pause.noAccess': 'Selama dijeda, Anda tidak dapat menggunakan fitur berbayar di akun Anda.',
    'care.pause.confirm': ({ months }) => plural('id', months, { other: 'Jeda selama # bulan' }),
    'care.pause.done': ({ date }) => `Langganan Anda dijeda. Penagihan dimulai lagi pada ${date}.`,

    'care.overdue.void': ({ amount }) => `Tagihan ${amount} yang belum dibayar akan dibatalkan: Anda tidak perlu membayarnya.`,
    'care.overdue.leaveOpen': ({ amount }) => `Tagihan ${amount} yang belum dibayar masih harus dibayar, dan kami akan terus mencoba menagihnya.`,

    'care.plan.title': 'Beralih ke paket yang lebih kecil',
    'care.plan.current': ({ plan, price }) => `Paket Anda saat ini: ${plan} (${price}).`,
    'care.plan.choose': 'Pilih paket',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `Hari ini Anda akan ditagih ${amount} melalui metode pembayaran tersimpan, lalu pada setiap perpanjangan.`,
    'care.plan.nextRenewal': ({ amount, date }) =>
      date ? `Anda akan membayar ${amount} mulai tagihan berikutnya pada ${date}.` : `Anda akan membayar ${amount} mulai tagihan berikutnya.`,
    'care.plan.prorate': 'Selisih untuk periode saat ini akan diperhitungkan pada tagihan berikutnya.',
    'care.plan.prorateNow': 'Selisih untuk periode saat ini langsung ditagihkan atau dikreditkan.',
    'care.plan.confirm': ({ plan }) => `Beralih ke ${plan}`,
    'care.plan.done': ({ plan }) => `Sekarang Anda menggunakan paket ${plan}.`,

    'care.price': ({ amount, interval, count }) =>
      count === 1 ? `${amount} ${PER[interval] ?? PER.month}` : `${amount} ${plural('id', count, EVERY[interval] ?? EVERY.month)}`,

    'care.resume.working': 'Melanjutkan langganan Anda…',
    'care.resume.done': 'Selamat datang kembali! Langganan Anda aktif lagi.',

    'care.support.open': 'Hubungi dukungan',
    'care.support.subject': 'Bantuan terkait pembayaran saya',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Halo,',
        '',
        'Saya butuh bantuan terkait pembayaran saya.',
        '',
        `Yang saya lihat: ${summary}`,
        ...(reason ? [`Penjelasan bank: ${reason}`] : []),
        ...(invoice ? [`Faktur: ${invoice}`] : []),
        ...(amount ? [`Jumlah terutang: ${amount}`] : []),
        '',
        'Terima kasih',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `${amount} telah dibayar hari ini.`,
    'care.receipt.next': ({ date }) => `Pembayaran Anda berikutnya pada ${date}.`,

    'care.rating.question': 'Seberapa mudah prosesnya?',
    'care.rating.send': 'Kirim',
    'care.rating.1': 'Sangat sulit',
    'care.rating.2': 'Sulit',
    'care.rating.3': 'Tidak mudah dan tidak sulit',
    'care.rating.4': 'Mudah',
    'care.rating.5': 'Sangat mudah',
    'care.rating.thanks': 'Terima kasih sudah memberi tahu kami.',
  },
} satisfies CareTranslation;

export default id;
