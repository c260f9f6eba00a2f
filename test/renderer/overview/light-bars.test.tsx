import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LightBars } from '../../../renderer/features/overview/LightBars.tsx';
import type { LightGroup } from '../../../shared/portfolio/views/group.ts';

const group = (key: string, green: number, yellow: number, red: number): LightGroup => ({
  key,
  label: key,
  green,
  yellow,
  red,
  none: 0,
  total: green + yellow + red,
  filter: { segment: 'samstyre' },
});

describe('LightBars', () => {
  it('is one tab stop with a label, and arrow keys move between groups and bars', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(
      <>
        <button type="button">før</button>
        <LightBars title="Status per segment" light="status" groups={[group('Samstyre', 5, 3, 1), group('Koordinere', 2, 0, 4)]} onOpen={onOpen} />
        <button type="button">etter</button>
      </>,
    );
    const chart = screen.getByRole('figure', { name: 'Status per segment' });
    expect(chart).toHaveAccessibleDescription(/Piltastene/);

    await user.click(screen.getByRole('button', { name: 'før' }));
    await user.tab();
    expect(within(chart).getByRole('button', { name: 'Samstyre' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(chart).getByRole('button', { name: 'Samstyre: 5 med grønn status' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(within(chart).getByRole('button', { name: 'Koordinere: 4 med rød status' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(chart).getByRole('button', { name: 'Koordinere' })).toHaveFocus();
    await user.keyboard('{End}{Enter}');
    expect(onOpen).toHaveBeenCalledWith({ segment: 'samstyre', status: 'red' });

    // One stop: Tab leaves the chart, Shift+Tab comes back to where the user was.
    await user.tab();
    expect(screen.getByRole('button', { name: 'etter' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(chart).getByRole('button', { name: 'Koordinere: 4 med rød status' })).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(within(chart).getByRole('button', { name: 'Samstyre: 3 med gul status' })).toHaveFocus();
  });

  it('counts in nb-NO in the bars, their names and the totals', () => {
    render(<LightBars title="Status per segment" light="status" groups={[group('Samstyre', 1500, 20_000, 0)]} onOpen={() => undefined} />);
    const chart = screen.getByRole('figure', { name: 'Status per segment' });
    // accessible names keep the no-break space that groups the thousands
    expect(within(chart).getByRole('button', { name: 'Samstyre: 1\u00a0500 med grønn status' })).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: 'Samstyre: 20\u00a0000 med gul status' })).toHaveTextContent('20 000');
    expect(within(chart).getByText('21 500')).toHaveClass('bars__total');
  });
});
