import { useParams } from 'react-router-dom';
import { SlideFrame } from '@/components/slide/slide-frame';
import { NotFound } from '@/components/ui/not-found';
import { PackText } from '@/components/ui/pack-text';
import { RecordBadges } from '@/components/ui/record-badges';
import { statusLabel } from '@/data/labels';
import { allSources, recordFlags } from '@/data/record-flags';
import type { ProjectRecord } from '@/data/schema';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { FitList } from '@/components/slide/fit-list';
import { formatPartialDate } from '@/lib/format-date';
import { formatMoney } from '@/lib/money';
import { textOf } from '@/lib/text';
import './projects-slide.css';

/**
 * A project as a slide: its name and status, its value beside the figures that disagree, its
 * partners and its milestones on a track, rather than the whole record. Sources are one key away.
 */
export function ProjectSlide() {
  const { projectId } = useParams();
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const countryNames = useCountryNames();
  const { t, locale } = useT();
  const project = projects.find((p) => p.id === projectId);
  if (!project)
    return (
      <NotFound
        what={t('projects.page.notFound', { id: projectId ?? '' })}
        backTo="/projects"
        backLabel={t('projects.page.allProjects')}
      />
    );
  return (
    <SlideFrame sources={allSources(project)} sideNames={countryNames} asOf={meta.asOf}>
      <div className="project-slide">
        <div className="project-slide__facts">
          <h2 className="project-slide__name">
            <PackText value={project.name} />
          </h2>
          <p className="project-slide__status">
            {statusLabel(project.status, t)} <RecordBadges flags={recordFlags(project)} />
          </p>
          <h3>{t('projects.facts.partners')}</h3>
          <FitList
            className="project-slide__partners"
            items={project.partners}
            keyOf={(partner) => partner.name}
            render={(partner) => (
              <>
                {partner.name}
                {partner.country && ` (${countryNames[partner.country] ?? partner.country})`}
              </>
            )}
          />
        </div>
        <div className="project-slide__figures">
          {project.value && <SlideValues value={project.value} />}
          {project.milestones.length > 0 && (
            <>
              <h3>{t('projects.slide.milestones')}</h3>
              <FitList
                className="project-slide__milestones"
                items={[...project.milestones].reverse()}
                keyOf={(m) => `${m.date} ${textOf(m.label)}`}
                render={(m) => (
                  <>
                    <time dateTime={m.date}>{formatPartialDate(m.date, locale)}</time>{' '}
                    <PackText value={m.label} />
                  </>
                )}
              />
            </>
          )}
        </div>
      </div>
    </SlideFrame>
  );
}

/**
 * The value and every figure that disagrees, one line each, the main one first: the table of
 * the project page with its sources left to the overlay, so that the room can read it.
 */
function SlideValues({ value }: { value: NonNullable<ProjectRecord['value']> }) {
  const { t, locale } = useT();
  const rows = [value.main, ...(value.alternatives ?? [])];
  return (
    <>
      <h3>
        {rows.length > 1
          ? t('shared.value.captionOthers', { count: rows.length - 1 })
          : t('shared.value.caption')}
      </h3>
      <ul className="project-slide__values">
        {rows.map((money, i) => (
          <li key={i}>
            <strong>
              {money.approximate ? '≈ ' : ''}
              {formatMoney(money, locale)}
            </strong>
            {money.year && ` (${formatPartialDate(money.year, locale)})`}
            {money.label && (
              <>
                {' — '}
                <PackText value={money.label} />
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
