'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * A user's queue token for one concert, kept in localStorage so that a reload or a second tab
 * finds the same place in line instead of joining again. Where the token entered the line comes
 * from the server with every poll (QueueTicket.joinedPosition), the same in every tab.
 */
export interface QueuePass {
  token: string;
}

const CHANGE_EVENT = 'encore:queue-pass';
const storageKey = (userId: string, concertId: string) => `encore.queue.${userId}.${concertId}`;

export function readQueuePass(userId: string, concertId: string): QueuePass | null {
  return parse(window.localStorage.getItem(storageKey(userId, concertId)));
}

export function writeQueuePass(userId: string, concertId: string, pass: QueuePass) {
  window.localStorage.setItem(storageKey(userId, concertId), JSON.stringify(pass));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function clearQueuePass(userId: string, concertId: string) {
  window.localStorage.removeItem(storageKey(userId, concertId));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void) {
  // `storage` fires for writes in other tabs, CHANGE_EVENT for writes in this one.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/**
 * The stored pass, live across tabs. `undefined` means "not read yet" (server render and
 * hydration), so callers never mistake "unknown" for "no pass" and join the line twice.
 */
export function useQueuePass(userId: string, concertId: string): QueuePass | null | undefined {
  const key = storageKey(userId, concertId);
  const getSnapshot = useCallback(() => window.localStorage.getItem(key), [key]);
  const raw = useSyncExternalStore(subscribe, getSnapshot, () => undefined);
  return useMemo(() => (raw === undefined ? undefined : parse(raw)), [raw]);
}

function parse(raw: string | null): QueuePass | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<QueuePass>;
    if (typeof value.token !== 'string' || !value.token) return null;
    return { token: value.token };
  } catch {
    return null;
  }
}
