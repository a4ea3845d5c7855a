// Desktop notifications are shown by main while the window may be closed, so main needs their words; this
// small table is the one place main holds user-facing text. Three languages, plain words, the model name
// (the user's suffix or the base model) as the only variable.
import type { Language } from '../settings';

export type NotificationKind = 'succeeded' | 'failed' | 'cancelled';

const TEXT: Record<Language, Record<NotificationKind, { title: string; body: string }>> = {
  en: {
    succeeded: { title: 'Training finished', body: '“{name}” is ready. Open Tunesmith to try it.' },
    failed: {
      title: 'Training stopped with a problem',
      body: '“{name}” did not finish. Open Tunesmith to see what to do next.',
    },
    cancelled: { title: 'Training cancelled', body: '“{name}” was cancelled.' },
  },
  'zh-TW': {
    succeeded: { title: '訓練完成', body: '「{name}」已經可以用了。打開 Tunesmith 試試看。' },
    failed: { title: '訓練因為問題而停止', body: '「{name}」沒有完成。打開 Tunesmith 看看接下來該怎麼做。' },
    cancelled: { title: '訓練已取消', body: '「{name}」已取消。' },
  },
  'zh-CN': {
    succeeded: { title: '训练完成', body: '“{name}”已经可以用了。打开 Tunesmith 试一试。' },
    failed: { title: '训练因问题而停止', body: '“{name}”没有完成。打开 Tunesmith 看看接下来该怎么做。' },
    cancelled: { title: '训练已取消', body: '“{name}”已取消。' },
  },
};

export function notificationText(language: Language, kind: NotificationKind, name: string) {
  const entry = TEXT[language][kind];
  return { title: entry.title, body: entry.body.replace('{name}', name) };
}

/** The OS locale (e.g. Electron's app.getLocale()) → one of our languages, as the renderer decides it. */
export function languageOfLocale(locale: string): Language {
  const tag = locale.toLowerCase();
  if (/^zh-(tw|hk|mo)|^zh-hant/.test(tag)) return 'zh-TW';
  if (/^zh/.test(tag)) return 'zh-CN';
  return 'en';
}
