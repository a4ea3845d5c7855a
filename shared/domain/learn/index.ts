// Pure logic behind the Learn page: questionnaire, cost calculator, reading time. No React, no I/O.
export * from './recommend';
export * from './calculator';
export * from './prices';
export * from './readingTime';
