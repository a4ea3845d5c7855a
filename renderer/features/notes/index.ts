// The Notes feature's only public door (issue 16).
export { NotesPanel } from './NotesPanel';
export { NotesUsedList } from './NotesUsedList';
export { NotesCollectionPicker } from './NotesCollectionPicker';
