// The docs page must work offline. Redoc's "API docs by" badge loads Redocly's logo from its CDN; offline that
// request fails (and online it tells a third party who reads the page). The badge keeps its attribution, with
// the name set as text in an inline SVG instead of the remote image.
const REMOTE_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

const WORDMARK = `<svg xmlns="http://www.w3.org/2000/svg" width="58" height="16" viewBox="0 0 58 16"><text x="0" y="12.5" font-family="system-ui, sans-serif" font-size="13" font-weight="600" fill="#3e4c59">Redocly</text></svg>`;
const WORDMARK_URI = `data:image/svg+xml,${encodeURIComponent(WORDMARK)}`;

export function offlineAttribution(html: string): string {
  let out = html;
  for (const url of REMOTE_LOGOS) out = out.split(url).join(WORDMARK_URI);
  return out;
}
