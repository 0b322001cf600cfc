/** Years listed compactly in runs: [2013, 2014, 2015, 2021] → "2013–2015, 2021". */
export function formatYearList(years: readonly number[]): string {
  const runs: string[] = [];
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    if (years[i + 1] === year + 1) continue;
    runs.push(start === year ? String(year) : `${start}–${year}`);
    start = years[i + 1];
  }
  return runs.join(', ');
}
