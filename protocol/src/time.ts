import { Type } from '@sinclair/typebox';
import { MAX_READING_TS, MIN_READING_TS } from './constants.js';

/**
 * A moment a reading may carry, as UTC epoch ms between 2000 and 2100: a reading's time, and a
 * session's start and end, which only make sense where readings can be.
 */
export const ReadingTime = (description: string) =>
  Type.Integer({ minimum: MIN_READING_TS, maximum: MAX_READING_TS, description });
