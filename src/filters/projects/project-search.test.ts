// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../../scripts/lib/synthetic-pack';
import { MAX_SEARCH_TERMS, searchTerms } from '../search-index';
import { searchProjects } from './project-search';

const projects = syntheticPack(10_000)['projects.json'].projects;
const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** 100 one-letter words, as in a URL that took 19 s to search 10,000 projects. */
const hundred = Array.from({ length: 100 }, (_, i) => letters[i % letters.length]).join(' ');

describe('project search at 10,000 projects', () => {
  it('searches at most 8 distinct words of a 100-word query', () => {
    expect(searchTerms(hundred)).toEqual([...letters.slice(0, MAX_SEARCH_TERMS)]);
    expect(searchTerms('Geély, geely GEELY kuantan')).toEqual(['geely', 'kuantan']);
  });

  it('matches what the first words match', () => {
    // "project 5", "Company 5", "Town 5": one-digit numbers are words of the synthetic records.
    const found = searchProjects(projects, `synthetic ${'5 '.repeat(99)}`);
    expect(found?.size).toBeGreaterThan(0);
    expect(found).toEqual(searchProjects(projects, 'synthetic 5'));
    expect(searchProjects(projects, hundred)).toEqual(
      searchProjects(projects, letters.slice(0, MAX_SEARCH_TERMS).split('').join(' ')),
    );
  });

  it('takes a one-letter word as a prefix only while it is the whole query', () => {
    // "s" starts "synthetic", in every summary; with another word it must be a word itself.
    expect(searchProjects(projects, 's')?.size).toBe(projects.length);
    expect(searchProjects(projects, 'synthetic s')?.size).toBe(0);
  });
});

describe('project search in every language of the pack', () => {
  it('finds a project by its Malay or Chinese name as well as its English one', () => {
    const [first, ...rest] = syntheticPack(3)['projects.json'].projects;
    const translated = [
      {
        ...first!,
        name: { en: 'East Coast Rail Link', ms: 'Laluan Rel Pantai Timur', zh: '东海岸铁路' },
      },
      ...rest,
    ];
    for (const query of ['rail link', 'pantai timur', '海岸铁路'])
      expect(searchProjects(translated, query), query).toEqual(new Set([0]));
  });
});
