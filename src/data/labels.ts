import type { AgreementTypeId, EventCategoryId, ProjectStatusId } from './schema';

/** Words for the schema's enums. (Translations arrive with the i18n issue.) */
export const STATUS_LABELS: Record<ProjectStatusId, string> = {
  announced: 'Announced',
  planned: 'Planned',
  contracted: 'Contracted',
  'under-construction': 'Under construction',
  operational: 'Operational',
  completed: 'Completed',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
  unclear: 'Status unclear',
};

export const AGREEMENT_TYPE_LABELS: Record<AgreementTypeId, string> = {
  'joint-communique': 'Joint communiqué',
  'joint-statement': 'Joint statement',
  'leaders-agreement': "Leaders' agreement",
  treaty: 'Treaty',
  'intergovernmental-agreement': 'Intergovernmental agreement',
  mou: 'MoU',
  protocol: 'Protocol',
  programme: 'Programme',
  'currency-swap': 'Currency swap',
  contract: 'Contract',
  other: 'Other',
};

export const EVENT_CATEGORY_LABELS: Record<EventCategoryId, string> = {
  diplomacy: 'Diplomacy',
  economy: 'Trade & investment',
  project: 'Projects',
  security: 'Security & maritime',
  people: 'People-to-people',
  finance: 'Finance',
  regional: 'Regional diplomacy',
};
