/**
 * Turns plain seed text into Strapi's blocks (the rich text format of `blocks` fields).
 * Paragraphs are separated by blank lines; lines starting with "– " or "- " form a list;
 * [label](https://…) becomes a link. Enough for demo content, not a Markdown parser.
 */
type Inline = { type: 'text'; text: string } | { type: 'link'; url: string; children: { type: 'text'; text: string }[] };
export type Block =
  { type: 'paragraph'; children: Inline[] } | { type: 'list'; format: 'unordered'; children: { type: 'list-item'; children: Inline[] }[] };

const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
const LIST_ITEM = /^[–-]\s+/;

function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) out.push({ type: 'text', text: text.slice(last, match.index) });
    out.push({ type: 'link', url: match[2]!, children: [{ type: 'text', text: match[1]! }] });
    last = match.index + match[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

export function toBlocks(text: string): Block[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) =>
      chunk
        .trim()
        .split('\n')
        .map((line) => line.trim()),
    )
    .map((lines): Block =>
      lines.every((line) => LIST_ITEM.test(line))
        ? {
            type: 'list',
            format: 'unordered',
            children: lines.map((line) => ({ type: 'list-item', children: inlines(line.replace(LIST_ITEM, '')) })),
          }
        : { type: 'paragraph', children: inlines(lines.join(' ')) },
    );
}
