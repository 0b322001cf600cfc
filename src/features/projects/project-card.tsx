import { memo } from 'react';
import { Link } from 'react-router-dom';
import { Badge } from '@/components/ui/badge';
import { PackText } from '@/components/ui/pack-text';
import { RecordBadges } from '@/components/ui/record-badges';
import { statusLabel } from '@/data/labels';
import { allSources, recordFlags } from '@/data/record-flags';
import type { ProjectRecord } from '@/data/schema';
import type { MessageId } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';
import { listFormat } from '@/lib/intl-formats';
import { formatMoney } from '@/lib/money';
import { yearOf } from '@/lib/partial-date';
import type { TextValue } from '@/lib/text';
import { PackTextList } from '@/components/ui/pack-text-list';

interface Props {
  project: ProjectRecord;
  /** Sector names (pack texts) by id. */
  sectorNames: Record<string, TextValue>;
  /** Country names in the reader's language, by code. */
  countryNames: Record<string, string>;
  /** The project page, carrying the reader's selection for previous / next. */
  href: string;
}

type Translate = (id: MessageId, values?: Record<string, unknown>) => string;

function yearsOf({ start, end }: ProjectRecord, t: Translate): string {
  const [from, to] = [start && yearOf(start), end && yearOf(end)];
  if (from && to) return from === to ? `${from}` : `${from}–${to}`;
  if (from) return t('projects.card.since', { year: String(from) });
  if (to) return t('projects.card.until', { year: String(to) });
  return t('projects.card.notGiven');
}

/** One project at a glance: what, where, who, how much, when, and how well sourced. */
export const ProjectCard = memo(function ProjectCard({
  project,
  sectorNames,
  countryNames,
  href,
}: Props) {
  const { t, locale } = useT();
  const flags = recordFlags(project);
  const places = [...new Set(project.places.map((p) => p.state ?? p.name))];
  const main = project.value?.main;
  const sources = allSources(project).length;
  const titleId = `project-${project.id}`;
  return (
    <article className="card project-card" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId}>
        <Link to={href}>
          <PackText value={project.name} />
        </Link>
      </h3>
      <p className="card__meta">
        <span className={`status status--${project.status}`}>{statusLabel(project.status, t)}</span>
        {' · '}
        <PackTextList values={project.sectors.map((id) => sectorNames[id] ?? id)} />
      </p>
      <dl className="card__facts">
        <dt>{t('projects.card.partners')}</dt>
        <dd>
          {project.partners.length === 0
            ? t('projects.card.notListed')
            : project.partners
                .map((p) =>
                  p.country
                    ? `${p.name} (${countryNames[p.country] ?? p.country.toUpperCase()})`
                    : p.name,
                )
                .join('; ')}
        </dd>
        <dt>{t('projects.card.location')}</dt>
        <dd>
          {places.length
            ? listFormat(locale, { type: 'conjunction', style: 'narrow' }).format(places)
            : t('projects.card.notListed')}
        </dd>
        <dt>{t('projects.card.value')}</dt>
        <dd>
          {main ? (
            <>
              {main.approximate && (
                <>
                  <span aria-hidden="true">≈ </span>
                  <span className="visually-hidden">{t('projects.card.about')} </span>
                </>
              )}
              {main.year
                ? t('projects.card.valueYear', {
                    value: formatMoney(main, locale),
                    year: String(yearOf(main.year)),
                  })
                : formatMoney(main, locale)}
            </>
          ) : (
            t('projects.card.notDisclosed')
          )}
        </dd>
        <dt>{t('projects.card.years')}</dt>
        <dd>{yearsOf(project, t)}</dd>
        <dt>{t('projects.card.sources')}</dt>
        <dd>{t('projects.card.sourceCount', { count: sources })}</dd>
      </dl>
      <div className="project-card__marks">
        <RecordBadges flags={flags} />
        {main?.approximate && (
          <Badge tone="info" title={t('projects.card.approximateValueTitle')}>
            {t('projects.card.approximateValue')}
          </Badge>
        )}
      </div>
    </article>
  );
});
