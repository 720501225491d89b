/**
 * Query-key factories: every cache entry is named here, so a mutation invalidates exactly what
 * it changed by prefix (e.g. reservationKeys.all also covers every single reservation).
 */
export const concertKeys = {
  all: ['concerts'] as const,
  list: () => [...concertKeys.all, 'list'] as const,
  detail: (concertId: string) => [...concertKeys.all, 'detail', concertId] as const,
  schedules: (concertId: string) => [...concertKeys.all, 'schedules', concertId] as const,
};

export const seatKeys = {
  all: ['seats'] as const,
  bySchedule: (scheduleId: string) => [...seatKeys.all, scheduleId] as const,
};

export const queueKeys = {
  all: ['queue'] as const,
  ticket: (token: string) => [...queueKeys.all, token] as const,
};

export const reservationKeys = {
  all: ['reservations'] as const,
  list: () => [...reservationKeys.all, 'list'] as const,
};

export const walletKeys = {
  all: ['wallet'] as const,
  balance: () => [...walletKeys.all, 'balance'] as const,
  transactions: (limit: number) => [...walletKeys.all, 'transactions', limit] as const,
};
