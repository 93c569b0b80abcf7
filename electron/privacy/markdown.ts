/**
 * A small Markdown subset (headings, paragraphs, bullet lists, tables, bold, blockquote) to the
 * print-styled HTML the PDF printer prints. Every text is escaped; no scripts, no remote resources.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const inline = (s: string) => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`(.+?)`/g, '<code>$1</code>');

export function markdownToHtml(md: string, o: { lang: string; title: string }): string {
  const lines = md.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (/^#{1,4} /.test(line)) {
      const level = line.match(/^#+/)![0].length;
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('- ')) items.push(`<li>${inline(lines[i++]!.slice(2))}</li>`);
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (line.startsWith('> ')) {
      const parts: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('> ')) parts.push(inline(lines[i++]!.slice(2)));
      out.push(`<blockquote>${parts.join('<br>')}</blockquote>`);
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) {
        const cells = lines[i++]!.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        if (!cells.every((c) => /^-+$/.test(c))) rows.push(cells);
      }
      const [head, ...body] = rows;
      out.push(`<table><thead><tr>${(head ?? []).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
    } else if (line.trim() === '') {
      i++;
    } else {
      const parts: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !/^(#{1,4} |- |> |\|)/.test(lines[i]!)) parts.push(inline(lines[i++]!));
      out.push(`<p>${parts.join(' ')}</p>`);
    }
  }
  return `<!doctype html><html lang="${esc(o.lang)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${esc(o.title)}</title><style>
body{font-family:Helvetica,Arial,sans-serif;font-size:10.5pt;line-height:1.45;color:#1d2530;margin:0}
h1{font-size:18pt;margin:0 0 8pt}h2{font-size:13pt;margin:16pt 0 6pt;border-bottom:1px solid #c9d1da;padding-bottom:2pt}h3{font-size:11pt;margin:12pt 0 4pt}
table{border-collapse:collapse;width:100%;margin:6pt 0;font-size:9.5pt}th,td{border:1px solid #c9d1da;padding:3pt 5pt;text-align:left;vertical-align:top}th{background:#eef2f6}
blockquote{margin:8pt 0;padding:6pt 10pt;background:#fff6dc;border-left:4px solid #c98a00}tr{break-inside:avoid}code{font-family:monospace;font-size:9pt}
</style></head><body>${out.join('\n')}</body></html>`;
}
