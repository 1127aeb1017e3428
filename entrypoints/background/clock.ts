/** Now as ISO 8601 in Beijing time, the clock the records and the rules use. */
export function beijingNow(): string {
  const shifted = new Date(Date.now() + 8 * 3600_000).toISOString();
  return shifted.replace(/\.\d{3}Z$/, '+08:00');
}
