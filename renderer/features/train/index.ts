export { TrainPage } from './TrainPage';
