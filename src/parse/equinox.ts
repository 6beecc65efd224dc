/**
 * The days of the equinoxes and solstices, from Meeus's approximation (Astronomical Algorithms, ch. 27: the mean
 * instant for years 1000–3000 and its 24 periodic terms), good to a minute or so for 1900–2100. The day is the one
 * in Universal Time (the instant's dynamical-time offset, about a minute, is left out).
 */
import type { Ymd } from './calendar.js';

/** Which of the four: the March equinox, the June solstice, the September equinox, the December solstice. */
export type SolarEvent = 'march' | 'june' | 'september' | 'december';

/** Coefficients of the mean instant's polynomial in millennia from 2000 (Meeus table 27.B). */
const MEAN: Readonly<Record<SolarEvent, readonly number[]>> = {
  march: [2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057],
  june: [2451716.56767, 365241.62603, 0.00325, 0.00888, -0.0003],
  september: [2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078],
  december: [2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032],
};

/** Periodic terms: amplitude, phase and rate in degrees (Meeus table 27.C), flattened in threes. */
const TERMS = [
  485, 324.96, 1934.136, 203, 337.23, 32964.467, 199, 342.08, 20.186, 182, 27.85, 445267.112, 156, 73.14, 45036.886,
  136, 171.52, 22518.443, 77, 222.54, 65928.934, 74, 296.72, 3034.906, 70, 243.58, 9037.513, 58, 119.81, 33718.147,
  52, 297.17, 150.678, 50, 21.02, 2281.226, 45, 247.54, 29929.562, 44, 325.15, 31555.956, 29, 60.93, 4443.417,
  18, 155.12, 67555.328, 17, 288.79, 4562.452, 16, 198.04, 62894.029, 14, 199.76, 31436.921, 12, 95.39, 14577.848,
  12, 287.11, 31931.756, 12, 320.81, 34777.259, 9, 227.73, 1222.114, 8, 15.45, 16859.074,
] as const;

const RAD = Math.PI / 180;

/** The Julian day of the event in `year`. */
function julianDay(year: number, event: SolarEvent): number {
  const y = (year - 2000) / 1000;
  const c = MEAN[event];
  const jde0 = c[0]! + y * (c[1]! + y * (c[2]! + y * (c[3]! + y * c[4]!)));
  const t = (jde0 - 2451545) / 36525;
  const w = (35999.373 * t - 2.47) * RAD;
  const dl = 1 + 0.0334 * Math.cos(w) + 0.0007 * Math.cos(2 * w);
  let s = 0;
  for (let k = 0; k < TERMS.length; k += 3) s += TERMS[k]! * Math.cos((TERMS[k + 1]! + TERMS[k + 2]! * t) * RAD);
  return jde0 + (0.00001 * s) / dl;
}

/** The Gregorian day (in Universal Time) of the event in `year`. */
export function solarEventDay(year: number, event: SolarEvent): Ymd {
  // Julian day to Gregorian calendar date (Meeus ch. 7).
  const z = Math.floor(julianDay(year, event) + 0.5);
  const alpha = Math.floor((z - 1867216.25) / 36524.25);
  const a = z + 1 + alpha - Math.floor(alpha / 4);
  const b = a + 1524;
  const cc = Math.floor((b - 122.1) / 365.25);
  const d = Math.floor(365.25 * cc);
  const e = Math.floor((b - d) / 30.6001);
  const day = b - d - Math.floor(30.6001 * e);
  const m = e < 14 ? e - 1 : e - 13;
  return { y: m > 2 ? cc - 4716 : cc - 4715, m, d: day };
}
