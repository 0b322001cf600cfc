// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { minimalPack } from '../../../tests/fixtures/minimal-pack';
import { spanOf } from './project-keys';

describe('spanOf', () => {
  it('spans a project with 200,000 milestones (no Math.min(...years), which would throw)', () => {
    const project = { ...minimalPack().projects.projects[0]!, start: undefined, end: undefined };
    const step = project.milestones[0]!;
    project.status = 'completed';
    project.milestones = Array.from({ length: 200_000 }, (_, i) => ({
      ...step,
      date: String(1900 + (i % 120)),
    }));
    expect(spanOf(project)).toEqual([1900, 2019]);
  });
});
