// Variant choice on the product page as plain links (`?variant=<sku>`): works without JavaScript, every
// combination has its own URL, and the server renders the chosen variant's price and availability.

export interface VariantLike {
  sku: string;
  options: unknown;
  availableForSale: boolean | null;
}

export interface OptionValueChoice {
  value: string;
  /** SKU of the variant this choice leads to. */
  sku: string;
  selected: boolean;
  /** The exact combination (this value with the other current choices) exists and can be sold. */
  available: boolean;
  /** The exact combination exists (otherwise the link jumps to another variant with this value). */
  exact: boolean;
}

export interface OptionGroup {
  name: string;
  values: OptionValueChoice[];
}

/** A variant's options as name → value strings (the API sends JSON; anything else is ignored). */
export function optionsOf(variant: Pick<VariantLike, 'options'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (variant.options && typeof variant.options === 'object' && !Array.isArray(variant.options)) {
    for (const [name, value] of Object.entries(variant.options as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
    }
  }
  return out;
}

/** The variant named in the URL, else the first one that can be sold, else the first. */
export function selectVariant<V extends VariantLike>(variants: V[], sku: string | null | undefined): V | null {
  return variants.find((v) => v.sku === sku) ?? variants.find((v) => v.availableForSale) ?? variants[0] ?? null;
}

/** The option pickers: one group per option name, each value linking to the variant it selects. */
export function optionGroups<V extends VariantLike>(variants: V[], selected: V): OptionGroup[] {
  const current = optionsOf(selected);
  const names: string[] = [];
  for (const v of variants) for (const name of Object.keys(optionsOf(v))) if (!names.includes(name)) names.push(name);
  return names.map((name) => {
    const values: string[] = [];
    for (const v of variants) {
      const value = optionsOf(v)[name];
      if (value !== undefined && !values.includes(value)) values.push(value);
    }
    return {
      name,
      values: values.map((value) => {
        const wanted = { ...current, [name]: value };
        const exact = variants.find((v) => {
          const o = optionsOf(v);
          return names.every((n) => o[n] === wanted[n]);
        });
        const target = exact ?? variants.find((v) => optionsOf(v)[name] === value)!;
        return { value, sku: target.sku, selected: current[name] === value, available: Boolean(exact?.availableForSale), exact: Boolean(exact) };
      }),
    };
  });
}
