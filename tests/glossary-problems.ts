/** The problems a failing glossary build reports (build tests share it); a build that succeeds is itself a failure. */
import { buildGlossary, GlossaryBuildError, type GlossaryInputs } from '../lib/glossary/build/build';

export function problemsOf(input: GlossaryInputs): string[] {
  try {
    buildGlossary(input);
  } catch (error) {
    if (error instanceof GlossaryBuildError) return error.problems;
    throw error;
  }
  throw new Error('the build did not fail');
}
