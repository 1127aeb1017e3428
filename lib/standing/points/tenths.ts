// Points are summed as integer tenths: 35 deductions of 0.2 make exactly 7.
export const toTenths = (points: number): number => Math.round(points * 10);
export const fromTenths = (tenths: number): number => tenths / 10;
