import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './chart-frame';

function Broken(): never {
  throw new Error('the chart transform failed');
}

function Page() {
  const [showTable, setShowTable] = useState(false);
  return (
    <main>
      <ChartFrame
        title="Trade by year"
        description="Yearly figures of one basis."
        source="Test source"
        asOf="2026-11-28"
        showTable={showTable}
        onToggleTable={() => setShowTable((v) => !v)}
        chart={<Broken />}
        table={
          <table>
            <caption>Trade by year, table</caption>
            <tbody>
              <tr>
                <td>MYR 1B</td>
              </tr>
            </tbody>
          </table>
        }
      />
      <button type="button">Elsewhere on the page</button>
    </main>
  );
}

describe('the chart frame', () => {
  // The failing chart is deliberate: keep React's and the boundary's reports out of the output.
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps a failing chart inside its frame and offers the table', () => {
    render(<Page />);
    const frame = screen.getByRole('figure', { name: 'Trade by year' });
    const alert = within(frame).getByRole('alert');
    expect(alert.textContent).toContain('This chart could not be drawn');
    // The rest of the page is still there and usable.
    expect(screen.getByRole('button', { name: 'Elsewhere on the page' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Show table' }));
    expect(within(frame).getByRole('table', { name: 'Trade by year, table' })).toBeTruthy();
    expect(within(frame).queryByRole('alert')).toBeNull();
  });

  it('names its toggle after the chart and gives source and "as of"', () => {
    render(<Page />);
    const frame = screen.getByRole('figure', { name: 'Trade by year' });
    expect(frame.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(frame).getByRole('button', { name: 'Show table: Trade by year' })).toBeTruthy();
    expect(frame.textContent).toContain('Source: Test source · Data as of 28 Nov 2026');
  });
});
