import catalog from '@/i18n/locales/en/labels.json';
import type english from '@/i18n/locales/en/labels.json';
import type { Translate } from '@/i18n/message-id';
import type {
  AgreementStatusId,
  AgreementTypeId,
  EventCategoryId,
  ProjectStatusId,
} from './schema';

/**
 * The English labels must cover the schema's enums: an enum value without a label fails the
 * typecheck. (At run time the file is a compiled catalog of flat ids, see i18n/.)
 */
type Covers = typeof english extends {
  status: Record<ProjectStatusId, string>;
  agreementType: Record<AgreementTypeId, string>;
  agreementStatus: Record<AgreementStatusId, string>;
  eventCategory: Record<EventCategoryId, string>;
}
  ? true
  : never;
const covers: Covers = true;

/** The ids under `labels.<group>.` in the catalog, in the file's (the schema's) order. */
const idsOf = <K extends string>(group: string): K[] =>
  covers &&
  Object.keys(catalog as Record<string, unknown>)
    .filter((id) => id.startsWith(`labels.${group}.`))
    .map((id) => id.slice(`labels.${group}.`.length) as K);

export const PROJECT_STATUSES: readonly ProjectStatusId[] = idsOf('status');
export const AGREEMENT_TYPES: readonly AgreementTypeId[] = idsOf('agreementType');

/**
 * Words for the schema's enums in the language of `t`: useT's for the page, `tEnglish` for
 * exported files.
 */
export const statusLabel = (id: ProjectStatusId, t: Translate): string => t(`labels.status.${id}`);

export const agreementTypeLabel = (id: AgreementTypeId, t: Translate): string =>
  t(`labels.agreementType.${id}`);

export const agreementStatusLabel = (id: AgreementStatusId, t: Translate): string =>
  t(`labels.agreementStatus.${id}`);

export const eventCategoryLabel = (id: EventCategoryId, t: Translate): string =>
  t(`labels.eventCategory.${id}`);
