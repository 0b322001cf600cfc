import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { FitList } from '@/components/slide/fit-list';
import { SlideFrame } from '@/components/slide/slide-frame';
import { NotFound } from '@/components/ui/not-found';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { statusLabel } from '@/data/labels';
import { allSources } from '@/data/record-flags';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatPartialDate } from '@/lib/format-date';
import { formatMoney, type Amount } from '@/lib/money';
import { textOf } from '@/lib/text';
import { linkTo } from '@/registry/global-params';
import { valueText } from './sector-projects';
import './sector-slide.css';

/**
 * A sector as a slide: its name and counts, its projects one line each (name, status, value) and
 * its sourced facts beside them, each list as far as it fits, then "and N more". Agreements are
 * counted; their list, the value totals and the links stay on the page.
 */
export function SectorSlide() {
  const { sectorId } = useParams();
  const location = useLocation();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const { agreements } = usePackFile('agreements.json');
  const countryNames = useCountryNames();
  const sector = sectors.find((s) => s.id === sectorId);
  const parts = useMemo(() => {
    const inSector = projects
      .filter((p) => sectorId && p.sectors.includes(sectorId))
      .sort((a, b) => textOf(a.name).localeCompare(textOf(b.name)));
    const deals = agreements.filter((a) => sectorId && a.sectors.includes(sectorId));
    return { projects: inSector, agreements: deals };
  }, [projects, agreements, sectorId]);
  if (!sector)
    return (
      <NotFound
        what={t('sectors.page.notFound', { id: sectorId ?? '' })}
        backTo={linkTo('/sectors', location.search)}
        backLabel={t('sectors.page.back')}
      />
    );
  const sources = [
    ...parts.projects.flatMap(allSources),
    ...parts.agreements.flatMap(allSources),
    ...sector.facts.flatMap((fact) => fact.sources),
  ];
  const money = (amount: Amount) => formatMoney(amount, locale);
  const counts = [
    t('sectors.list.projects', { count: parts.projects.length }),
    t('sectors.slide.agreements', { count: parts.agreements.length }),
    t('sectors.list.facts', { count: sector.facts.length }),
  ];
  return (
    <SlideFrame sources={sources} sideNames={countryNames} asOf={meta.asOf}>
      <div className="sector-slide__head">
        <h2 className="sector-slide__name" lang={langOf(sector.name)}>
          {text(sector.name)}
        </h2>
        <p className="sector-slide__counts">{counts.join(' · ')}</p>
      </div>
      {sector.description && (
        <PackText as="p" className="sector-slide__about" value={sector.description} />
      )}
      <div className="sector-slide">
        <section className="sector-slide__part" aria-label={t('sectors.page.projects')}>
          <h3>{t('sectors.page.projects')}</h3>
          {parts.projects.length === 0 ? (
            <p>{t('sectors.page.noProjects')}</p>
          ) : (
            <FitList
              className="sector-slide__projects"
              items={parts.projects}
              keyOf={(project) => project.id}
              render={(project) => (
                <div className="sector-slide__project">
                  <PackText className="sector-slide__project-name" value={project.name} />
                  <span>{statusLabel(project.status, t)}</span>
                  <span className="sector-slide__value">{valueText(project, money, t)}</span>
                </div>
              )}
            />
          )}
        </section>
        {sector.facts.length > 0 && (
          <section className="sector-slide__part" aria-label={t('sectors.page.facts')}>
            <h3>{t('sectors.page.facts')}</h3>
            <FitList
              className="sector-slide__facts"
              items={sector.facts}
              keyOf={(fact) => textOf(fact.text)}
              render={(fact) => (
                <p className="sector-slide__fact">
                  {fact.date && (
                    <time dateTime={fact.date}>{formatPartialDate(fact.date, locale)}: </time>
                  )}
                  <PackText value={fact.text} />
                </p>
              )}
            />
          </section>
        )}
      </div>
    </SlideFrame>
  );
}
