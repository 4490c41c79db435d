import { render } from 'preact';
import { SidePanel } from './SidePanel';

const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
