import { useMemo } from 'react';
import { usePackText } from '@/components/ui/pack-text';
import type { TradeLine, TradePanel, TradeYear } from '@/data/to-trade-series';
import { usePackFile } from '@/data/use-pack';

interface LocalYear extends TradeYear {
  /** "en" when the note is English standing in for the reader's language. */
  noteLang?: string;
}

interface LocalLine extends TradeLine {
  years: LocalYear[];
  basisNoteLang?: string;
}

export interface LocalPanel extends TradePanel {
  series: LocalLine[];
}

/** A panel with its pack texts (series titles, basis notes, point notes) in the reader's language. */
export function useLocalPanel(panel: TradePanel): LocalPanel {
  const trade = usePackFile('trade.json');
  const { text, langOf } = usePackText();
  return useMemo(
    () => ({
      ...panel,
      series: panel.series.map((line): LocalLine => {
        const raw = trade.series.find((s) => s.id === line.id);
        if (!raw) return line;
        const years = line.years.map((year): LocalYear => {
          const note = raw.points.find((p) => p.year === year.year)?.note;
          return note ? { ...year, note: text(note), noteLang: langOf(note) } : year;
        });
        return {
          ...line,
          title: text(raw.title),
          ...(raw.basisNote
            ? { basisNote: text(raw.basisNote), basisNoteLang: langOf(raw.basisNote) }
            : {}),
          years,
        };
      }),
    }),
    [panel, trade, text, langOf],
  );
}
