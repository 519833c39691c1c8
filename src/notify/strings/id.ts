import type { NotifyStrings } from './types.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** As the banner: "kartu Visa yang berakhiran 4242" → "kartu Visa Anda yang berakhiran 4242"; "kartu" → "kartu Anda". */
const yours = (card: string) => (card.includes(' yang ') ? card.replace(' yang ', ' Anda yang ') : `${card} Anda`);

/**
 * Indonesian (id): polite "Anda", as the banner (`src/translations/id.ts`): pembayaran, kartu,
 * langganan, metode pembayaran; an open payment "belum diselesaikan". Plain ASCII, so every SMS
 * stays GSM 7-bit.
 */
export default {
  locale: 'id',
  messages: {
    'subject.failed': ({ merchant }) => `Pembayaran ${merchant} Anda tidak berhasil`,
    'subject.action_required': ({ merchant }) => `Mohon konfirmasi pembayaran ${merchant} Anda`,
    'subject.expiring': ({ merchant }) => `Kartu Anda untuk ${merchant} akan segera kedaluwarsa`,
    'subject.final': ({ merchant }) => `Perlu tindakan: pembayaran ${merchant} Anda belum diselesaikan`,
    'subject.reminder': ({ merchant }) => `Pengingat: pembayaran ${merchant} Anda belum diselesaikan`,
    'subject.access_ends': ({ merchant }) => `Akses ${merchant} Anda akan segera berakhir`,
    'subject.recovered': ({ merchant }) => `Terima kasih: pembayaran ${merchant} Anda berhasil`,

    'lead.failed': ({ merchant }) => `Kami tidak dapat menagih pembayaran terakhir untuk langganan ${merchant} Anda.`,
    'lead.action_required': ({ merchant }) =>
      `Bank Anda meminta Anda mengonfirmasi pembayaran terakhir untuk ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Kartu yang Anda gunakan untuk ${merchant} akan segera kedaluwarsa.`,
    'lead.final': ({ merchant }) =>
      `Kami sudah mencoba beberapa kali, tetapi tidak dapat menagih pembayaran untuk langganan ${merchant} Anda, dan kami tidak akan mencobanya lagi secara otomatis.`,
    'lead.reminder': ({ merchant }) =>
      `Sekadar mengingatkan: pembayaran untuk langganan ${merchant} Anda belum diselesaikan.`,
    'lead.access_ends': ({ merchant }) =>
      `Akses Anda ke ${merchant} akan segera berakhir karena ada pembayaran yang belum diselesaikan.`,
    'lead.recovered': ({ merchant }) =>
      `Terima kasih! Pembayaran Anda untuk ${merchant} berhasil, dan langganan Anda sudah beres.`,

    // SMS: GSM 7-bit characters only (straight apostrophes), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: pembayaran Anda tidak berhasil. Perbarui kartu Anda di sini: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: bank Anda meminta konfirmasi pembayaran: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: kartu Anda kedaluwarsa sebelum pembayaran berikutnya. Perbarui di sini: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: pembayaran Anda belum selesai dan tidak akan kami coba lagi. Selesaikan di sini: ${link}`,
    'sms.reminder': ({ merchant, link }) =>
      `${merchant}: pengingat, pembayaran Anda belum selesai. Selesaikan di sini: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: akses Anda segera berakhir karena ada pembayaran tertunda. Selesaikan di sini: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: terima kasih, pembayaran Anda berhasil. Detail: ${link}`,
    'sms.help': ({ contact }) => `Bantuan: ${contact}`,

    'email.greeting': ({ name }) => `Halo ${name},`,
    'email.greetingNoName': 'Halo,',
    'email.cta.update': 'Perbarui metode pembayaran',
    'email.cta.confirm': 'Konfirmasi pembayaran',
    'email.cta.view': 'Lihat detail tagihan',
    'email.linkFallback': 'Jika tombol tidak berfungsi, salin tautan ini ke browser Anda:',
    'email.support': ({ contact }) => `Ada pertanyaan? Kami siap membantu: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Anda menerima email ini karena memiliki langganan di ${merchant}. Email ini berkaitan dengan tagihan Anda, jadi tetap dikirim meskipun Anda sudah memilih untuk tidak menerima kabar terbaru.`,

    'tone.soft':
      'Ini biasanya hanya sementara dan tidak ada masalah dengan kartu Anda: menambah saldo atau mencoba lagi nanti sering kali bisa mengatasinya.',
    'tone.hard': 'Kartu ini tidak dapat digunakan lagi untuk langganan Anda. Silakan tambahkan kartu atau metode pembayaran lain.',

    'recovered.paid': ({ amount, date }) => `Kami telah menerima ${amount} pada ${date}.`,
    'recovered.next': ({ date }) => `Pembayaran berikutnya jatuh tempo pada ${date}.`,
    'expiring.before': ({ card, date }) =>
      `${cap(yours(card))} akan kedaluwarsa sebelum pembayaran berikutnya pada ${date}. Perbarui sekarang agar langganan tidak terganggu.`,
    'reminder.still': 'Hanya perlu satu menit untuk menyelesaikannya, dan langganan Anda tetap berjalan.',
    'accessEnds.when': ({ date }) => `Jika pembayaran tidak diselesaikan, akses Anda akan berakhir pada ${date}.`,

    'page.title': ({ merchant }) => `Perbarui metode pembayaran Anda · ${merchant}`,
    'page.heading': 'Perbarui metode pembayaran Anda',
    'page.intro': ({ merchant }) =>
      `Tambahkan kartu atau metode pembayaran baru untuk langganan ${merchant} Anda. Tidak perlu masuk ke akun.`,
    'page.done': 'Selesai. Terima kasih! Anda bisa menutup halaman ini.',
    'page.invalid.title': 'Tautan ini tidak berfungsi',
    'page.invalid.body':
      'Tautan ini mungkin tidak lengkap. Silakan buka lagi dari pesan yang kami kirimkan, atau masuk ke akun Anda untuk memperbarui metode pembayaran.',
    'page.expired.title': 'Tautan ini sudah kedaluwarsa',
    'page.expired.body':
      'Demi keamanan Anda, tautan pembaruan hanya berlaku dalam waktu terbatas. Silakan masuk ke akun Anda untuk memperbarui metode pembayaran.',
    'page.used.title': 'Masalah ini sudah diselesaikan',
    'page.used.body':
      'Pembayaran untuk tautan ini sudah diselesaikan, jadi tautan ini tidak berlaku lagi. Tidak ada lagi yang perlu Anda lakukan.',
    'page.signIn': 'Masuk ke akun Anda',
    'page.help': ({ contact }) => `Butuh bantuan? Hubungi kami: ${contact}`,
    'page.noscript': 'Aktifkan JavaScript untuk memperbarui metode pembayaran Anda dengan aman.',
  },
} satisfies NotifyStrings;
