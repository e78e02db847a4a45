/** The till's app icon (a till drawer on the platform's green), one SVG for every size. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="18" fill="#0b6e4f"/><rect x="18" y="22" width="60" height="30" rx="4" fill="#fff"/><rect x="12" y="58" width="72" height="18" rx="4" fill="#fff"/><rect x="40" y="64" width="16" height="6" rx="2" fill="#0b6e4f"/></svg>`;

export function GET() {
  return new Response(ICON, { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' } });
}
