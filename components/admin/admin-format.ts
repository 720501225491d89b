/** 0 → "none", 42 → "42 s", 125 → "2 min 5 s", 7300 → "2 h 1 min". */
export function formatWait(seconds: number) {
  if (seconds <= 0) return 'none';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
}
