import { formatMoney, lowest, type MoneyValue } from '../lib/money';
import { t } from '../lib/messages';

interface Quote {
  unit: MoneyValue;
  compareAt: MoneyValue | null;
}

/** One price, with the regular price struck through when on sale. */
export function Price({ quote, from = false }: { quote: Quote | null; from?: boolean }) {
  if (!quote) return <span className="price price-none">{t('product.noPrice')}</span>;
  const unit = formatMoney(quote.unit);
  return (
    <span className="price">
      <span className="price-unit">{from ? t('product.from', { price: unit }) : unit}</span>
      {quote.compareAt && (
        <s className="price-was">
          <span className="visually-hidden">{t('product.was', { price: formatMoney(quote.compareAt) })}</span>
          <span aria-hidden="true">{formatMoney(quote.compareAt)}</span>
        </s>
      )}
    </span>
  );
}

/** The cheapest variant's quote of a product ("From ₦…" when the variants' prices differ). */
export function FromPrice({ variants }: { variants: ReadonlyArray<{ price: Quote | null }> }) {
  const quotes = variants.map((v) => v.price).filter((q): q is Quote => q !== null);
  const cheapest = lowest(quotes.map((q) => q.unit));
  const quote = cheapest ? quotes.find((q) => q.unit === cheapest)! : null;
  const varies = new Set(quotes.map((q) => q.unit.amount)).size > 1;
  return <Price quote={quote} from={varies} />;
}
