import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { requestPersistentStorage } from './db/database.ts';
import { startDataSafety } from './features/backup/connection-guard.ts';

void requestPersistentStorage();
startDataSafety();

const root = document.getElementById('root');
if (!root) throw new Error('Fant ikke rotelementet');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
