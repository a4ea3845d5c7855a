// The recording cost's basis in the user's language ("輸入 1,234 個 token × 每百萬 token US$0.30 + …"): main
// sends the numbers, not English text, so a Chinese screen carries no English formula (issue 17 point 7).
import type { TFunction } from 'i18next';
import type { RecordingCostBasis } from '../../../shared/domain/rescue/types';
import { perMillionText } from '../../components/money';

export function recordingFormula(basis: RecordingCostBasis, t: TFunction, language: string): string {
  const count = new Intl.NumberFormat(language);
  const input = count.format(basis.inputTokens);
  const output = count.format(basis.outputTokens);
  if (!basis.price) return t('cost.recordFormulaNoPrice', { input, output });
  const { currency } = basis.price;
  return t('cost.recordFormula', {
    input,
    output,
    inputPrice: perMillionText(basis.price.inputPer1M, currency, t, language),
    outputPrice: perMillionText(basis.price.outputPer1M, currency, t, language),
    model: basis.price.model,
    date: basis.price.checkedOn,
  });
}
