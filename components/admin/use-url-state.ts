'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Filter state that lives in the URL (so a view can be linked and survives a reload) but is
 * held in React state first: two quick changes in a row each build on the one before, instead
 * of on a URL that has not caught up yet.
 */
export function useUrlState<K extends string>(
  keys: readonly K[],
): [Record<K, string>, (patch: Partial<Record<K, string>>) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [state, setState] = useState(
    () => Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>,
  );

  useEffect(() => {
    const query = new URLSearchParams(Object.entries<string>(state).filter(([, value]) => value)).toString();
    if (query !== new URLSearchParams(window.location.search).toString()) {
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    }
  }, [state, pathname, router]);

  return [state, (patch) => setState((current) => ({ ...current, ...patch }))];
}
