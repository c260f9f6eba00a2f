import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App.tsx';

describe('App shell', () => {
  it('shows the Norwegian navigation and switches areas', async () => {
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    const labels = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(labels).toEqual(['Oversikt', 'Tiltak', 'Avhengigheter', 'Drift og forvaltning', 'Sammenlign perioder', 'Budsjett', 'Import og eksport']);
    await userEvent.click(within(nav).getByRole('link', { name: 'Budsjett' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Budsjett' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Budsjett' }).getAttribute('aria-current')).toBe('page');
    expect(location.hash).toBe('#budsjett');
  });

  it('moves focus to the main content with the skip link, staying on the page', async () => {
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    await user.click(within(nav).getByRole('link', { name: 'Budsjett' }));
    await screen.findByRole('heading', { level: 1, name: 'Budsjett' });
    await user.click(screen.getByRole('link', { name: 'Hopp til innhold' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(location.hash).toBe('#budsjett');
    expect(screen.queryByRole('heading', { level: 1, name: 'Budsjett' })).toBeInTheDocument();
  });
});
