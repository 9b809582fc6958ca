/** A class-transformer `@Transform` for a query list sent as `a,b,c`: the trimmed, non-empty items; anything else as it came. */
export const commaList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;
