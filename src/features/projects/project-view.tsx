import { useLocation, useParams } from 'react-router-dom';
import { globalQuery } from '@/registry/global-params';
import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { NoteList } from '@/components/sources/note-list';
import { SourceList } from '@/components/sources/source-list';
import { ValueCompare } from '@/components/sources/value-compare';
import { HeadingSection } from '@/components/ui/heading-section';
import { NotFound } from '@/components/ui/not-found';
import { RecordBadges } from '@/components/ui/record-badges';
import { ViewHeader } from '@/components/ui/view-header';
import { allSources, recordFlags } from '@/data/record-flags';
import { useCountryNames } from '@/data/use-pack';
import { usePackText } from '@/components/ui/pack-text';
import { useT } from '@/i18n/use-t';
import { selectionQuery } from '@/filters/projects/project-filters';
import { useProjectFilters } from '@/filters/projects/use-project-filters';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { MilestoneTrack } from './milestone-track';
import { ProjectFacts } from './project-facts';
import { ProjectLinks } from './project-links';
import { ProjectPager } from './project-pager';
import './project-page.css';

export function ProjectView() {
  const { projectId } = useParams();
  const location = useLocation();
  const { meta, projects, sectors, filters, known } = useProjectFilters(PROJECT_FILTER_SPEC);
  const countryNames = useCountryNames();
  const { t } = useT();
  const { text, langOf } = usePackText();
  // The reader's list travels with them: back, previous and next all keep it.
  const selection = selectionQuery(globalQuery(location.search), filters, known);
  const project = projects.find((p) => p.id === projectId);
  if (!project)
    return (
      <NotFound
        what={t('projects.page.notFound', { id: projectId ?? '' })}
        backTo={`/projects${selection}`}
        backLabel={t('projects.page.allProjects')}
      />
    );
  return (
    <article className="record-page">
      <ViewHeader title={text(project.name)} titleLang={langOf(project.name)} asOf={meta.asOf}>
        <p className="record-page__lede" lang={langOf(project.summary)}>
          {text(project.summary)}
        </p>
        <RecordBadges flags={recordFlags(project)} />
      </ViewHeader>
      <ProjectPager
        projectId={project.id}
        projects={projects}
        filters={filters}
        selection={selection}
      />
      <ProjectFacts
        project={project}
        projects={projects}
        sectors={sectors}
        countryNames={countryNames}
        selection={selection}
      />
      {project.value && (
        <HeadingSection id="value-heading" heading={t('projects.page.value')}>
          <ValueCompare value={project.value} sideNames={countryNames} />
        </HeadingSection>
      )}
      {project.milestones.length > 0 && (
        <HeadingSection id="milestones-heading" heading={t('projects.page.milestones')}>
          <MilestoneTrack
            milestones={project.milestones}
            start={project.start}
            end={project.end}
            asOf={meta.asOf}
          />
        </HeadingSection>
      )}
      {project.notes.length > 0 && (
        <HeadingSection id="notes-heading" heading={t('projects.page.notes')}>
          <NoteList notes={project.notes} sideNames={countryNames} />
        </HeadingSection>
      )}
      <DataBoundary loadingLabel={t('projects.page.loadingLinks')}>
        <ProjectLinks projectId={project.id} />
      </DataBoundary>
      <SourceList
        sources={allSources(project)}
        sideNames={countryNames}
        headingLevel={2}
        heading={t('projects.page.allSources')}
      />
    </article>
  );
}
