export function Alert({ children, tone = 'error' }: { children: React.ReactNode; tone?: 'error' | 'info' | 'success' }) {
  const styles = {
    error: 'border-danger-line bg-danger-soft text-danger-fg',
    info: 'border-info-line bg-info-soft text-info-fg',
    success: 'border-success-line bg-success-soft text-success-fg',
  }[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-4 py-3 text-sm ${styles}`}>
      {children}
    </div>
  );
}
