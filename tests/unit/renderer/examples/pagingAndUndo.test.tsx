// A large project opens page by page (first rows at once, a progress bar for the rest, edits allowed on
// what is here), and a split or a settings change is undone like any edit, with main told each time.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../renderer/features/examples/Workspace';
import { patchesSettled, useProject } from '../../../../renderer/features/examples/state/projectStore';
import { useHistory } from '../../../../renderer/features/examples/state/history';
import { applyPatch, type ExamplesPatch } from '../../../../shared/domain/projects/patch';
import { partsFromLetters } from '../../../../shared/domain/projects/partLetters';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import { BRIDGE_GLOBAL, type Bridge } from '../../../../shared/ipc/bridge';
import { installFakeBridge } from '../shell/fakeBridge';
import { exampleOf, metaOf, openProject, renderWithI18n, setViewport } from './helpers';

beforeEach(() => setViewport(600));

type Request = (route: string, input: unknown) => Promise<unknown>;
/** Puts a function in front of the installed fake bridge's request (it gets the original to pass on to). */
function intercept(wrap: (route: string, input: unknown, pass: Request) => Promise<unknown>) {
  const global = window as unknown as Record<string, Bridge>;
  const bridge = global[BRIDGE_GLOBAL] as Bridge;
  const pass = bridge.request as unknown as Request;
  global[BRIDGE_GLOBAL] = {
    ...bridge,
    request: ((route: string, input: unknown) => wrap(route, input, pass)) as Bridge['request'],
  };
}

/** A bridge that serves pages of 10 from a "main" copy and applies patches to it, like main does. */
function pagedProject(count: number) {
  const all = Array.from({ length: count }, (_, i) => exampleOf(i + 1));
  const main = { examples: [...all] };
  const snapshot = [...all];
  const held: (() => void)[] = [];
  let gate = false;
  const page = (offset: number) => ({
    examples: snapshot.slice(offset, offset + 10),
    ...(offset + 10 < count
      ? { next: { cursor: `c-${String(offset + 10).padStart(16, '0')}`, total: count } }
      : {}),
  });
  const bridge = installFakeBridge({
    'projects.page': (input) => {
      const offset = Number((input as { cursor: string }).cursor.slice(2));
      return page(offset);
    },
    'projects.patch': (input) => {
      main.examples = applyPatch(main.examples, (input as { patch: ExamplesPatch }).patch).examples;
      return { exampleCount: main.examples.length };
    },
    'projects.flush': () => ({ saved: true }),
    'prices.list': () => [],
  });
  // Holds page answers until released, so a test can look at the screen mid-load.
  intercept(async (route, input, pass) => {
    if (route === 'projects.page' && gate) await new Promise<void>((resolve) => held.push(resolve));
    return pass(route, input);
  });
  useHistory.getState().cleared();
  return {
    bridge,
    main,
    open: (hold: boolean) => {
      gate = hold;
      useProject.getState().opened({ meta: metaOf(count), ...page(0) });
    },
    releaseOne: () => held.shift()?.(),
    releaseAll: () => {
      gate = false;
      held.splice(0).forEach((r) => r());
    },
  };
}

describe('opening a project in pages', () => {
  it('shows the first page at once with a progress bar, then every example in order', async () => {
    const project = pagedProject(35);
    project.open(true);
    await renderWithI18n(<Workspace />);
    expect(
      screen.getByText('Loading examples: 10 of 35. You can scroll and edit those already here.'),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Split and export' }));
    // A split needs every example, so it waits for the last page.
    expect(screen.getByRole('button', { name: 'Split' })).toHaveProperty('disabled', true);
    await act(async () => project.releaseAll());
    await waitFor(() => expect(useProject.getState().loading).toBeNull());
    expect(useProject.getState().examples.map((e) => e.id)).toEqual(project.main.examples.map((e) => e.id));
    expect(useProject.getState().positions.get(exampleOf(35).id)).toBe(34);
    expect(screen.queryByText(/Loading examples/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Split' })).toHaveProperty('disabled', false);
    expect(project.bridge.calls.filter((c) => c.route === 'projects.page')).toHaveLength(3);
  });

  it('keeps an edit made while pages arrive, and ends with the same examples as main', async () => {
    const project = pagedProject(25);
    project.open(true);
    await renderWithI18n(<Workspace />);
    await userEvent.click(screen.getByRole('button', { name: 'Add an example' }));
    await userEvent.click(within(screen.getByRole('listbox')).getByText('question 3'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove this example' }));
    expect(useProject.getState().meta?.exampleCount).toBe(25); // one added, one removed
    await act(async () => project.releaseAll());
    await waitFor(() => expect(useProject.getState().loading).toBeNull());
    await act(() => patchesSettled());
    expect(useProject.getState().examples.map((e) => e.id)).toEqual(project.main.examples.map((e) => e.id));
    expect(useProject.getState().examples).toHaveLength(25);
  });

  it('drops the pages of a project that was closed while it loaded', async () => {
    const project = pagedProject(25);
    project.open(true);
    act(() => useProject.getState().closed());
    await act(async () => project.releaseAll());
    await act(() => patchesSettled());
    expect(useProject.getState().examples).toEqual([]);
    expect(useProject.getState().meta).toBeNull();
  });

  it('reads the project again when its reading expired (another open replaced it)', async () => {
    const all = Array.from({ length: 15 }, (_, i) => exampleOf(i + 1));
    const bridge = installFakeBridge({
      'projects.open': () => ({ meta: metaOf(15), examples: all }),
    });
    const routes: string[] = [];
    intercept(async (route, input, pass) => {
      routes.push(route);
      return route === 'projects.page'
        ? { ok: false, error: { code: 'not_found', path: 'cursor' } }
        : pass(route, input);
    });
    useProject.getState().opened({
      meta: metaOf(15),
      examples: all.slice(0, 10),
      next: { cursor: 'c-0000000000000010', total: 15 },
    });
    await waitFor(() => expect(useProject.getState().loading).toBeNull());
    expect(useProject.getState().examples).toEqual(all);
    expect(routes).toEqual(['projects.page', 'projects.open']);
    expect(bridge.calls.map((c) => c.route)).toEqual(['projects.open']);
  });

  it('stops with the error shown when a page fails for another reason (no reopen loop)', async () => {
    const all = Array.from({ length: 15 }, (_, i) => exampleOf(i + 1));
    const bridge = installFakeBridge({});
    useProject.getState().opened({
      meta: metaOf(15),
      examples: all.slice(0, 10),
      next: { cursor: 'c-0000000000000010', total: 15 },
    });
    await waitFor(() => expect(useProject.getState().loading).toBeNull());
    expect(useProject.getState().save).toBe('failed');
    expect(useProject.getState().error?.code).toBe('unknown_route');
    expect(useProject.getState().examples).toHaveLength(10);
    expect(bridge.calls.map((c) => c.route)).toEqual(['projects.page']);
  });
});

describe('undoing a split and a settings change', () => {
  it('undoes and redoes a split, telling main the parts each time', async () => {
    const examples: ProjectExample[] = Array.from({ length: 20 }, (_, i) => exampleOf(i + 1));
    const { bridge } = openProject(examples);
    const sent: string[] = [];
    intercept(async (route, input, pass) => {
      if (route !== 'projects.assignParts') return pass(route, input);
      const { letters, split } = input as { letters: string; split: unknown };
      sent.push(letters);
      return { ok: true, data: { meta: { ...metaOf(20), split } } };
    });
    await renderWithI18n(<Workspace />);
    await userEvent.click(screen.getByRole('tab', { name: 'Split and export' }));
    await userEvent.click(screen.getByRole('button', { name: 'Split' }));
    expect(screen.getByTestId('split-counts').textContent).toBe('Train: 16 · Validation: 2 · Test: 2');
    expect(useProject.getState().meta?.split).toEqual({ preset: '80-10-10', seed: 20240601 });

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(screen.getByTestId('split-counts').textContent).toBe(
      'Not split yet: all examples are in the train part.',
    );
    expect(useProject.getState().examples.every((e) => e.split === 'train')).toBe(true);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(screen.getByTestId('split-counts').textContent).toBe('Train: 16 · Validation: 2 · Test: 2');
    await act(() => patchesSettled());
    expect(sent).toHaveLength(3);
    expect(partsFromLetters(sent[1] as string).every((p) => p === 'train')).toBe(true);
    expect(sent[2]).toBe(sent[0]);
    expect(partsFromLetters(sent[0] as string)).toEqual(useProject.getState().examples.map((e) => e.split));
    expect(bridge.calls.some((c) => c.route === 'projects.applySplit')).toBe(false);
  });

  it('undoes a change of epochs, and main is told the old value back', async () => {
    const { bridge } = openProject([exampleOf(1), exampleOf(2)]);
    const told: unknown[] = [];
    intercept(async (route, input, pass) => {
      if (route !== 'projects.settings') return pass(route, input);
      told.push(input);
      return { ok: true, data: { ...metaOf(2), ...(input as object) } };
    });
    await renderWithI18n(<Workspace />);
    await userEvent.click(screen.getByRole('tab', { name: 'Stats and cost' }));
    await userEvent.selectOptions(screen.getByLabelText('Passes over the data (epochs)'), '5');
    expect(useProject.getState().meta?.epochs).toBe(5);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(useProject.getState().meta?.epochs).toBe('auto');
    await act(() => patchesSettled());
    expect(told).toEqual([
      { id: 'p-0123456789ab', epochs: 5 },
      { id: 'p-0123456789ab', epochs: 'auto' },
    ]);
    expect(bridge.calls.length).toBeGreaterThan(0);
  });
});
