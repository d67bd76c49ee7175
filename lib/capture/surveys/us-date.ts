/**
 * US-style dates as survey tools print them in English UIs: "3/4/2024 10:22 AM" and
 * "Monday, March 04, 2024 1:05:40 PM". Returns a local ISO date-time (no zone: the page
 * shows the viewer's time zone and does not say which), or null.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number): string => String(n).padStart(2, '0');

function to24(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}

export function parseUsDateTime(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  let y: number, mo: number, d: number;
  let rest: string;
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/.exec(s);
  const named = /^(?:[A-Za-z]+,\s*)?([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})(.*)$/.exec(s);
  if (numeric) {
    [mo, d, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    rest = numeric[4];
  } else if (named) {
    const month = MONTHS.findIndex((m) => m.startsWith(named[1].toLowerCase().slice(0, 3)));
    if (month < 0) return null;
    [mo, d, y] = [month + 1, Number(named[2]), Number(named[3])];
    rest = named[4];
  } else {
    return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?/.exec(rest);
  if (!time) return date;
  return `${date}T${pad(to24(Number(time[1]), time[4]))}:${time[2]}:${time[3] ?? '00'}`;
}
