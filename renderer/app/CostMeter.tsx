// The running-cost meter, on every page while any deployment billed by the hour runs: what it is, the
// hardware, its hourly price, how long it has run and what that has cost so far (minutes × price, computed
// in main on the app's clock), and one click that stops and deletes it. At start it also says, once, what
// ran while Tunesmith was closed and for how long.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourlyMeterRow, WhileClosedRow } from '../../shared/ipc/schemas/deployments';
import type { IpcError } from '../../shared/ipc/errors';
import { ErrorMessage } from '../components/ErrorMessage';
import { onEvent, request } from '../ipc/client';

/** How often the meter asks main for the cost so far (cheap: no provider call). */
const REFRESH_MS = 15_000;

export function CostMeter() {
  const { t, i18n } = useTranslation();
  const [running, setRunning] = useState<HourlyMeterRow[]>([]);
  const [closed, setClosed] = useState<WhileClosedRow[]>([]);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    const refresh = () =>
      void request('deployments.meter', {}).then((r) => r.ok && setRunning(r.data.running));
    refresh();
    void request('deployments.whileClosed', {}).then((r) => r.ok && setClosed(r.data));
    const unfollow = onEvent('deployments.changed', refresh);
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      unfollow();
      clearInterval(timer);
    };
  }, []);

  const money = (amount: number | null, currency: string) =>
    amount === null
      ? t('together.meter.noPrice')
      : new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(amount);

  const stop = async (id: string) => {
    const result = await request('deployments.stop', { id });
    setError(result.ok ? null : result.error);
  };

  if (running.length === 0 && closed.length === 0) return null;
  return (
    <aside className="cost-meter" aria-label={t('together.meter.label')} data-testid="cost-meter">
      {running.map((r) => (
        <p key={r.id} role="status" data-testid="cost-meter-row">
          {t('together.meter.running', {
            model: r.model,
            hardware: r.hardware ?? '?',
            perHour: money(r.perHour, r.currency),
            minutes: r.minutes,
            amount: money(r.amount, r.currency),
          })}{' '}
          {r.autoStopMinutes !== null
            ? t('together.meter.autoStop', { minutes: r.autoStopMinutes })
            : t('together.meter.noAutoStop')}{' '}
          <button type="button" data-testid="cost-meter-stop" onClick={() => void stop(r.id)}>
            {t('together.meter.stop')}
          </button>
        </p>
      ))}
      {closed.map((r) => (
        <p key={`closed-${r.id}`} data-testid="cost-meter-closed">
          {t(r.stillRunning ? 'together.meter.closedStill' : 'together.meter.closedStopped', {
            model: r.model,
            minutes: r.minutes,
            amount: money(r.amount, r.currency),
            perHour: money(r.perHour, r.currency),
          })}
        </p>
      ))}
      {closed.length > 0 ? (
        <button type="button" className="link" onClick={() => setClosed([])}>
          {t('together.meter.dismiss')}
        </button>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </aside>
  );
}
