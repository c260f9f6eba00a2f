import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadFirstView } from './app/preload.ts';
import { requestPersistentStorage } from './db/database.ts';
import { startDataSafety } from './features/backup/connection-guard.ts';
import { useNavigation } from './store/navigation.ts';

preloadFirstView(useNavigation.getState().area);
void requestPersistentStorage();
startDataSafety();

const root = document.getElementById('root');
if (!root) throw new Error('Fant ikke rotelementet');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
