import { render } from 'preact';
import { requestPersistentStorage } from '../shared/persistStorage';
import { SidePanel } from './SidePanel';

requestPersistentStorage();
const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
