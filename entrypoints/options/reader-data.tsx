/** The options page's section for the reader's own glossary: import (and, below it, export and backup). */
import { ImportGlossary } from '../../components/ImportGlossary';
import { previewImport, writeImportPlan } from '../../lib/browser/import-glossary';
import { MAX_IMPORT_BYTES } from '../../lib/limits';

export function ReaderDataSection() {
  return <ImportGlossary maxBytes={MAX_IMPORT_BYTES} preview={previewImport} write={writeImportPlan} />;
}
