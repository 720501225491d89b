const base =
  'inline-flex items-center justify-center gap-2 rounded-xl font-semibold transition disabled:cursor-not-allowed disabled:opacity-60';

/** Class names for links and buttons that look like buttons, so both stay consistent. */
export const buttonClass = {
  primary: `${base} bg-accent px-5 py-3 text-on-accent shadow-sm hover:bg-accent-hover`,
  secondary: `${base} bg-surface px-4 py-2.5 text-fg ring-1 ring-line-strong hover:bg-surface-sunken`,
  danger: `${base} px-3 py-1.5 text-sm text-danger-fg ring-1 ring-danger-line hover:bg-danger-soft`,
};

const small = `${base} px-4 py-2 text-sm`;

/** The same, smaller: for dense screens (the admin console) and the site header. */
export const smallButtonClass = {
  primary: `${small} bg-accent text-on-accent shadow-sm hover:bg-accent-hover`,
  secondary: `${small} bg-surface text-fg-soft ring-1 ring-line-strong hover:bg-surface-sunken`,
  accent: `${small} bg-surface text-accent-fg ring-1 ring-accent-line hover:bg-accent-soft`,
  danger: `${small} bg-danger text-on-danger shadow-sm hover:bg-danger-hover`,
  resume: `${small} bg-success text-on-success shadow-sm ring-1 ring-success hover:bg-success-hover`,
  pause: `${small} bg-surface text-danger-fg shadow-sm ring-1 ring-danger-line hover:bg-danger-soft`,
};
