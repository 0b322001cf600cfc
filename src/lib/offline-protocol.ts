/**
 * What the service worker and the app agree on. Set on a data file's saved copy: the ISO time
 * the copy was fetched from the server. A response that carries it came from the saved copy.
 */
export const SAVED_AT_HEADER = 'x-jambatan-saved-at';

/** The cache the service worker keeps data files in (the app checks what it already holds). */
export const DATA_CACHE = 'jambatan-data';
