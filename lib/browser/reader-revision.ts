/** storage.local key whose change tells content scripts to fetch the page matcher again (no reader data in it: a time). */
export const MATCHER_REVISION_KEY = 'matcherRevision';

/** storage.local key whose change tells content scripts to fetch the known and ignored terms again (a time). */
export const STATUS_REVISION_KEY = 'termStatusRevision';
