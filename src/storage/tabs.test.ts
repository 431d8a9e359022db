import { afterEach, describe, expect, it } from 'vitest';
import { coordinateTabs, type TabCoordinator, type TabEvent, type TabOptions } from './tabs';

let channels = 0;
let open: { close(): void }[] = [];

afterEach(() => {
  for (const tab of open) tab.close();
  open = [];
});

/** A tab on its own channel name per test, recording what it was told. */
function tab(channelName: string, options: TabOptions = {}): TabCoordinator & { events: TabEvent[] } {
  const events: TabEvent[] = [];
  const coordinator = coordinateTabs((event) => events.push(event), { channelName, answerMs: 20, handOverTimeoutMs: 100, ...options });
  open.push(coordinator);
  return Object.assign(coordinator, { events });
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('coordinateTabs', () => {
  it('the first tab edits; a second tab opens read-only and says why', async () => {
    const name = `tabs-${++channels}`;
    const first = tab(name);
    expect(await first.start()).toBe('editing');
    const second = tab(name);
    expect(await second.start()).toBe('read-only');
    expect(second.events).toEqual([{ type: 'read-only', reason: 'another-tab' }]);
  });

  it('a second tab takes over: the first saves what is pending, then becomes read-only with a notice', async () => {
    const name = `tabs-${++channels}`;
    const order: string[] = [];
    const first = tab(name, { beforeHandOver: async () => void order.push('first flushed its save') });
    await first.start();
    const second = tab(name, { handOverTimeoutMs: 5000 });
    await second.start();
    const started = Date.now();
    await second.takeOver();
    order.push('second edits');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(order).toEqual(['first flushed its save', 'second edits']);
    expect(first.role()).toBe('read-only');
    expect(first.events.at(-1)).toEqual({ type: 'read-only', reason: 'taken-over' });
    expect(second.role()).toBe('editing');
    await settle();
    expect(first.role()).toBe('read-only');
  });

  it('a read-only tab hears of saves and of the editing tab closing, and can then edit at once', async () => {
    const name = `tabs-${++channels}`;
    const first = tab(name);
    await first.start();
    const second = tab(name);
    await second.start();
    first.announceSaved(4);
    first.close();
    await settle();
    expect(second.events.slice(1)).toEqual([{ type: 'saved-elsewhere', revision: 4 }, { type: 'editor-left' }]);
    const started = Date.now();
    await second.takeOver();
    expect(second.role()).toBe('editing');
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('two tabs starting at once end with exactly one editing', async () => {
    const name = `tabs-${++channels}`;
    const tabs = [tab(name), tab(name)];
    await Promise.all(tabs.map((t) => t.start()));
    await settle();
    expect(tabs.map((t) => t.role()).sort()).toEqual(['editing', 'read-only']);
  });

  it('takes over from an editing tab that does not answer (frozen), after the time-out', async () => {
    const name = `tabs-${++channels}`;
    const frozen = new BroadcastChannel(name);
    open.push(frozen);
    frozen.onmessage = (event: MessageEvent<{ type: string }>) => {
      if (event.data.type === 'who-edits') frozen.postMessage({ type: 'editing', from: 'frozen', at: 0 });
    };
    const second = tab(name);
    expect(await second.start()).toBe('read-only');
    await second.takeOver();
    expect(second.role()).toBe('editing');
  });

  it('ignores messages that are not its own kind', async () => {
    const name = `tabs-${++channels}`;
    const stranger = new BroadcastChannel(name);
    open.push(stranger);
    stranger.onmessage = () => stranger.postMessage({ type: 'editing', from: 'x' });
    expect(await tab(name).start()).toBe('editing');
  });

  it('edits when the browser has no BroadcastChannel', async () => {
    expect(await tab('unused', { channel: undefined }).start()).toBe('editing');
  });
});
