const MINUTE = 60_000;
export const DAY = 86_400_000;

/** The cycle (calendar year in the rule's offset, Beijing for Taobao) an instant belongs to, whatever process.env.TZ says. */
export const cycleYear = (ms: number, offsetMinutes: number): number =>
  new Date(ms + offsetMinutes * MINUTE).getUTCFullYear();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const offsetSuffix = (offsetMinutes: number): string => {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** ISO 8601 in the rule's own offset, so dates read the way the seller's health center shows them. */
export const isoInOffset = (ms: number, offsetMinutes: number): string => {
  const local = new Date(ms + offsetMinutes * MINUTE);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const millis = local.getUTCMilliseconds();
  return `${date}T${time}${millis ? `.${pad(millis, 3)}` : ''}${offsetSuffix(offsetMinutes)}`;
};

export const resetAtOf = (year: number, offsetMinutes: number): string =>
  `${year}-12-31T23:59:59${offsetSuffix(offsetMinutes)}`;
