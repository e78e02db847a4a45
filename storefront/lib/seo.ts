// Structured data (schema.org JSON-LD) for search engines.
import { toMajorUnits, type MoneyValue } from './money';

export interface ProductForSeo {
  title: string;
  description: string;
  seoDescription?: string | null;
  url: string;
  images: string[];
  brand: string;
  category?: string | null;
  offers: { sku: string; url: string; price: MoneyValue | null; available: boolean }[];
}

/** Product JSON-LD: one Offer per variant that has a price (schema.org wants a price on every Offer). */
export function productJsonLd(p: ProductForSeo): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.title,
    description: p.seoDescription || p.description,
    url: p.url,
    ...(p.images.length > 0 ? { image: p.images } : {}),
    brand: { '@type': 'Brand', name: p.brand },
    ...(p.category ? { category: p.category } : {}),
    ...(p.offers.length > 0 ? { sku: p.offers[0].sku } : {}),
    offers: p.offers
      .filter((o) => o.price)
      .map((o) => ({
        '@type': 'Offer',
        sku: o.sku,
        url: o.url,
        price: toMajorUnits(o.price!),
        priceCurrency: o.price!.currency,
        availability: o.available ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
        itemCondition: 'https://schema.org/NewCondition',
      })),
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script> element: `<` escaped so no value can close the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
