import { useDocumentStore } from '../store';

export function NoticeBanner() {
  const notice = useDocumentStore((state) => state.notice);
  const setNotice = useDocumentStore((state) => state.setNotice);
  if (!notice) return null;
  return (
    <div role={notice.tone === 'error' ? 'alert' : 'status'} className={`fm-banner fm-banner--${notice.tone}`}>
      <span>{notice.text}</span>
      {notice.actions?.map((action) => (
        <button key={action.label} type="button" onClick={action.run}>
          {action.label}
        </button>
      ))}
      <button type="button" aria-label="Dismiss message" onClick={() => setNotice(undefined)}>
        ×
      </button>
    </div>
  );
}
