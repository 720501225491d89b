import QRCode from 'qrcode';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { TicketQr } from '@/components/tickets/ticket-qr';

// The ticket's QR code (components/tickets/ticket-qr.tsx): the qrcode package's matrix, drawn
// square for square, the right way round, with a quiet zone of four modules.

describe('the ticket QR code', () => {
  test('draws exactly the dark modules of the code, in place, inside a 4-module quiet zone', () => {
    const code = 'Vj4ELZ3_TKOudP71LCvgRccI5wtylUrKtnNuVRPSPkM';
    const markup = renderToStaticMarkup(createElement(TicketQr, { code, label: 'QR code of the ticket for seat B14' }));
    const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });

    expect(markup).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
    expect(markup).toContain('role="img"');
    expect(markup).toContain('aria-label="QR code of the ticket for seat B14"');
    const drawn = new Set([...markup.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`));
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
    }
    expect(drawn).toEqual(expected);
    // The finder pattern's corner module sits at the top left, just inside the quiet zone.
    expect(drawn.has('4,4')).toBe(true);
  });
});
