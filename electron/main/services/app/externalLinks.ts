// Which pages the app may open in the system browser. Parsed with URL (never startsWith, which
// `https://platform.openai.com.evil.example` would pass), https only, exact hosts only.
const ALLOWED_HOSTS = new Set([
  'platform.openai.com',
  'help.openai.com',
  'openai.com',
  'developers.openai.com',
  'www.alibabacloud.com',
  'help.aliyun.com',
  'bailian.console.aliyun.com',
  // Alibaba (issue 12): where a Singapore key is made, and where accounts in arrears are topped up.
  'modelstudio.console.alibabacloud.com',
  'usercenter2-intl.aliyun.com',
  'billing-cost.console.aliyun.com',
  'www.together.ai',
  'docs.together.ai',
  'api.together.ai',
]);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    ALLOWED_HOSTS.has(url.hostname) &&
    url.port === ''
  );
}
