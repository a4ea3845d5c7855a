// All Learn page content by language. `satisfies` keeps each language checked against LearnContent.
import type { ContentLang } from '../../../components/glossary';
import { en } from './en';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';
import type { LearnContent } from './types';

export const LEARN_CONTENT = { en, 'zh-TW': zhTW, 'zh-CN': zhCN } satisfies Record<ContentLang, LearnContent>;

export * from './types';
