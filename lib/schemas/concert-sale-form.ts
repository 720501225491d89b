import { seoulLocalToIso } from './admin-console';

/** The admin's sale settings of a concert, as typed: the opening in Seoul's wall-clock time, the limit as text. */
export interface SaleFields {
  salesOpenAtLocal: string;
  maxTicketsPerUser: string;
}

/**
 * The sale fields of POST or PATCH /api/v1/admin/concerts from what the admin typed: an empty
 * field is left out (the API's default, or no change). Anything else goes as typed for the API
 * to judge: a number field that is not one goes as null, and the API says what it expects.
 */
export function saleFieldsToBody(fields: SaleFields): { salesOpenAt?: string; maxTicketsPerUser?: number | null } {
  const opening = fields.salesOpenAtLocal.trim();
  const limit = fields.maxTicketsPerUser.trim();
  return {
    ...(opening ? { salesOpenAt: seoulLocalToIso(opening) } : {}),
    ...(limit ? { maxTicketsPerUser: Number.isNaN(Number(limit)) ? null : Number(limit) } : {}),
  };
}
