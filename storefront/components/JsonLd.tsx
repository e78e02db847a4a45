import { jsonForScript } from '../lib/seo';

/** A schema.org JSON-LD block (escaped so no value can end the script element). */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
