import { useId } from 'react';

interface SelectFieldProps extends React.SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: { value: string; label: string }[];
}

export function SelectField({ label, options, className = '', ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-fg-soft">
        {label}
      </label>
      <select
        id={id}
        className="rounded-md border border-line-strong bg-surface px-3 py-2 text-sm shadow-sm focus:border-accent disabled:bg-surface-muted disabled:text-fg-muted"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
