// The Learn page content in the language the app shell chose.
import { useContentLang, type ContentLang } from '../../components/glossary';
import { LEARN_CONTENT, type LearnContent } from './content';

export function useLearnContent(): { lang: ContentLang; content: LearnContent } {
  const lang = useContentLang();
  return { lang, content: LEARN_CONTENT[lang] };
}
