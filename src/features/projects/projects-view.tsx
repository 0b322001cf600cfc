import { ViewHeader } from '../../components/ui/view-header';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';
import { ProjectCard } from './project-card';

export function ProjectsView() {
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const sectorNames = Object.fromEntries(sectors.map((s) => [s.id, textOf(s.name)]));
  return (
    <>
      <ViewHeader title="Projects" asOf={meta.asOf}>
        <p className="result-count" role="status">
          {projects.length} projects
        </p>
      </ViewHeader>
      <div className="card-grid">
        {projects.map((project) => (
          <ProjectCard
            key={project.id}
            project={project}
            sectorNames={sectorNames}
            countryNames={countryNames}
          />
        ))}
      </div>
    </>
  );
}
