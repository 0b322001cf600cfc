import type { ProjectRecord } from '@/data/schema';
import type { Translate } from '@/i18n/message-id';
import { formatMoney } from '@/lib/money';
import { yearOf } from '@/lib/partial-date';

/** A project's main value in one line, "≈ MYR 32bn (2023)", or that it was not disclosed. */
export function valueWords(project: ProjectRecord, t: Translate, locale: string): string {
  const main = project.value?.main;
  if (!main) return t('projects.card.notDisclosed');
  const value = main.year
    ? t('projects.card.valueYear', {
        value: formatMoney(main, locale),
        year: String(yearOf(main.year)),
      })
    : formatMoney(main, locale);
  return main.approximate ? `≈ ${value}` : value;
}
