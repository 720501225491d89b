/**
 * Every route module under app/api/v1, for the OpenAPI document. tests/openapi.test.ts fails
 * when a route file exists that is not listed here.
 */
import type { RouteModule } from '@/lib/openapi/build-document';
import * as r_admin_check_ins from '../admin/check-ins/route';
import * as r_admin_concerts from '../admin/concerts/route';
import * as r_admin_concerts_concertId from '../admin/concerts/[concertId]/route';
import * as r_admin_concerts_concertId_queue from '../admin/concerts/[concertId]/queue/route';
import * as r_admin_queues from '../admin/queues/route';
import * as r_admin_queues_concertId_history from '../admin/queues/[concertId]/history/route';
import * as r_admin_reservations from '../admin/reservations/route';
import * as r_admin_reservations_reservationId_refund from '../admin/reservations/[reservationId]/refund/route';
import * as r_admin_sales from '../admin/sales/route';
import * as r_admin_schedules_scheduleId_cancel from '../admin/schedules/[scheduleId]/cancel/route';
import * as r_admin_schedules_scheduleId_seats from '../admin/schedules/[scheduleId]/seats/route';
import * as r_concerts from '../concerts/route';
import * as r_concerts_concertId from '../concerts/[concertId]/route';
import * as r_concerts_concertId_schedules from '../concerts/[concertId]/schedules/route';
import * as r_health from '../health/route';
import * as r_health_live from '../health/live/route';
import * as r_health_ready from '../health/ready/route';
import * as r_me from '../me/route';
import * as r_payments from '../payments/route';
import * as r_payments_paymentId from '../payments/[paymentId]/route';
import * as r_queue_tokens from '../queue/tokens/route';
import * as r_queue_tokens_current from '../queue/tokens/current/route';
import * as r_reservations from '../reservations/route';
import * as r_reservations_reservationId from '../reservations/[reservationId]/route';
import * as r_reservations_reservationId_refund from '../reservations/[reservationId]/refund/route';
import * as r_schedules_scheduleId_seats from '../schedules/[scheduleId]/seats/route';
import * as r_users from '../users/route';
import * as r_wallet from '../wallet/route';
import * as r_wallet_charges from '../wallet/charges/route';
import * as r_wallet_transactions from '../wallet/transactions/route';

const path = (dir: string) => dir.replace(/\[(\w+)\]/g, '{$1}');

export const API_ROUTES: RouteModule[] = [
  { path: path('/admin/check-ins'), handlers: r_admin_check_ins },
  { path: path('/admin/concerts'), handlers: r_admin_concerts },
  { path: path('/admin/concerts/[concertId]'), handlers: r_admin_concerts_concertId },
  { path: path('/admin/concerts/[concertId]/queue'), handlers: r_admin_concerts_concertId_queue },
  { path: path('/admin/queues'), handlers: r_admin_queues },
  { path: path('/admin/queues/[concertId]/history'), handlers: r_admin_queues_concertId_history },
  { path: path('/admin/reservations'), handlers: r_admin_reservations },
  { path: path('/admin/reservations/[reservationId]/refund'), handlers: r_admin_reservations_reservationId_refund },
  { path: path('/admin/sales'), handlers: r_admin_sales },
  { path: path('/admin/schedules/[scheduleId]/cancel'), handlers: r_admin_schedules_scheduleId_cancel },
  { path: path('/admin/schedules/[scheduleId]/seats'), handlers: r_admin_schedules_scheduleId_seats },
  { path: path('/concerts'), handlers: r_concerts },
  { path: path('/concerts/[concertId]'), handlers: r_concerts_concertId },
  { path: path('/concerts/[concertId]/schedules'), handlers: r_concerts_concertId_schedules },
  { path: path('/health'), handlers: r_health },
  { path: path('/health/live'), handlers: r_health_live },
  { path: path('/health/ready'), handlers: r_health_ready },
  { path: path('/me'), handlers: r_me },
  { path: path('/payments'), handlers: r_payments },
  { path: path('/payments/[paymentId]'), handlers: r_payments_paymentId },
  { path: path('/queue/tokens'), handlers: r_queue_tokens },
  { path: path('/queue/tokens/current'), handlers: r_queue_tokens_current },
  { path: path('/reservations'), handlers: r_reservations },
  { path: path('/reservations/[reservationId]'), handlers: r_reservations_reservationId },
  { path: path('/reservations/[reservationId]/refund'), handlers: r_reservations_reservationId_refund },
  { path: path('/schedules/[scheduleId]/seats'), handlers: r_schedules_scheduleId_seats },
  { path: path('/users'), handlers: r_users },
  { path: path('/wallet'), handlers: r_wallet },
  { path: path('/wallet/charges'), handlers: r_wallet_charges },
  { path: path('/wallet/transactions'), handlers: r_wallet_transactions },
];
