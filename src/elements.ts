import { AcuptBook } from './book/book.js';
import { AcuptCompare } from './compare/compare.js';
import { AcuptQuiz } from './quiz/quiz.js';

/** The elements, by tag: the button first, whose small first render pays what the first render of a page costs once. */
export const ELEMENTS = { 'acupt-book': AcuptBook, 'acupt-quiz': AcuptQuiz, 'acupt-compare': AcuptCompare };
