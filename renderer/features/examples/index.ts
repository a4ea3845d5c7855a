export { ExamplesPage } from './ExamplesPage';
// Publishes the open project's token averages for other pages (renderer/state/openProject.ts).
import './openProject';
