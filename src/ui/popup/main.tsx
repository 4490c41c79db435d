import { render } from 'preact';
import { requestPersistentStorage } from '../shared/persistStorage';
import { Popup } from './Popup';

requestPersistentStorage();
const root = document.getElementById('app');
if (root) render(<Popup />, root);
