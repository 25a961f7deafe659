// The one reading of the spec's `date` and `date-time` formats: RFC 3339 to the letter ("T" or "t" between
// date and time; "Z", "z" or ±hh:mm; days and times that exist). createSpecAjv (the contract suite, the spec
// tests) uses it, and generate copies it to generated/rfc3339.js for the client's and the sandbox's validators.
// ajv-formats also takes a space for the T, and +0530 or +05 as offsets; RFC 3339 takes neither.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function isDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!);
}

/** RFC 3339 full-date: YYYY-MM-DD, a day that exists. */
export function isRfc3339Date(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** RFC 3339 date-time: full-date "T" time with seconds and an offset (Z or ±hh:mm); a leap second is allowed. */
export function isRfc3339DateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, , , , offsetHour, offsetMinute] = match;
  if (!isDay(Number(year), Number(month), Number(day))) return false;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return false;
  return offsetHour === undefined || (Number(offsetHour) <= 23 && Number(offsetMinute) <= 59);
}
