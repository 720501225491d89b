'use client';

import { smallButtonClass } from './button';

/** Opens the browser's print dialog; the page's print styles decide what goes on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`${smallButtonClass.secondary} print:hidden`}>
      {label}
    </button>
  );
}
