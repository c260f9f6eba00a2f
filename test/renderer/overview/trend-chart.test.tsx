import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { TrendChart } from '../../../renderer/features/overview/TrendChart.tsx';

describe('TrendChart', () => {
  it('says how many periods it still reads, in the right number', () => {
    const { rerender } = render(<TrendChart points={[]} pending={1} />);
    expect(screen.getByRole('status')).toHaveTextContent('Henter 1 periode til for trenden …');
    rerender(<TrendChart points={[]} pending={2} />);
    expect(screen.getByRole('status')).toHaveTextContent('Henter 2 perioder til for trenden …');
  });
});
