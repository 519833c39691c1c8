/**
 * The HTML part of an email: a whole document, one column, hand-built for the few things mail
 * clients agree on (docs/merchant/notifications.md says why this is not MJML).
 *
 * - Layout tables with `role="presentation"`, styles inline (Gmail drops most of `<style>`, but
 *   keeps the `prefers-color-scheme` and small-screen rules that only refine the inline look).
 * - A bulletproof button: a link padded inside a coloured cell, so it is a button without images
 *   or VML, and the link written out below it for clients that still do not show it.
 * - No images at all: nothing to block, nothing to load, nothing that tracks an open.
 * - `lang` and `dir` on the document and the content cell; Arabic and Hebrew align right, while
 *   URLs and addresses keep `dir="ltr"` so their punctuation stays in place.
 * - `color-scheme: light dark` with dark styles, and colours that stay readable when a client
 *   inverts them on its own (Outlook.com, Gmail apps).
 * Every value that is not markup of this file goes through `escapeHtml`, the translated wording
 * included: only this file writes tags.
 */
import type { MessageContent } from './compose.js';
import { escapeHtml } from './text.js';

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans','Noto Sans Arabic','Hiragino Sans','Yu Gothic',sans-serif";

// Light: dark grey on white (13:1); the button white on indigo (6.3:1). Dark: light grey on near
// black, a light indigo button with dark text.
const STYLE = `
:root{color-scheme:light dark;supported-color-schemes:light dark}
body{margin:0;padding:0;width:100%;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%}
table{border-collapse:collapse}
a{color:#4338ca}
@media (prefers-color-scheme:dark){
.pm-bg{background-color:#111214!important}
.pm-card{background-color:#1d1f23!important;color:#e8e8ea!important}
.pm-text{color:#e8e8ea!important}
.pm-muted{color:#a9acb3!important}
.pm-link{color:#b4bcff!important}
.pm-button-cell{background-color:#a5b4fc!important;border-color:#a5b4fc!important}
.pm-button{color:#111214!important;border-color:#a5b4fc!important}
}
@media (max-width:620px){
.pm-outer{padding:12px 0!important}
.pm-card{padding:24px 18px!important;border-radius:0!important}
.pm-footer{padding:16px 18px!important}
}`.trim();

/** The HTML document for the content; the text inside is the same as the plain-text part's. */
export function emailHtml(c: MessageContent): string {
  const align = c.dir === 'rtl' ? 'right' : 'left';
  const text = `font-family:${FONT};font-size:16px;line-height:1.55;color:#1f2328;`;
  const paragraph = (html: string, muted = false) =>
    muted
      ? `<p class="pm-muted" style="margin:0 0 16px;${text}font-size:14px;color:#57606a;">${html}</p>`
      : `<p class="pm-text" style="margin:0 0 16px;${text}">${html}</p>`;

  const body = [
    `<p class="pm-muted" style="margin:0 0 8px;${text}font-size:14px;color:#57606a;font-weight:600;">${escapeHtml(c.merchant)}</p>`,
    `<h1 class="pm-text" style="margin:0 0 20px;${text}font-size:22px;line-height:1.3;font-weight:700;">${escapeHtml(c.subject)}</h1>`,
    paragraph(escapeHtml(c.greeting)),
    ...c.paragraphs.map((p) => paragraph(escapeHtml(p))),
    button(c.link, c.cta),
    paragraph(
      `${escapeHtml(c.linkFallback)}<br><a class="pm-link" dir="ltr" href="${escapeHtml(c.link)}" style="color:#4338ca;word-break:break-all;overflow-wrap:anywhere;">${escapeHtml(c.link)}</a>`,
      true,
    ),
    ...(c.support ? [paragraph(supportHtml(c))] : []),
  ].join('\n');

  return `<!DOCTYPE html>
<html lang="${escapeHtml(c.locale)}" dir="${c.dir}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(c.subject)}</title>
<style>
${STYLE}
</style>
</head>
<body class="pm-bg" style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">${escapeHtml(c.paragraphs[0] ?? c.subject)}${'&#8199;&#65279;&#847;'.repeat(40)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="pm-bg" style="background-color:#f3f4f6;">
<tr><td align="center" class="pm-outer" style="padding:32px 12px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;">
<tr><td class="pm-card" dir="${c.dir}" lang="${escapeHtml(c.locale)}" style="background-color:#ffffff;padding:32px;border-radius:8px;text-align:${align};">
${body}
</td></tr>
<tr><td class="pm-footer" dir="${c.dir}" style="padding:16px 32px;text-align:${align};">
<p class="pm-muted" style="margin:0;font-family:${FONT};font-size:13px;line-height:1.5;color:#57606a;">${escapeHtml(c.footer)}</p>
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;
}

/** A link padded inside a coloured cell: a button in every client, images on or off. */
function button(href: string, label: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td class="pm-button-cell" bgcolor="#4338ca" style="border-radius:6px;background-color:#4338ca;">
<a class="pm-button" href="${escapeHtml(href)}" target="_blank" rel="noopener" style="display:inline-block;padding:14px 28px;font-family:${FONT};font-size:16px;line-height:1.2;font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px;border:1px solid #4338ca;">${escapeHtml(label)}</a>
</td></tr>
</table>`;
}

// Stands in for the contact while the translated sentence is escaped; a private-use character no
// translation or contact contains (contacts pass through `singleLine`, sentences are ours).
const CONTACT = '\uE000';

/** The support sentence with its contact as a link (mailto or the merchant's URL). */
function supportHtml(c: MessageContent): string {
  const support = c.support!;
  const link = `<a class="pm-link" dir="ltr" href="${escapeHtml(support.href)}" style="color:#4338ca;">${escapeHtml(support.contact)}</a>`;
  const sentence = escapeHtml(c.messages['email.support']({ contact: CONTACT }));
  return sentence.includes(CONTACT) ? sentence.replace(CONTACT, link) : `${escapeHtml(support.sentence)} ${link}`;
}
