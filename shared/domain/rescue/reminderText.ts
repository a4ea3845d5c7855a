// Words of the rescue reminders. Desktop notifications are shown by main, possibly with no window open,
// so (like training's notificationText) main holds this one small table in the three languages.
import type { Language } from '../settings';
import type { Reminder } from './countdown';

const TEXT: Record<Language, Record<Reminder['date'], { title: string; body: string }>> = {
  en: {
    'no-new-jobs': {
      title: 'OpenAI stops new training in {days} days',
      body: 'From {day} no one can start a fine-tuning job at OpenAI. Open Tunesmith to save your models’ recipes.',
    },
    shutdown: {
      title: 'Your fine-tuned models stop answering in {days} days',
      body: 'On {day} OpenAI switches them off. Record how they answer before then: Tunesmith › Rescue.',
    },
  },
  'zh-TW': {
    'no-new-jobs': {
      title: 'OpenAI 將在 {days} 天後停止新的訓練',
      body: '從 {day} 起，OpenAI 不再接受新的微調工作。打開 Tunesmith 保存模型的配方。',
    },
    shutdown: {
      title: '你的微調模型將在 {days} 天後停止回答',
      body: 'OpenAI 會在 {day} 關閉它們。在那之前記錄它們怎麼回答：Tunesmith › 搶救。',
    },
  },
  'zh-CN': {
    'no-new-jobs': {
      title: 'OpenAI 将在 {days} 天后停止新的训练',
      body: '从 {day} 起，OpenAI 不再接受新的微调任务。打开 Tunesmith 保存模型的配方。',
    },
    shutdown: {
      title: '你的微调模型将在 {days} 天后停止回答',
      body: 'OpenAI 会在 {day} 关闭它们。在那之前记录它们怎么回答：Tunesmith › 抢救。',
    },
  },
};

export function reminderText(language: Language, reminder: Reminder): { title: string; body: string } {
  const entry = TEXT[language][reminder.date];
  const fill = (s: string) => s.replace('{days}', String(reminder.daysLeft)).replace('{day}', reminder.day);
  return { title: fill(entry.title), body: fill(entry.body) };
}
