import { Link, useLocation } from 'react-router-dom';
import { usePackFile } from '@/data/use-pack';
import { formatPartialDate } from '@/lib/format-date';
import { PackText } from '@/components/ui/pack-text';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { linkTo } from '@/registry/global-params';

/** Agreements and events that name the project; in its own boundary so a broken file there spares the page. */
export function ProjectLinks({ projectId }: { projectId: string }) {
  const location = useLocation();
  const { t, locale } = useT();
  const { agreements } = usePackFile('agreements.json');
  const { events } = usePackFile('events.json');
  const linkedAgreements = agreements.filter((a) => a.projects.includes(projectId));
  const linkedEvents = events.filter((e) => e.projects.includes(projectId));
  return (
    <>
      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">
          {t('projects.links.agreements', {
            count: formatNumber(linkedAgreements.length, locale),
          })}
        </h2>
        {linkedAgreements.length === 0 ? (
          <p>{t('projects.links.noAgreement')}</p>
        ) : (
          <ul className="plain-list">
            {linkedAgreements.map((a) => (
              <li key={a.id}>
                <time dateTime={a.date}>{formatPartialDate(a.date, locale)}</time>{' '}
                <Link to={linkTo(`/agreements/${a.id}`, location.search)}>
                  <PackText value={a.title} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">
          {t('projects.links.events', { count: formatNumber(linkedEvents.length, locale) })}
        </h2>
        {linkedEvents.length === 0 ? (
          <p>{t('projects.links.noEvent')}</p>
        ) : (
          <ul className="plain-list">
            {linkedEvents.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date}>{formatPartialDate(e.date, locale)}</time>{' '}
                <PackText value={e.title} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
