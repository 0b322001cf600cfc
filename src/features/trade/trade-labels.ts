import type { TradeLine, TradePanel } from '../../data/to-trade-series';

/** A short name for a series inside its panel: "Total trade", "Exports to China". */
export function lineLabel(line: TradeLine, countryNames: Record<string, string>): string {
  const name = (code?: string) => (code ? (countryNames[code] ?? code.toUpperCase()) : '');
  if (line.measure === 'exports' && line.to) return `Exports to ${name(line.to)}`;
  if (line.measure === 'imports' && line.from) return `Imports from ${name(line.from)}`;
  if (line.measure === 'total') return 'Total trade';
  return line.title;
}

/** Who reported a panel's figures, in words: "reported by Malaysia". */
export function reportedBy(panel: TradePanel, countryNames: Record<string, string>): string {
  const who = countryNames[panel.reporter];
  return who ? `reported by ${who}` : 'on other or unstated bases';
}

/** What a panel shows: one basis, one currency. */
export function panelTitle(panel: TradePanel, countryNames: Record<string, string>): string {
  const only = panel.series.length === 1 ? panel.series[0] : undefined;
  if (only) return `${only.title}, by year (${panel.currency})`;
  const who = countryNames[panel.reporter];
  return who
    ? `Bilateral goods trade by year, figures reported by ${who} (${panel.currency})`
    : `Bilateral goods trade by year, other-basis figures (${panel.currency})`;
}
