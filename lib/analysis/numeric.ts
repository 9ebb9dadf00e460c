// STUB — replaced by the numbers work (issue 3): numbers, money, percent, quantities, dates.
import type { Annotator } from './annotator';
export const numericAnnotator: Annotator = { id: 'numeric', why: 'stub', find: () => [] };
