import { useMemo } from 'react';
import { SectorCountSlideChart } from '@/components/slide/sector-count-slide-chart';
import { SlideFrame } from '@/components/slide/slide-frame';
import { allSources } from '@/data/record-flags';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useSectorCounts } from '@/data/use-sector-counts';
import { useTableToggle } from '@/filters/use-table-toggle';
import { useT } from '@/i18n/use-t';

/**
 * Sectors as a slide: projects per sector as bars in the whole height, each count written at
 * its bar's end, and in words above them why the bars do not add up. The values per currency
 * and the list of sectors stay on the page; the projects' sources are one key away.
 */
export function SectorsSlide() {
  const { t } = useT();
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const { counts } = useSectorCounts();
  const sectorTable = useTableToggle('sector-projects');
  const countryNames = useCountryNames();
  const counted = useMemo(() => projects.filter((p) => p.sectors.length > 0), [projects]);
  const sources = useMemo(() => counted.flatMap(allSources), [counted]);
  const empty = counts.filter((c) => c.projects === 0).length;
  return (
    <SlideFrame
      lede={
        <>
          {t('sectors.slide.note')}
          {empty > 0 && ` ${t('sectors.slide.empty', { count: empty })}`}
        </>
      }
      sources={sources}
      sideNames={countryNames}
      asOf={meta.asOf}
    >
      <SectorCountSlideChart
        title={t('sectors.counts.title')}
        chartLabel={t('sectors.counts.chart')}
        showTable={sectorTable.showTable}
        onToggleTable={sectorTable.toggle}
        columns={[t('sectors.counts.sector'), t('sectors.counts.projects')]}
      />
    </SlideFrame>
  );
}
