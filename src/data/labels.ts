import { t, tEnglish } from '@/i18n/i18n';
import catalog from '@/i18n/locales/en/labels.json';
import type english from '@/i18n/locales/en/labels.json';
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
 * Words for the schema's enums, in the current language (or in English, for exported files). Call them while rendering a
 * component that uses `useT`, so that it renders again when the language changes.
 */
export const statusLabel = (id: ProjectStatusId, english = false): string =>
  (english ? tEnglish : t)(`labels.status.${id}`);

export const agreementTypeLabel = (id: AgreementTypeId, english = false): string =>
  (english ? tEnglish : t)(`labels.agreementType.${id}`);

export const agreementStatusLabel = (id: AgreementStatusId, english = false): string =>
  (english ? tEnglish : t)(`labels.agreementStatus.${id}`);

export const eventCategoryLabel = (id: EventCategoryId, english = false): string =>
  (english ? tEnglish : t)(`labels.eventCategory.${id}`);
