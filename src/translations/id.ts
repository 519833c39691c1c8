import { plural } from './plural.js';
import type { Translation } from './types.js';

const CARD = 'kartu';
const METHOD = 'metode pembayaran';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "kartu Visa yang berakhiran 4242" → "kartu Visa Anda yang berakhiran 4242"; "kartu" → "kartu Anda". */
const yours = (card: string) => (card.includes(' yang ') ? card.replace(' yang ', ' Anda yang ') : `${card} Anda`);

/** Indonesian. */
const id = {
  locale: 'id',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => {
      const card = brand === CARD || brand === METHOD ? brand : `${CARD} ${brand}`;
      return last4 ? `${card} yang berakhiran ${last4}` : card;
    },
    'card.generic': CARD,
    'paymentMethod.generic': METHOD,

    'state.expiring.title': 'Kartu Anda akan segera kedaluwarsa',
    'state.expiring.body': ({ card, days, date }) =>
      `${cap(yours(card))} ${
        days === 0
          ? 'kedaluwarsa hari ini'
          : days === 1
            ? 'akan kedaluwarsa besok'
            : plural('id', days, { other: 'akan kedaluwarsa dalam # hari' })
      }${date ? ` (akhir ${date})` : ''}. Perbarui kartu Anda agar langganan tetap berjalan tanpa gangguan.`,
    'state.expired.title': 'Kartu Anda sudah kedaluwarsa',
    'state.expired.body': ({ card, date }) =>
      `${cap(yours(card))} sudah kedaluwarsa${date ? ` pada akhir ${date}` : ''}. Perbarui kartu Anda agar langganan tetap aktif.`,
    'state.failed.title': 'Pembayaran terakhir Anda tidak berhasil',
    'state.failed.body': ({ reason, amount }) => (amount ? `${reason} Tagihan sebesar ${amount} masih harus dibayar.` : reason),
    'state.action_required.title': 'Bank Anda meminta konfirmasi pembayaran',
    'state.action_required.body': ({ amount }) =>
      `Bank Anda ingin memastikan bahwa pembayaran ${amount ? `sebesar ${amount}` : 'ini'} benar-benar dilakukan oleh Anda. Hanya perlu sebentar.`,
    'state.failed.when': ({ date }) => `Kami pertama kali mencoba melakukan pembayaran pada ${date}.`,
    'state.retry': ({ date }) => `Kami akan mencoba melakukan pembayaran lagi pada ${date}.`,
    'state.accessEnds': ({ date }) =>
      `Akses Anda tetap aktif hingga ${date}. Perbarui detail pembayaran Anda sebelum tanggal tersebut agar akses tidak terputus.`,
    'state.updated.title': 'Terima kasih, semuanya sudah beres',
    'state.updated.body': ({ card }) => `Mulai sekarang, ${yours(card)} akan digunakan untuk langganan Anda.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Pembayaran sebesar ${amount} berhasil. Terima kasih!` : 'Pembayaran Anda berhasil. Terima kasih!',

    'state.processing.title': 'Pembayaran bank Anda sedang diproses',
    'state.processing.body': ({ amount }) =>
      `Pembayaran Anda${amount ? ` sebesar ${amount}` : ''} sedang diproses oleh bank Anda. Proses ini bisa memakan waktu beberapa hari kerja, dan Anda tidak perlu melakukan apa pun.`,
    'state.missing.title': 'Tambahkan metode pembayaran',
    'state.missing.body': ({ date }) =>
      date
        ? `Langganan Anda memerlukan metode pembayaran paling lambat ${date} agar tetap berjalan.`
        : 'Langganan Anda dijeda hingga metode pembayaran ditambahkan. Tambahkan metode pembayaran untuk melanjutkan.',

    'state.paused.title': 'Langganan Anda dijeda',
    'state.paused.body': ({ date }) =>
      date ? `Anda tidak akan ditagih hingga ${date}, saat langganan Anda dimulai lagi.` : 'Anda tidak akan ditagih selama dijeda. Lanjutkan kapan pun Anda siap.',
    'banner.updateCard': 'Perbarui kartu',
    'banner.addPaymentMethod': 'Tambahkan metode pembayaran',
    'banner.resume': 'Lanjutkan sekarang',
    'banner.confirmPayment': 'Konfirmasi pembayaran',
    'banner.dismiss': 'Tutup pesan ini',

    'decline.insufficient_funds.title': 'Saldo tidak cukup',
    'decline.insufficient_funds.body':
      'Bank Anda menolak pembayaran karena saldo rekening saat ini tidak mencukupi. Anda bisa menambah saldo lalu mencoba lagi, atau menggunakan kartu lain.',
    'decline.expired_card.title': 'Kartu sudah kedaluwarsa',
    'decline.expired_card.body': 'Bank Anda menolak pembayaran karena kartu sudah kedaluwarsa. Silakan tambahkan kartu yang masih berlaku.',
    'decline.incorrect_cvc.title': 'Kode keamanan tidak cocok',
    'decline.incorrect_cvc.body':
      'Kode keamanan (3 atau 4 digit pada kartu) tidak cocok dengan data di bank Anda. Silakan masukkan lagi detail kartu Anda.',
    'decline.incorrect_number.title': 'Nomor kartu tidak benar',
    'decline.incorrect_number.body': 'Nomor kartu sepertinya tidak benar. Silakan periksa dan masukkan lagi.',
    'decline.incorrect_expiry.title': 'Tanggal kedaluwarsa tidak benar',
    'decline.incorrect_expiry.body':
      'Tanggal kedaluwarsa tidak sesuai dengan kartu. Silakan periksa bulan dan tahun di kartu, lalu masukkan lagi.',
    'decline.incorrect_address.title': 'Alamat penagihan tidak cocok',
    'decline.incorrect_address.body':
      'Kode pos atau alamat tidak cocok dengan data di bank Anda. Silakan masukkan persis seperti yang tercatat di bank Anda.',
    'decline.card_not_supported.title': 'Kartu ini tidak dapat digunakan di sini',
    'decline.card_not_supported.body':
      'Kartu Anda tidak mendukung jenis pembayaran ini. Silakan gunakan kartu lain, atau minta bank Anda untuk mengaktifkannya.',
    'decline.currency_not_supported.title': 'Kartu tidak mendukung mata uang ini',
    'decline.currency_not_supported.body':
      'Kartu Anda tidak dapat digunakan untuk membayar dalam mata uang ini. Silakan gunakan kartu lain, atau tanyakan kepada bank Anda apakah fitur ini bisa diaktifkan.',
    'decline.not_allowed.title': 'Bank Anda memblokir pembayaran ini',
    'decline.not_allowed.body':
      'Bank Anda tidak mengizinkan pembayaran ini dengan kartu ini. Bank Anda dapat mencabut pembatasan tersebut, atau Anda dapat menggunakan kartu lain.',
    'decline.payment_stopped.title': 'Pembayaran kepada kami dihentikan',
    'decline.payment_stopped.body':
      'Bank Anda telah diminta untuk menghentikan pembayaran kepada kami dari kartu ini. Jika ingin melanjutkan langganan, minta bank Anda untuk mengizinkannya lagi atau gunakan kartu lain.',
    'decline.limit_exceeded.title': 'Limit kartu sudah tercapai',
    'decline.limit_exceeded.body':
      'Pembayaran ini akan melebihi limit transaksi kartu Anda. Anda bisa mencoba lagi setelah limit diperbarui, atau menggunakan kartu lain.',
    'decline.call_bank.title': 'Bank Anda meminta Anda menghubunginya',
    'decline.call_bank.body':
      'Bank Anda menolak pembayaran dan meminta Anda untuk menghubungi mereka. Nomor teleponnya biasanya ada di bagian belakang kartu.',
    'decline.generic.title': 'Pembayaran ditolak',
    'decline.generic.body':
      'Bank Anda menolak pembayaran tanpa memberi tahu kami alasannya. Bank Anda dapat menjelaskan lebih lanjut, atau Anda dapat menggunakan kartu lain.',
    'decline.temporary.title': 'Ada kendala sementara',
    'decline.temporary.body':
      'Terjadi kendala saat memproses pembayaran, dan ini bukan kesalahan Anda. Silakan coba lagi beberapa saat lagi.',
    'decline.duplicate.title': 'Sepertinya ini pembayaran ganda',
    'decline.duplicate.body':
      'Pembayaran dengan jumlah yang sama baru saja berhasil, jadi bank Anda menghentikan pembayaran ini. Silakan periksa mutasi rekening Anda sebelum mencoba lagi.',
    'decline.invalid_amount.title': 'Bank Anda tidak menerima jumlahnya',
    'decline.invalid_amount.body': 'Bank Anda tidak menerima jumlah pembayaran ini. Silakan hubungi bank Anda, atau gunakan kartu lain.',
    'decline.new_card_details.title': 'Detail kartu Anda telah berubah',
    'decline.new_card_details.body':
      'Bank Anda telah menerbitkan detail baru untuk kartu ini. Silakan masukkan detail kartu yang baru agar langganan Anda tetap berjalan.',
    'decline.account_closed.title': 'Rekening sudah ditutup',
    'decline.account_closed.body':
      'Rekening untuk metode pembayaran ini sudah ditutup atau tidak ditemukan. Silakan gunakan metode pembayaran lain.',
    'decline.authentication_required.title': 'Bank Anda memerlukan konfirmasi',
    'decline.authentication_required.body':
      'Bank Anda ingin Anda mengonfirmasi pembayaran ini sebelum diproses. Konfirmasi hanya perlu sebentar.',
    'decline.authentication_failed.title': 'Konfirmasi tidak berhasil',
    'decline.authentication_failed.body':
      'Kami tidak dapat mengonfirmasi pembayaran dengan bank Anda. Silakan coba lagi, atau gunakan kartu lain.',
    'decline.test_card.title': 'Kartu ini tidak dapat ditagih',
    'decline.test_card.body': 'Kartu ini tidak dapat digunakan untuk pembayaran sungguhan. Silakan gunakan kartu lain.',
    'decline.debit_not_authorized.title': 'Autodebet tidak disetujui',
    'decline.debit_not_authorized.body':
      'Menurut bank Anda, autodebet ini tidak disetujui atau telah disanggah. Silakan gunakan metode pembayaran lain, atau minta bank Anda untuk mengizinkannya.',
    'decline.bank_account_problem.title': 'Ada masalah dengan rekening bank',
    'decline.bank_account_problem.body':
      'Bank Anda tidak dapat menarik pembayaran dari rekening ini. Silakan periksa detail rekening atau gunakan metode pembayaran lain.',
    'decline.provider_declined.title': 'Pembayaran ditolak',
    'decline.provider_declined.body': 'Layanan pembayaran menolak pembayaran ini. Silakan gunakan metode pembayaran lain.',

    'action.update_card': 'Perbarui kartu Anda',
    'action.use_another_method': 'Gunakan kartu lain',
    'action.call_bank': 'Hubungi bank Anda',
    'action.confirm_with_bank': 'Konfirmasi dengan bank Anda',
    'action.try_again_later': 'Coba lagi nanti',

    'form.title': 'Perbarui metode pembayaran Anda',
    'form.payNow': ({ amount }) => `Metode pembayaran baru Anda akan langsung ditagih ${amount} untuk pembayaran yang jatuh tempo.`,
    'form.submit': 'Simpan metode pembayaran',
    'form.cancel': 'Batal',
    'form.loading': 'Memuat formulir pembayaran yang aman…',
    'form.saving': 'Menyimpan metode pembayaran Anda…',
    'form.confirming': 'Menunggu konfirmasi dari bank Anda…',
    'form.finishing': 'Menyelesaikan pembaruan Anda…',
    'form.unavailable': 'Formulir pembayaran tidak dapat dimuat. Periksa koneksi Anda dan coba lagi.',
    'form.retry': 'Coba lagi',
    'form.interrupted': 'Koneksi terputus sebelum pembaruan selesai. Data Anda tetap tersimpan: coba lagi untuk menyelesaikannya. Anda tidak akan ditagih dua kali.',
    'form.rateLimited': 'Terlalu banyak percobaan dalam waktu singkat. Tunggu beberapa menit, lalu coba lagi.',
    'form.pending': 'Bank Anda masih memproses metode pembayaran ini. Akun Anda akan diperbarui begitu metode tersebut dikonfirmasi.',
    'form.microdeposits': ({ date }) =>
      `Periksa rekening bank Anda ${date ? `sekitar ${date}` : 'dalam 1–2 hari kerja'}: kami akan mengirim setoran kecil ke rekening tersebut. Ikuti tautan untuk memasukkan apa yang tertera, dan rekening bank Anda akan digunakan sejak saat itu. Sampai saat itu, metode pembayaran tersimpan Anda tetap sama.`,
    'form.microdepositsLink': 'Verifikasi rekening bank Anda',
    'form.declinedToo': 'Kartu ini juga ditolak. Metode pembayaran tersimpan Anda tidak berubah, dan tidak ada yang ditagih.',

    'wall.notNow': 'Nanti saja',
    'wall.paused': 'Akses Anda dijeda sampai pembayaran diselesaikan.',
    'wall.continue': 'Lanjutkan',
    'wall.logout': 'Keluar',
    'wall.support': 'Hubungi dukungan',
    'wall.cancelSubscription': 'Batalkan langganan',
  },
} satisfies Translation;

export default id;
