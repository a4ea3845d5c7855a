// "Deploy to chat" says what it costs: a per-token deployment's quote carries the token prices of the
// model it serves (a fine-tune at its base model's price, the user's overrides included) with the date
// they were checked; per-hour quotes carry none (their hourly price is the billing itself).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeploymentsService, openDeploymentStore } from '../../../electron/main/services/deployments';
import type { FineTuningProvider } from '../../../electron/main/services/providers/Provider';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import type { DeploymentBilling } from '../../../shared/domain/deployments/types';

const TRAINED = 'qwen3-14b-tea-ts79cfb1182a-ft-202612051700-09b2';

async function service(billing: DeploymentBilling) {
  const provider = { deployments: { billing: () => billing } } as unknown as FineTuningProvider;
  return new DeploymentsService({
    store: await openDeploymentStore(await mkdtemp(path.join(tmpdir(), 'deploy-quote-'))),
    providers: { get: () => provider },
    now: () => 0,
    emitChanged: () => undefined,
    priceOf: (p, m) => findPrice(p, m),
  });
}

describe('the deployment quote', () => {
  it('gives a per-token deployment the token prices of its base model, with the date checked', async () => {
    const quote = (await service({ kind: 'per-token' })).quote('alibaba', TRAINED);
    const base = findPrice('alibaba', 'qwen3-14b')!;
    expect(quote).toEqual({
      billing: { kind: 'per-token' },
      typicalMinutes: { min: 5, max: 10 },
      tokenPrice: {
        inputPer1M: base.inputPer1M,
        outputPer1M: base.outputPer1M,
        currency: base.currency ?? 'USD',
        checkedOn: base.checkedOn,
      },
    });
    expect(quote.tokenPrice?.inputPer1M).not.toBeNull();
  });

  it('gives per-hour deployments no token price', async () => {
    const quote = (await service({ kind: 'per-hour', perHour: 3.2, currency: 'USD' })).quote(
      'alibaba',
      TRAINED,
    );
    expect(quote.tokenPrice).toBeNull();
  });
});
