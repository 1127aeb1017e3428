import { formatDate, type CalendarDate } from '@/lib/shared/time';
import { addMonths, compareDays, parseDay } from './calendar-date';

export type SixMonthCheck = {
  orderId: string;
  orderDate: string;
  /** The day the order reached 6 months; from the day after it counts as older. */
  sixMonthsOn: string;
  olderThanSixMonths: boolean;
  warning: string | null;
};

/**
 * The platform recommends reporting orders from the last 6 months (higher
 * success rate): an older order gets a warning naming the day it passed.
 */
export function sixMonthCheck(orderId: string, orderDate: string, today: Date | string): SixMonthCheck {
  const ordered = parseDay(orderDate);
  const limit = addMonths(ordered, 6);
  const now: CalendarDate = parseDay(typeof today === 'string' ? today : today.toISOString());
  const older = compareDays(now, limit) > 0;
  return {
    orderId,
    orderDate: formatDate(ordered),
    sixMonthsOn: formatDate(limit),
    olderThanSixMonths: older,
    warning: older
      ? `订单 ${orderId} 下单于 ${formatDate(ordered)}，已于 ${formatDate(limit)} 满 6 个月。平台建议举报近 6 个月内的订单（成功率更高），较早的订单仍可尝试举报。`
      : null,
  };
}
