export { ExamplesPage } from './ExamplesPage';
// Publishes the open project's token averages for other pages (renderer/state/openProject.ts).
import './openProject';
// A dropped file sent to main as bytes behind a token; the Notes panel sends its dropped documents the same way.
export { uploadFile } from './import/upload';
