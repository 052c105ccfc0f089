import { bookStrings, type BookStrings } from '../book/book.strings.js';
import { compareStrings, type CompareStrings } from '../compare/compare.strings.js';
import { quizStrings, type QuizStrings } from '../quiz/quiz.strings.js';
import { commonStrings, type CommonStrings } from './common.js';

/** Everything one language says, in the shape of the English strings (the schema). */
export interface Translation {
  common: CommonStrings;
  compare: CompareStrings;
  quiz: QuizStrings;
  book: BookStrings;
}

/** Which part of a translation an element reads, besides `common`. */
export type Part = Exclude<keyof Translation, 'common'>;

export const english: Translation = { common: commonStrings, compare: compareStrings, quiz: quizStrings, book: bookStrings };
