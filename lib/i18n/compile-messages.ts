import compile from 'icu-minify/compile';

export type Catalogue = { [key: string]: string | Catalogue };
export type CompiledCatalogue = { [key: string]: ReturnType<typeof compile> | CompiledCatalogue };

function compileAll(messages: Catalogue): CompiledCatalogue {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, typeof v === 'string' ? compile(v) : compileAll(v)]));
}

/**
 * The catalogue with every ICU message compiled to the compact form that
 * `use-intl/format-message/format-only` formats (next.config.ts points the app at it): the browser needs
 * no message parser (about 40 KB of script) and parses no message while the page hydrates. Plain data
 * (the compiler's plural options have no prototype; React passes only plain objects to the browser).
 * A message that does not compile throws.
 */
export function compileCatalogue(messages: Catalogue): CompiledCatalogue {
  return JSON.parse(JSON.stringify(compileAll(messages))) as CompiledCatalogue;
}
