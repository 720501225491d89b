const base =
  'inline-flex items-center justify-center gap-2 rounded-xl font-semibold transition disabled:cursor-not-allowed disabled:opacity-60';

/** Class names for links and buttons that look like buttons, so both stay consistent. */
export const buttonClass = {
  primary: `${base} bg-indigo-600 px-5 py-3 text-white shadow-sm hover:bg-indigo-700`,
  secondary: `${base} bg-white px-4 py-2.5 text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50`,
  danger: `${base} px-3 py-1.5 text-sm text-rose-700 ring-1 ring-rose-200 hover:bg-rose-50`,
};

const small = `${base} px-4 py-2 text-sm`;

/** The same, smaller: for dense screens (the admin console) and the site header. */
export const smallButtonClass = {
  primary: `${small} bg-indigo-600 text-white shadow-sm hover:bg-indigo-700`,
  secondary: `${small} bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50`,
  accent: `${small} bg-white text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50`,
  danger: `${small} bg-rose-600 text-white shadow-sm hover:bg-rose-700`,
  resume: `${small} bg-emerald-700 text-white shadow-sm ring-1 ring-emerald-800 hover:bg-emerald-800`,
  pause: `${small} bg-white text-rose-700 shadow-sm ring-1 ring-rose-300 hover:bg-rose-50`,
};
