// The rescue feature's one public door (issue 13).
export { RescuePage } from './RescuePage';
export { RescueCard } from './RescueCard';
