import type { ReportTranslation } from './types.js';

/** German (formal “Sie”). */
const de = {
  locale: 'de',
  dir: 'ltr',
  messages: {
    'report.title': 'Zahlungswiederherstellung',
    'report.range': ({ from, to }) => `${from} – ${to}`,
    'report.loading': 'Der Bericht wird geladen…',
    'report.error': 'Der Bericht konnte nicht geladen werden. Ihre Zahlungen sind davon nicht betroffen; bitte versuchen Sie es gleich noch einmal.',
    'report.retry': 'Erneut versuchen',
    'report.empty': 'In diesem Zeitraum ist keine Zahlung fehlgeschlagen: Es gibt nichts wiederherzustellen.',

    'report.kpi.rate': 'Wiederherstellungsquote',
    'report.kpi.recovered': 'Wiederhergestellter Umsatz',
    'report.kpi.median': 'Mittlere Zeit bis zur Zahlung',
    'report.kpi.failed': 'Fehlgeschlagene Zahlungen',
    'report.kpi.rateDetail': ({ recovered, failed }) => `${recovered} von ${failed} Rechnungen`,
    'report.kpi.p90Detail': ({ p90 }) => `90 % innerhalb von ${p90}`,
    'report.none': 'noch keine',

    'report.chart.rate': 'Wiederherstellungsquote im Zeitverlauf',
    'report.chart.revenue': ({ currency }) => `Wiederhergestellter Umsatz im Zeitverlauf (${currency})`,
    'report.chart.timeToRecover': 'Zeit bis zur Zahlung',
    'report.chart.funnel': 'Vom Fehlschlag zur Zahlung',
    'report.chart.reasons': 'Ergebnisse nach Ablehnungsgrund',
    'report.chart.channels': 'Wiederherstellungen nach Kanal und Schritt',
    'report.chart.outcomes': 'Wie fehlgeschlagene Zahlungen endeten',

    'report.series.rate': 'Wiederherstellungsquote',
    'report.series.failed': 'Fehlgeschlagen',
    'report.series.recovered': 'Wiederhergestellt',
    'report.series.lost': 'Verloren',
    'report.series.open': 'Noch offen',
    'report.series.failedAmount': 'Fehlgeschlagener Betrag',
    'report.series.recoveredAmount': 'Wiederhergestellter Betrag',
    'report.series.invoices': 'Rechnungen',
    'report.series.median': 'Median',
    'report.series.p90': '90. Perzentil',
    'report.series.sent': 'Gesendet',
    'report.series.opened': 'Geöffnet',
    'report.column.period': 'Zeitraum',
    'report.column.reason': 'Ablehnungsgrund',
    'report.column.channel': 'Kanal und Schritt',
    'report.column.stage': 'Stufe',
    'report.column.outcome': 'Ergebnis',

    'report.showTable': 'Tabelle anzeigen',
    'report.hideTable': 'Diagramm anzeigen',

    'report.downloadCsv': 'CSV herunterladen',

    'report.week': ({ date }) => `Woche ab ${date}`,
    'report.channelStep': ({ channel, step }) => `${channel}, ${step}`,

    'report.funnel.failed': 'Zahlung fehlgeschlagen',
    'report.funnel.notified': 'Kunde benachrichtigt',
    'report.funnel.opened': 'Nachricht geöffnet',
    'report.funnel.formOpened': 'Formular geöffnet',
    'report.funnel.recovered': 'Wiederhergestellt',

    'report.channel.email': 'E-Mail',
    'report.channel.sms': 'SMS',
    'report.channel.in_app': 'In-App-Nachricht',
    'report.channel.banner': 'Banner',

    'report.step.failed': 'Zahlung fehlgeschlagen',
    'report.step.action_required': 'Bankbestätigung',
    'report.step.expiring': 'Karte läuft ab',
    'report.step.expired': 'Karte abgelaufen',
    'report.step.final': 'Letzte Erinnerung',
    'report.step.reminder': 'Erinnerung',
    'report.step.access_ends': 'Zugang endet',
    'report.step.recovered': 'Dankeschön',

    'report.outcome.in_app': 'In der App behoben',
    'report.outcome.hosted_page': 'Über einen Link behoben',
    'report.outcome.card_updated': 'Bezahlt, als die Karte aktualisiert wurde',
    'report.outcome.stripe_retry': 'Erneuter Einzug durch Stripe',
    'report.outcome.elsewhere': 'Anders bezahlt',
    'report.outcome.lost': 'Verloren',
    'report.outcome.open': 'Noch offen',

    'report.retention.title': 'Auswege und Hilfe',
    'report.retention.actions': 'Angebote, Pausen und Support, je Rechnung',
    'report.column.action': 'Was geschah',
    'report.action.offers_shown': 'Angebote angesehen',
    'report.action.paused': 'Abo pausiert',
    'report.action.plan_changed': 'Tarif gewechselt',
    'report.action.resumed': 'Vorzeitig fortgesetzt',
    'report.action.support_opened': 'Support kontaktiert',
    'report.retention.support': 'Wo Kunden den Support kontaktiert haben',
    'report.retention.offers': 'Wo Kunden die Angebote gesehen haben',
    'report.column.place': 'Wo',
    'report.source.banner': 'Banner',
    'report.source.form': 'Zahlungsformular',
    'report.source.wall': 'Sperrbildschirm',
    'report.source.page': 'Aktualisierungsseite über einen Link',
    'report.source.unknown': 'Unbekannt',
    'report.retention.ratings': '„Wie einfach war das?“ (1 = sehr schwer, 5 = sehr einfach)',
    'report.column.rating': 'Bewertung',
    'report.series.answers': 'Anzahl Antworten',
    'report.retention.mean': ({ mean }) => `Durchschnittliche Bewertung: ${mean} von 5`,
    'report.retention.withoutInvoice': ({ count }) => `Antworten von Kunden, deren Zahlung nie fehlgeschlagen ist (Karte vor Ablauf aktualisiert): ${count}`,
    'report.retention.noRatings': 'Noch keine Antworten.',

    'report.summary.rate': ({ overall, high, highPeriod, low, lowPeriod }) =>
      `Insgesamt wurden ${overall} der fehlgeschlagenen Zahlungen wiederhergestellt. Am besten war ${highPeriod} mit ${high}, am schwächsten ${lowPeriod} mit ${low}.`,
    'report.summary.revenue': ({ currency, recovered, failed, best, bestPeriod }) =>
      `In ${currency} wurden ${recovered} von ${failed} fehlgeschlagenem Umsatz wiederhergestellt, am meisten in ${bestPeriod} (${best}).`,
    'report.summary.timeToRecover': ({ median, p90 }) =>
      `Die Hälfte der wiederhergestellten Zahlungen kam innerhalb von ${median}, neun von zehn innerhalb von ${p90}.`,
    'report.summary.funnel': ({ failed, notified, opened, formOpened, recovered }) =>
      `${failed} Zahlungen sind fehlgeschlagen; ${notified} Kunden wurden benachrichtigt, ${opened} haben eine Nachricht geöffnet, ${formOpened} das Formular geöffnet und ${recovered} Zahlungen wurden wiederhergestellt.`,
    'report.summary.reasons': ({ top, topCount, best, bestRate }) =>
      `Der häufigste Ablehnungsgrund war „${top}“ (${topCount} Rechnungen). Am besten wiederhergestellt wurde „${best}“ mit ${bestRate}.`,
    'report.summary.channels': ({ best, recovered, sent }) =>
      `${best} hat die meisten Kunden zurückgebracht: ${recovered} wiederhergestellt von ${sent} gesendet.`,
    'report.summary.outcomes': ({ top, topCount, total }) => `Von ${total} fehlgeschlagenen Zahlungen endeten die meisten als „${top}“ (${topCount}).`,
    'report.summary.noData': 'Keine Daten in diesem Zeitraum.',
  },
} satisfies ReportTranslation;

export default de;
