import type { FastifyReply } from 'fastify';
import { XMLBuilder } from 'fast-xml-parser';
import { NotFoundError } from '@hotline/platform';

export type Open311Format = 'json' | 'xml';

export function parseFormat(format: string): Open311Format {
  if (format === 'json' || format === 'xml') return format;
  throw new NotFoundError(`Unknown format "${format}": use .json or .xml`);
}

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: false, processEntities: true });

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

/**
 * GeoReport v2 documents: JSON is the array (or object) itself; XML wraps it in `<root><item>…</item></root>`,
 * a nested array in its own element (`values` → `<values><value>…</value></values>` as `listItem` names them).
 */
export function render(
  reply: FastifyReply,
  format: Open311Format,
  root: string,
  item: string | null,
  body: Value,
  listItems: Record<string, string> = {},
): string {
  if (format === 'json') {
    void reply.type('application/json; charset=utf-8');
    return JSON.stringify(body);
  }
  void reply.type('text/xml; charset=utf-8');
  const content = item === null ? toXmlValue(body, listItems) : { [item]: (body as Value[]).map((entry) => toXmlValue(entry, listItems)) };
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, [root]: content });
}

function toXmlValue(value: Value, listItems: Record<string, string>): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => toXmlValue(v, listItems));
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        Array.isArray(v) && listItems[key] ? { [listItems[key]]: v.map((x) => toXmlValue(x, listItems)) } : toXmlValue(v, listItems),
      ]),
    );
  }
  return value;
}
