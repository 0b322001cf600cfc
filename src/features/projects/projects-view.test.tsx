import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '@/i18n/i18n';
import { renderApp } from '../../../tests/support/render-app';

const count = () => screen.findByText(/^\d+ of \d+ projects$/);
/** The result count (the shell may hold other live regions). */
const countNow = () => screen.getByText(/^\d+ of \d+ projects$/).textContent;
const searchOf = (router: ReturnType<typeof renderApp>['router']) => router.state.location.search;

describe('the Projects view', () => {
  it('opens a filtered deep link with the right count, cards and ticked facets', async () => {
    renderApp('/projects?sector=automotive&status=operational');
    expect((await count()).textContent).toBe('4 of 25 projects');
    expect(screen.getAllByRole('article')).toHaveLength(4);
    const sector = screen.getByRole('group', { name: 'Sector' });
    expect(
      (within(sector).getByRole('checkbox', { name: /Automotive/ }) as HTMLInputElement).checked,
    ).toBe(true);
    // Each value's count is what ticking it would give, given the other facets.
    expect(within(sector).getByRole('checkbox', { name: /^Automotive.* \(4\)$/ })).toBeTruthy();
    expect(screen.getByText(/Filtered by/).parentElement!.textContent).toContain(
      'Filtered by Sector: Automotive, electric vehicles and batteries · Status: Operational',
    );
  });

  it('ignores unknown values in the URL', async () => {
    renderApp('/projects?sector=atlantis&status=operational&sort=colour&from=20x7');
    expect((await count()).textContent).toBe('14 of 25 projects');
  });

  it('links each card to its page with the selection', async () => {
    renderApp('/projects?pack=malaysia-china&sector=automotive&q=proton');
    const link = await screen.findByRole('link', { name: 'Proton EV plant, Tanjung Malim' });
    expect(link.getAttribute('href')).toBe(
      '/projects/proton-ev-plant?pack=malaysia-china&sector=automotive&q=proton',
    );
  });

  it('shows an empty state whose button clears the filters and keeps the sort', async () => {
    const { router } = renderApp('/projects?q=zzqxw&status=cancelled&sort=value');
    expect(await screen.findByText('No projects match these filters.')).toBeTruthy();
    expect((await count()).textContent).toBe('0 of 25 projects');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(countNow()).toBe('25 of 25 projects'));
    expect(searchOf(router)).toBe('?sort=value');
    const search = screen.getByRole('searchbox', { name: 'Search projects' }) as HTMLInputElement;
    expect(search.value).toBe('');
    expect(document.activeElement).toBe(search);
  });

  it('ticks a facet by keyboard, replacing the history entry', async () => {
    const { router } = renderApp('/projects');
    await count();
    const box = screen.getByRole('checkbox', { name: /Cancelled/ });
    box.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(searchOf(router)).toBe('?status=cancelled'));
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => expect(countNow()).toBe('2 of 25 projects'));
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });

  it('searches as the reader types, ignoring case and accents', async () => {
    const { router } = renderApp('/projects');
    await count();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search projects' }), 'Geély');
    await waitFor(() => expect(searchOf(router)).toBe('?q=Ge%C3%A9ly'));
    await waitFor(() => expect(countNow()).toBe('3 of 25 projects'));
    expect(screen.getByRole('heading', { name: 'Proton–Geely partnership' })).toBeTruthy();
  });

  it('sorts by value and says why currencies are grouped', async () => {
    const { router } = renderApp('/projects');
    await count();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'value');
    await waitFor(() => expect(searchOf(router)).toBe('?sort=value'));
    expect(screen.getByText(/Values in different currencies cannot be compared/)).toBeTruthy();
    const titles = screen
      .getAllByRole('article')
      .map((a) => within(a).getByRole('heading').textContent);
    expect(titles[0]).toBe('Bandar Malaysia');
  });

  it('narrows by a year range chosen from the pack’s years, a reversed pair read as between', async () => {
    const { router } = renderApp('/projects');
    await count();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2020');
    await waitFor(() => expect(searchOf(router)).toBe('?from=2020'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2015');
    await waitFor(() => expect(searchOf(router)).toBe('?from=2020&to=2015'));
    const reversed = countNow();
    renderApp('/projects?from=2015&to=2020');
    await waitFor(() =>
      expect(screen.getAllByText(/^\d+ of \d+ projects$/).map((p) => p.textContent)).toEqual([
        reversed,
        reversed,
      ]),
    );
  });

  it('keeps a sector that no project has: 0 of 25, ticked with 0, and a way out', async () => {
    const { router } = renderApp('/projects?sector=aerospace');
    expect((await count()).textContent).toBe('0 of 25 projects');
    const box = screen.getByRole('checkbox', { name: /^Aerospace.* \(0\)$/ }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(countNow()).toBe('25 of 25 projects'));
    expect(searchOf(router)).toBe('');
    expect(screen.queryByRole('checkbox', { name: /^Aerospace/ })).toBeNull();
  });

  it('drops an id that is not a sector, and writes ticked ids in one order', async () => {
    const { router } = renderApp('/projects?sector=atlantis,constructor,__proto__');
    expect((await count()).textContent).toBe('25 of 25 projects');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Property/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^Automotive/ }));
    await waitFor(() => expect(searchOf(router)).toBe('?sector=automotive,property'));
  });
});

describe('the Projects view in another language', () => {
  afterEach(() => switchLanguage('en'));

  it('counts, labels and sorts in Chinese with lang=zh', async () => {
    renderApp('/projects?lang=zh&sector=automotive&status=operational');
    expect(await screen.findByText('4 / 25 个项目')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索项目' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '排序方式' })).toBeTruthy();
    expect(screen.getAllByText('合作方', { selector: 'dt' })).toHaveLength(4);
  });
});
