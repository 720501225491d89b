'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useSyncExternalStore } from 'react';

// One shared one-second clock for every countdown on the page.
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick() {
  now = Date.now();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    tick();
    timer = setInterval(tick, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getSnapshot = () => now || Date.now();

/** The current time in ms, ticking each second; null while rendering on the server and hydrating. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}

/** 299_000 → "4:59", 3_725_000 → "1:02:05"; never negative. */
export function formatClock(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The estimated wait as a catalog message (group "duration"), short enough for a phone-sized box. */
export function durationMessage(seconds: number): {
  key: 'lessThanMinute' | 'minutes' | 'hoursMinutes';
  values: Record<string, number>;
} {
  if (seconds < 60) return { key: 'lessThanMinute', values: {} };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { key: 'minutes', values: { minutes } };
  return { key: 'hoursMinutes', values: { hours: Math.floor(minutes / 60), minutes: minutes % 60 } };
}

/** The estimated wait in the page's language: "1분 미만", "8분", "1시간 5분" ("< 1 min", "8 min", "1 h 5 min"). */
export function useFormatDuration(): (seconds: number) => string {
  const t = useTranslations('duration');
  return useCallback(
    (seconds: number) => {
      const { key, values } = durationMessage(seconds);
      return t(key, values);
    },
    [t],
  );
}
