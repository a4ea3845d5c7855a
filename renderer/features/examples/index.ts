export { ExamplesPage } from './ExamplesPage';
