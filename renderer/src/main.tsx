/**
 * Renderer entry: the only module that touches window.hrApi (the Electron preload's or the browser twin's bridge).
 */
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { Root } from './app/Root';
import { createI18n } from './i18n';
import { createAppStore } from './state/store';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';

const client = createApiClient(window.hrApi);
const store = createAppStore(client);
const i18n = createI18n(store.getState().language);

createRoot(document.getElementById('root')!).render(<Root store={store} i18n={i18n} />);
void store.getState().init();
