import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ClearFiltersButton } from './clear-filters-button';
import { FacetDisclosure } from './facet-disclosure';
import { FacetGroup } from './facet-group';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { YearRange } from './year-range';

const CHOICES = [
  { id: 'automotive', label: 'Automotive' },
  { id: 'aerospace', label: 'Aerospace' },
  { id: 'digital', label: 'Digital economy', lang: 'en' },
];
const COUNTS = new Map([
  ['automotive', 6],
  ['digital', 1234],
]);

function Facet({ initial = [] as string[], onChange = (_: string[]) => {} }) {
  const [chosen, setChosen] = useState(initial);
  return (
    <FacetGroup
      legend="Sector"
      choices={CHOICES}
      chosen={chosen}
      counts={COUNTS}
      onChange={(next) => {
        setChosen(next);
        onChange(next);
      }}
    />
  );
}

/** A facet folded into a disclosure, as the map's bar has it. */
function Folded({ legend, chosenCount }: { legend: string; chosenCount: number }) {
  return (
    <FacetDisclosure legend={legend} chosenCount={chosenCount} floating>
      <FacetGroup
        legend={legend}
        hideLegend
        choices={CHOICES}
        chosen={[]}
        counts={COUNTS}
        onChange={() => {}}
      />
    </FacetDisclosure>
  );
}

describe('the facet group', () => {
  it('is a group named by its legend, each box named "label (count)"', () => {
    render(<Facet />);
    const group = screen.getByRole('group', { name: 'Sector' });
    // The name is the label as shown: the same in every browser and screen reader.
    for (const name of ['Automotive (6)', 'Aerospace (0)', 'Digital economy (1,234)'])
      expect(within(group).getByRole('checkbox', { name })).toBeTruthy();
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByText('Digital economy').getAttribute('lang')).toBe('en');
  });

  it('ticks by keyboard and reports the ids in the choices’ order, not the ticking order', async () => {
    const onChange = vi.fn();
    render(<Facet onChange={onChange} />);
    screen.getByRole('checkbox', { name: /^Digital/ }).focus();
    await userEvent.keyboard(' ');
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /^Automotive/ }));
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['automotive', 'digital']);
  });

  it('shows a chosen value with no match ticked with its 0, so it can be unticked', async () => {
    const onChange = vi.fn();
    render(<Facet initial={['aerospace']} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Aerospace (0)' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await userEvent.click(box);
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('keeps a hidden legend as the group’s name inside a disclosure', () => {
    render(<Folded legend="Sector" chosenCount={2} />);
    expect(screen.getByText(': 2 chosen')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Sector' })).toBeTruthy();
  });
});

describe('the facet disclosure', () => {
  it('opens from its summary and folds on Escape, back to the summary', async () => {
    render(<Folded legend="Status" chosenCount={0} />);
    const details = document.querySelector('details')!;
    const summary = document.querySelector('summary')!;
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    const box = screen.getByRole('checkbox', { name: /^Automotive/ });
    box.focus();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });
});

describe('the year range', () => {
  it('offers the list’s years as two selects in a named group, open ends by default', () => {
    const onChange = vi.fn();
    render(
      <YearRange
        legend="Active in years"
        range={{ from: undefined, to: undefined }}
        bounds={[2010, 2013]}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Active in years' });
    const from = within(group).getByRole('combobox', { name: 'From' }) as HTMLSelectElement;
    const to = within(group).getByRole('combobox', { name: 'To' }) as HTMLSelectElement;
    expect([...from.options].map((o) => o.text)).toEqual([
      'Earliest (2010)',
      '2010',
      '2011',
      '2012',
      '2013',
    ]);
    expect(to.options[0]!.text).toBe('Latest (2013)');
    fireEvent.change(from, { target: { value: '2012' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: 2012, to: undefined });
  });

  it('shows a year from the URL outside the list’s years, and keeps a reversed pair as chosen', async () => {
    const onChange = vi.fn();
    render(
      <YearRange
        legend="Year"
        range={{ from: 2030, to: undefined }}
        bounds={[2010, 2012]}
        onChange={onChange}
      />,
    );
    const from = screen.getByRole('combobox', { name: 'From' }) as HTMLSelectElement;
    expect(from.value).toBe('2030');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2011');
    expect(onChange).toHaveBeenLastCalledWith({ from: 2030, to: 2011 });
  });

  it('says "Any year" when nothing is dated', () => {
    render(
      <YearRange
        legend="Years"
        range={{ from: undefined, to: undefined }}
        bounds={null}
        onChange={() => {}}
      />,
    );
    expect(screen.getAllByRole('option', { name: 'Any year' })).toHaveLength(2);
  });
});

/** A search box whose URL value catches up a moment later, trimmed, as the router does. */
function LaggingSearch({ onUrl }: { onUrl: (q: string) => void }) {
  const [url, setUrl] = useState('');
  return (
    <SearchBox
      label="Search projects"
      hint="names, partners and places"
      value={url}
      onChange={(q) =>
        setTimeout(() => {
          setUrl(q.trim());
          onUrl(q.trim());
        }, 5)
      }
    />
  );
}

describe('the search box', () => {
  it('is a labelled search field with a hint and the query length limit', () => {
    render(<SearchBox label="Search agreements" hint="titles" value="" onChange={() => {}} />);
    const box = screen.getByRole('searchbox', { name: 'Search agreements' });
    expect(box.getAttribute('maxLength')).toBe('200');
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByText('titles').id);
  });

  it('keeps what is typed while the URL lags, the space before the next word included', async () => {
    const onUrl = vi.fn();
    render(<LaggingSearch onUrl={onUrl} />);
    const box = screen.getByRole('searchbox', { name: 'Search projects' }) as HTMLInputElement;
    await userEvent.type(box, 'kuantan port');
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(box.value).toBe('kuantan port');
    expect(onUrl).toHaveBeenLastCalledWith('kuantan port');
  });

  it('takes the URL’s value when it changes for another reason (Clear filters)', () => {
    const { rerender } = render(<SearchBox label="Search" value="geely" onChange={() => {}} />);
    rerender(<SearchBox label="Search" value="" onChange={() => {}} />);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });
});

describe('sort and clear', () => {
  it('names the sort select and reads its note with it', () => {
    render(
      <SortSelect
        label="Sort by"
        options={[
          { id: 'name', label: 'Name' },
          { id: 'value', label: 'Value' },
        ]}
        value="value"
        note="Grouped by currency."
        onChange={() => {}}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Sort by' });
    expect(select.getAttribute('aria-describedby')).toBe(
      screen.getByText('Grouped by currency.').id,
    );
  });

  it('clears with one click or Enter', async () => {
    const onClear = vi.fn();
    render(<ClearFiltersButton onClear={onClear} />);
    screen.getByRole('button', { name: 'Clear filters' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
