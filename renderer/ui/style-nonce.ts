/**
 * xterm.js creates `<style>` elements at run time, which the CSP refuses unless they carry the page's nonce. Every
 * `<style>` created from here on gets it; the nonce must be set before the element is inserted to count.
 */
export function stampStyleNonce(doc: Document = document): void {
  const nonce = doc.querySelector<HTMLMetaElement>('meta[name="berth-style-nonce"]')?.content;
  if (!nonce) return;
  const create = doc.createElement.bind(doc);
  doc.createElement = ((tag: string, options?: ElementCreationOptions) => {
    const element = create(tag, options);
    if (tag.toLowerCase() === 'style') element.setAttribute('nonce', nonce);
    return element;
  }) as Document['createElement'];
}
