import { AcuptBook } from './book/book.js';
import { AcuptCompare } from './compare/compare.js';
import { AcuptQuiz } from './quiz/quiz.js';
import type { LitElement } from 'lit';
import type { Tag } from './shared/define.js';

/** The elements, by tag. */
export const ELEMENTS: Record<Tag, typeof LitElement> = {
  'acupt-book': AcuptBook,
  'acupt-quiz': AcuptQuiz,
  'acupt-compare': AcuptCompare,
};
