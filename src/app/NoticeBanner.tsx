import { commands, run } from '../commands';
import { useSessionStore } from '../store';

export function NoticeBanner() {
  const notice = useSessionStore((state) => state.notice);
  if (!notice) return null;
  return (
    <div role={notice.tone === 'error' ? 'alert' : 'status'} className={`fm-banner fm-banner--${notice.tone}`}>
      <span>{notice.text}</span>
      {notice.actions?.map((action) => (
        <button key={action.label} type="button" onClick={action.run}>
          {action.label}
        </button>
      ))}
      <button type="button" aria-label="Dismiss message" onClick={() => void run(commands.dismissNotice, undefined)}>
        ×
      </button>
    </div>
  );
}
