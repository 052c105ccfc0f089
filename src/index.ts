import { ELEMENTS } from './elements.js';
import { defineAll } from './shared/define.js';

defineAll(ELEMENTS);

export { AcuptBook } from './book/book.js';
export { AcuptCompare } from './compare/compare.js';
export { AcuptQuiz } from './quiz/quiz.js';
export { VERSION, type AcuptNamespace } from './shared/define.js';
export type { AddOn } from './i18n/registry.js';
export type { BookClickDetail } from './book/book.js';
export type { QuizCompleteDetail, QuizStepDetail } from './quiz/quiz.js';
