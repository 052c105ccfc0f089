import { AcuptBook } from './book/book.js';
import { AcuptCompare } from './compare/compare.js';
import { AcuptQuiz } from './quiz/quiz.js';
import { defineAll } from './shared/define.js';

defineAll({ 'acupt-compare': AcuptCompare, 'acupt-quiz': AcuptQuiz, 'acupt-book': AcuptBook });

export { AcuptBook, AcuptCompare, AcuptQuiz };
export { VERSION, type AcuptNamespace } from './shared/define.js';
export type { AddOn } from './i18n/registry.js';
export type { BookClickDetail } from './book/book.js';
export type { QuizCompleteDetail, QuizStepDetail } from './quiz/quiz.js';
