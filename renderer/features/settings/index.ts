export { SettingsPage } from './SettingsPage';
export { AccountsShellNotices, FirstRunPrompt, OfflineBanner } from './ShellNotices';
