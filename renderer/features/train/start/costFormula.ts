// The training cost's basis written out in the user's language: main sends the numbers, not English text,
// so Chinese screens carry no English formula. Shared with Examples' estimate (renderer/components/money.ts).
export { trainingFormula } from '../../../components/money';
