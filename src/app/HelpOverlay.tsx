import { COMMANDS, commands, displayShortcut, run, type Category } from '../commands';
import { useSessionStore } from '../store';

const ORDER: readonly Category[] = ['File', 'Edit', 'Select', 'View', 'Review', 'Help'];
const WITH_KEYS = COMMANDS.filter((command) => command.keys?.length);

/** The keyboard shortcuts, listed from the command registry: nothing here is written twice. */
export function HelpOverlay() {
  const open = useSessionStore((state) => state.overlay === 'help');
  if (!open) return null;
  const close = () => void run(commands.help, undefined);
  return (
    <div className="fm-overlay" role="presentation" onClick={close}>
      <div role="dialog" aria-modal="true" aria-labelledby="fm-help-title" className="fm-dialog fm-help" onClick={(event) => event.stopPropagation()}>
        <h2 id="fm-help-title">Keyboard shortcuts</h2>
        {ORDER.map((category) => {
          const listed = WITH_KEYS.filter((command) => command.category === category);
          return listed.length ? (
            <section key={category}>
              <h3>{category}</h3>
              <dl>
                {listed.map((command) => (
                  <div key={command.id} className="fm-help__row">
                    <dt>{command.label}</dt>
                    <dd>
                      {command.keys!.map((key) => (
                        <kbd key={key}>{displayShortcut(key)}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null;
        })}
        <p className="fm-help__more">Also: double-click the canvas to add a service; drag from a node’s edge to draw an arrow; Space or a middle-button drag pans.</p>
        <button type="button" autoFocus onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}
