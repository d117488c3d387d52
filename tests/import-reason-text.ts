/** An import report's reasons as the reader reads them: rendered from the built catalogue (en unless a test switches). */
import type { InvalidLine } from '../lib/import/types';
import { getMessage } from './setup/i18n';

export const said = (invalid: InvalidLine[]) => invalid.map(({ line, reason }) => ({ line, reason: getMessage(reason.key, (reason.args ?? []).map(String)) }));
