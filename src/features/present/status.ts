import type { MessageId, Translate } from '@/i18n/message-id';
import { DeckSaveError } from './use-user-decks';

/** A status line, worded when it is shown so that it follows a language switch. */
export interface Status {
  ok: boolean;
  words: (t: Translate) => string;
}

export const NO_STATUS: Status = { ok: true, words: () => '' };

export const done = (id: MessageId, values?: Record<string, unknown>): Status => ({
  ok: true,
  words: (t) => t(id, values),
});

/** A failed save in words; anything else unexpected as it is. */
export const failed = (error: unknown): Status => ({
  ok: false,
  words: (t) => (error instanceof DeckSaveError ? t('present.store.saveFailed') : String(error)),
});
