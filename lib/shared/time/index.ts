export { toBeijingIso, beijingIso, beijingStamp, formatBeijing, beijingDate, formatDate, type CalendarDate } from './beijing';
