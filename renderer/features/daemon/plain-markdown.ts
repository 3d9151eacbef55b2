/**
 * Stands in for codemirror-json-schema's Markdown renderer (markdown-it + shiki: ~600 kB and WebAssembly under our
 * CSP) — see vite.config.ts. Berth's schema descriptions are plain text; the library inserts the result as HTML.
 */
export function renderMarkdown(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
