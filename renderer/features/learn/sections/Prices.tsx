// The seed's 2023 prices as a worked example, next to today's catalog. Every figure is computed from
// the shared price data (with the user's Settings overrides), never typed into the translations.
import { GlossaryText, type ContentLang } from '../../../components/glossary';
import { GPT35_2023_TUNED, trainingCostUsd } from '../../../../shared/domain/learn';
import {
  findPrice,
  GPT35_2023_LAUNCH,
  PRICE_CATALOG,
  type ModelPrice,
  type PriceOverride,
} from '../../../../shared/domain/pricing/catalog';
import type { LearnContent } from '../content';
import { fill, formatNumber, formatPrice, formatUsd } from '../format';
import { Paragraph } from './Points';
import { Section } from './Section';

/** The seed script's example: a 100,000-token training file, trained for 3 epochs. */
export const SEED_EXAMPLE = { tokens: 100_000, epochs: 3 } as const;

export interface PricesProps {
  content: LearnContent;
  lang: ContentLang;
  overrides: Readonly<Record<string, PriceOverride>>;
  catalog: readonly ModelPrice[];
}

export function Prices({ content, lang, overrides, catalog }: PricesProps) {
  const p = content.explainer.prices;
  const num = (v: number) => formatNumber(v, lang);
  const price = (v: number | null) => (v === null ? '—' : formatPrice(v, lang));

  const launchCost = trainingCostUsd(
    SEED_EXAMPLE.tokens,
    SEED_EXAMPLE.epochs,
    GPT35_2023_TUNED.trainingPer1M,
  );
  const today = catalog
    // Fine-tuning prices only: the live catalog also holds chat-only models (issue 16 §6).
    .filter((m) => m.provider === 'openai' && m.fineTunable !== false)
    .map((m) => findPrice('openai', m.model, overrides, catalog) ?? m);
  const cheapest = today
    .filter((m) => m.trainingPer1M !== null)
    .sort((a, b) => (a.trainingPer1M ?? 0) - (b.trainingPer1M ?? 0))[0];

  return (
    <Section id="prices" title={content.sectionTitles.prices}>
      <Paragraph text={p.intro} />
      <table className="learn-table" data-table="launch-2023">
        <caption>{p.launchCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.columns.model}</th>
            <th scope="col">{p.columns.training}</th>
            <th scope="col">{p.columns.input}</th>
            <th scope="col">{p.columns.output}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{GPT35_2023_LAUNCH.model}</th>
            <td>{price(GPT35_2023_LAUNCH.trainingPer1K)}</td>
            <td>{price(GPT35_2023_LAUNCH.inputPer1K)}</td>
            <td>{price(GPT35_2023_LAUNCH.outputPer1K)}</td>
          </tr>
        </tbody>
      </table>
      <p data-example="launch-2023">
        {fill(p.launchExample, {
          tokens: num(SEED_EXAMPLE.tokens),
          epochs: SEED_EXAMPLE.epochs,
          price: price(GPT35_2023_LAUNCH.trainingPer1K),
          cost: formatUsd(launchCost, lang),
        })}
      </p>
      <p>
        <GlossaryText text={p.eightTimes} />
      </p>

      <table className="learn-table" data-table="today">
        <caption>{p.todayCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.columns.model}</th>
            <th scope="col">{p.columns.training}</th>
            <th scope="col">{p.columns.input}</th>
            <th scope="col">{p.columns.output}</th>
            <th scope="col">{p.columns.shutdown}</th>
          </tr>
        </thead>
        <tbody>
          {today.map((m) => (
            <tr key={m.model}>
              <th scope="row">{m.model}</th>
              <td>{price(m.trainingPer1M)}</td>
              <td>{price(m.inputPer1M)}</td>
              <td>{price(m.outputPer1M)}</td>
              <td>
                {m.shutdownDate ? <time dateTime={m.shutdownDate}>{m.shutdownDate}</time> : p.noShutdown}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {cheapest && cheapest.trainingPer1M !== null ? (
        <p data-example="today">
          {fill(p.todayExample, {
            model: cheapest.model,
            tokens: num(SEED_EXAMPLE.tokens),
            epochs: SEED_EXAMPLE.epochs,
            price: price(cheapest.trainingPer1M),
            cost: formatUsd(
              trainingCostUsd(SEED_EXAMPLE.tokens, SEED_EXAMPLE.epochs, cheapest.trainingPer1M),
              lang,
            ),
          })}
        </p>
      ) : null}
      <p className="learn-note">
        <GlossaryText text={p.note} />
      </p>
    </Section>
  );
}

export const DEFAULT_CATALOG = PRICE_CATALOG;
