// The Examples page: the project list until a project is open, then the workspace for that project.
import { useTranslation } from 'react-i18next';
import { useProject } from './state/projectStore';
import { ProjectList } from './projects/ProjectList';
import { Workspace } from './Workspace';
import './examples.css';

export function ExamplesPage() {
  const { t } = useTranslation();
  const open = useProject((s) => s.meta !== null);
  return (
    <div className="examples-page">
      <h1>{t('pages.examples.title')}</h1>
      {open ? <Workspace /> : <ProjectList />}
    </div>
  );
}
