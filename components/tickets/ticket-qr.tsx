import QRCode from 'qrcode';

/** Modules of white around the code, as the QR specification asks for a reliable scan. */
const QUIET_ZONE = 4;

/**
 * A ticket code as a QR code (the maintained `qrcode` package computes the matrix), drawn as one
 * SVG path: sharp at any size, on a screen or on paper. Always black on white, whatever the
 * theme: that is what door scanners read.
 */
export function TicketQr({ code, label, className }: { code: string; label: string; className?: string }) {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * QUIET_ZONE;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(y, x)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" className={className}>
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
