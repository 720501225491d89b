/**
 * Print styles for a page meant for paper (a ticket, a receipt): the site's header, footer and
 * skip link are left off, the page's own controls carry `print:hidden`, and the colours are the
 * light theme's whatever the screen uses, so dark mode never prints white text on no background.
 * Rendered by the page that wants them, so other pages print as they always did. `:root:root`
 * weighs as much as the dark theme's selectors in app/globals.css and comes later, so it wins.
 */
const PRINT_CSS = `@media print {
  @page { margin: 12mm; }
  :root:root {
    --color-page: #ffffff; --color-surface: #ffffff; --color-surface-sunken: #ffffff;
    --color-surface-muted: #f1f5f9; --color-surface-strong: #e2e8f0;
    --color-fg: #000000; --color-fg-soft: #1e293b; --color-fg-muted: #334155;
    --color-line: #cbd5e1; --color-line-strong: #94a3b8; --color-line-soft: #e2e8f0;
    --color-accent-fg: #312e81; --color-accent-soft: #eef2ff; --color-accent-soft-fg: #312e81;
    --color-success-fg: #065f46; --color-success-soft: #ecfdf5; --color-success-line: #6ee7b7;
    --color-warning-fg: #78350f; --color-warning-soft: #fef3c7; --color-warning-line: #fcd34d;
    --color-danger-fg: #9f1239; --color-danger-soft: #fff1f2; --color-danger-line: #fda4af;
    --color-info-fg: #0c4a6e; --color-info-soft: #f0f9ff; --color-info-line: #bae6fd;
    color-scheme: light;
  }
  body { background: #ffffff !important; color: #000000 !important; }
  header:has(~ #main), #main ~ footer, a[href="#main"] { display: none !important; }
  #main { max-width: none !important; padding: 0 !important; }
  [data-print-sheet] { box-shadow: none !important; break-inside: avoid; }
}`;

export function PrintSheet() {
  return <style>{PRINT_CSS}</style>;
}
