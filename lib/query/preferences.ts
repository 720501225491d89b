import type { MeView, UpdatePreferencesBody } from '@/lib/schemas/preferences';
import { apiFetch } from './api-fetch';

/** Keeps the header's language and/or theme choice on the signed-in account (PATCH /api/v1/me). */
export const savePreferences = (change: UpdatePreferencesBody) => apiFetch<MeView>('/me', { method: 'PATCH', body: change });
