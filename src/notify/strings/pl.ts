import type { NotifyStrings } from './types.js';

/**
 * Polish (pl): informal "Ty", capitalised as in the banner (`src/translations/pl.ts`): "karta",
 * "płatność", "subskrypcja", "metoda płatności". SMS are written without Polish diacritics, as
 * Polish service SMS usually are: one "ą" would turn the whole message into UCS-2 and halve it.
 */
export default {
  locale: 'pl',
  messages: {
    'subject.failed': ({ merchant }) => `Płatność za ${merchant} nie powiodła się`,
    'subject.action_required': ({ merchant }) => `Potwierdź płatność za ${merchant}`,
    'subject.expiring': ({ merchant }) => `Karta, którą płacisz za ${merchant}, wkrótce straci ważność`,
    'subject.final': ({ merchant }) => `Potrzebne działanie: płatność za ${merchant} jest wciąż nieuregulowana`,
    'subject.reminder': ({ merchant }) => `Przypomnienie: płatność za ${merchant} jest wciąż nieuregulowana`,
    'subject.access_ends': ({ merchant }) => `Twój dostęp do ${merchant} wkrótce wygaśnie`,
    'subject.recovered': ({ merchant }) => `Dziękujemy: płatność za ${merchant} została zrealizowana`,

    'lead.failed': ({ merchant }) => `Nie udało nam się pobrać ostatniej płatności za Twoją subskrypcję ${merchant}.`,
    'lead.action_required': ({ merchant }) => `Twój bank prosi o potwierdzenie ostatniej płatności za ${merchant}.`,
    'lead.expiring': ({ merchant }) => `Karta, którą płacisz za ${merchant}, wkrótce straci ważność.`,
    'lead.final': ({ merchant }) =>
      `Kilka razy próbowaliśmy pobrać płatność za Twoją subskrypcję ${merchant}, niestety bez powodzenia. Nie będziemy już ponawiać prób automatycznie.`,
    'lead.reminder': ({ merchant }) => `Krótkie przypomnienie: płatność za Twoją subskrypcję ${merchant} jest wciąż nieuregulowana.`,
    'lead.access_ends': ({ merchant }) => `Twój dostęp do ${merchant} wkrótce wygaśnie, ponieważ płatność jest wciąż nieuregulowana.`,
    'lead.recovered': ({ merchant }) => `Dziękujemy! Płatność za ${merchant} została zrealizowana, a Twoja subskrypcja jest w pełni aktywna.`,

    // SMS: without diacritics (GSM 7-bit), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: Twoja platnosc nie powiodla sie. Zaktualizuj karte tutaj: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: Twoj bank prosi o potwierdzenie platnosci: ${link}`,
    'sms.expiring': ({ merchant, link }) =>
      `${merchant}: Twoja karta straci waznosc przed kolejna platnoscia. Zaktualizuj ja tutaj: ${link}`,
    'sms.final': ({ merchant, link }) =>
      `${merchant}: platnosc jest wciaz nieuregulowana i nie ponowimy juz proby. Zaktualizuj dane tutaj: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: przypominamy, platnosc jest wciaz nieuregulowana. Zaktualizuj dane tutaj: ${link}`,
    'sms.access_ends': ({ merchant, link }) =>
      `${merchant}: Twoj dostep wkrotce wygasnie, bo platnosc jest nieuregulowana. Zaktualizuj dane tutaj: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: dziekujemy, platnosc zostala zrealizowana. Szczegoly: ${link}`,
    'sms.help': ({ contact }) => `Pomoc: ${contact}`,

    'email.greeting': ({ name }) => `Cześć ${name},`,
    'email.greetingNoName': 'Cześć,',
    'email.cta.update': 'Zaktualizuj metodę płatności',
    'email.cta.confirm': 'Potwierdź płatność',
    'email.cta.view': 'Zobacz szczegóły rozliczeń',
    'email.linkFallback': 'Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:',
    'email.support': ({ contact }) => `Masz pytania? Chętnie pomożemy: ${contact}`,
    'email.footer': ({ merchant }) =>
      `Otrzymujesz tę wiadomość, ponieważ masz subskrypcję ${merchant}. Dotyczy ona rozliczeń, dlatego wysyłamy ją także po rezygnacji z newslettera.`,

    'tone.soft':
      'Zwykle to chwilowy problem i z Twoją kartą wszystko jest w porządku: często wystarczy zasilić konto lub spróbować ponownie później.',
    'tone.hard': 'Tej karty nie można już używać do opłacania subskrypcji. Dodaj inną kartę lub metodę płatności.',

    'recovered.paid': ({ amount, date }) => `Otrzymaliśmy ${amount} w dniu ${date}.`,
    'recovered.next': ({ date }) => `Następna płatność zostanie pobrana ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Twoja ${card} straci ważność przed następną płatnością, zaplanowaną na ${date}. Zaktualizuj ją już teraz, aby subskrypcja działała bez przerwy.`,
    'reminder.still': 'To zajmie tylko chwilę, a Twoja subskrypcja będzie działać bez przerwy.',
    'accessEnds.when': ({ date }) => `Jeśli płatność nie zostanie uregulowana, dostęp wygaśnie ${date}.`,

    'page.title': ({ merchant }) => `Zaktualizuj metodę płatności · ${merchant}`,
    'page.heading': 'Zaktualizuj metodę płatności',
    'page.intro': ({ merchant }) => `Dodaj nową kartę lub metodę płatności dla subskrypcji ${merchant}. Logowanie nie jest potrzebne.`,
    'page.done': 'Gotowe. Dziękujemy! Możesz zamknąć tę stronę.',
    'page.invalid.title': 'Ten link nie działa',
    'page.invalid.body':
      'Link może być niekompletny. Otwórz go ponownie z wiadomości, którą Ci wysłaliśmy, albo zaloguj się na swoje konto, aby zaktualizować metodę płatności.',
    'page.expired.title': 'Ten link wygasł',
    'page.expired.body':
      'Ze względów bezpieczeństwa linki do aktualizacji działają tylko przez ograniczony czas. Zaloguj się na swoje konto, aby zaktualizować metodę płatności.',
    'page.used.title': 'Wszystko jest już załatwione',
    'page.used.body':
      'Płatność, której dotyczył ten link, została już uregulowana, więc link nie jest już aktywny. Nic więcej nie musisz robić.',
    'page.signIn': 'Zaloguj się na swoje konto',
    'page.help': ({ contact }) => `Potrzebujesz pomocy? Skontaktuj się z nami: ${contact}`,
    'page.noscript': 'Włącz JavaScript, aby bezpiecznie zaktualizować metodę płatności.',
  },
} satisfies NotifyStrings;
