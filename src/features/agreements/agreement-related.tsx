import { Link, useLocation } from 'react-router-dom';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { eventCategoryLabel } from '@/data/labels';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatDateRange } from '@/lib/format-date';
import type { TextValue } from '@/lib/text';
import { linkTo } from '@/registry/global-params';

/** Projects and sectors the agreement concerns; reads two other files, so it has its own boundary. */
export function AgreementLinks({
  projectIds,
  sectorIds,
}: {
  projectIds: string[];
  sectorIds: string[];
}) {
  const location = useLocation();
  const { t } = useT();
  const { text, langOf } = usePackText();
  const { projects } = usePackFile('projects.json');
  const { sectors } = usePackFile('sectors.json');
  const item = (path: string, id: string, name: TextValue | undefined, file: string) => (
    <li key={id}>
      {name ? (
        <Link to={linkTo(`/${path}/${id}`, location.search)} lang={langOf(name)}>
          {text(name)}
        </Link>
      ) : (
        t('agreements.links.missing', { id, file })
      )}
    </li>
  );
  return (
    <section aria-labelledby="agreement-links-heading">
      <h2 id="agreement-links-heading">{t('agreements.links.heading')}</h2>
      <dl className="record-page__facts">
        <dt>{t('agreements.links.projects')}</dt>
        <dd>
          {projectIds.length === 0 ? (
            t('agreements.links.noProjects')
          ) : (
            <ul className="plain-list">
              {projectIds.map((id) => {
                const project = projects.find((p) => p.id === id);
                return item('projects', id, project?.name, 'projects.json');
              })}
            </ul>
          )}
        </dd>
        <dt>{t('agreements.links.sectors')}</dt>
        <dd>
          {sectorIds.length === 0 ? (
            t('agreements.links.noSectors')
          ) : (
            <ul className="plain-list">
              {sectorIds.map((id) => {
                const sector = sectors.find((s) => s.id === id);
                return item('sectors', id, sector?.name, 'sectors.json');
              })}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** Events that name this agreement; a broken events.json shows its problem here and spares the page. */
export function AgreementEvents({ agreementId }: { agreementId: string }) {
  const { t, locale } = useT();
  const { events } = usePackFile('events.json');
  const linked = events.filter((e) => e.agreements.includes(agreementId));
  return (
    <section aria-labelledby="agreement-events-heading">
      <h2 id="agreement-events-heading">
        {t('agreements.events.heading')}{' '}
        <span className="count">({formatNumber(linked.length, locale)})</span>
      </h2>
      {linked.length === 0 ? (
        <p>{t('agreements.events.none')}</p>
      ) : (
        <ul className="plain-list agreement-events">
          {linked.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{formatDateRange(e.date, e.end, locale)}</time>{' '}
              <PackText as="strong" value={e.title} />{' '}
              <span className="count">({eventCategoryLabel(e.category, t)})</span>
              <br />
              <PackText value={e.description} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
