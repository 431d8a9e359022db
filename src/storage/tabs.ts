export type TabRole = 'editing' | 'read-only';

export type TabEvent =
  | { type: 'editing' }
  /** `another-tab`: a tab already edits this diagram; `taken-over`: another tab took editing from this one. */
  | { type: 'read-only'; reason: 'another-tab' | 'taken-over' }
  /** The editing tab closed: this read-only tab may take over. */
  | { type: 'editor-left' }
  /** The editing tab saved: a read-only tab can load the new save. */
  | { type: 'saved-elsewhere'; revision: number };

type Message =
  | { type: 'who-edits'; from: string }
  | { type: 'editing'; from: string; at: number }
  | { type: 'take-over'; from: string }
  | { type: 'handed-over'; from: string; to: string }
  | { type: 'left'; from: string }
  | { type: 'saved'; from: string; revision: number };

const MESSAGE_TYPES = new Set(['who-edits', 'editing', 'take-over', 'handed-over', 'left', 'saved']);

function isMessage(data: unknown): data is Message {
  if (typeof data !== 'object' || data === null) return false;
  const { type, from, at } = data as { type?: unknown; from?: unknown; at?: unknown };
  return typeof type === 'string' && MESSAGE_TYPES.has(type) && typeof from === 'string' && (type !== 'editing' || typeof at === 'number');
}

/** The part of `BroadcastChannel` used here. */
export interface TabChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface TabOptions {
  channelName?: string;
  /** How long a starting tab waits for an editing tab to answer. */
  answerMs?: number;
  /** Take over anyway when the editing tab has not handed over within this long (it may be frozen). */
  handOverTimeoutMs?: number;
  /** Runs in the editing tab before it hands over: flush the pending save here. */
  beforeHandOver?: () => Promise<void> | void;
  /** Undefined where the browser has no BroadcastChannel: the tab then always edits. */
  channel?: TabChannel;
}

export interface TabCoordinator {
  /** Finds out whether another tab edits; resolves with this tab's role. */
  start(): Promise<TabRole>;
  role(): TabRole | 'starting';
  /** Asks the editing tab to save and step back, then edits here. */
  takeOver(): Promise<void>;
  /** Tells read-only tabs that a save was written. */
  announceSaved(revision: number): void;
  /** Call as the tab goes (pagehide): read-only tabs learn the editor left. */
  close(): void;
}

const isLater = (claim: { at: number; from: string }, than: { at: number; from: string }) =>
  claim.at > than.at || (claim.at === than.at && claim.from > than.from);

const defaultChannel = (name: string): TabChannel | undefined => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined);

/**
 * One tab edits, the others are read-only, so no two tabs save over each other. Tabs talk over a
 * BroadcastChannel; when two tabs claim editing, the later claim wins (the person acted there).
 */
export function coordinateTabs(onEvent: (event: TabEvent) => void, options: TabOptions = {}): TabCoordinator {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const channel = 'channel' in options ? options.channel : defaultChannel(options.channelName ?? 'flowmap-tabs');
  const answerMs = options.answerMs ?? 150;
  const handOverTimeoutMs = options.handOverTimeoutMs ?? 3000;
  let role: TabRole | 'starting' = 'starting';
  let claimedAt = 0;
  let editorSeen = false;
  let handedOver: (() => void) | undefined;
  let closed = false;

  const post = (message: Message) => {
    if (!closed) channel?.postMessage(message);
  };
  function become(next: TabRole, reason: 'another-tab' | 'taken-over' = 'another-tab') {
    if (role === next) return;
    role = next;
    if (next === 'editing') {
      claimedAt = Date.now();
      post({ type: 'editing', from: id, at: claimedAt });
      onEvent({ type: 'editing' });
    } else onEvent({ type: 'read-only', reason });
  }

  async function handle(message: Message) {
    if (message.from === id) return;
    switch (message.type) {
      case 'who-edits':
        if (role === 'editing') post({ type: 'editing', from: id, at: claimedAt });
        return;
      case 'editing':
        editorSeen = true;
        if (role === 'editing' && isLater(message, { at: claimedAt, from: id })) become('read-only');
        return;
      case 'take-over':
        if (role !== 'editing') return;
        await options.beforeHandOver?.();
        become('read-only', 'taken-over');
        post({ type: 'handed-over', from: id, to: message.from });
        return;
      case 'handed-over':
        if (message.to === id) handedOver?.();
        return;
      case 'left':
        editorSeen = false;
        if (role === 'read-only') onEvent({ type: 'editor-left' });
        return;
      case 'saved':
        if (role === 'read-only' && Number.isFinite(message.revision)) onEvent({ type: 'saved-elsewhere', revision: message.revision });
    }
  }
  if (channel) channel.onmessage = (event) => void (isMessage(event.data) && handle(event.data));

  return {
    async start() {
      if (!channel) {
        become('editing');
        return 'editing';
      }
      post({ type: 'who-edits', from: id });
      await new Promise((resolve) => setTimeout(resolve, answerMs));
      if (role === 'starting') become(editorSeen ? 'read-only' : 'editing');
      return role as TabRole;
    },
    role: () => role,
    async takeOver() {
      if (role === 'editing') return;
      if (editorSeen) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, handOverTimeoutMs);
          handedOver = () => {
            clearTimeout(timer);
            resolve();
          };
          post({ type: 'take-over', from: id });
        });
        handedOver = undefined;
      }
      become('editing');
    },
    announceSaved: (revision) => post({ type: 'saved', from: id, revision }),
    close() {
      if (role === 'editing') post({ type: 'left', from: id });
      closed = true;
      channel?.close();
    },
  };
}
