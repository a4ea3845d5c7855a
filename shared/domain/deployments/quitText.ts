// The quit question is shown by main in a native dialog (the window may already be closing), so main needs
// its words, in the user's language; this table is the one place they live. The figures are computed by
// HourlyGuard (minutes so far × the confirmed hourly price), passed in already formatted.
import type { Language } from '../settings';

interface QuitText {
  title: string;
  message: string;
  /** One line per running deployment: `{model}`, `{hardware}`, `{perHour}`, `{minutes}`, `{amount}`. */
  line: string;
  stop: string;
  keep: string;
  cancel: string;
}

const TEXT: Record<Language, QuitText> = {
  en: {
    title: 'A chat endpoint is still running',
    message:
      'Together AI bills a dedicated endpoint by the hour, even when nobody is chatting. Stop it before you quit?',
    line: '{model} on {hardware}: {perHour} an hour, running {minutes} min (about {amount} so far)',
    stop: 'Stop it and quit',
    keep: 'Keep it running and quit',
    cancel: 'Don’t quit',
  },
  'zh-TW': {
    title: '對話端點仍在執行',
    message: 'Together AI 的專用端點按小時計費，即使沒有人在對話也會收費。要在結束前停止它嗎？',
    line: '{model}（{hardware}）：每小時 {perHour}，已執行 {minutes} 分鐘（目前約 {amount}）',
    stop: '停止並結束',
    keep: '保持執行並結束',
    cancel: '不要結束',
  },
  'zh-CN': {
    title: '对话端点仍在运行',
    message: 'Together AI 的专用端点按小时计费，即使没有人在对话也会收费。要在退出前停止它吗？',
    line: '{model}（{hardware}）：每小时 {perHour}，已运行 {minutes} 分钟（目前约 {amount}）',
    stop: '停止并退出',
    keep: '保持运行并退出',
    cancel: '不要退出',
  },
};

export function quitText(
  language: Language,
  rows: readonly { model: string; hardware: string; perHour: string; minutes: number; amount: string }[],
) {
  const t = TEXT[language];
  const detail = rows
    .map((r) =>
      t.line
        .replace('{model}', r.model)
        .replace('{hardware}', r.hardware)
        .replace('{perHour}', r.perHour)
        .replace('{minutes}', String(r.minutes))
        .replace('{amount}', r.amount),
    )
    .join('\n');
  return { title: t.title, message: t.message, detail, buttons: [t.stop, t.keep, t.cancel] as const };
}
