/**
 * An HTML e-mail shown safely: a sandboxed frame (no scripts, forms, pop-ups or same-origin access: the
 * empty sandbox allows nothing) with the HTML as srcdoc, so nothing in it runs or reaches the back office.
 */
export function HtmlFrame({ html, title, testId }: { html: string; title: string; testId?: string }) {
  return <iframe className="message-html" sandbox="" srcDoc={html} title={title} referrerPolicy="no-referrer" data-testid={testId} />;
}
