import type { TradeLine, TradePanel } from '@/data/to-trade-series';
import type { Translate } from '@/i18n/message-id';

// Worded in the language of `t`.

/** A short name for a series inside its panel: "Total trade", "Exports to China". */
export function lineLabel(
  line: TradeLine,
  countryNames: Record<string, string>,
  t: Translate,
): string {
  const name = (code?: string) => (code ? (countryNames[code] ?? code.toUpperCase()) : '');
  if (line.measure === 'exports' && line.to)
    return t('trade.labels.exportsTo', { country: name(line.to) });
  if (line.measure === 'imports' && line.from)
    return t('trade.labels.importsFrom', { country: name(line.from) });
  if (line.measure === 'total') return t('trade.labels.total');
  return line.title;
}

/** Who reported a panel's figures, in words: "reported by Malaysia". */
export function reportedBy(
  panel: TradePanel,
  countryNames: Record<string, string>,
  t: Translate,
): string {
  const who = countryNames[panel.reporter];
  return who ? t('trade.labels.reportedBy', { country: who }) : t('trade.labels.otherBases');
}

/** What a panel shows: one basis, one currency. */
export function panelTitle(
  panel: TradePanel,
  countryNames: Record<string, string>,
  t: Translate,
): string {
  const { currency } = panel;
  const only = panel.series.length === 1 ? panel.series[0] : undefined;
  if (only) return t('trade.labels.seriesTitle', { series: only.title, currency });
  const who = countryNames[panel.reporter];
  return who
    ? t('trade.labels.panelReportedBy', { country: who, currency })
    : t('trade.labels.panelOther', { currency });
}
