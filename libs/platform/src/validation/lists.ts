/** A class-transformer `@Transform` for a query list sent as `a,b,c`: the trimmed, non-empty items; anything else as it came. */
export const commaList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

/**
 * How such a list is declared in the OpenAPI document (with `@Transform(commaList)`): an array sent as `name=a,b,c`
 * (style form, not exploded), so the typed clients generated from it take an array and send the API's form.
 */
export const COMMA_LIST_PARAM = { isArray: true, style: 'form', explode: false } as const;
