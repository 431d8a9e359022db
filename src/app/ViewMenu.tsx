import { commands, run } from '../commands';
import { useSessionStore, type ThemeChoice } from '../store';
import { Menu } from './Menu';

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const THEME_NAME: Record<ThemeChoice, string> = { system: 'as the system', light: 'light', dark: 'dark' };

/** How the map is laid out and shown: tidy layout (one undo step), the snap grid, the theme, the minimap; and its kept versions. */
export function ViewMenu() {
  const snapToGrid = useSessionStore((state) => state.snapToGrid);
  const theme = useSessionStore((state) => state.theme);
  const minimap = useSessionStore((state) => state.minimap);
  return (
    <Menu
      label="View"
      items={[
        { id: 'tidy', label: 'Tidy layout', hint: 'Lay the diagram out left to right (undo puts it back)', onSelect: () => void run(commands.tidyLayout, undefined) },
        { id: 'snap', label: `Snap to grid: ${snapToGrid ? 'on' : 'off'}`, hint: snapToGrid ? 'Nodes move in 20 px steps; choose to move freely' : 'Nodes move freely; choose to move in 20 px steps', onSelect: () => void run(commands.setSnap, !snapToGrid) },
        { id: 'theme', label: `Theme: ${THEME_NAME[theme]}`, hint: `Choose to switch to ${THEME_NAME[NEXT_THEME[theme]]}`, onSelect: () => void run(commands.setTheme, NEXT_THEME[theme]) },
        { id: 'minimap', label: `Minimap: ${minimap ? 'shown' : 'hidden'}`, hint: minimap ? 'Choose to hide it' : 'Choose to show it', onSelect: () => void run(commands.setMinimap, !minimap) },
        { id: 'versions', label: 'Versions…', hint: 'Earlier saves kept in this browser: restore one or open it as a copy', onSelect: () => void run(commands.showVersions, undefined) },
      ]}
    />
  );
}
